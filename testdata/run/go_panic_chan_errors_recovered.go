// Checks that the channel runtime errors raised in goroutines (send on closed channel,
// close of closed channel, close of nil channel) are recoverable there, with the exact
// messages and the runtime.Error type.
package main

import (
	"fmt"
	"runtime"
)

func try(name string, f func()) <-chan string {
	res := make(chan string, 1)
	go func() {
		defer func() {
			r := recover()
			_, isRuntime := r.(runtime.Error)
			res <- fmt.Sprintf("%s: %v (runtime.Error: %v)", name, r, isRuntime)
		}()
		f()
	}()
	return res
}

func main() {
	closed := make(chan int, 3)
	close(closed)
	var nilc chan int
	fmt.Println(<-try("send", func() { closed <- 1 }))
	fmt.Println(<-try("close twice", func() { close(closed) }))
	fmt.Println(<-try("close nil", func() { close(nilc) }))
	fmt.Println(<-try("receive is fine", func() { <-closed }))
	// a select send case on a closed channel panics too
	fmt.Println(<-try("select send", func() {
		select {
		case closed <- 2:
		default:
		}
	}))
}
