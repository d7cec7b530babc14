// Checks that many readers hold an RWMutex's read lock at the same time (each waits,
// while holding it, for all the others to arrive — this would deadlock if RLock were
// exclusive), and that a writer waits until every reader has left.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var rw sync.RWMutex
	const readers = 8
	var inside sync.WaitGroup
	inside.Add(readers)
	release := make(chan struct{})
	var left int32
	var done sync.WaitGroup
	for i := 0; i < readers; i++ {
		done.Add(1)
		go func() {
			defer done.Done()
			rw.RLock()
			inside.Done()
			<-release
			atomic.AddInt32(&left, 1)
			rw.RUnlock()
		}()
	}
	inside.Wait()
	fmt.Println("all", readers, "readers hold the read lock together")
	fmt.Println("TryLock with readers inside:", rw.TryLock())
	fmt.Println("TryRLock with readers inside:", rw.TryRLock())
	rw.RUnlock()
	wrote := make(chan int32)
	go func() {
		rw.Lock()
		wrote <- atomic.LoadInt32(&left)
		rw.Unlock()
	}()
	close(release)
	fmt.Println("writer saw readers left:", <-wrote)
	done.Wait()
}
