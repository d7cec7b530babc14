// stderr: nondeterministic
// Checks a two-goroutine lock-order deadlock: each goroutine holds one channel token and
// waits for the other's, while main waits for both; everyone is asleep.
package main

import "fmt"

func main() {
	a := make(chan bool, 1)
	b := make(chan bool, 1)
	a <- true
	b <- true
	took := make(chan string)
	start := make(chan bool)
	done := make(chan bool)
	go func() {
		<-a
		took <- "first took a"
		<-start
		<-b
		done <- true
	}()
	go func() {
		<-b
		took <- "second took b"
		<-start
		<-a
		done <- true
	}()
	x, y := <-took, <-took
	if x > y {
		x, y = y, x
	}
	fmt.Println(x + "; " + y)
	close(start)
	<-done
}
