// stderr: nondeterministic
// Checks "close of closed channel" raised in a goroutine: the second close panics and
// the program exits with status 2.
package main

import "fmt"

func main() {
	c := make(chan string)
	again := make(chan bool)
	wait := make(chan bool)
	go func() {
		close(c)
		<-again
		fmt.Println("closing again")
		close(c)
	}()
	v, ok := <-c
	fmt.Printf("main saw %q %v\n", v, ok)
	again <- true
	<-wait
}
