// stderr: nondeterministic
// Checks the deadlock when main ranges over a channel the producer never closes: all
// values arrive, then the range blocks forever after the producer has exited.
package main

import "fmt"

func main() {
	c := make(chan int)
	go func() {
		for i := 1; i <= 5; i++ {
			c <- i * i
		}
		// forgot close(c)
	}()
	for v := range c {
		fmt.Println("got", v)
	}
	fmt.Println("unreachable")
}
