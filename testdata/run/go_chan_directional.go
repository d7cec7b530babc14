// Checks send-only and receive-only channel types as goroutine parameters and results,
// implicit conversion from bidirectional, and generators returning <-chan T.
package main

import "fmt"

func count(from, to int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := from; i <= to; i++ {
			out <- i
		}
	}()
	return out
}

func double(in <-chan int, out chan<- int) {
	for v := range in {
		out <- 2 * v
	}
	close(out)
}

func fib(n int) <-chan uint64 {
	c := make(chan uint64, 4)
	go func() {
		a, b := uint64(0), uint64(1)
		for i := 0; i < n; i++ {
			c <- a
			a, b = b, a+b
		}
		close(c)
	}()
	return c
}

func main() {
	doubled := make(chan int)
	go double(count(1, 10), doubled)
	var got []int
	for v := range doubled {
		got = append(got, v)
	}
	fmt.Println(got)
	var fibs []uint64
	for v := range fib(90) {
		fibs = append(fibs, v)
	}
	fmt.Println(len(fibs), fibs[10], fibs[50], fibs[89])
	var sendOnly chan<- int = doubled
	var recvOnly <-chan int = doubled
	fmt.Printf("%T %T\n", sendOnly, recvOnly)
}
