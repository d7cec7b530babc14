package main

import (
	"fmt"
	"runtime"
)

type T struct{ Name string }

func escapeAnalysis(arg T) (*T, bool) {
	l1 := arg
	l1.Name = "Golang"
	l2 := &l1
	l3 := *l2
	return &l3, arg.Name == "Java"
}

func GetT() **T {
	var t T
	l1 := &t
	l2 := &l1
	r3 := l1
	r4 := &r3
	var l4 **T
	l4 = l2
	l4 = r4
	return l4
}

var keepT []*T
var keepPP []**T

func main() {
	keepT = make([]*T, 0, 100)
	keepPP = make([]**T, 0, 100)
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for i := 0; i < 100; i++ {
		p, _ := escapeAnalysis(T{"x"})
		keepT = append(keepT, p)
	}
	runtime.ReadMemStats(&after)
	fmt.Println("escapeAnalysis:", after.Mallocs-before.Mallocs)
	runtime.ReadMemStats(&before)
	for i := 0; i < 100; i++ {
		keepPP = append(keepPP, GetT())
	}
	runtime.ReadMemStats(&after)
	fmt.Println("GetT:", after.Mallocs-before.Mallocs)
}
