package main

import "fmt"

func main() {
	vals := []float64{0, 1, -1, 0.1, 1.0 / 3, 2.0 / 3, 100, 1e6, 1e20, 1e21, 1e-4, 1e-5, 123456789.123, 1.5e300, 5e-324, 0.000001234, 12345678901234567890.0}
	for _, v := range vals {
		fmt.Println(v)
	}
	for _, v := range vals {
		fmt.Printf("%e|%E|%f|%.3f|%g|%G|%.3g|%8.2f|%-10.1e|\n", v, v, v, v, v, v, v, v, v)
	}
	f32 := []float32{0.1, 1.0 / 3, 16777216, 1e-10, 3.4e38}
	for _, v := range f32 {
		fmt.Println(v)
		fmt.Printf("%g %e %.2f\n", v, v, v)
	}
}
