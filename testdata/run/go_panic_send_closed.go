// stderr: nondeterministic
// Checks "send on closed channel" raised in a goroutine: main closes the channel, the
// goroutine's send panics, and the unrecovered panic ends the program (exit 2).
package main

import "fmt"

func main() {
	c := make(chan int, 1)
	closed := make(chan bool)
	wait := make(chan bool)
	go func() {
		<-closed
		fmt.Println("goroutine sends on the closed channel")
		c <- 1
	}()
	close(c)
	closed <- true
	<-wait
}
