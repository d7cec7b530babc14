// stderr: nondeterministic
// Checks unbounded recursion in a goroutine with the maximum stack lowered through
// runtime/debug.SetMaxStack: "fatal error: stack overflow", exit status 2.
package main

import (
	"fmt"
	"runtime/debug"
)

func forever(n int) int {
	var pad [8]int
	pad[n%8] = n
	return forever(n+1) + pad[0]
}

func main() {
	old := debug.SetMaxStack(1 << 20)
	fmt.Println("max stack was", old)
	block := make(chan int)
	go func() {
		block <- forever(0)
	}()
	<-block
}
