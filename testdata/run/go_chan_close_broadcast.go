// Checks that closing a channel releases every goroutine blocked receiving on it (a
// broadcast), counted with a WaitGroup; results are collected by index, not by order.
package main

import (
	"fmt"
	"sync"
)

func main() {
	const n = 50
	start := make(chan struct{})
	var ready, finished sync.WaitGroup
	results := make([]int, n)
	ready.Add(n)
	finished.Add(n)
	for i := 0; i < n; i++ {
		go func(i int) {
			defer finished.Done()
			ready.Done()
			_, ok := <-start
			if !ok {
				results[i] = i * i
			}
		}(i)
	}
	ready.Wait()
	close(start)
	finished.Wait()
	sum := 0
	for _, r := range results {
		sum += r
	}
	fmt.Println("all released, sum of squares", sum)
	// receiving from the closed channel never blocks again
	for i := 0; i < 3; i++ {
		v, ok := <-start
		fmt.Println(v, ok)
	}
}
