// stderr: nondeterministic
// Checks sync.WaitGroup misuse in a goroutine: one Done too many panics with
// "sync: negative WaitGroup counter", ending the program with exit status 2.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	block := make(chan bool)
	go func() {
		wg.Done()
		fmt.Println("first Done is fine")
		wg.Done()
	}()
	<-block
}
