// Differential test: minigo's unicode against Go 1.19's, on random and edge-case inputs.
// The package under test is imported by its plain path and Go's own as "gostd/<path>";
// compiler/stdlib/sources.test.ts runs it in a scratch module that maps both (body-less
// runtime hooks get panicking bodies there, so only hook-free code is exercised).

package unicode_test

import (
	testing "gostd/testing"
	unicode "gostd/unicode"
	m "unicode"
)

func TestAll(t *testing.T) {
	for r := rune(-2); r <= unicode.MaxRune+2; r++ {
		if m.IsLetter(r) != unicode.IsLetter(r) || m.IsDigit(r) != unicode.IsDigit(r) || m.IsSpace(r) != unicode.IsSpace(r) || m.IsUpper(r) != unicode.IsUpper(r) || m.IsLower(r) != unicode.IsLower(r) || m.IsTitle(r) != unicode.IsTitle(r) || m.IsNumber(r) != unicode.IsNumber(r) || m.IsPunct(r) != unicode.IsPunct(r) || m.IsSymbol(r) != unicode.IsSymbol(r) || m.IsMark(r) != unicode.IsMark(r) || m.IsPrint(r) != unicode.IsPrint(r) || m.IsGraphic(r) != unicode.IsGraphic(r) || m.IsControl(r) != unicode.IsControl(r) {
			t.Fatalf("class %U", r)
		}
		if m.ToUpper(r) != unicode.ToUpper(r) || m.ToLower(r) != unicode.ToLower(r) || m.ToTitle(r) != unicode.ToTitle(r) {
			t.Fatalf("case %U: %U %U %U want %U %U %U", r, m.ToUpper(r), m.ToLower(r), m.ToTitle(r), unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r))
		}
		if m.Is(m.Han, r) != unicode.Is(unicode.Han, r) || m.Is(m.Greek, r) != unicode.Is(unicode.Greek, r) {
			t.Fatalf("script %U", r)
		}
		if m.TurkishCase.ToUpper(r) != unicode.TurkishCase.ToUpper(r) || m.TurkishCase.ToLower(r) != unicode.TurkishCase.ToLower(r) {
			t.Fatalf("turkish %U", r)
		}
	}
	n := 0
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if m.SimpleFold(r) != unicode.SimpleFold(r) {
			n++
			if n < 5 {
				t.Logf("SimpleFold(%U) = %U want %U", r, m.SimpleFold(r), unicode.SimpleFold(r))
			}
		}
	}
	t.Logf("SimpleFold mismatches: %d", n)
}
