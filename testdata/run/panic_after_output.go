// stderr: nondeterministic

package main

import (
	"fmt"
	"os"
)

func main() {
	for i := 0; i < 3; i++ {
		fmt.Println("line", i)
	}
	fmt.Fprintln(os.Stderr, "to stderr")
	println("builtin println")
	panic("done")
}
