// Checks goroutine-backed iterators: a tree walked in order by a recursive goroutine
// that sends each value, compared element by element with a second tree walk (the
// "equivalent binary trees" exercise), stopping early through a done channel.
package main

import "fmt"

type tree struct {
	left  *tree
	value int
	right *tree
}

func insert(t *tree, v int) *tree {
	if t == nil {
		return &tree{value: v}
	}
	if v < t.value {
		t.left = insert(t.left, v)
	} else {
		t.right = insert(t.right, v)
	}
	return t
}

func walk(t *tree, ch chan<- int, done <-chan struct{}) bool {
	if t == nil {
		return true
	}
	if !walk(t.left, ch, done) {
		return false
	}
	select {
	case ch <- t.value:
	case <-done:
		return false
	}
	return walk(t.right, ch, done)
}

func iter(t *tree, done <-chan struct{}) <-chan int {
	ch := make(chan int)
	go func() {
		walk(t, ch, done)
		close(ch)
	}()
	return ch
}

func same(a, b *tree) (bool, int) {
	done := make(chan struct{})
	defer close(done)
	ca, cb := iter(a, done), iter(b, done)
	n := 0
	for {
		x, ok1 := <-ca
		y, ok2 := <-cb
		if ok1 != ok2 || x != y {
			return false, n
		}
		if !ok1 {
			return true, n
		}
		n++
	}
}

func build(k int, order []int) *tree {
	var t *tree
	for _, v := range order {
		t = insert(t, v*k)
	}
	return t
}

func main() {
	o1 := []int{5, 3, 8, 1, 4, 7, 9, 2, 6, 10}
	o2 := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	o3 := []int{10, 9, 8, 7, 6, 5, 4, 3, 2, 11}
	fmt.Println(same(build(2, o1), build(2, o2)))
	fmt.Println(same(build(2, o1), build(3, o2)))
	fmt.Println(same(build(1, o2), build(1, o3)))
}
