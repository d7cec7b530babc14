// Differential test: minigo's math against Go 1.19's, on random and edge-case inputs.
// The package under test is imported by its plain path and Go's own as "gostd/<path>";
// compiler/stdlib/sources.test.ts runs it in a scratch module that maps both (body-less
// runtime hooks get panicking bodies there, so only hook-free code is exercised).

package math_test

import (
	math "gostd/math"
	rand "gostd/math/rand"
	testing "gostd/testing"
	m "math"
)

func same(a, b float64) bool { return math.Float64bits(a) == math.Float64bits(b) || a != a && b != b }

func TestAll(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	sp := []float64{0, math.Copysign(0, -1), 1, -1, 0.5, -0.5, 1.5, 2.5, -2.5, 0.49999999999999994, math.Inf(1), math.Inf(-1), math.NaN(), 5e-324, math.MaxFloat64, 4503599627370496.5, 1e300, -1e-300, 3, 7, -7}
	for i := 0; i < iters(300000); i++ {
		var x, y float64
		if i < len(sp)*len(sp) {
			x, y = sp[i%len(sp)], sp[i/len(sp)]
		} else {
			x = math.Float64frombits(r.Uint64())
			y = r.NormFloat64() * math.Pow(2, float64(r.Intn(200)-100))
			if r.Intn(3) == 0 {
				x = r.NormFloat64() * 100
			}
		}
		chk := func(name string, g, w float64) {
			if !same(g, w) {
				t.Fatalf("%s(%v, %v) = %v want %v", name, x, y, g, w)
			}
		}
		chk("Floor", m.Floor(x), math.Floor(x))
		chk("Ceil", m.Ceil(x), math.Ceil(x))
		chk("Trunc", m.Trunc(x), math.Trunc(x))
		chk("Round", m.Round(x), math.Round(x))
		chk("RoundToEven", m.RoundToEven(x), math.RoundToEven(x))
		chk("Abs", m.Abs(x), math.Abs(x))
		chk("Mod", m.Mod(x, y), math.Mod(x, y))
		chk("Remainder", m.Remainder(x, y), math.Remainder(x, y))
		chk("Max", m.Max(x, y), math.Max(x, y))
		chk("Min", m.Min(x, y), math.Min(x, y))
		chk("Dim", m.Dim(x, y), math.Dim(x, y))
		chk("Copysign", m.Copysign(x, y), math.Copysign(x, y))
		chk("Nextafter", m.Nextafter(x, y), math.Nextafter(x, y))
		f1, e1 := m.Frexp(x)
		f2, e2 := math.Frexp(x)
		if !same(f1, f2) || e1 != e2 {
			t.Fatalf("Frexp(%v)", x)
		}
		k := r.Intn(2300) - 1150
		chk("Ldexp", m.Ldexp(x, k), math.Ldexp(x, k))
		i1, fr1 := m.Modf(x)
		i2, fr2 := math.Modf(x)
		chk("Modf", i1, i2)
		chk("Modf.frac", fr1, fr2)
		if m.Ilogb(x) != math.Ilogb(x) || m.Signbit(x) != math.Signbit(x) || m.IsInf(x, 0) != math.IsInf(x, 0) || m.IsNaN(x) != math.IsNaN(x) {
			t.Fatalf("Ilogb etc (%v)", x)
		}
		chk("Logb", m.Logb(x), math.Logb(x))
		n := r.Intn(700) - 350
		if i < 25 {
			n = i
		}
		if n >= 0 && n <= 22 || n < -323 || n > 308 {
			chk("Pow10", m.Pow10(n), math.Pow10(n))
		}
	}
	if m.MaxInt64 != math.MaxInt64 || m.Pi != math.Pi || m.SmallestNonzeroFloat64 != math.SmallestNonzeroFloat64 || m.MaxFloat32 != math.MaxFloat32 || m.Log2E != math.Log2E {
		t.Fatal("consts")
	}
}

// iters scales an iteration count down for go test -short (the CI run).
func iters(n int) int {
	if testing.Short() {
		return n / 20
	}
	return n
}
