package main

import "fmt"

func main() {
	var fib func(int) int
	memo := map[int]int{}
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		if v, ok := memo[n]; ok {
			return v
		}
		v := fib(n-1) + fib(n-2)
		memo[n] = v
		return v
	}
	fmt.Println(fib(90))
	compose := func(f, g func(int) int) func(int) int {
		return func(x int) int { return f(g(x)) }
	}
	double := func(x int) int { return x * 2 }
	inc := func(x int) int { return x + 1 }
	h := compose(double, inc)
	for i := 0; i < 5; i++ {
		h = compose(h, inc)
	}
	fmt.Println(h(1))
	apply := func(n int, f func(int) int, x int) int {
		for i := 0; i < n; i++ {
			x = f(x)
		}
		return x
	}
	fmt.Println(apply(10, double, 1))
	fmt.Println(func(a, b int) int { return a*b }(6, 7))
}
