// stderr: nondeterministic
// Checks a goroutine that recovers a panic and panics again with a new value: the
// report shows the first panic marked [recovered] followed by the second.
package main

import "fmt"

func main() {
	block := make(chan int)
	go func() {
		defer func() {
			r := recover()
			fmt.Println("recovered", r, "- panicking again")
			panic(fmt.Sprint("wrapped: ", r))
		}()
		panic("first")
	}()
	<-block
}
