package main

import "fmt"

func main() {
	var a float32 = 0.1
	var b float32 = 0.2
	fmt.Println(a+b, float64(a+b), float64(a)+float64(b))
	var s float32
	for i := 0; i < 1000; i++ {
		s += 0.1
	}
	fmt.Println(s)
	var big float32 = 16777216
	fmt.Println(big+1, big+2, big+3)
	var x float32 = 1.0 / 3.0
	fmt.Println(x, x*3, float64(x))
	var m float32 = 3.4e38
	fmt.Println(m*10, -m*10)
	var t float32 = 1e-45
	fmt.Println(t, t/2)
	f := float32(0.7)
	g := f * f
	fmt.Println(g, float64(g), g == 0.49)
}
