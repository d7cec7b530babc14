// stderr: nondeterministic
// Checks that receiving from a nil channel blocks forever: with every other goroutine
// also blocked (one on a nil-channel send), the runtime reports a deadlock.
package main

import "fmt"

func main() {
	var c chan int
	var d chan string
	started := make(chan bool)
	go func() {
		started <- true
		d <- "never delivered"
	}()
	<-started
	fmt.Println("blocking on a nil channel")
	fmt.Println(<-c)
}
