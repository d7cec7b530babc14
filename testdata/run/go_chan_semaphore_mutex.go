// Checks a channel with buffer 1 used as a mutex (send to lock, receive to unlock) by
// many goroutines updating a shared slice and map: no update is lost.
package main

import (
	"fmt"
	"sync"
)

func main() {
	lock := make(chan struct{}, 1)
	var log []int
	hist := map[int]int{}
	var wg sync.WaitGroup
	for g := 0; g < 10; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				lock <- struct{}{}
				log = append(log, g)
				hist[g]++
				<-lock
			}
		}(g)
	}
	wg.Wait()
	fmt.Println(len(log), hist)
}
