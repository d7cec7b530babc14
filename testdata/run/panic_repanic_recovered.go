package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("outer recovered:", r)
	}()
	defer func() {
		r := recover()
		fmt.Println("first recovered:", r)
		panic(fmt.Sprint("again: ", r))
	}()
	panic("original")
}
