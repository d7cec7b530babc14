// Checks that the program ends when main returns, even though other goroutines are
// still alive: some blocked forever on channels, one on a mutex, one in select{}; none
// of them prints anything, and the exit status is 0.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	mu.Lock()
	never := make(chan int)
	alsoNever := make(chan int)
	ready := make(chan bool, 4)
	go func() { ready <- true; <-never; fmt.Println("never printed 1") }()
	go func() { ready <- true; alsoNever <- 1; fmt.Println("never printed 2") }()
	go func() { ready <- true; mu.Lock(); fmt.Println("never printed 3") }()
	go func() { ready <- true; select {} }()
	for i := 0; i < 4; i++ {
		<-ready
	}
	fmt.Println("main returns with 4 goroutines blocked")
}
