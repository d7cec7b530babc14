package main

import "fmt"

type Tree struct {
	Left, Right *Tree
	Val         int
}

func insert(t *Tree, v int) *Tree {
	if t == nil {
		return &Tree{Val: v}
	}
	if v < t.Val {
		t.Left = insert(t.Left, v)
	} else {
		t.Right = insert(t.Right, v)
	}
	return t
}

func height(t *Tree) int {
	if t == nil {
		return 0
	}
	l, r := height(t.Left), height(t.Right)
	if l > r {
		return l + 1
	}
	return r + 1
}

func inorder(t *Tree, visit func(int)) {
	if t != nil {
		inorder(t.Left, visit)
		visit(t.Val)
		inorder(t.Right, visit)
	}
}

func main() {
	var root *Tree
	for i := 0; i < 3000; i++ {
		root = insert(root, i)
	}
	fmt.Println(height(root))
	sum := 0
	inorder(root, func(v int) { sum += v })
	fmt.Println(sum)
	var bal *Tree
	x := uint32(12345)
	for i := 0; i < 1000; i++ {
		x = x*1103515245 + 12345
		bal = insert(bal, int(x>>16)%10000)
	}
	fmt.Println(height(bal))
}
