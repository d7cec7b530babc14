// Checks goroutine stack growth: 10 goroutines each recurse 100,000 frames deep at the
// same time (each stack grows to megabytes, far beyond its small initial size), carrying
// a pointer to a local of the outermost frame down the recursion.
package main

import (
	"fmt"
	"sync"
)

type acc struct {
	sum   int
	depth int
}

func down(n int, a *acc, pad [4]int) int {
	if n == 0 {
		return a.sum
	}
	a.sum += n % 7
	a.depth++
	pad[n%4] += n
	return down(n-1, a, pad) + pad[0]%3 - pad[0]%3
}

func main() {
	results := make([]int, 10)
	var wg sync.WaitGroup
	for g := 0; g < 10; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			var a acc
			a.sum = g
			results[g] = down(100000, &a, [4]int{}) + a.depth
		}(g)
	}
	wg.Wait()
	fmt.Println(results)
}
