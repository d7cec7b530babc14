// stderr: nondeterministic
// Checks a deadlock on sync.Cond: main and a goroutine both Wait and nobody Signals.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	ready := false
	go func() {
		mu.Lock()
		for !ready {
			c.Wait()
		}
		mu.Unlock()
	}()
	mu.Lock()
	fmt.Println("waiting for a signal that never comes")
	for !ready {
		c.Wait()
	}
	mu.Unlock()
}
