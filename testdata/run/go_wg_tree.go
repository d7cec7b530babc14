// Checks goroutines spawning goroutines: a recursive parallel sum over a binary split,
// each level waiting on its own WaitGroup for its two children.
package main

import (
	"fmt"
	"sync"
)

func psum(xs []int, depth int, spawned *int64, mu *sync.Mutex) int {
	if len(xs) < 64 || depth == 0 {
		s := 0
		for _, x := range xs {
			s += x
		}
		return s
	}
	mid := len(xs) / 2
	var left, right int
	var wg sync.WaitGroup
	wg.Add(2)
	mu.Lock()
	*spawned += 2
	mu.Unlock()
	go func() {
		defer wg.Done()
		left = psum(xs[:mid], depth-1, spawned, mu)
	}()
	go func() {
		defer wg.Done()
		right = psum(xs[mid:], depth-1, spawned, mu)
	}()
	wg.Wait()
	return left + right
}

func main() {
	xs := make([]int, 10000)
	for i := range xs {
		xs[i] = i*i%1000 - 300
	}
	var spawned int64
	var mu sync.Mutex
	fmt.Println("sum", psum(xs, 6, &spawned, &mu), "goroutines spawned", spawned)
}
