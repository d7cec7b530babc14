package main

import (
	"fmt"
	"runtime"
)

var big [][]byte

func main() {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for i := 0; i < 20; i++ {
		big = append(big, make([]byte, 100000))
	}
	runtime.ReadMemStats(&after)
	fmt.Println("large:", after.Mallocs-before.Mallocs)
	runtime.ReadMemStats(&before)
	var local [1 << 16]byte
	local[5] = 1
	s := make([]byte, 1<<16)
	s[7] = local[5]
	n := int(s[7])
	runtime.ReadMemStats(&after)
	fmt.Println("64KB local:", after.Mallocs-before.Mallocs, n)
	runtime.ReadMemStats(&before)
	t := make([]byte, 1<<16+1)
	t[0] = 1
	runtime.ReadMemStats(&after)
	fmt.Println("over 64KB:", after.Mallocs-before.Mallocs, t[0])
	fmt.Println(len(big))
}
