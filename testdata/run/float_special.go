package main

import (
	"fmt"
	"math"
)

func main() {
	zero := 0.0
	inf := 1 / zero
	ninf := -1 / zero
	nan := zero / zero
	fmt.Println(inf, ninf, nan)
	fmt.Println(nan == nan, nan != nan, nan < 1, inf > math.MaxFloat64)
	negz := math.Copysign(0, -1)
	fmt.Println(negz, 1/negz, negz == 0, math.Signbit(negz))
	fmt.Println(math.IsNaN(nan), math.IsInf(inf, 1), math.IsInf(ninf, -1))
	fmt.Println(inf-inf, inf*0, math.Sqrt(-1))
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64, math.MaxFloat32)
	h := 1e300
	fmt.Println(float32(math.Inf(1)), float32(h), float32(-h))
	fmt.Printf("%v %f %e %g\n", nan, inf, ninf, negz)
}
