// Differential test: minigo's unicode/utf8 against Go 1.19's, on random and edge-case inputs.
// The package under test is imported by its plain path and Go's own as "gostd/<path>";
// compiler/stdlib/sources.test.ts runs it in a scratch module that maps both (body-less
// runtime hooks get panicking bodies there, so only hook-free code is exercised).

package utf8_test

import (
	rand "gostd/math/rand"
	testing "gostd/testing"
	utf8 "gostd/unicode/utf8"
	m "unicode/utf8"
)

func TestAll(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for i := 0; i < iters(300000); i++ {
		b := make([]byte, r.Intn(6))
		for j := range b {
			switch r.Intn(3) {
			case 0:
				b[j] = byte(r.Intn(256))
			case 1:
				b[j] = byte(0x80 + r.Intn(64))
			default:
				b[j] = []byte{0xc2, 0xdf, 0xe0, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0x41, 0xc0}[r.Intn(10)]
			}
		}
		s := string(b)
		r1, n1 := m.DecodeRune(b)
		r2, n2 := utf8.DecodeRune(b)
		if r1 != r2 || n1 != n2 {
			t.Fatalf("DecodeRune(%x) = %x %d want %x %d", b, r1, n1, r2, n2)
		}
		r1, n1 = m.DecodeRuneInString(s)
		r2, n2 = utf8.DecodeRuneInString(s)
		if r1 != r2 || n1 != n2 {
			t.Fatalf("DecodeRuneInString(%x)", b)
		}
		r1, n1 = m.DecodeLastRune(b)
		r2, n2 = utf8.DecodeLastRune(b)
		if r1 != r2 || n1 != n2 {
			t.Fatalf("DecodeLastRune(%x) = %x %d want %x %d", b, r1, n1, r2, n2)
		}
		r1, n1 = m.DecodeLastRuneInString(s)
		r2, n2 = utf8.DecodeLastRuneInString(s)
		if r1 != r2 || n1 != n2 {
			t.Fatalf("DecodeLastRuneInString(%x)", b)
		}
		if m.FullRune(b) != utf8.FullRune(b) || m.FullRuneInString(s) != utf8.FullRuneInString(s) {
			t.Fatalf("FullRune(%x)", b)
		}
		if m.Valid(b) != utf8.Valid(b) || m.ValidString(s) != utf8.ValidString(s) || m.RuneCount(b) != utf8.RuneCount(b) || m.RuneCountInString(s) != utf8.RuneCountInString(s) {
			t.Fatalf("Valid/Count(%x)", b)
		}
		c := rune(r.Int31n(0x120000)) - 100
		if m.RuneLen(c) != utf8.RuneLen(c) || m.ValidRune(c) != utf8.ValidRune(c) || string(m.AppendRune(nil, c)) != string(utf8.AppendRune(nil, c)) {
			t.Fatalf("RuneLen/AppendRune(%x)", c)
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
