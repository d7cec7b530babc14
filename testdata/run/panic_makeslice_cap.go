// stderr: nondeterministic

package main

import "fmt"

func main() {
	n := 10
	c := 5
	fmt.Println("making")
	s := make([]byte, n, c)
	fmt.Println(len(s))
}
