package main

import "fmt"

type frame struct {
	a, b, c, d int
	buf      [16]int
}

func walk(n int, parent *frame) int {
	var f frame
	f.a = n
	f.buf[n%16] = n
	if parent != nil {
		f.b = parent.a
	}
	if n == 0 {
		return f.b
	}
	return walk(n-1, &f) + f.buf[n%16]%3
}

func main() {
	fmt.Println(walk(1000000, nil))
}
