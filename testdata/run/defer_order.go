package main

import "fmt"

func trace(name string) func() {
	fmt.Println("enter", name)
	return func() { fmt.Println("leave", name) }
}

func f() {
	defer trace("f")()
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i)
	}
	fmt.Println("body of f")
}

func main() {
	defer fmt.Println("main done")
	f()
	x := 1
	defer fmt.Println("x at defer time:", x)
	defer func() { fmt.Println("x at exit:", x) }()
	x = 2
}
