// stderr: nondeterministic
// Checks a panic in main while other goroutines are alive and blocked: the program
// exits with status 2 and main's deferred calls run first.
package main

import "fmt"

func main() {
	c := make(chan int)
	for i := 0; i < 5; i++ {
		go func() { <-c }()
	}
	defer fmt.Println("main's defer runs before the crash")
	var s []int
	fmt.Println(s[3])
}
