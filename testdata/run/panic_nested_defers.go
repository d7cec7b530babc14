package main

import "fmt"

func level(n int) {
	defer fmt.Println("unwind", n)
	if n == 0 {
		panic("bottom")
	}
	level(n - 1)
}

func main() {
	defer func() {
		fmt.Println("recovered", recover())
		defer func() {
			fmt.Println("second", recover())
		}()
		panic("from defer")
	}()
	level(4)
}
