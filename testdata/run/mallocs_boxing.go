package main

import (
	"fmt"
	"runtime"
)

var sink interface{}
var sinks []interface{}

func main() {
	sinks = make([]interface{}, 0, 2000)
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for i := 0; i < 1000; i++ {
		sinks = append(sinks, i%256)
	}
	runtime.ReadMemStats(&after)
	fmt.Println("small ints:", after.Mallocs-before.Mallocs)
	runtime.ReadMemStats(&before)
	for i := 0; i < 1000; i++ {
		sinks = append(sinks, 1000+i)
	}
	runtime.ReadMemStats(&after)
	fmt.Println("large ints:", after.Mallocs-before.Mallocs)
	runtime.ReadMemStats(&before)
	for i := 0; i < 100; i++ {
		sink = struct{ a, b int }{i, i}
		sink = ""
		sink = true
	}
	runtime.ReadMemStats(&after)
	fmt.Println("structs:", after.Mallocs-before.Mallocs)
	fmt.Println(len(sinks))
}
