// stderr: nondeterministic

package main

import "fmt"

type Code int

func main() {
	fmt.Println("int panic")
	panic(Code(42))
}
