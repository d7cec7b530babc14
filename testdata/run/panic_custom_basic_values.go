// stderr: nondeterministic

package main

import (
	"fmt"
	"os"
)

func main() {
	var v interface{}
	switch len(os.Args) {
	case 1:
		v = 3.25
	default:
		v = true
	}
	fmt.Println(v)
	panic(v)
}
