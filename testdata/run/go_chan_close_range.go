// Checks close + range over channels filled by goroutines, receive with ok after close
// (zero value, false), and that a close wakes a receiver blocked in range.
package main

import "fmt"

func main() {
	c := make(chan int)
	sum := make(chan int)
	go func() {
		s := 0
		for v := range c {
			s += v
		}
		sum <- s
	}()
	for i := 1; i <= 100; i++ {
		c <- i
	}
	close(c)
	fmt.Println("sum", <-sum)

	words := make(chan string, 3)
	words <- "a"
	words <- "b"
	close(words)
	for i := 0; i < 4; i++ {
		w, ok := <-words
		fmt.Printf("%d %q %v\n", i, w, ok)
	}

	// a receiver blocked on an empty channel is woken by close
	empty := make(chan []int)
	res := make(chan string)
	go func() {
		v, ok := <-empty
		res <- fmt.Sprint(v == nil, len(v), ok)
	}()
	close(empty)
	fmt.Println("woken:", <-res)
}
