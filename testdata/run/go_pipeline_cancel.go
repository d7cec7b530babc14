// Checks early cancellation of a pipeline: the consumer stops after a few values and
// closes a done channel; every stage selects on done, returns, and reports through a
// WaitGroup, so no goroutine is left behind.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func source(done <-chan struct{}, wg *sync.WaitGroup) <-chan int {
	out := make(chan int)
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer close(out)
		for i := 0; ; i++ {
			select {
			case out <- i:
			case <-done:
				return
			}
		}
	}()
	return out
}

func stage(done <-chan struct{}, wg *sync.WaitGroup, in <-chan int, f func(int) int) <-chan int {
	out := make(chan int)
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer close(out)
		for v := range in {
			select {
			case out <- f(v):
			case <-done:
				return
			}
		}
	}()
	return out
}

func main() {
	done := make(chan struct{})
	var wg sync.WaitGroup
	c := source(done, &wg)
	c = stage(done, &wg, c, func(v int) int { return v * 3 })
	c = stage(done, &wg, c, func(v int) int { return v + 1 })
	var got []int
	for v := range c {
		got = append(got, v)
		if len(got) == 8 {
			break
		}
	}
	close(done)
	wg.Wait()
	fmt.Println(got)
	for runtime.NumGoroutine() > 1 {
		runtime.Gosched()
	}
	fmt.Println("goroutines left:", runtime.NumGoroutine())
}
