// Differential test: minigo's strconv against Go 1.19's, on random and edge-case inputs.
// The package under test is imported by its plain path and Go's own as "gostd/<path>";
// compiler/stdlib/sources.test.ts runs it in a scratch module that maps both (body-less
// runtime hooks get panicking bodies there, so only hook-free code is exercised).

package strconv_test

import (
	math "gostd/math"
	rand "gostd/math/rand"
	strconv "gostd/strconv"
	testing "gostd/testing"
	m "strconv"
)

func randFloat(r *rand.Rand) float64 {
	switch r.Intn(6) {
	case 0:
		return math.Float64frombits(r.Uint64())
	case 1:
		return float64(r.Intn(100000)) / float64(1+r.Intn(1000))
	case 2:
		return r.NormFloat64() * math.Pow(10, float64(r.Intn(40)-20))
	case 3:
		return math.Float64frombits(r.Uint64() >> 12) // subnormals
	case 4:
		return float64(float32(r.NormFloat64() * 1e5))
	}
	return float64(r.Int63n(1 << 53))
}

func TestFormatFloat(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	fails := 0
	specials := []float64{0, math.Copysign(0, -1), 1, 0.1, 1e23, 5e-324, math.MaxFloat64, math.Inf(1), math.Inf(-1), math.NaN(), 123456789, 1.5, 2.5, 0.000001234, 1e21, 1e20, 100, 9.5, 99.5, 0.3}
	for i := 0; i < iters(60000); i++ {
		var f float64
		if i < len(specials) {
			f = specials[i]
		} else {
			f = randFloat(r)
		}
		for _, fm := range []byte{'e', 'E', 'f', 'g', 'G', 'b', 'x', 'X'} {
			for _, prec := range []int{-1, 0, 1, 2, 3, 5, 6, 10, 17, 20} {
				for _, bs := range []int{64, 32} {
					if fm == 'f' && math.Abs(f) > 1e30 && prec > 3 {
						continue
					}
					want := strconv.FormatFloat(f, fm, prec, bs)
					got := m.FormatFloat(f, fm, prec, bs)
					if got != want {
						fails++
						if fails < 20 {
							t.Errorf("FormatFloat(%v (%#x), %c, %d, %d) = %q want %q", f, math.Float64bits(f), fm, prec, bs, got, want)
						}
					}
				}
			}
		}
	}
}

func TestParseFloat(t *testing.T) {
	r := rand.New(rand.NewSource(2))
	inputs := []string{"0", "-0", "1", "1.5", "1e23", "inf", "-Inf", "NaN", "infinity", "1e400", "-1e400", "1e-400", "4.9e-324", "2.4703282292062327e-324", "2.4703282292062328e-324", "0x1p-2", "0x1.8p3", "0X1P+10", "1_000", "0x1_0p0", ".5", "5.", ".", "", "e5", "1e", "1e+", "+", "-.5e-3", "123456789012345678901234567890", "0.000000000000000000000000000001", "1.7976931348623157e308", "1.7976931348623159e308", "3.4028235e38", "3.4028236e38", "abc", "1.2.3", "0x", "0x1", "0x1.p1", "0x.8p1", "1e1_0"}
	for i := 0; i < iters(40000); i++ {
		f := randFloat(r)
		inputs = append(inputs, strconv.FormatFloat(f, 'g', -1, 64), strconv.FormatFloat(f, 'e', r.Intn(25), 64), strconv.FormatFloat(f, 'x', -1, 64))
		inputs = append(inputs, strconv.FormatFloat(f, 'g', -1, 32))
	}
	fails := 0
	for _, s := range inputs {
		for _, bs := range []int{64, 32} {
			w, werr := strconv.ParseFloat(s, bs)
			g, gerr := m.ParseFloat(s, bs)
			ws, gs := "<nil>", "<nil>"
			if werr != nil {
				ws = werr.Error()
			}
			if gerr != nil {
				gs = gerr.Error()
			}
			if math.Float64bits(w) != math.Float64bits(g) && !(w != w && g != g) || ws != gs {
				fails++
				if fails < 20 {
					t.Errorf("ParseFloat(%q, %d) = %v, %v want %v, %v", s, bs, g, gs, w, ws)
				}
			}
		}
	}
}

func TestInts(t *testing.T) {
	r := rand.New(rand.NewSource(3))
	ins := []string{"", "0", "-0", "+5", "0x1f", "0b101", "0o17", "017", "1_000", "_1", "1__0", "0x_1f", "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809", "18446744073709551615", "18446744073709551616", "abc", "12a", "-", "0x", "1_"}
	for i := 0; i < iters(5000); i++ {
		ins = append(ins, strconv.FormatInt(r.Int63()-r.Int63(), 2+r.Intn(35)), strconv.Itoa(r.Int()))
	}
	for _, s := range ins {
		for _, base := range []int{0, 2, 8, 10, 16, 36, 1, 37} {
			for _, bs := range []int{0, 8, 16, 32, 64, 65} {
				w, we := strconv.ParseInt(s, base, bs)
				g, ge := m.ParseInt(s, base, bs)
				if w != g || es(we) != es(ge) {
					t.Fatalf("ParseInt(%q,%d,%d) = %v %v want %v %v", s, base, bs, g, es(ge), w, es(we))
				}
				wu, we := strconv.ParseUint(s, base, bs)
				gu, ge := m.ParseUint(s, base, bs)
				if wu != gu || es(we) != es(ge) {
					t.Fatalf("ParseUint(%q,%d,%d) = %v %v want %v %v", s, base, bs, gu, es(ge), wu, es(we))
				}
			}
		}
		wa, we := strconv.Atoi(s)
		ga, ge := m.Atoi(s)
		if wa != ga || es(we) != es(ge) {
			t.Fatalf("Atoi(%q) = %v %v want %v %v", s, ga, es(ge), wa, es(we))
		}
	}
	for i := 0; i < iters(5000); i++ {
		v := r.Int63() >> uint(r.Intn(63))
		if r.Intn(2) == 0 {
			v = -v
		}
		b := 2 + r.Intn(35)
		if strconv.FormatInt(v, b) != m.FormatInt(v, b) || strconv.FormatUint(uint64(v), b) != m.FormatUint(uint64(v), b) {
			t.Fatalf("FormatInt %d %d", v, b)
		}
	}
	if m.FormatInt(math.MinInt64, 10) != "-9223372036854775808" {
		t.Fatal("minint")
	}
}

func es(e error) string {
	if e == nil {
		return "<nil>"
	}
	return e.Error()
}

func TestQuote(t *testing.T) {
	r := rand.New(rand.NewSource(4))
	strs := []string{"", "hello", "héllo\n", "\x00\x7f\xff", "\u2028", "日本語", "\U0001F600", "a\"b'c\\", "\a\b\f\r\t\v", "\u00a0\u00ad\u0085", "\ufeff"}
	for i := 0; i < iters(20000); i++ {
		b := make([]byte, r.Intn(8))
		for j := range b {
			b[j] = byte(r.Intn(256))
		}
		strs = append(strs, string(b), string(rune(r.Intn(0x110000))), string(rune(r.Intn(0x3000))))
	}
	for _, s := range strs {
		if g, w := m.Quote(s), strconv.Quote(s); g != w {
			t.Fatalf("Quote(%q) = %s want %s", s, g, w)
		}
		if g, w := m.QuoteToASCII(s), strconv.QuoteToASCII(s); g != w {
			t.Fatalf("QuoteToASCII(%q) = %s want %s", s, g, w)
		}
		if g, w := m.QuoteToGraphic(s), strconv.QuoteToGraphic(s); g != w {
			t.Fatalf("QuoteToGraphic(%q) = %s want %s", s, g, w)
		}
		if g, w := m.CanBackquote(s), strconv.CanBackquote(s); g != w {
			t.Fatalf("CanBackquote(%q) = %v want %v", s, g, w)
		}
		for _, q := range []string{strconv.Quote(s), "`" + s + "`", "'" + s + "'", "\"" + s + "\"", s} {
			g, ge := m.Unquote(q)
			w, we := strconv.Unquote(q)
			if g != w || es(ge) != es(we) {
				t.Fatalf("Unquote(%q) = %q %v want %q %v", q, g, ge, w, we)
			}
			gp, ge := m.QuotedPrefix(q)
			wp, we := strconv.QuotedPrefix(q)
			if gp != wp || es(ge) != es(we) {
				t.Fatalf("QuotedPrefix(%q) = %q %v want %q %v", q, gp, ge, wp, we)
			}
		}
	}
	for i := 0; i < iters(100000); i++ {
		c := rune(r.Intn(0x110000))
		if i < 70000 {
			c = rune(i)
		}
		if m.QuoteRune(c) != strconv.QuoteRune(c) || m.QuoteRuneToASCII(c) != strconv.QuoteRuneToASCII(c) || m.QuoteRuneToGraphic(c) != strconv.QuoteRuneToGraphic(c) {
			t.Fatalf("QuoteRune(%U) = %s want %s", c, m.QuoteRune(c), strconv.QuoteRune(c))
		}
		if m.IsPrint(c) != strconv.IsPrint(c) || m.IsGraphic(c) != strconv.IsGraphic(c) {
			t.Fatalf("IsPrint(%U)", c)
		}
	}
	for _, s := range []string{"1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False", "yes", ""} {
		g, ge := m.ParseBool(s)
		w, we := strconv.ParseBool(s)
		if g != w || es(ge) != es(we) {
			t.Fatal(s)
		}
	}
	if m.FormatComplex(complex(1.5, -2), 'g', -1, 128) != strconv.FormatComplex(complex(1.5, -2), 'g', -1, 128) {
		t.Fatal("complex")
	}
}

// iters scales an iteration count down for go test -short (the CI run).
func iters(n int) int {
	if testing.Short() {
		return n / 20
	}
	return n
}
