// Checks time.Sleep ordering: goroutines sleeping 10ms, 60ms, 110ms, ... apart wake in
// the order of their durations (started in reverse order), reporting through one channel.
package main

import (
	"fmt"
	"time"
)

func main() {
	out := make(chan string)
	names := []string{"first", "second", "third", "fourth", "fifth"}
	for i := len(names) - 1; i >= 0; i-- {
		go func(i int) {
			time.Sleep(time.Duration(10+50*i) * time.Millisecond)
			out <- names[i]
		}(i)
	}
	for range names {
		fmt.Println(<-out)
	}
	start := time.Now()
	time.Sleep(15 * time.Millisecond)
	fmt.Println("slept at least 15ms:", time.Since(start) >= 15*time.Millisecond)
	time.Sleep(0)
	time.Sleep(-5)
	fmt.Println("zero and negative sleeps return")
}
