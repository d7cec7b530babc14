// stderr: nondeterministic
// Checks a nil pointer dereference inside a goroutine reached through a method value:
// runtime error, exit status 2.
package main

import "fmt"

type node struct {
	val  int
	next *node
}

func (n *node) sum() int {
	s := 0
	for p := n; ; p = p.next {
		s += p.val
		if p.val == 3 {
			p = p.next
			s += p.val
		}
	}
}

func main() {
	list := &node{1, &node{2, &node{3, nil}}}
	wait := make(chan int)
	f := list.sum
	go func() {
		fmt.Println("summing")
		wait <- f()
	}()
	fmt.Println(<-wait)
}
