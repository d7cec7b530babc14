package main

import "fmt"

func hash(s string) int32 {
	var h int32
	for i := 0; i < len(s); i++ {
		h = 31*h + int32(s[i])
	}
	return h
}

func main() {
	var a int32 = 2147483647
	a++
	fmt.Println(a)
	var b int32 = -2147483648
	b--
	fmt.Println(b)
	var c int32 = 65536
	c *= 65536
	fmt.Println(c)
	var d int32 = 46341
	fmt.Println(d * d)
	fmt.Println(hash("hello, world, this is a long string to hash"))
	var m int32 = -2147483648
	fmt.Println(m/-1, m%-1, -m)
}
