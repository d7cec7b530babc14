// Checks runtime.Goexit called from a deferred function while the goroutine is
// panicking: the panic is abandoned, the remaining defers still run, the program does
// not crash, and main carries on.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var log []string
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() { log = append(log, "outermost defer runs") }()
		defer func() {
			log = append(log, "calling Goexit while panicking")
			runtime.Goexit()
		}()
		panic("this panic is abandoned")
	}()
	wg.Wait()
	for _, l := range log {
		fmt.Println(l)
	}
	fmt.Println("main continues")
}
