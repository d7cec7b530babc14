// stderr: nondeterministic

package main

import "fmt"

type Walker interface{ Walk() }
type Cat struct{}

func (Cat) Meow() {}

func main() {
	var v interface{} = Cat{}
	fmt.Println("asserting")
	w := v.(Walker)
	w.Walk()
}
