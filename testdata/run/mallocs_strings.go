package main

import (
	"fmt"
	"runtime"
)

var sink string
var bsink []byte

func main() {
	var before, after runtime.MemStats
	s := "x"
	runtime.ReadMemStats(&before)
	for i := 0; i < 100; i++ {
		s = s + "y"
	}
	sink = s
	runtime.ReadMemStats(&after)
	fmt.Println("concat:", after.Mallocs-before.Mallocs)
	runtime.ReadMemStats(&before)
	for i := 0; i < 100; i++ {
		bsink = []byte(s)
	}
	runtime.ReadMemStats(&after)
	fmt.Println("to bytes:", after.Mallocs-before.Mallocs)
	runtime.ReadMemStats(&before)
	n := 0
	for i := 0; i < 100; i++ {
		n += len(string(bsink))
	}
	runtime.ReadMemStats(&after)
	fmt.Println("to string no escape:", after.Mallocs-before.Mallocs, n)
	runtime.ReadMemStats(&before)
	for i := 0; i < 100; i++ {
		sink = string(bsink)
	}
	runtime.ReadMemStats(&after)
	fmt.Println("to string escape:", after.Mallocs-before.Mallocs)
}
