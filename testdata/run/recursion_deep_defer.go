package main

import "fmt"

var count int

func nest(n int) {
	defer func() { count++ }()
	if n > 0 {
		nest(n - 1)
	}
}

func deepPanic(n int) {
	if n == 0 {
		panic("deep")
	}
	deepPanic(n - 1)
}

func main() {
	nest(100000)
	fmt.Println(count)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		deepPanic(500000)
	}()
}
