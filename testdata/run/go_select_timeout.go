// Checks select with time.After as a timeout: a channel nobody sends on times out, a
// channel that is already ready wins over a long timeout, and a loop of short timeouts
// ends when a late producer finally delivers. Nothing printed depends on durations.
package main

import (
	"fmt"
	"time"
)

func main() {
	never := make(chan int)
	select {
	case v := <-never:
		fmt.Println("impossible", v)
	case <-time.After(20 * time.Millisecond):
		fmt.Println("timed out waiting on a silent channel")
	}

	ready := make(chan string, 1)
	ready <- "ready value"
	select {
	case s := <-ready:
		fmt.Println("got", s)
	case <-time.After(time.Hour):
		fmt.Println("impossible timeout")
	}

	late := make(chan string)
	go func() {
		time.Sleep(30 * time.Millisecond)
		late <- "late value"
	}()
	timeouts := 0
	for {
		select {
		case s := <-late:
			fmt.Println("got", s, "after at least one timeout:", timeouts > 0)
			return
		case <-time.After(5 * time.Millisecond):
			timeouts++
		}
	}
}
