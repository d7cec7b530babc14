package main

import "fmt"

func main() {
	c := make(chan int, 5)
	for i := 0; i < 5; i++ {
		c <- i * i
	}
	fmt.Println(len(c), cap(c))
	fmt.Println(<-c, <-c)
	close(c)
	for v := range c {
		fmt.Println("got", v)
	}
	v, ok := <-c
	fmt.Println(v, ok)
	s := make(chan string, 1)
	select {
	case s <- "first":
		fmt.Println("sent")
	default:
		fmt.Println("full")
	}
	select {
	case s <- "second":
		fmt.Println("sent")
	default:
		fmt.Println("full")
	}
	select {
	case m := <-s:
		fmt.Println("received", m)
	default:
		fmt.Println("empty")
	}
	var nilc chan int
	select {
	case <-nilc:
		fmt.Println("impossible")
	default:
		fmt.Println("nil channel blocks")
	}
}
