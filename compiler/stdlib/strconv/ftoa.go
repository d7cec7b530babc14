package strconv

import "math"

// Float formatting: split the float into sign, integer mantissa and binary
// exponent; for the decimal formats ('e', 'f', 'g') turn mantissa × 2**exp
// into an exact decimal, round that to the digits asked for (or to the
// shortest digits that still read back as the same float), and lay the digits
// out. 'b' and 'x' work on the binary parts directly.

// binaryFormat describes an IEEE 754 binary interchange format.
type binaryFormat struct {
	fracBits uint // stored fraction bits (the leading 1 is implicit)
	expBits  uint // exponent field bits
	bias     int  // added to the exponent field: -127 or -1023
}

var binary32 = binaryFormat{23, 8, -127}
var binary64 = binaryFormat{52, 11, -1023}

// FormatFloat spells f in format fmt: 'e'/'E' (d.ddde±dd), 'f' (ddd.ddd),
// 'g'/'G' ('e' for large or small exponents, else 'f'), 'b' (mantissa p binary
// exponent), 'x'/'X' (hex mantissa p binary exponent). prec counts digits
// after the point ('e', 'f', 'x') or significant digits ('g'); -1 asks for
// the fewest digits that ParseFloat reads back as exactly f. bitSize 32 treats
// f as a float32.
func FormatFloat(f float64, fmt byte, prec, bitSize int) string {
	return string(AppendFloat(make([]byte, 0, 24), f, fmt, prec, bitSize))
}

// AppendFloat appends FormatFloat(f, fmt, prec, bitSize) to dst.
func AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte {
	var format *binaryFormat
	var bits uint64
	switch bitSize {
	case 32:
		format, bits = &binary32, uint64(math.Float32bits(float32(f)))
	case 64:
		format, bits = &binary64, math.Float64bits(f)
	default:
		panic("strconv: illegal AppendFloat/FormatFloat bitSize")
	}
	negative := bits>>(format.fracBits+format.expBits) != 0
	field := int(bits>>format.fracBits) & (1<<format.expBits - 1)
	mant := bits & (1<<format.fracBits - 1)
	if field == 1<<format.expBits-1 { // all ones: infinity or NaN
		switch {
		case mant != 0:
			return append(dst, "NaN"...)
		case negative:
			return append(dst, "-Inf"...)
		}
		return append(dst, "+Inf"...)
	}
	// exp is the binary exponent of the mantissa's leading bit, so the value
	// is mant × 2**(exp - fracBits). Subnormals (field 0) have no implicit 1
	// and the exponent of field 1.
	exp := field + format.bias
	if field == 0 {
		exp++
	} else {
		mant |= 1 << format.fracBits
	}
	switch fmt {
	case 'b':
		return appendBinaryForm(dst, negative, mant, exp-int(format.fracBits))
	case 'x', 'X':
		return appendHexForm(dst, negative, mant, exp, format.fracBits, prec, fmt)
	}

	d := new(decimal)
	d.assign(mant)
	d.shift(exp - int(format.fracBits))
	shortest := prec < 0
	if shortest {
		roundShortest(d, mant, exp, format)
		prec = shortestPrecision(d, fmt)
	} else {
		switch fmt {
		case 'e', 'E':
			d.round(1 + prec) // one digit before the point
		case 'f':
			d.round(d.dp + prec)
		case 'g', 'G':
			if prec == 0 {
				prec = 1
			}
			d.round(prec)
		}
	}
	return appendDecimalForm(dst, negative, d, fmt, prec, shortest)
}

// shortestPrecision is the precision that shows all of d's digits in fmt.
func shortestPrecision(d *decimal, fmt byte) int {
	switch fmt {
	case 'e', 'E':
		return d.nd - 1
	case 'f':
		if d.nd > d.dp {
			return d.nd - d.dp
		}
		return 0
	}
	return d.nd
}

// roundShortest rounds d (the exact value of mant × 2**(exp-fracBits)) to the
// shortest digit string that still lies strictly between the neighbouring floats'
// midpoints (or on them when mant is even: round-to-even reading would give mant back).
func roundShortest(d *decimal, mant uint64, exp int, flt *binaryFormat) {
	if mant == 0 {
		d.nd = 0
		return
	}
	// upper = (mant + ½) × 2**(exp-fracBits), the midpoint to the next float up.
	upper := new(decimal)
	upper.assign(mant*2 + 1)
	upper.shift(exp - int(flt.fracBits) - 1)

	// lower is the midpoint to the next float down, normally (mant - ½) ×
	// 2**(exp-fracBits). At an exact power of two (above the smallest exponent)
	// the float below is only half a step away, so the midpoint is at mant - ¼.
	lower := new(decimal)
	if mant == 1<<flt.fracBits && exp > flt.bias+1 {
		lower.assign(4*mant - 1)
		lower.shift(exp - int(flt.fracBits) - 2)
	} else {
		lower.assign(2*mant - 1)
		lower.shift(exp - int(flt.fracBits) - 1)
	}

	acceptBounds := mant%2 == 0

	// Walk the digits of lower, d and upper in step, from the largest weight (upper has
	// the largest decimal point) until d may be cut off. gap tracks how far upper's
	// prefix is above d's prefix, in units of the current last place: 0 (equal), 1
	// (exactly one unit: rounding d up lands on upper's prefix) or 2 (two or more).
	top := upper.dp
	gap := 0
	for i := 0; ; i++ {
		l := lower.digitAt(top, i)
		m := d.digitAt(top, i)
		u := upper.digitAt(top, i)
		// Cutting d after this digit gives a number >= lower when lower differs here,
		// or when lower ends here and lower itself is acceptable.
		canCut := l != m || acceptBounds && i-(top-lower.dp)+1 == lower.nd
		switch {
		case gap == 0 && m+1 < u:
			gap = 2
		case gap == 0 && m != u:
			gap = 1
		case gap == 1 && (m != '9' || u != '0'):
			// One unit above becomes 10+u-m units at this place: still one only for 9 vs 0.
			gap = 2
		}
		// Rounding d up here stays below upper (or reaches it, when that is allowed).
		canBump := gap > 0 && (acceptBounds || gap > 1 || i-(top-upper.dp)+1 < upper.nd)
		n := i - (top - d.dp) + 1 // digits of d kept
		switch {
		case canCut && canBump:
			d.round(n)
			return
		case canCut:
			d.roundDown(n)
			return
		case canBump:
			d.roundUp(n)
			return
		}
	}
}

// appendDecimalForm lays out the rounded digits d in format fmt.
func appendDecimalForm(dst []byte, negative bool, d *decimal, fmt byte, prec int, shortest bool) []byte {
	switch fmt {
	case 'e', 'E':
		return appendExpForm(dst, negative, d, prec, fmt)
	case 'f':
		return appendFixedForm(dst, negative, d, prec)
	case 'g', 'G':
	default:
		return append(dst, '%', fmt)
	}
	// %g picks the exponent form when the decimal exponent x is below -4 or
	// at least the precision. A shortest %g compares against 6 (as C's %g
	// would); otherwise prec counts significant digits, but trailing zeros
	// that rounding left out do not count when all digits are integral.
	x := d.dp - 1
	limit := prec
	switch {
	case shortest:
		limit = 6
	case limit > d.nd && d.nd >= d.dp:
		limit = d.nd
	}
	if x < -4 || x >= limit {
		if prec > d.nd {
			prec = d.nd
		}
		return appendExpForm(dst, negative, d, prec-1, fmt-'g'+'e')
	}
	if prec > d.dp {
		prec = d.nd
	}
	fraction := prec - d.dp
	if fraction < 0 {
		fraction = 0
	}
	return appendFixedForm(dst, negative, d, fraction)
}

// digit is d's i-th digit (0 is the first after the decimal point is
// placed by dp), or '0' for positions outside the stored digits.
func (a *decimal) digit(i int) byte {
	if i < 0 || i >= a.nd {
		return '0'
	}
	return a.d[i]
}

// appendExponent appends letter, the exponent's sign and at least two of its
// decimal digits.
func appendExponent(dst []byte, letter byte, exp int) []byte {
	dst = append(dst, letter)
	if exp < 0 {
		dst = append(dst, '-')
		exp = -exp
	} else {
		dst = append(dst, '+')
	}
	if exp < 10 {
		dst = append(dst, '0')
	}
	return AppendInt(dst, int64(exp), 10)
}

// appendExpForm writes d as [-]d.ddd (prec digits after the point) and the
// decimal exponent after letter ('e' or 'E').
func appendExpForm(dst []byte, negative bool, d *decimal, prec int, letter byte) []byte {
	if negative {
		dst = append(dst, '-')
	}
	dst = append(dst, d.digit(0))
	if prec > 0 {
		dst = append(dst, '.')
		for i := 1; i <= prec; i++ {
			dst = append(dst, d.digit(i))
		}
	}
	exp := 0
	if d.nd > 0 {
		exp = d.dp - 1
	}
	return appendExponent(dst, letter, exp)
}

// appendFixedForm writes d as [-]ddd.ddd with prec digits after the point.
func appendFixedForm(dst []byte, negative bool, d *decimal, prec int) []byte {
	if negative {
		dst = append(dst, '-')
	}
	if d.dp <= 0 {
		dst = append(dst, '0')
	}
	for i := 0; i < d.dp; i++ {
		dst = append(dst, d.digit(i))
	}
	if prec > 0 {
		dst = append(dst, '.')
		for i := 0; i < prec; i++ {
			dst = append(dst, d.digit(d.dp+i))
		}
	}
	return dst
}

// appendBinaryForm writes [-]mantissa p±exponent, both in decimal: the value
// is mant × 2**exp.
func appendBinaryForm(dst []byte, negative bool, mant uint64, exp int) []byte {
	if negative {
		dst = append(dst, '-')
	}
	dst = AppendUint(dst, mant, 10)
	dst = append(dst, 'p')
	if exp >= 0 {
		dst = append(dst, '+')
	}
	return AppendInt(dst, int64(exp), 10)
}

// appendHexForm writes [-]0x1.hhhp±dd ('X' gives upper case): the mantissa
// as one hex digit before the point and prec after (as many as needed when
// prec < 0), rounded to nearest even, and the binary exponent in decimal.
// mant × 2**(exp - fracBits) is the value.
func appendHexForm(dst []byte, negative bool, mant uint64, exp int, fracBits uint, prec int, fmt byte) []byte {
	const lead = 60 // the leading bit is moved to bit 60: 15 hex digits follow it
	if mant == 0 {
		exp = 0
	} else {
		mant <<= lead - fracBits
		for mant>>lead == 0 { // subnormal: normalise
			mant <<= 1
			exp--
		}
	}
	if prec >= 0 && prec < 15 {
		drop := uint(lead - 4*prec) // bits below the last kept digit
		rest := mant & (1<<drop - 1)
		half := uint64(1) << (drop - 1)
		mant >>= drop
		if rest > half || rest == half && mant&1 == 1 {
			mant++
		}
		mant <<= drop
		if mant>>(lead+1) != 0 { // rounded up to 2.0: renormalise
			mant >>= 1
			exp++
		}
	}
	digits := "0123456789abcdef"
	if fmt == 'X' {
		digits = "0123456789ABCDEF"
	}
	if negative {
		dst = append(dst, '-')
	}
	dst = append(dst, '0', fmt, digits[mant>>lead])
	frac := mant << (64 - lead) // the fraction bits, left-aligned
	if prec < 0 && frac != 0 || prec > 0 {
		dst = append(dst, '.')
	}
	for i := 0; prec < 0 && frac != 0 || i < prec; i++ {
		dst = append(dst, digits[frac>>60])
		frac <<= 4
	}
	letter := byte('p')
	if fmt == 'X' {
		letter = 'P'
	}
	return appendExponent(dst, letter, exp)
}
