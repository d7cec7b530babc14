// Checks labeled break and continue out of a for-select loop driven by goroutines: a
// collector skips odd values with continue, stops with break at a sentinel, and the
// goroutines still blocked afterwards are released through a quit channel.
package main

import (
	"fmt"
	"sync"
)

func main() {
	vals := make(chan int)
	quit := make(chan struct{})
	var wg sync.WaitGroup
	for p := 0; p < 3; p++ {
		wg.Add(1)
		go func(p int) {
			defer wg.Done()
			for i := 0; ; i++ {
				select {
				case vals <- p*1000 + i:
				case <-quit:
					return
				}
			}
		}(p)
	}
	even := 0
	received := 0
loop:
	for {
		select {
		case v := <-vals:
			received++
			if received >= 300 {
				break loop
			}
			if v%2 == 1 {
				continue loop
			}
			even++
		}
	}
	close(quit)
	wg.Wait()
	fmt.Println("received", received, "even at least one:", even > 0)
}
