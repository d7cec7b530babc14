// stderr: nondeterministic
// Checks that the deadlock is reported only once nothing can happen any more: while a
// goroutine sleeps main's receive is not a deadlock; after it wakes, prints and exits
// without sending, it is.
package main

import (
	"fmt"
	"time"
)

func main() {
	c := make(chan int)
	go func() {
		time.Sleep(20 * time.Millisecond)
		fmt.Println("sleeper woke and leaves without sending")
	}()
	<-c
}
