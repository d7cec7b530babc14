// stderr: nondeterministic

package main

import "fmt"

func main() {
	var d int8
	fmt.Println(int8(7) % 3)
	fmt.Println(int8(7) % d)
}
