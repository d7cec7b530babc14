package strconv

import "math"

// ParseFloat converts the string s to a floating-point number with the precision
// specified by bitSize: 32 for float32, or 64 for float64. It accepts decimal and
// hexadecimal (0x...p...) floating-point numbers, underscores after a base prefix,
// and the case-insensitive "inf", "infinity" and "nan". The result is the nearest
// float to the exact value of s (ties to even); past the largest float it returns
// ±Inf with err.Err = ErrRange.
func ParseFloat(s string, bitSize int) (float64, error) {
	f, n, err := parseFloatPrefix(s, bitSize)
	if n != len(s) && (err == nil || err.(*NumError).Err != ErrSyntax) {
		return 0, badSyntax("ParseFloat", s)
	}
	return f, err
}

// equalFold reports whether s equals the lower-case ASCII word t, ignoring case.
func equalFold(s, t string) bool {
	if len(s) != len(t) {
		return false
	}
	for i := 0; i < len(s); i++ {
		if lowerASCII(s[i]) != t[i] {
			return false
		}
	}
	return true
}

// special parses a leading signed "inf", "infinity" or "nan".
func special(s string) (f float64, n int, ok bool) {
	sign := 1
	nsign := 0
	if len(s) > 0 && (s[0] == '+' || s[0] == '-') {
		if s[0] == '-' {
			sign = -1
		}
		nsign = 1
		s = s[1:]
	}
	switch {
	case len(s) >= 8 && equalFold(s[:8], "infinity"):
		return math.Inf(sign), nsign + 8, true
	case len(s) >= 3 && equalFold(s[:3], "inf"):
		return math.Inf(sign), nsign + 3, true
	case nsign == 0 && len(s) >= 3 && equalFold(s[:3], "nan"):
		return math.NaN(), 3, true
	}
	return 0, 0, false
}

func parseFloatPrefix(s string, bitSize int) (float64, int, error) {
	flt := &binary64
	if bitSize == 32 {
		flt = &binary32
	}
	if val, n, ok := special(s); ok {
		return val, n, nil
	}
	d := new(decimal)
	neg, n, ok := readFloat(s, d)
	if !ok {
		return 0, n, badSyntax("ParseFloat", s)
	}
	bits, overflow := d.floatBits(flt)
	if neg {
		bits |= uint64(1) << (flt.fracBits + flt.expBits)
	}
	var f float64
	if bitSize == 32 {
		f = float64(math.Float32frombits(uint32(bits)))
	} else {
		f = math.Float64frombits(bits)
	}
	if overflow {
		return f, n, outOfRange("ParseFloat", s)
	}
	return f, n, nil
}

// readFloat reads the longest prefix of s that is a decimal or hexadecimal float into
// d (exactly: a hexadecimal mantissa is scaled by its binary exponent). It returns the
// sign, the length read and whether the prefix was well-formed.
func readFloat(s string, d *decimal) (neg bool, n int, ok bool) {
	i := 0
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		neg = s[i] == '-'
		i++
	}
	base := 10
	if i+2 < len(s) && s[i] == '0' && lowerASCII(s[i+1]) == 'x' {
		base = 16
		i += 2
	}
	sawdot, sawdigits := false, false
	dp := 0 // decimal (or hex) point position relative to the digits kept
	var hexMant uint64
	hexExp := 0
	hexTrunc := false
	d.nd, d.dp, d.trunc = 0, 0, false
	sawUnderscore := false
loop:
	for ; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '_':
			sawUnderscore = true
			continue
		case c == '.':
			if sawdot {
				break loop
			}
			sawdot = true
			continue
		case '0' <= c && c <= '9' || base == 16 && 'a' <= lowerASCII(c) && lowerASCII(c) <= 'f':
			sawdigits = true
			v := c - '0'
			if c > '9' {
				v = lowerASCII(c) - 'a' + 10
			}
			if base == 16 {
				if hexMant>>60 == 0 {
					hexMant = hexMant<<4 | uint64(v)
					if sawdot {
						hexExp -= 4
					}
				} else {
					if v != 0 {
						hexTrunc = true
					}
					if !sawdot {
						hexExp += 4
					}
				}
				continue
			}
			if c == '0' && d.nd == 0 {
				// leading zero: only moves the point
				if sawdot {
					dp--
				}
				continue
			}
			if d.nd < len(d.d) {
				d.d[d.nd] = c
				d.nd++
			} else if c != '0' {
				d.trunc = true
			}
			if !sawdot {
				dp++
			}
			continue
		}
		break
	}
	if !sawdigits {
		return neg, i, false
	}
	if !sawdot {
		// dp already counts integer digits
	}
	// Exponent.
	exp := 0
	if i < len(s) && (base == 10 && lowerASCII(s[i]) == 'e' || base == 16 && lowerASCII(s[i]) == 'p') {
		i++
		if i >= len(s) {
			return neg, i, false
		}
		esign := 1
		if s[i] == '+' || s[i] == '-' {
			if s[i] == '-' {
				esign = -1
			}
			i++
		}
		if i >= len(s) || s[i] < '0' || s[i] > '9' {
			return neg, i, false
		}
		for ; i < len(s) && ('0' <= s[i] && s[i] <= '9' || s[i] == '_'); i++ {
			if s[i] == '_' {
				sawUnderscore = true
				continue
			}
			if exp < 100000 {
				exp = exp*10 + int(s[i]-'0')
			}
		}
		exp *= esign
	} else if base == 16 {
		return neg, i, false // a hexadecimal float needs its p exponent
	}
	if sawUnderscore && !underscoresValid(s[:i]) {
		return neg, i, false
	}
	if base == 16 {
		d.assign(hexMant)
		d.trunc = hexTrunc
		e := hexExp + exp
		if e > 5000 {
			e = 5000
		} else if e < -5000 {
			e = -5000
		}
		d.shift(e)
		if hexTrunc {
			d.trunc = true
		}
		return neg, i, true
	}
	d.dp = dp + exp
	if exp > 100000 || exp < -100000 || d.nd == 0 {
		if d.nd == 0 {
			d.dp = 0
		}
	}
	d.trim()
	return neg, i, true
}

// floatBits rounds the exact value in d to the nearest float of format flt (ties to
// even) and returns its bits, without the sign. It scales d by powers of two into
// [½, 1), which gives the binary exponent, then multiplies by 2**(fracBits+1) and
// rounds the integer part. overflow reports a result too large for the format (the
// bits are then those of infinity).
func (d *decimal) floatBits(flt *binaryFormat) (b uint64, overflow bool) {
	infBits := uint64(1<<flt.expBits-1) << flt.fracBits
	if d.nd == 0 {
		return 0, false
	}
	if d.dp > 310 {
		return infBits, true
	}
	if d.dp < -330 {
		return 0, false
	}
	exp := 0
	for d.dp > 1 {
		d.shift(-maxShift)
		exp += maxShift
	}
	for d.dp < 0 {
		d.shift(maxShift)
		exp -= maxShift
	}
	for d.dp > 0 {
		d.shift(-1)
		exp++
	}
	for d.dp == 0 && d.d[0] < '5' {
		d.shift(1)
		exp--
	}
	// Now the value is d × 2**exp with d in [½, 1): the float's exponent is exp-1.
	minExp := flt.bias + 1 // smallest normal exponent
	n := int(flt.fracBits) + 1
	if exp-1 < minExp {
		n -= minExp - (exp - 1)
		exp = minExp + 1
	}
	d.shift(n)
	mant := d.roundedInteger()
	if mant == uint64(2)<<flt.fracBits {
		mant >>= 1
		exp++
	}
	if exp-1 > -flt.bias {
		return infBits, true
	}
	if mant < uint64(1)<<flt.fracBits {
		return mant, false // subnormal (or rounded to zero): exponent field 0
	}
	return mant&(uint64(1)<<flt.fracBits-1) | uint64(exp-1-flt.bias)<<flt.fracBits, false
}
