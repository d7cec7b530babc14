// stderr: nondeterministic

package main

import "fmt"

func main() {
	defer func() {
		var m map[int]int
		m[1] = 2
	}()
	fmt.Println("start")
	var s []int
	_ = s[0]
}
