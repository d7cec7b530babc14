// Package heap is minigo's container/heap: heap operations for any type that
// implements heap.Interface. A heap is a tree with the property that each node is the
// minimum-valued node in its subtree, stored in an array: the children of element i
// are 2i+1 and 2i+2.
//
// Plain Go, no runtime hooks.
//
// Example: h := &IntHeap{5, 2, 8}; heap.Init(h); heap.Push(h, 3); heap.Pop(h) == 2
package heap

import "sort"

// Interface is what the heap functions need: sort.Interface to compare and
// exchange elements, and Push and Pop to grow and shrink the collection at
// its end.
type Interface interface {
	sort.Interface
	Push(x any) // append x, making it element Len()-1
	Pop() any   // remove and return element Len()-1
}

// The functions below call Less and Swap in the same order as Go's, so a
// collection ends up arranged exactly as it would with Go's container/heap.

// Init arranges all of h as a heap, bottom-up: each element that has
// children is sifted down, the last one first. It takes O(n) steps.
func Init(h Interface) {
	n := h.Len()
	for parent := n/2 - 1; parent >= 0; parent-- {
		down(h, parent, n)
	}
}

// Push adds x to the heap in O(log n) steps.
func Push(h Interface, x any) {
	h.Push(x)
	up(h, h.Len()-1)
}

// Pop removes and returns the smallest element (by Less) in O(log n) steps:
// it swaps the root with the last element, restores the heap above it and
// lets h.Pop take the old root off the end.
func Pop(h Interface) any {
	last := h.Len() - 1
	h.Swap(0, last)
	down(h, 0, last)
	return h.Pop()
}

// Remove removes and returns element i in O(log n) steps.
func Remove(h Interface, i int) any {
	last := h.Len() - 1
	if i != last {
		h.Swap(i, last)
		if !down(h, i, last) {
			up(h, i)
		}
	}
	return h.Pop()
}

// Fix restores the heap after element i has changed its value; cheaper than
// Remove followed by Push.
func Fix(h Interface, i int) {
	if !down(h, i, h.Len()) {
		up(h, i)
	}
}

// up moves element i toward the root while it is less than its parent.
func up(h Interface, i int) {
	for i > 0 {
		parent := (i - 1) / 2
		if !h.Less(i, parent) {
			return
		}
		h.Swap(parent, i)
		i = parent
	}
}

// down moves element i toward the leaves, among the first n elements, while
// its smaller child is less than it; it reports whether i moved at all.
func down(h Interface, i, n int) bool {
	start := i
	for {
		child := 2*i + 1
		if child >= n || child < 0 { // no children (child < 0: overflow)
			break
		}
		if right := child + 1; right < n && h.Less(right, child) {
			child = right
		}
		if !h.Less(child, i) {
			break
		}
		h.Swap(i, child)
		i = child
	}
	return i > start
}
