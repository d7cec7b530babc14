package main

import "fmt"

func fnv1a(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

func main() {
	var a uint64 = 18446744073709551615
	a++
	fmt.Println(a)
	var b uint64
	b--
	fmt.Println(b)
	fmt.Println(b/3, b%7, b>>1, b<<63)
	var c uint64 = 1<<63 + 12345
	fmt.Println(c, c*2, c*3, c/10)
	fmt.Println(fnv1a(""), fnv1a("a"), fnv1a("hello world"))
	x := uint64(88172645463325252)
	for i := 0; i < 4; i++ {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		fmt.Println(x)
	}
}
