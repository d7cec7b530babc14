// stderr: nondeterministic
// Checks that an empty select{} blocks forever: once the only other goroutine has
// finished, the runtime reports a deadlock.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		fmt.Println("worker done")
	}()
	wg.Wait()
	fmt.Println("main selects on nothing")
	select {}
}
