// Differential test: minigo's math/bits against Go 1.19's, on random and edge-case inputs.
// The package under test is imported by its plain path and Go's own as "gostd/<path>";
// compiler/stdlib/sources.test.ts runs it in a scratch module that maps both (body-less
// runtime hooks get panicking bodies there, so only hook-free code is exercised).

package bits_test

import (
	bits "gostd/math/bits"
	rand "gostd/math/rand"
	testing "gostd/testing"
	m "math/bits"
)

func TestAll(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for i := 0; i < iters(200000); i++ {
		x := r.Uint64() >> uint(r.Intn(64))
		y := r.Uint64() >> uint(r.Intn(64))
		k := r.Intn(200) - 100
		if m.LeadingZeros64(x) != bits.LeadingZeros64(x) || m.TrailingZeros64(x) != bits.TrailingZeros64(x) || m.OnesCount64(x) != bits.OnesCount64(x) || m.Len64(x) != bits.Len64(x) {
			t.Fatal("count64", x)
		}
		if m.LeadingZeros8(uint8(x)) != bits.LeadingZeros8(uint8(x)) || m.TrailingZeros16(uint16(x)) != bits.TrailingZeros16(uint16(x)) || m.Len32(uint32(x)) != bits.Len32(uint32(x)) || m.TrailingZeros32(uint32(x)) != bits.TrailingZeros32(uint32(x)) || m.TrailingZeros8(uint8(x)) != bits.TrailingZeros8(uint8(x)) {
			t.Fatal("count small", x)
		}
		if m.RotateLeft64(x, k) != bits.RotateLeft64(x, k) || m.RotateLeft32(uint32(x), k) != bits.RotateLeft32(uint32(x), k) || m.RotateLeft16(uint16(x), k) != bits.RotateLeft16(uint16(x), k) || m.RotateLeft8(uint8(x), k) != bits.RotateLeft8(uint8(x), k) || m.RotateLeft(uint(x), k) != bits.RotateLeft(uint(x), k) {
			t.Fatal("rotate", x, k)
		}
		if m.Reverse64(x) != bits.Reverse64(x) || m.Reverse8(uint8(x)) != bits.Reverse8(uint8(x)) || m.Reverse16(uint16(x)) != bits.Reverse16(uint16(x)) || m.Reverse32(uint32(x)) != bits.Reverse32(uint32(x)) || m.ReverseBytes64(x) != bits.ReverseBytes64(x) || m.ReverseBytes32(uint32(x)) != bits.ReverseBytes32(uint32(x)) || m.ReverseBytes16(uint16(x)) != bits.ReverseBytes16(uint16(x)) {
			t.Fatal("reverse", x)
		}
		c := uint64(r.Intn(2))
		s1, c1 := m.Add64(x, y, c)
		s2, c2 := bits.Add64(x, y, c)
		d1, b1 := m.Sub64(x, y, c)
		d2, b2 := bits.Sub64(x, y, c)
		h1, l1 := m.Mul64(x, y)
		h2, l2 := bits.Mul64(x, y)
		if s1 != s2 || c1 != c2 || d1 != d2 || b1 != b2 || h1 != h2 || l1 != l2 {
			t.Fatal("arith", x, y)
		}
		s3, c3 := m.Add32(uint32(x), uint32(y), uint32(c))
		s4, c4 := bits.Add32(uint32(x), uint32(y), uint32(c))
		d3, b3 := m.Sub32(uint32(x), uint32(y), uint32(c))
		d4, b4 := bits.Sub32(uint32(x), uint32(y), uint32(c))
		if s3 != s4 || c3 != c4 || d3 != d4 || b3 != b4 {
			t.Fatal("arith32", x, y)
		}
		if y != 0 {
			hi := x % y
			q1, r1 := m.Div64(hi, x, y)
			q2, r2 := bits.Div64(hi, x, y)
			if q1 != q2 || r1 != r2 || m.Rem64(x, y, y) != bits.Rem64(x, y, y) {
				t.Fatal("div", hi, x, y)
			}
		}
	}
}

// iters scales an iteration count down for go test -short (the CI run).
func iters(n int) int {
	if testing.Short() {
		return n / 20
	}
	return n
}
