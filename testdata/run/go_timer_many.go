// Checks many timers at once: 2,000 goroutines each sleep a duration between 0 and 20ms
// and then count themselves; every sleeper wakes exactly once, and time.After channels
// in a loop all fire.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	var woke int64
	var wg sync.WaitGroup
	for i := 0; i < 2000; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			time.Sleep(time.Duration(i%21) * time.Millisecond)
			atomic.AddInt64(&woke, int64(i))
		}(i)
	}
	wg.Wait()
	fmt.Println("sum of woken ids", woke)
	fired := 0
	for i := 0; i < 50; i++ {
		<-time.After(time.Duration(i%3) * time.Millisecond)
		fired++
	}
	fmt.Println("time.After fired", fired, "times")
}
