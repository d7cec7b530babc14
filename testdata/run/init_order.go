package main

import "fmt"

var (
	a = c + b
	b = f("b")
	c = f("c")
	d = 3
)

func f(s string) int {
	fmt.Println("init var", s)
	return d + len(s)
}

func init() {
	fmt.Println("init 1:", a, b, c, d)
	d = 100
}

func init() {
	fmt.Println("init 2:", d)
}

var total = sum(1, 2, 3)

func sum(xs ...int) int {
	fmt.Println("init total")
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func main() {
	fmt.Println("main:", a, b, c, d, total)
}
