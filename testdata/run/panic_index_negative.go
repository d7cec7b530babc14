// stderr: nondeterministic

package main

import "fmt"

func main() {
	s := make([]string, 4)
	i := -1
	fmt.Println(len(s))
	s[i] = "x"
}
