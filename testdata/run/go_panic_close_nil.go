// stderr: nondeterministic
// Checks "close of nil channel" raised in a goroutine: exit status 2.
package main

import "fmt"

type hub struct {
	events chan string
}

func main() {
	h := &hub{}
	wait := make(chan bool)
	go func() {
		fmt.Println("closing the hub")
		close(h.events)
	}()
	<-wait
}
