package main

import "fmt"

func main() {
	a, b := 0.1, 0.2
	fmt.Println(a+b, a+b == 0.3, a*b, a/b, b-a)
	x := 1e16
	fmt.Println(x+1, x+2, x+1 == x)
	sum := 0.0
	for i := 1; i <= 100; i++ {
		sum += 1 / float64(i)
	}
	fmt.Println(sum)
	p := 1.0
	for i := 0; i < 1100; i++ {
		p *= 2
	}
	fmt.Println(p)
	q := 1.0
	for i := 0; i < 1080; i++ {
		q /= 2
	}
	fmt.Println(q, q*q)
	fmt.Println(7.0/2, -7.0/2, float64(7)/float64(-2))
}
