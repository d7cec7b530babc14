// Checks a select with many cases of both directions over eight channels, driven by
// eight goroutines (four senders, four receivers); cases are switched on and off by
// setting channel variables to nil; every value is delivered once, so the total is
// exact whatever cases were chosen.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var in [4]chan int
	var out [4]chan int
	for i := range in {
		in[i] = make(chan int)
		out[i] = make(chan int, 1)
	}
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for k := 1; k <= 100; k++ {
				in[i] <- k * (i + 1)
			}
		}(i)
	}
	received := make(chan int, 4)
	for i := 0; i < 4; i++ {
		go func(i int) {
			s := 0
			for v := range out[i] {
				s += v
			}
			received <- s
		}(i)
	}
	got, sent := 0, 0
	next := 0
	for got < 400 || sent < 400 {
		var val int
		if sent < got {
			val = next
		}
		// either all receive cases or all send cases are live; the others are nil
		var i0, i1, i2, i3, o0, o1, o2, o3 chan int
		if sent < got {
			o0, o1, o2, o3 = out[0], out[1], out[2], out[3]
		} else {
			i0, i1, i2, i3 = in[0], in[1], in[2], in[3]
		}
		select {
		case v := <-i0:
			next, got = v, got+1
		case v := <-i1:
			next, got = v, got+1
		case v := <-i2:
			next, got = v, got+1
		case v := <-i3:
			next, got = v, got+1
		case o0 <- val:
			sent++
		case o1 <- val:
			sent++
		case o2 <- val:
			sent++
		case o3 <- val:
			sent++
		}
	}
	wg.Wait()
	for i := range out {
		close(out[i])
	}
	total := 0
	for i := 0; i < 4; i++ {
		total += <-received
	}
	fmt.Println("got", got, "sent", sent, "total", total)
}
