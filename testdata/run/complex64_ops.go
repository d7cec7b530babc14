package main

import "fmt"

func main() {
	var a complex64 = 1.1 + 2.2i
	var b complex64 = 3.3 - 0.7i
	fmt.Println(a+b, a*b, a/b)
	fmt.Println(real(a*b), imag(a/b))
	var s complex64
	for i := 0; i < 100; i++ {
		s += a * complex(float32(i), 0)
	}
	fmt.Println(s)
	fmt.Printf("%.3f %v\n", complex128(s), complex128(a))
}
