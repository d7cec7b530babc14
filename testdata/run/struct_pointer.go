package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func build(n int) *Node {
	var head *Node
	for i := n; i > 0; i-- {
		head = &Node{i, head}
	}
	return head
}

func reverse(h *Node) *Node {
	var prev *Node
	for h != nil {
		h.Next, prev, h = prev, h, h.Next
	}
	return prev
}

func main() {
	l := build(6)
	for p := l; p != nil; p = p.Next {
		fmt.Print(p.Val, " ")
	}
	fmt.Println()
	l = reverse(l)
	for p := l; p != nil; p = p.Next {
		fmt.Print(p.Val, " ")
	}
	fmt.Println()
	n := &Node{Val: 5}
	n2 := n
	n2.Val = 50
	fmt.Println(n.Val, (*n).Val, n == n2, n.Next == nil)
	pp := &n
	(*pp).Val++
	fmt.Println(n.Val)
	fmt.Printf("%v %+v\n", *n, *n)
}
