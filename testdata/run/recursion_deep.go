package main

import "fmt"

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1
}

func sumTo(n int64, acc int64) int64 {
	if n == 0 {
		return acc
	}
	return sumTo(n-1, acc+n)
}

func main() {
	fmt.Println(depth(1000000))
	fmt.Println(sumTo(1000000, 0))
}
