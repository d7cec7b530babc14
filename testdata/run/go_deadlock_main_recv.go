// stderr: nondeterministic
// Checks the deadlock report when main blocks receiving on a channel nobody will ever
// send on, after a goroutine that did its work has exited: exit status 2 and
// "fatal error: all goroutines are asleep - deadlock!".
package main

import "fmt"

func main() {
	c := make(chan int)
	done := make(chan bool)
	go func() {
		fmt.Println("helper ran")
		done <- true
	}()
	<-done
	fmt.Println("main waits forever")
	<-c
	fmt.Println("unreachable")
}
