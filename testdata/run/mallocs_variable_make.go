package main

import (
	"fmt"
	"runtime"
)

func sumBuf(n int) int {
	buf := make([]int, n)
	for i := range buf {
		buf[i] = i
	}
	s := 0
	for _, v := range buf {
		s += v
	}
	return s
}

func sumConst() int {
	buf := make([]int, 32)
	for i := range buf {
		buf[i] = i
	}
	s := 0
	for _, v := range buf {
		s += v
	}
	return s
}

func main() {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	t := 0
	for i := 0; i < 50; i++ {
		t += sumBuf(32)
	}
	runtime.ReadMemStats(&after)
	fmt.Println("variable make:", after.Mallocs-before.Mallocs, t)
	runtime.ReadMemStats(&before)
	t = 0
	for i := 0; i < 50; i++ {
		t += sumConst()
	}
	runtime.ReadMemStats(&after)
	fmt.Println("constant make:", after.Mallocs-before.Mallocs, t)
}
