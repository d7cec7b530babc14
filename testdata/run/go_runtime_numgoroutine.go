// Checks runtime.NumGoroutine at points where it is deterministic: 1 at start, 1+n
// while n goroutines are blocked, and back to 1 once they have all exited (main yields
// until the exiting goroutines are gone).
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func settle(want int) int {
	for i := 0; i < 100000 && runtime.NumGoroutine() != want; i++ {
		runtime.Gosched()
	}
	return runtime.NumGoroutine()
}

func main() {
	fmt.Println("at start:", runtime.NumGoroutine())
	release := make(chan struct{})
	var started sync.WaitGroup
	for i := 0; i < 25; i++ {
		started.Add(1)
		go func() {
			started.Done()
			<-release
		}()
	}
	started.Wait()
	fmt.Println("with 25 blocked:", runtime.NumGoroutine())
	close(release)
	fmt.Println("after release:", settle(1))
	done := make(chan bool)
	for i := 0; i < 5; i++ {
		go func(i int) {
			if i%2 == 0 {
				done <- true
			}
		}(i)
	}
	for i := 0; i < 3; i++ {
		<-done
	}
	fmt.Println("after a second batch:", settle(1))
}
