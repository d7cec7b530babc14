// Small pure functions that minigo inlines into their callers (compiler/codegen/inline.ts):
// their results must be exactly what the calls give, at the edges of int64 arithmetic,
// integer division by constants, constant shifts, conversions and booleans.
package main

import (
	"fmt"
	"math"
)

func tri(i, j int) float64 { return 1.0 / float64((i+j)*(i+j+1)/2+i+1) }

func wrap(x int64) int64 { return x*3 + 1 }

func half(x int) int { return x / 2 }

func rem(x int) int { return x % -7 }

func shifts(x uint32) uint32 { return x<<3 | x>>29 }

func neg(x int8) int8 { return -x }

func less(a, b float64) bool { return a < b && !(a != a) }

func trunc(f float64) int64 { return int64(f) }

func same(x int) int { return x }

func unused(x, y int) int { return y }

type celsius float64

func toF(c celsius) float64 { return float64(c)*9/5 + 32 }

func main() {
	s := 0.0
	for i := 0; i < 50; i++ {
		for j := 0; j < 50; j++ {
			s += tri(i, j)
		}
	}
	fmt.Printf("%.12f\n", s)
	fmt.Println(wrap(math.MaxInt64), wrap(math.MinInt64), wrap(1<<53), wrap(-(1 << 53) - 3))
	fmt.Println(half(-7), half(7), half(math.MinInt64), rem(-20), rem(20), rem(math.MinInt64))
	fmt.Println(shifts(0xdeadbeef), shifts(7))
	fmt.Println(neg(-128), neg(5))
	fmt.Println(less(1, 2), less(2, 1), less(math.NaN(), 1))
	fmt.Println(trunc(-2.9), trunc(1e18+0.5))
	n := 0
	for k := 0; k < 1000; k++ {
		n += same(k) + unused(n, k)
	}
	fmt.Println(n, toF(100), toF(-40))
}
