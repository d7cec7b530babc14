package main

import "unsafe"

type T struct{ a, b int }

func main() {
	var t T
	x := 1
	println(unsafe.Offsetof(x))
	println(unsafe.Offsetof(t.b))
	_ = t
}
