package main

import "fmt"

func main() {
	var a int8 = 127
	a++
	fmt.Println(a)
	var b int8 = -128
	b--
	fmt.Println(b)
	var c int8 = 100
	c *= 3
	fmt.Println(c)
	var d int8 = -128
	d = -d
	fmt.Println(d)
	var e int8 = -7
	fmt.Println(e/2, e%2, e>>1, e<<5)
	var s int8
	for i := 0; i < 300; i++ {
		s += int8(i)
	}
	fmt.Println(s)
}
