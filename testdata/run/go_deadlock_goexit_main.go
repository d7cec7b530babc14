// stderr: nondeterministic
// Checks runtime.Goexit called by main: main's defers run, other goroutines keep running
// to completion, and when none is left the runtime reports
// "fatal error: no goroutines (main called runtime.Goexit) - deadlock!".
package main

import (
	"fmt"
	"runtime"
)

func main() {
	c := make(chan int)
	go func() {
		sum := 0
		for v := range c {
			sum += v
		}
		fmt.Println("worker finished, sum", sum)
	}()
	defer close(c)
	defer fmt.Println("main's defers run")
	for i := 1; i <= 10; i++ {
		c <- i
	}
	runtime.Goexit()
	fmt.Println("unreachable")
}
