package main

import (
	"fmt"
	"runtime"
)

var keep []int

func main() {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	var s []int
	for i := 0; i < 10000; i++ {
		s = append(s, i)
	}
	keep = s
	runtime.ReadMemStats(&after)
	fmt.Println("append mallocs:", after.Mallocs-before.Mallocs)
	runtime.ReadMemStats(&before)
	t := make([]int, 0, 10000)
	for i := 0; i < 10000; i++ {
		t = append(t, i)
	}
	keep = t
	runtime.ReadMemStats(&after)
	fmt.Println("prealloc mallocs:", after.Mallocs-before.Mallocs)
	fmt.Println(len(keep), cap(keep))
}
