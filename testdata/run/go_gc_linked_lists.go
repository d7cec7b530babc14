// Checks the garbage collector while goroutines allocate: producers build linked lists
// and pass them over channels, consumers walk and drop them, runtime.GC runs in the
// middle; the checksums prove no live node was freed or overwritten.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

type node struct {
	val  int
	name string
	next *node
}

func build(seed, n int) *node {
	var head *node
	for i := 0; i < n; i++ {
		head = &node{val: seed*1000 + i, name: fmt.Sprint("n", i%10), next: head}
		if i%50 == 0 {
			_ = make([]byte, 256) // garbage
		}
	}
	return head
}

func main() {
	lists := make(chan *node, 4)
	var prod sync.WaitGroup
	for p := 0; p < 4; p++ {
		prod.Add(1)
		go func(p int) {
			defer prod.Done()
			for k := 0; k < 25; k++ {
				lists <- build(p*100+k, 200)
				if k == 12 {
					runtime.GC()
				}
			}
		}(p)
	}
	go func() {
		prod.Wait()
		close(lists)
	}()
	sums := make(chan int)
	for c := 0; c < 3; c++ {
		go func() {
			s := 0
			for l := range lists {
				for n := l; n != nil; n = n.next {
					s += n.val + len(n.name)
				}
			}
			sums <- s
		}()
	}
	total := 0
	for c := 0; c < 3; c++ {
		total += <-sums
	}
	runtime.GC()
	fmt.Println("checksum", total)
}
