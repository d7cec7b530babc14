// stderr: nondeterministic
// Checks an unrecovered panic in a goroutine: it ends the whole program with exit
// status 2 and "panic: ..." even though main is merely blocked; the goroutine's defers
// run first (in LIFO order), main's do not.
package main

import "fmt"

func worker(c chan int) {
	defer fmt.Println("worker defer 1")
	defer func() {
		fmt.Println("worker defer 2 sees a panic")
	}()
	v := <-c
	if v > 2 {
		panic(fmt.Sprintf("worker got %d", v))
	}
}

func main() {
	defer fmt.Println("main defer never runs")
	c := make(chan int)
	block := make(chan int)
	go worker(c)
	fmt.Println("sending 3")
	c <- 3
	<-block
}
