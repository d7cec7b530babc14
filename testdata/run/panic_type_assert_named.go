// stderr: nondeterministic

package main

import "fmt"

type Reader interface{ Read() string }
type File struct{}

func (*File) Read() string { return "f" }

type Net struct{}

func (Net) Read() string { return "n" }

func main() {
	var r Reader = &File{}
	fmt.Println(r.Read())
	r = Net{}
	f := r.(*File)
	fmt.Println(f)
}
