// Checks select with default: non-blocking send and receive, a polling loop that spins
// (yielding with runtime.Gosched) until a goroutine's result appears, and a non-blocking
// send that drops values when the buffer is full.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	c := make(chan int, 3)
	dropped := 0
	for i := 0; i < 10; i++ {
		select {
		case c <- i:
		default:
			dropped++
		}
	}
	fmt.Println("kept", len(c), "dropped", dropped)
	for {
		select {
		case v := <-c:
			fmt.Println("took", v)
			continue
		default:
		}
		break
	}

	result := make(chan string)
	go func() {
		s := ""
		for i := 0; i < 5; i++ {
			s += string(rune('a' + i))
		}
		result <- s
	}()
	polls := 0
	for {
		select {
		case s := <-result:
			fmt.Println("result", s)
			_ = polls
			return
		default:
			polls++
			runtime.Gosched()
		}
	}
}
