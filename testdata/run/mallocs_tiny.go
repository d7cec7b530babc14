package main

import (
	"fmt"
	"runtime"
)

var bytesSink []*[3]byte
var intSink []*int64

func main() {
	bytesSink = make([]*[3]byte, 0, 1000)
	intSink = make([]*int64, 0, 1000)
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for i := 0; i < 1000; i++ {
		b := new([3]byte)
		b[0] = byte(i)
		bytesSink = append(bytesSink, b)
	}
	runtime.ReadMemStats(&after)
	fmt.Println("tiny [3]byte:", after.Mallocs-before.Mallocs)
	runtime.ReadMemStats(&before)
	for i := 0; i < 1000; i++ {
		v := int64(i)
		intSink = append(intSink, &v)
	}
	runtime.ReadMemStats(&after)
	fmt.Println("tiny int64:", after.Mallocs-before.Mallocs)
	fmt.Println(bytesSink[999][0], *intSink[999])
}
