// stderr: nondeterministic

package main

import "fmt"

func grow(n int) int {
	var pad [4096]int
	pad[n%4096] = n
	return grow(n+1) + pad[(n*7)%4096]
}

func main() {
	fmt.Println("recursing forever")
	fmt.Println(grow(0))
}
