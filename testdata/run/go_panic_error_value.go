// stderr: nondeterministic
// Checks an unrecovered panic in a goroutine whose value is an error: the message is
// the error's text; what main printed before stays printed.
package main

import (
	"errors"
	"fmt"
)

var errLimit = errors.New("limit exceeded")

func check(n int) {
	if n > 3 {
		panic(fmt.Errorf("check(%d): %w", n, errLimit))
	}
}

func main() {
	results := make(chan int)
	next := make(chan bool)
	go func() {
		for i := 0; ; i++ {
			<-next
			check(i)
			results <- i
		}
	}()
	for i := 0; i < 4; i++ {
		next <- true
		fmt.Println("ok", <-results)
	}
	next <- true
	<-results
}
