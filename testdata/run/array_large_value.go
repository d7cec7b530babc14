package main

import "fmt"

type Big [1000]int

func fill(b Big, v int) Big {
	for i := range b {
		b[i] = v + i
	}
	return b
}

func sum(b *Big) int {
	s := 0
	for _, v := range b {
		s += v
	}
	return s
}

func main() {
	var a Big
	b := fill(a, 5)
	fmt.Println(sum(&a), sum(&b))
	c := b
	c[999] = 0
	fmt.Println(sum(&b), sum(&c), b == c)
	arrs := make([]Big, 3)
	arrs[1] = b
	fmt.Println(sum(&arrs[0]), sum(&arrs[1]))
}
