// Checks a broker goroutine fanning messages out to subscribers: every subscriber gets
// every message published after it joined, in publication order, and unsubscribing
// closes its channel.
package main

import (
	"fmt"
	"strings"
)

type broker struct {
	publish chan string
	join    chan chan string
	leave   chan chan string
	stop    chan bool
}

func (b *broker) run() {
	subs := map[chan string]bool{}
	for {
		select {
		case s := <-b.join:
			subs[s] = true
		case s := <-b.leave:
			delete(subs, s)
			close(s)
		case m := <-b.publish:
			for s := range subs {
				s <- m
			}
		case <-b.stop:
			for s := range subs {
				close(s)
			}
			return
		}
	}
}

func subscriber(name string, in <-chan string, out chan<- string) {
	var got []string
	for m := range in {
		got = append(got, m)
	}
	out <- name + ": " + strings.Join(got, " ")
}

func main() {
	b := &broker{make(chan string), make(chan chan string), make(chan chan string), make(chan bool)}
	go b.run()
	results := make(chan string)
	a := make(chan string, 100)
	c := make(chan string, 100)
	b.join <- a
	go subscriber("a", a, results)
	b.publish <- "m1"
	b.publish <- "m2"
	b.join <- c
	go subscriber("c", c, results)
	b.publish <- "m3"
	b.leave <- a
	b.publish <- "m4"
	b.stop <- true
	r1, r2 := <-results, <-results
	if r1 > r2 {
		r1, r2 = r2, r1
	}
	fmt.Println(r1)
	fmt.Println(r2)
}
