package main

import "fmt"

func counter() (func() int, func()) {
	n := 0
	return func() int { n++; return n }, func() { n = 100 }
}

func adder(base int) func(int) int {
	return func(x int) int { base += x; return base }
}

func main() {
	next, reset := counter()
	fmt.Println(next(), next(), next())
	reset()
	fmt.Println(next())
	a := adder(10)
	b := adder(1000)
	fmt.Println(a(1), a(2), b(3), a(0))
	fns := make([]func() int, 0)
	for i := 0; i < 3; i++ {
		j := i
		fns = append(fns, func() int { return j * j })
	}
	for _, f := range fns {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	x := 1
	inc := func() { x++ }
	inc()
	inc()
	fmt.Println(x)
}
