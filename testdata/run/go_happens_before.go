// Checks the memory-model guarantees that make plain variables safe to share: writes
// before a send are visible after the matching receive, writes before close are visible
// after a receive that sees the close, and writes before Unlock after the next Lock.
package main

import (
	"fmt"
	"sync"
)

type config struct {
	name   string
	limits []int
	opts   map[string]bool
}

func main() {
	var cfg *config
	ready := make(chan bool)
	go func() {
		cfg = &config{name: "prod", limits: []int{1, 2, 3}, opts: map[string]bool{"x": true}}
		ready <- true
	}()
	<-ready
	fmt.Println(cfg.name, cfg.limits, cfg.opts)

	var msg string
	done := make(chan struct{})
	go func() {
		msg = "written before close"
		close(done)
	}()
	<-done
	fmt.Println(msg)

	var mu sync.Mutex
	var shared []string
	mu.Lock()
	go func() {
		shared = append(shared, "from goroutine")
		mu.Unlock() // unlocking in another goroutine is allowed
	}()
	mu.Lock()
	fmt.Println(shared)
	mu.Unlock()

	// buffered channel: the k-th receive happens before the (k+C)-th send completes
	sem := make(chan int, 2)
	var order []int
	var omu sync.Mutex
	var wg sync.WaitGroup
	for i := 0; i < 6; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			sem <- i
			omu.Lock()
			order = append(order, i)
			omu.Unlock()
			<-sem
		}(i)
	}
	wg.Wait()
	fmt.Println(len(order), len(sem))
}
