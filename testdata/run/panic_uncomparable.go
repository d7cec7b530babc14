// stderr: nondeterministic

package main

import "fmt"

func main() {
	a := interface{}(map[string]int{})
	b := interface{}(map[string]int{})
	fmt.Println("comparing")
	fmt.Println(a == b)
}
