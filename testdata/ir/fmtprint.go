package main

import "fmt"

type T struct{ x int }

func main() {
	t := &T{1}
	fmt.Println("hello", 42, t)
	fmt.Printf("%d\n", t.x)
	println("builtin", 1)
}
