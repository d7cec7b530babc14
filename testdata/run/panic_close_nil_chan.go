// stderr: nondeterministic

package main

import "fmt"

func main() {
	var c chan int
	fmt.Println("closing")
	close(c)
}
