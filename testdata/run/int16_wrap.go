package main

import "fmt"

func main() {
	var a int16 = 32767
	a++
	fmt.Println(a)
	var b int16 = -32768
	b--
	fmt.Println(b)
	var c int16 = 300
	c *= 300
	fmt.Println(c)
	var d int16 = -32768
	fmt.Println(-d, d/-1, d%-1)
	var h int16 = 1
	for i := 0; i < 20; i++ {
		h = h*31 + int16(i)
	}
	fmt.Println(h)
}
