// Checks a parallel matrix multiply: one goroutine per row band writes its own rows of
// the result (disjoint slices of one backing array); the trace and a checksum are exact.
package main

import (
	"fmt"
	"sync"
)

func main() {
	const n = 60
	a := make([][]float64, n)
	b := make([][]float64, n)
	c := make([][]float64, n)
	for i := 0; i < n; i++ {
		a[i] = make([]float64, n)
		b[i] = make([]float64, n)
		c[i] = make([]float64, n)
		for j := 0; j < n; j++ {
			a[i][j] = float64((i*j)%7) - 3
			b[i][j] = float64((i+2*j)%5) * 0.5
		}
	}
	var wg sync.WaitGroup
	const band = 8
	for lo := 0; lo < n; lo += band {
		hi := lo + band
		if hi > n {
			hi = n
		}
		wg.Add(1)
		go func(lo, hi int) {
			defer wg.Done()
			for i := lo; i < hi; i++ {
				for j := 0; j < n; j++ {
					s := 0.0
					for k := 0; k < n; k++ {
						s += a[i][k] * b[k][j]
					}
					c[i][j] = s
				}
			}
		}(lo, hi)
	}
	wg.Wait()
	trace, sum := 0.0, 0.0
	for i := 0; i < n; i++ {
		trace += c[i][i]
		for j := 0; j < n; j++ {
			sum += c[i][j] * float64(i+1)
		}
	}
	fmt.Println(trace, sum, c[5][7], c[59][0])
}
