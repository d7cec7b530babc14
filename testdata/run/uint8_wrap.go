package main

import "fmt"

func main() {
	var a uint8 = 255
	a++
	fmt.Println(a)
	var b uint8
	b--
	fmt.Println(b)
	var c uint8 = 200
	c += 100
	fmt.Println(c)
	fmt.Println(^c, -c, c<<3, c>>3)
	var sum uint8
	for i := 0; i < 1000; i++ {
		sum += uint8(i * 7)
	}
	fmt.Println(sum)
	bs := []byte("xyz")
	for i := range bs {
		bs[i] += 10
	}
	fmt.Println(bs)
}
