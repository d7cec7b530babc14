// Checks two goroutines alternating strictly over two unbuffered channels: each print
// happens while holding the "ball", so the output order is fixed by synchronization.
package main

import (
	"fmt"
	"sort"
)

type ball struct {
	hits  int
	trail []string
}

func player(name string, in <-chan *ball, out chan<- *ball, done chan<- string) {
	for b := range in {
		b.hits++
		b.trail = append(b.trail, name)
		fmt.Println(name, "hit", b.hits)
		if b.hits >= 10 {
			close(out)
			done <- name
			return
		}
		out <- b
	}
	done <- name + " (closed)"
}

func main() {
	ping := make(chan *ball)
	pong := make(chan *ball)
	done := make(chan string)
	go player("ping", ping, pong, done)
	go player("pong", pong, ping, done)
	ping <- &ball{}
	ends := []string{<-done, <-done}
	sort.Strings(ends)
	fmt.Println("finished:", ends)
}
