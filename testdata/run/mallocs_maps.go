package main

import (
	"fmt"
	"runtime"
)

var msink map[int]int

func main() {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	m := make(map[int]int, 8)
	for i := 0; i < 8; i++ {
		m[i] = i
	}
	msink = m
	runtime.ReadMemStats(&after)
	fmt.Println("small map:", after.Mallocs-before.Mallocs)
	runtime.ReadMemStats(&before)
	local := map[string]int{}
	local["a"] = 1
	n := local["a"]
	runtime.ReadMemStats(&after)
	fmt.Println("local map:", after.Mallocs-before.Mallocs, n)
	runtime.ReadMemStats(&before)
	big := make(map[int]int, 1000)
	msink = big
	runtime.ReadMemStats(&after)
	fmt.Println("presized map:", after.Mallocs-before.Mallocs)
}
