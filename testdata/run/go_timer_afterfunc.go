// Checks time.AfterFunc: the function runs in its own goroutine after the delay (main
// waits for it on a channel); a stopped AfterFunc never runs.
package main

import (
	"fmt"
	"sync/atomic"
	"time"
)

func main() {
	var ran int32
	done := make(chan string)
	time.AfterFunc(10*time.Millisecond, func() {
		atomic.AddInt32(&ran, 1)
		done <- "after func ran"
	})
	fmt.Println(<-done)
	cancelled := time.AfterFunc(time.Hour, func() { atomic.AddInt32(&ran, 100) })
	fmt.Println("stopped:", cancelled.Stop())
	time.Sleep(20 * time.Millisecond)
	fmt.Println("runs:", atomic.LoadInt32(&ran))
}
