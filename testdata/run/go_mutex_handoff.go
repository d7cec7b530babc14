// Checks that a goroutine blocked in Lock proceeds only after the holder unlocks, and
// TryLock's answers while the lock is held and after it is released.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	var log []string
	mu.Lock()
	started := make(chan bool)
	acquired := make(chan bool)
	go func() {
		started <- true
		mu.Lock()
		log = append(log, "goroutine has the lock")
		mu.Unlock()
		acquired <- true
	}()
	<-started
	time.Sleep(10 * time.Millisecond)
	log = append(log, "main still holds the lock")
	fmt.Println("TryLock while held:", mu.TryLock())
	mu.Unlock()
	<-acquired
	fmt.Println("TryLock after release:", mu.TryLock())
	mu.Unlock()
	for _, l := range log {
		fmt.Println(l)
	}

	tries := make(chan bool)
	mu.Lock()
	go func() { tries <- mu.TryLock() }()
	fmt.Println("TryLock in goroutine while main holds:", <-tries)
	mu.Unlock()
}
