// stderr: nondeterministic

package main

import "fmt"

func main() {
	n := -5
	fmt.Println("making")
	s := make([]int, n)
	fmt.Println(len(s))
}
