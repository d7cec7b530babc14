// Checks a daisy chain of 10,000 goroutines, each adding one to the value it receives
// from its right neighbour and passing it left; the value travels the whole chain
// several times.
package main

import "fmt"

func link(left, right chan int) {
	for v := range right {
		left <- v + 1
	}
	close(left)
}

func main() {
	const n = 10000
	leftmost := make(chan int)
	left := leftmost
	var right chan int
	for i := 0; i < n; i++ {
		right = make(chan int)
		go link(left, right)
		left = right
	}
	go func(c chan int) {
		for i := 0; i < 5; i++ {
			c <- i * 1000000
		}
		close(c)
	}(right)
	for v := range leftmost {
		fmt.Println(v)
	}
}
