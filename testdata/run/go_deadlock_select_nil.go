// stderr: nondeterministic
// Checks a select whose cases are all nil channels and which has no default: it can
// never proceed, and the runtime reports a deadlock.
package main

import "fmt"

func main() {
	var in chan int
	var out chan int
	fmt.Println("select over nil channels only")
	select {
	case v := <-in:
		fmt.Println("impossible", v)
	case out <- 1:
		fmt.Println("impossible send")
	}
}
