package main

import "fmt"

func main() {
	var a int = 1<<63 - 1
	a++
	fmt.Println(a)
	n := 1 << 52
	for i := 0; i < 4; i++ {
		n = n*2 + 1
		fmt.Println(n)
	}
	f := 1
	for i := 1; i <= 25; i++ {
		f *= i
		fmt.Println(i, f)
	}
	x := 9007199254740993
	fmt.Println(x, x-1, x+1, x*2, x/3, x%1000)
}
