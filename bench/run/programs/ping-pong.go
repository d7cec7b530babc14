// ping-pong: two goroutines exchanging messages over unbuffered channels.
//
// ping sends a value, pong replies with a function of it, and ping's next message
// is that reply, so every message depends on the one before: an exchange that lost,
// repeated or reordered a message would print another checksum. With unbuffered
// channels each message is a rendezvous, so every exchange parks one goroutine and
// readies the other: this measures channel operations and goroutine switches, not
// computation. main only starts the two and waits for ping's result.
//
// Usage: ping-pong [messages]   (default 1000000 round trips: ping sends that many,
// pong replies to each)
package main

import (
	"fmt"
	"os"
	"strconv"
)

// ping sends n messages, each one the reply to the last, then closes its channel and
// reports the last reply.
func ping(n int, to chan<- int, from <-chan int, done chan<- int) {
	v := 1
	for i := 0; i < n; i++ {
		to <- v
		v = <-from
	}
	close(to)
	done <- v
}

// pong answers every message until its channel is closed, and counts them.
func pong(from <-chan int, to chan<- int, count chan<- int) {
	n := 0
	for v := range from {
		to <- (v*31 + n) % 1000003
		n++
	}
	count <- n
}

func main() {
	n := 1000000
	if len(os.Args) > 1 {
		if v, err := strconv.Atoi(os.Args[1]); err == nil {
			n = v
		}
	}
	request := make(chan int)
	reply := make(chan int)
	last := make(chan int)
	count := make(chan int)
	go ping(n, request, reply, last)
	go pong(request, reply, count)
	checksum := <-last
	fmt.Printf("%d messages each way, pong counted %d, checksum %d\n", n, <-count, checksum)
}
