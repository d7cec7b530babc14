// stderr: nondeterministic

package main

import "fmt"

func main() {
	defer func() {
		panic("second")
	}()
	defer fmt.Println("deferred 1")
	panic("first")
}
