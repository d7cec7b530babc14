// stderr: nondeterministic

package main

import "fmt"

func main() {
	s := "héllo"
	n := len(s) + 2
	fmt.Println(s[1])
	fmt.Println(s[n])
}
