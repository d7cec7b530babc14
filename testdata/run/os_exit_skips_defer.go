package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("deferred: must not print")
	fmt.Fprintln(os.Stderr, "error: something failed")
	fmt.Println("stdout before exit")
	os.Exit(1)
}
