// A goroutine that only calls (no loop: no back-edge to check) must still be
// preempted: main wakes from its sleep and the program ends.
package main

import (
	"fmt"
	"time"
)

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	go func() { fmt.Println(fib(60)) }() // would take years; only calls, no loops
	time.Sleep(10 * time.Millisecond)
	fmt.Println("main is not starved")
}
