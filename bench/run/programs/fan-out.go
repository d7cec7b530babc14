// fan-out: main starts 10,000 goroutines at once and gathers their results.
//
// Each round, main starts one goroutine per slot; each computes a small result (the
// Collatz step count of its own number, a few dozen to a few hundred iterations of
// integer work) and sends it on one unbuffered channel. main receives only after
// starting them all, so all 10,000 are alive together, every one of them blocked in
// its send until main takes its value: this measures goroutine creation, one stack
// each, parking on a channel with a long wait queue, and goroutine exit. The sum does
// not depend on the order the results arrive in. Prints the total over all rounds.
//
// Usage: fan-out [rounds] [goroutines]   (default 80 rounds of 10000)
package main

import (
	"fmt"
	"os"
	"strconv"
)

// collatz counts the steps from x down to 1.
func collatz(x int) int {
	steps := 0
	for x != 1 {
		if x%2 == 0 {
			x /= 2
		} else {
			x = 3*x + 1
		}
		steps++
	}
	return steps
}

func worker(x int, results chan<- int) {
	results <- collatz(x)
}

func main() {
	rounds, width := 80, 10000
	if len(os.Args) > 1 {
		if v, err := strconv.Atoi(os.Args[1]); err == nil {
			rounds = v
		}
	}
	if len(os.Args) > 2 {
		if v, err := strconv.Atoi(os.Args[2]); err == nil {
			width = v
		}
	}
	results := make(chan int)
	total := 0
	for r := 0; r < rounds; r++ {
		for k := 0; k < width; k++ {
			go worker(r*width+k+1, results)
		}
		for k := 0; k < width; k++ {
			total += <-results
		}
	}
	fmt.Printf("%d rounds of %d goroutines, total steps %d\n", rounds, width, total)
}
