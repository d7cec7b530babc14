// Checks that when several select cases are ready, each is chosen sometimes (Go picks
// uniformly at random); the program checks the property itself and prints "ok".
package main

import "fmt"

func main() {
	a := make(chan int, 1)
	b := make(chan int, 1)
	c := make(chan int, 1)
	var hits [3]int
	const rounds = 3000
	for i := 0; i < rounds; i++ {
		a <- 1
		b <- 2
		c <- 3
		select {
		case <-a:
			hits[0]++
		case <-b:
			hits[1]++
		case <-c:
			hits[2]++
		}
		// drain the two not chosen
		for len(a)+len(b)+len(c) > 0 {
			select {
			case <-a:
			case <-b:
			case <-c:
			}
		}
	}
	ok := true
	for i, h := range hits {
		if h < rounds/10 {
			fmt.Println("case", i, "chosen only", h, "times")
			ok = false
		}
	}
	if hits[0]+hits[1]+hits[2] != rounds {
		fmt.Println("wrong total")
		ok = false
	}
	if ok {
		fmt.Println("ok")
	}
}
