// Checks a mutex-protected counter incremented by many goroutines at once (in Go they
// really run in parallel): no increment is lost.
package main

import (
	"fmt"
	"sync"
)

type counter struct {
	mu sync.Mutex
	n  int
	by map[int]int
}

func (c *counter) inc(worker int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n++
	c.by[worker]++
}

func main() {
	c := &counter{by: map[int]int{}}
	var wg sync.WaitGroup
	const workers, each = 16, 2000
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < each; i++ {
				c.inc(w)
			}
		}(w)
	}
	wg.Wait()
	fmt.Println("total", c.n, "want", workers*each)
	fmt.Println("workers recorded", len(c.by), "worker 7 did", c.by[7])
}
