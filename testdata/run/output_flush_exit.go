package main

import (
	"fmt"
	"os"
)

func main() {
	for i := 0; i < 20000; i++ {
		fmt.Printf("line %05d %s\n", i, "0123456789abcdef")
	}
	fmt.Fprintln(os.Stderr, "stderr after stdout")
	os.Exit(4)
}
