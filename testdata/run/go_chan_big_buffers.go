// Checks channels with large buffers: a million-slot chan struct{} and a 100,000-slot
// chan int64 filled by a goroutine and drained by main, with len and cap along the way.
package main

import "fmt"

func main() {
	tokens := make(chan struct{}, 1000000)
	for i := 0; i < 1000000; i++ {
		tokens <- struct{}{}
	}
	fmt.Println(len(tokens), cap(tokens))

	c := make(chan int64, 100000)
	filled := make(chan bool)
	go func() {
		for i := int64(0); i < 100000; i++ {
			c <- i * 3
		}
		filled <- true
	}()
	<-filled
	fmt.Println(len(c), cap(c))
	var sum int64
	for len(c) > 0 {
		sum += <-c
	}
	fmt.Println(sum, len(c))
}
