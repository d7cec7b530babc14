// Checks sync.Cond.Broadcast: goroutines wait for a "generation" to advance; one
// Broadcast wakes all of them, and each reports the generation it saw.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	generation := 0
	waiting := 0
	const n = 10
	seen := make(chan int, n)
	for i := 0; i < n; i++ {
		go func() {
			mu.Lock()
			start := generation
			waiting++
			cond.Broadcast() // tell main another waiter arrived
			for generation == start {
				cond.Wait()
			}
			g := generation
			mu.Unlock()
			seen <- g
		}()
	}
	mu.Lock()
	for waiting < n {
		cond.Wait()
	}
	generation = 7
	cond.Broadcast()
	mu.Unlock()
	sum := 0
	for i := 0; i < n; i++ {
		sum += <-seen
	}
	fmt.Println("waiters", waiting, "sum of generations seen", sum)
}
