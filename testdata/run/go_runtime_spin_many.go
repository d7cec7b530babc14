// Checks several goroutines spinning on a plain counter loop without calls while main
// does channel work with another goroutine: main is never starved, and returns
// normally (exit status 0) with the spinners still running.
package main

import "fmt"

func spin(p *int) {
	for {
		*p++
	}
}

func main() {
	counters := make([]int, 3)
	for i := range counters {
		go spin(&counters[i])
	}
	c := make(chan int)
	go func() {
		for i := 0; i < 200; i++ {
			c <- i
		}
		close(c)
	}()
	total := 0
	for v := range c {
		total += v
	}
	fmt.Println("total", total)
}
