// Checks channels of channels: clients send requests carrying their own reply channel to
// a server goroutine, which answers each one; replies are matched to requests.
package main

import (
	"fmt"
	"strings"
)

type request struct {
	text  string
	reply chan string
}

func server(reqs <-chan request) {
	for r := range reqs {
		r.reply <- strings.ToUpper(r.text) + "!"
	}
}

func main() {
	reqs := make(chan request)
	go server(reqs)
	for _, w := range []string{"alpha", "beta", "gamma", "delta"} {
		r := request{text: w, reply: make(chan string, 1)}
		reqs <- r
		fmt.Println(w, "->", <-r.reply)
	}
	// several outstanding requests at once, answered in order of sending
	pending := make([]chan string, 5)
	for i := range pending {
		pending[i] = make(chan string, 1)
		reqs <- request{text: fmt.Sprint("req", i), reply: pending[i]}
	}
	for i, p := range pending {
		fmt.Println(i, <-p)
	}
	close(reqs)
	chans := make(chan chan int, 2)
	go func() {
		inner := make(chan int, 3)
		inner <- 1
		inner <- 2
		inner <- 3
		close(inner)
		chans <- inner
	}()
	total := 0
	for v := range <-chans {
		total += v
	}
	fmt.Println("inner total", total)
}
