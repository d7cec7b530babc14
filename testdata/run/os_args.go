// args: alpha beta gamma-delta 42

package main

import (
	"fmt"
	"os"
	"strconv"
)

func main() {
	fmt.Println(len(os.Args))
	for i, a := range os.Args[1:] {
		fmt.Printf("%d: %q\n", i+1, a)
	}
	if n, err := strconv.Atoi(os.Args[len(os.Args)-1]); err == nil {
		fmt.Println("last is number", n*2)
	}
}
