package main

import (
	"fmt"
	"time"
)

func producer(n int) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		for i := 0; i < n; i++ {
			ch <- i
		}
	}()
	return ch
}

func main() {
	ch := producer(3)
	done := make(chan struct{})
	timeout := time.After(time.Second)
	count := 0
loop:
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				break loop
			}
			count += v
		case <-timeout:
			fmt.Println("timeout")
			break loop
		case done <- struct{}{}:
		default:
			time.Sleep(time.Millisecond)
		}
	}
	fmt.Println(count)
}
