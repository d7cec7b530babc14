package main

import "fmt"

type T struct{}

func main() {
	fmt.Println("stdout line")
	println("hello", 42, true, -7)
	println(3.5, float32(0.1), 1e100, -0.0)
	println(int8(-5), uint64(1<<63), 'x', "")
	print("no newline ", 1, 2, "\n")
	print("a", "b", 3, 4, "\n")
	var e error
	var i interface{}
	println(e == nil, i == nil)
	println(complex(1, 2))
	println()
	println(uint8(255), int64(-1<<63))
	fmt.Println("done")
}
