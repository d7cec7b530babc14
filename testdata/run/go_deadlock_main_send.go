// stderr: nondeterministic
// Checks the deadlock report when main blocks sending on an unbuffered channel with no
// receiver (and on a full buffered one before it would): exit 2, fatal error.
package main

import "fmt"

func main() {
	b := make(chan string, 2)
	b <- "one"
	b <- "two"
	fmt.Println("buffer full:", len(b), cap(b))
	c := make(chan string)
	go func() {
		<-b
	}()
	b <- "three" // fits once the goroutine has received one value
	fmt.Println("sent three")
	c <- "nobody listens"
	fmt.Println("unreachable")
}
