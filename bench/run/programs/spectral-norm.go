// spectral-norm: the Benchmarks Game's eigenvalue benchmark, single-threaded.
//
// Approximates the spectral norm of the infinite matrix A with
// a(i,j) = 1/((i+j)(i+j+1)/2+i+1), truncated to n×n, by ten rounds of the power
// method on AᵀA. Float64 loops over slices and small function calls. Prints the
// norm to nine places.
//
// Usage: spectral-norm [n]   (default 4000)
package main

import (
	"fmt"
	"math"
	"os"
	"strconv"
)

func a(i, j int) float64 {
	return 1.0 / float64((i+j)*(i+j+1)/2+i+1)
}

// times sets v = A·u.
func times(v, u []float64) {
	for i := range v {
		s := 0.0
		for j, uj := range u {
			s += a(i, j) * uj
		}
		v[i] = s
	}
}

// timesTransp sets v = Aᵀ·u.
func timesTransp(v, u []float64) {
	for i := range v {
		s := 0.0
		for j, uj := range u {
			s += a(j, i) * uj
		}
		v[i] = s
	}
}

// atTimes sets v = AᵀA·u, using tmp for A·u.
func atTimes(v, u, tmp []float64) {
	times(tmp, u)
	timesTransp(v, tmp)
}

func main() {
	n := 4000
	if len(os.Args) > 1 {
		if v, err := strconv.Atoi(os.Args[1]); err == nil {
			n = v
		}
	}
	u := make([]float64, n)
	v := make([]float64, n)
	tmp := make([]float64, n)
	for i := range u {
		u[i] = 1
	}
	for i := 0; i < 10; i++ {
		atTimes(v, u, tmp)
		atTimes(u, v, tmp)
	}
	var vBv, vv float64
	for i, vi := range v {
		vBv += u[i] * vi
		vv += vi * vi
	}
	fmt.Printf("%0.9f\n", math.Sqrt(vBv/vv))
}
