// Checks a buffered channel used as a counting semaphore: 30 goroutines, at most 3
// inside the critical section at any time (measured with atomics and checked by the
// program itself, which prints "ok"), and all 30 complete.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

func main() {
	sem := make(chan struct{}, 3)
	var inside, peak, completed int32
	var wg sync.WaitGroup
	for i := 0; i < 30; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			n := atomic.AddInt32(&inside, 1)
			for {
				p := atomic.LoadInt32(&peak)
				if n <= p || atomic.CompareAndSwapInt32(&peak, p, n) {
					break
				}
			}
			for k := 0; k < 3; k++ {
				runtime.Gosched()
			}
			atomic.AddInt32(&inside, -1)
			atomic.AddInt32(&completed, 1)
		}(i)
	}
	wg.Wait()
	if p := atomic.LoadInt32(&peak); p < 1 || p > 3 {
		fmt.Println("peak concurrency out of range:", p)
		return
	}
	fmt.Println("completed", completed, "len(sem)", len(sem))
	fmt.Println("ok")
}
