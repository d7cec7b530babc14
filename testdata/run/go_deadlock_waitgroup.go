// stderr: nondeterministic
// Checks a deadlock on sync.WaitGroup: Add(3) but only two goroutines call Done, so
// Wait never returns and nothing else can run.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(3)
	results := make(chan int, 2)
	for i := 0; i < 2; i++ {
		go func(i int) {
			defer wg.Done()
			results <- i * 10
		}(i)
	}
	fmt.Println("sum", <-results+<-results)
	wg.Wait()
	fmt.Println("unreachable")
}
