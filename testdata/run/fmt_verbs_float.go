package main

import (
	"fmt"
	"math"
)

func main() {
	vals := []float64{0, 1, -1.5, 3.14159265358979, 1e-7, 123456789.0, 1e21, math.Inf(1), math.NaN()}
	for _, v := range vals {
		fmt.Printf("%v|%f|%.2f|%8.3f|%-8.1f|%e|%.3E|%g|%.4g|%G|%+f|% f|%08.2f\n", v, v, v, v, v, v, v, v, v, v, v, v, v)
	}
	fmt.Printf("%6.2f%%\n", 99.5)
	fmt.Printf("%#g %#.3g %#v\n", 1.0, 2.0, 3.0)
	fmt.Printf("%b\n", 1.0)
	fmt.Printf("%x %X %.2x\n", 1.5, -3.75, 1.0)
	fmt.Printf("%v %v %v\n", float32(0.1), float32(1e20), float32(1)/3)
	fmt.Printf("%.1f %.1f %.1f %.1f %.0f %.0f\n", 0.05, 0.15, 0.25, 0.35, 0.5, 1.5)
}
