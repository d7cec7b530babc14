// stderr: nondeterministic

package main

import "fmt"

func main() {
	s := "hello"
	j := 10
	fmt.Println(s[2:])
	fmt.Println(s[2:j])
}
