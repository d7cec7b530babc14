// Checks runtime.Goexit in a goroutine: it runs the goroutine's deferred calls in LIFO
// order (recover returns nil there, since Goexit is not a panic), the code after it
// never runs, and other goroutines are unaffected.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func deep(n int, log *[]string) {
	defer func() { *log = append(*log, fmt.Sprint("unwind ", n)) }()
	if n == 0 {
		runtime.Goexit()
	}
	deep(n-1, log)
	*log = append(*log, "unreachable")
}

func main() {
	var wg sync.WaitGroup
	var log []string
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() {
			log = append(log, fmt.Sprint("recover() = ", recover()))
		}()
		defer func() { log = append(log, "outer defer") }()
		deep(3, &log)
		log = append(log, "unreachable too")
	}()
	wg.Wait()
	for _, l := range log {
		fmt.Println(l)
	}
	res := make(chan int)
	go func() {
		defer func() { res <- 42 }()
		runtime.Goexit()
	}()
	fmt.Println("value sent from a Goexit defer:", <-res)
}
