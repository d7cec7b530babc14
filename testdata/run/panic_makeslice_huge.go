// stderr: nondeterministic

package main

import "fmt"

func main() {
	n := 1 << 62
	fmt.Println("making")
	s := make([]int64, n)
	fmt.Println(len(s))
}
