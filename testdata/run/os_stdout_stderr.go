package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Fprintln(os.Stdout, "to stdout")
	fmt.Fprintln(os.Stderr, "to stderr")
	fmt.Fprintf(os.Stderr, "formatted %d %s\n", 7, "err")
	n, err := os.Stdout.Write([]byte("raw write\n"))
	fmt.Println(n, err)
	os.Stderr.WriteString("stderr string\n")
	fmt.Fprint(os.Stdout, "a", 1, 2, "b\n")
}
