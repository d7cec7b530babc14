// stderr: nondeterministic

package main

import "fmt"

func main() {
	s := make([]int, 2, 4)
	k := 3
	fmt.Println(len(s[0:1:k]))
	fmt.Println(s[0:k:2])
}
