package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Sqrt(2), math.Floor(-1.5), math.Ceil(-1.5), math.Trunc(-1.5), math.Round(2.5), math.Round(-2.5))
	fmt.Println(math.Abs(-3.2), math.Max(3, 7), math.Min(3, 7), math.Mod(7.5, 2), math.Mod(-7.5, 2))
	fmt.Println(math.Pow(2, 10), math.Pow(2, 0.5), math.Pow(-8, 1.0/3))
	fmt.Println(math.Pi, math.E, math.MaxInt64, math.MinInt64, math.MaxUint32)
	fmt.Printf("%.6f %.6f %.6f\n", math.Sin(1), math.Cos(1), math.Atan(1))
	fmt.Printf("%.6f %.6f %.6f\n", math.Exp(1), math.Log(10), math.Log2(8))
	fmt.Println(math.Hypot(3, 4), math.Cbrt(27), math.Log10(1000))
	fmt.Println(math.Float64bits(1.0), math.Float64frombits(0x4000000000000000), math.Float32bits(1.5))
	fr, ex := math.Frexp(8)
	fmt.Println(fr, ex, math.Ldexp(0.5, 4))
	ip, fp := math.Modf(3.75)
	fmt.Println(ip, fp)
	fmt.Println(math.Inf(1) > 0, math.MaxInt8, math.MinInt16, math.MaxUint16)
}
