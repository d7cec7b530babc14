package main

import "fmt"

func main() {
	c := complex(1.5, -2.25)
	fmt.Printf("%v|%f|%.1f|%e|%g|%+.2f|%8.1f\n", c, c, c, c, c, c, c)
	fmt.Println(complex64(c), -c, c*c)
	fmt.Printf("%v %v\n", complex(0, 1), complex(-0.5, 0))
	fmt.Printf("%T %T\n", c, complex64(c))
}
