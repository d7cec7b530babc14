package main

import (
	"fmt"
	"unsafe"
)

type Header struct {
	A byte
	B int64
	C uint16
	D *int
}

func main() {
	var h Header
	fmt.Println(unsafe.Sizeof(h), unsafe.Alignof(h.B), unsafe.Offsetof(h.C))
	x := 42
	p := unsafe.Pointer(&x)
	y := *(*int)(p)
	fmt.Println(y, uintptr(p) != 0)
}
