// runtime.SetFinalizer: finalizers run on their own goroutine once the object is
// unreachable, once each; an object reachable from a finalizable object is kept until
// that one is gone (finalizers run in dependency order); SetFinalizer(p, nil) cancels.
package main

import (
	"fmt"
	"runtime"
	"sort"
	"time"
)

type Leaf struct {
	id  int
	pad [2]int // 24 bytes: not combined into a tiny block with other objects
}

type Node struct {
	id   int
	leaf *Leaf
	pad  [4]int
}

var events = make(chan string, 100)

func build(n int) {
	for i := 0; i < n; i++ {
		l := &Leaf{id: i}
		nd := &Node{id: i, leaf: l}
		runtime.SetFinalizer(l, func(l *Leaf) { events <- fmt.Sprintf("leaf %d", l.id) })
		runtime.SetFinalizer(nd, func(nd *Node) { events <- fmt.Sprintf("node %d", nd.id) })
	}
	kept := &Leaf{id: 99}
	runtime.SetFinalizer(kept, func(*Leaf) { events <- "cancelled finalizer ran" })
	runtime.SetFinalizer(kept, nil)
}

func collect(want int) []string {
	var got []string
	deadline := time.After(10 * time.Second)
	for len(got) < want {
		runtime.GC()
		select {
		case e := <-events:
			got = append(got, e)
		case <-time.After(time.Millisecond):
		case <-deadline:
			return append(got, "timeout")
		}
	}
	sort.Strings(got)
	return got
}

func main() {
	build(5)
	nodes := collect(5)
	fmt.Println(nodes)
	leaves := collect(5)
	fmt.Println(leaves)
	select {
	case e := <-events:
		fmt.Println("unexpected:", e)
	default:
		fmt.Println("no more finalizers")
	}
}
