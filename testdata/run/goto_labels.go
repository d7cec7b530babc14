package main

import "fmt"

func collatz(n int) int {
	steps := 0
top:
	if n == 1 {
		return steps
	}
	steps++
	if n%2 == 0 {
		n /= 2
	} else {
		n = 3*n + 1
	}
	goto top
}

func main() {
	for _, n := range []int{1, 6, 27, 97, 871} {
		fmt.Println(n, collatz(n))
	}
	i := 0
retry:
	i++
	if i < 5 {
		goto retry
	}
	fmt.Println("retries", i)
}
