// Checks that a goroutine blocked on a channel is not a deadlock while a timer is still
// pending: only time.AfterFunc (after a sleep-free wait) will send to main, and it does.
package main

import (
	"fmt"
	"time"
)

func main() {
	c := make(chan string)
	time.AfterFunc(20*time.Millisecond, func() { c <- "woken by a timer" })
	fmt.Println(<-c)
	d := make(chan int)
	go func() {
		time.Sleep(10 * time.Millisecond)
		d <- 5
	}()
	fmt.Println("woken by a sleeping goroutine:", <-d)
}
