// Checks that a goroutine spinning in `for {}` with no function calls does not keep the
// program alive or starve main: main keeps running, finishes its work and returns,
// and the process exits with status 0 (Go preempts the spinning goroutine).
package main

import (
	"fmt"
	"time"
)

func main() {
	started := make(chan bool)
	go func() {
		started <- true
		for {
		}
	}()
	<-started
	sum := 0
	for i := 0; i < 1000; i++ {
		sum += i
	}
	time.Sleep(5 * time.Millisecond)
	fmt.Println("main finished while a goroutine spins, sum", sum)
}
