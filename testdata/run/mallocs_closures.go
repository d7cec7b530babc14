package main

import (
	"fmt"
	"runtime"
)

var fns []func() int

func makeCounter(start int) func() int {
	n := start
	return func() int { n++; return n }
}

func apply(f func(int) int, x int) int { return f(x) }

func main() {
	fns = make([]func() int, 0, 100)
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for i := 0; i < 100; i++ {
		fns = append(fns, makeCounter(i))
	}
	runtime.ReadMemStats(&after)
	fmt.Println("escaping closures:", after.Mallocs-before.Mallocs)
	runtime.ReadMemStats(&before)
	total := 0
	for i := 0; i < 100; i++ {
		k := i
		total += apply(func(x int) int { return x + k }, i)
	}
	runtime.ReadMemStats(&after)
	fmt.Println("local closures:", after.Mallocs-before.Mallocs, total)
	fmt.Println(fns[5](), fns[5]())
}
