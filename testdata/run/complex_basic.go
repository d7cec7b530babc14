package main

import "fmt"

func main() {
	c := complex(1, 2)
	d := 3 - 4i
	fmt.Println(c, d, c+d, c-d, c*d, c/d)
	fmt.Println(real(c), imag(c), real(d*d), imag(d*d))
	fmt.Println(c == complex(1, 2), c != d)
	var c64 complex64 = complex64(c)
	fmt.Println(c64, c64*c64, real(c64))
	z := complex(0, 0)
	fmt.Println(c / z)
	fmt.Printf("%v %.2f %g %T %T\n", c, d, c*d, c, c64)
	var zc complex128
	fmt.Println(zc, 1i*1i)
	x := 0.5 + 0.5i
	acc := complex(1, 0)
	for i := 0; i < 10; i++ {
		acc *= x
	}
	fmt.Println(acc)
}
