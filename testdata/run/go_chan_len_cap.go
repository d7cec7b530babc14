// Checks len and cap of channels while a goroutine fills and drains them; every
// observation is taken at a point fixed by synchronization on a second channel.
package main

import "fmt"

func main() {
	var nilc chan int
	fmt.Println("nil:", len(nilc), cap(nilc))
	unbuf := make(chan int)
	fmt.Println("unbuffered:", len(unbuf), cap(unbuf))

	c := make(chan int, 10)
	step := make(chan bool)
	go func() {
		for round := 1; round <= 3; round++ {
			for i := 0; i < round*2; i++ {
				c <- i
			}
			step <- true
			<-step
		}
		<-step
		for len(c) > 0 {
			<-c
		}
		step <- true
	}()
	for round := 1; round <= 3; round++ {
		<-step
		fmt.Println("round", round, "len", len(c), "cap", cap(c))
		<-c
		fmt.Println("after one receive len", len(c))
		step <- true
	}
	step <- true
	<-step
	fmt.Println("drained len", len(c))
	close(c)
	fmt.Println("closed len", len(c), "cap", cap(c))
}
