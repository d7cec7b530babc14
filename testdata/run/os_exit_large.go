package main

import (
	"fmt"
	"os"
)

func helper(code int) {
	fmt.Println("exit from helper", code)
	os.Exit(code)
}

func main() {
	helper(125)
}
