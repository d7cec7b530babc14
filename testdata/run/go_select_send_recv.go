// Checks a select that mixes send and receive cases: a relay goroutine that buffers
// values in a slice, offering the oldest one on its output only while it has one (the
// send case's channel is nil otherwise). Output order is the input order.
package main

import "fmt"

func relay(in <-chan int, out chan<- int) {
	var queue []int
	for in != nil || len(queue) > 0 {
		var send chan<- int
		var next int
		if len(queue) > 0 {
			send = out
			next = queue[0]
		}
		select {
		case v, ok := <-in:
			if !ok {
				in = nil
				continue
			}
			queue = append(queue, v)
		case send <- next:
			queue = queue[1:]
		}
	}
	close(out)
}

func main() {
	in := make(chan int)
	out := make(chan int)
	go relay(in, out)
	go func() {
		for i := 0; i < 50; i++ {
			in <- i * 3
		}
		close(in)
	}()
	prev := -1
	n := 0
	sum := 0
	for v := range out {
		if v <= prev {
			fmt.Println("order broken", prev, v)
		}
		prev = v
		n++
		sum += v
	}
	fmt.Println("relayed", n, "values, sum", sum)
}
