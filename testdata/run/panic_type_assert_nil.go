// stderr: nondeterministic

package main

import "fmt"

func main() {
	var e error
	fmt.Println("e is nil:", e == nil)
	s := e.(fmt.Stringer)
	fmt.Println(s)
}
