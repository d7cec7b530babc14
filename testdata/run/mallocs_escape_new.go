package main

import (
	"fmt"
	"runtime"
)

type Node struct {
	Val  int
	Next *Node
}

var sink *Node

func build(n int) *Node {
	var head *Node
	for i := 0; i < n; i++ {
		head = &Node{i, head}
	}
	return head
}

func main() {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	sink = build(1000)
	runtime.ReadMemStats(&after)
	fmt.Println("mallocs:", after.Mallocs-before.Mallocs)
	fmt.Println(sink.Val)
}
