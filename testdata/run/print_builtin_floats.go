package main

import "math"

func main() {
	vals := []float64{0, 1, -1, 0.5, 123456.789, 1e-10, 1e300, math.Inf(1), math.Inf(-1), math.NaN(), 2.0 / 3}
	for _, v := range vals {
		println(v)
	}
	print(float32(2.5), "\n")
	println(math.MaxInt64, math.MinInt64)
}
