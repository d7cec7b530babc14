// stderr: nondeterministic
// Checks a deadlock where every goroutine waits for a sync.Mutex: main holds the lock
// and blocks locking it again while three goroutines also wait for it.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	var started sync.WaitGroup
	mu.Lock()
	for i := 0; i < 3; i++ {
		started.Add(1)
		go func() {
			started.Done()
			mu.Lock()
			fmt.Println("unreachable")
		}()
	}
	started.Wait()
	fmt.Println("locking twice")
	mu.Lock()
}
