package main

import "fmt"

func dot(a, b []float32) float32 {
	var s float32
	for i := range a {
		s += a[i] * b[i]
	}
	return s
}

func main() {
	a := make([]float32, 100)
	b := make([]float32, 100)
	for i := range a {
		a[i] = float32(i) * 0.37
		b[i] = 1 / float32(i+1)
	}
	fmt.Println(dot(a, b))
	x := float32(1)
	for i := 0; i < 30; i++ {
		x = x*1.1 - 0.05
	}
	fmt.Println(x)
	var h float32 = 0.5
	for i := 0; i < 10; i++ {
		h = h*h + 0.25
	}
	fmt.Printf("%.10f %v %g\n", h, h, h)
}
