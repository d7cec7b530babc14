// Checks 100,000 goroutines alive at once: each blocks on a shared gate channel, main
// checks they are all parked (NumGoroutine), opens the gate, and every goroutine adds its
// contribution to a result channel; main prints a checksum.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	const n = 100000
	gate := make(chan struct{})
	results := make(chan uint64, 1024)
	var parked sync.WaitGroup
	parked.Add(n)
	for i := 0; i < n; i++ {
		go func(i int) {
			parked.Done()
			<-gate
			x := uint64(i)
			results <- x*x ^ x>>3
		}(i)
	}
	parked.Wait()
	alive := runtime.NumGoroutine()
	fmt.Println("alive at once:", alive)
	close(gate)
	var sum uint64
	for i := 0; i < n; i++ {
		sum += <-results
	}
	fmt.Println("checksum", sum)
}
