// int and int64 + - * / % at the edges of the JavaScript-safe range (2^53) and of int64
// itself (2^63), where minigo's numbers give way to its BigInt form: every result must be
// Go's wrapped two's-complement value, computed in a loop and in straight-line code.
package main

import (
	"fmt"
	"math"
)

func main() {
	edges := []int64{
		0, 1, -1, 2, -2, 7, -7,
		1<<31 - 1, -1 << 31, 1 << 32,
		1<<53 - 1, 1 << 53, 1<<53 + 1, -(1<<53 - 1), -(1 << 53), -(1<<53 + 1),
		1 << 62, math.MaxInt64, math.MinInt64, math.MaxInt64 - 1, math.MinInt64 + 1,
	}
	var sum, prod, diff, quo, rem int64
	for _, a := range edges {
		for _, b := range edges {
			sum ^= a + b
			diff ^= a - b
			prod ^= a * b
			if b != 0 {
				quo ^= a / b
				rem ^= a % b
			}
		}
	}
	fmt.Println(sum, diff, prod, quo, rem)
	x := int64(1<<53 - 3)
	for i := 0; i < 6; i++ {
		x = x + 1
		fmt.Print(x, " ", x*3, " ", -x, " ", x/3, " ", x%3, "\n")
	}
	y := int64(math.MaxInt64 - 2)
	for i := 0; i < 5; i++ {
		y++
		fmt.Println(y, y*2, y-math.MaxInt64, y/-1)
	}
	n := 0
	for i := -1000; i < 1000; i += 7 {
		n += i*i*i - i/3 + i%5
	}
	fmt.Println(n)
	var z int = -0
	fmt.Println(z*-1, 0*-5, -5%5, 5%-5)
}
