// Checks a three-stage pipeline (generate → square → filter → sum) with one goroutine
// per stage connected by unbuffered channels; each stage closes its output when done.
package main

import "fmt"

func generate(n int) <-chan int {
	out := make(chan int)
	go func() {
		for i := 1; i <= n; i++ {
			out <- i
		}
		close(out)
	}()
	return out
}

func square(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for v := range in {
			out <- v * v
		}
		close(out)
	}()
	return out
}

func filter(in <-chan int, keep func(int) bool) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for v := range in {
			if keep(v) {
				out <- v
			}
		}
	}()
	return out
}

func main() {
	odd := func(v int) bool { return v%2 == 1 }
	sum, n := 0, 0
	var first []int
	for v := range filter(square(generate(1000)), odd) {
		sum += v
		n++
		if len(first) < 6 {
			first = append(first, v)
		}
	}
	fmt.Println(first, n, sum)
}
