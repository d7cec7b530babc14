// Checks select over closed channels: a closed channel is always ready (zero value,
// ok false), so a done channel closed by a goroutine stops a producer loop.
package main

import (
	"fmt"
	"sync"
)

func main() {
	done := make(chan struct{})
	closed := make(chan int)
	close(closed)
	select {
	case v, ok := <-closed:
		fmt.Println("closed is ready:", v, ok)
	default:
		fmt.Println("impossible default")
	}

	out := make(chan int)
	var wg sync.WaitGroup
	wg.Add(1)
	sent := 0
	go func() {
		defer wg.Done()
		for i := 0; ; i++ {
			select {
			case out <- i:
				sent++
			case <-done:
				return
			}
		}
	}()
	for i := 0; i < 10; i++ {
		<-out
	}
	close(done)
	wg.Wait()
	fmt.Println("producer stopped after", sent, "sends")
}
