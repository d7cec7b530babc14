// Checks producer/consumer over an unbuffered channel: every value sent is received
// exactly once and in order; the producer learns the consumer's total over a reply channel.
package main

import (
	"fmt"
	"strings"
)

func producer(n int, out chan<- string, total <-chan int, report chan<- string) {
	for i := 1; i <= n; i++ {
		out <- strings.Repeat("x", i%7) + fmt.Sprint(i)
	}
	close(out)
	t := <-total
	report <- fmt.Sprintf("producer saw total %d", t)
}

func main() {
	values := make(chan string)
	total := make(chan int)
	report := make(chan string)
	go producer(25, values, total, report)
	sum := 0
	count := 0
	for v := range values {
		count++
		sum += len(v)
		if count%5 == 0 {
			fmt.Println("received", count, v)
		}
	}
	fmt.Println("count", count, "length sum", sum)
	total <- sum
	fmt.Println(<-report)
}
