// Checks a ring of goroutines passing a token: each goroutine prints only while it holds
// the token, so the output order is fixed even though the goroutines run in parallel.
package main

import "fmt"

type token struct {
	round int
	path  []int
}

func node(id int, in <-chan *token, out chan<- *token, finish chan<- *token, rounds int) {
	for t := range in {
		t.path = append(t.path, id)
		if id == 0 {
			t.round++
			fmt.Println("round", t.round)
			if t.round > rounds {
				finish <- t
				return
			}
		}
		fmt.Println("  node", id, "has the token")
		out <- t
	}
}

func main() {
	const n = 5
	chans := make([]chan *token, n)
	for i := range chans {
		chans[i] = make(chan *token)
	}
	finish := make(chan *token)
	for i := 0; i < n; i++ {
		go node(i, chans[i], chans[(i+1)%n], finish, 3)
	}
	chans[0] <- &token{}
	t := <-finish
	fmt.Println("path length", len(t.path), "rounds", t.round)
}
