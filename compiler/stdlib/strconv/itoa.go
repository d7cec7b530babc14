// Package strconv is minigo's strconv: conversions between strings and numbers,
// booleans and quoted Go literals.
//
// Entirely plain Go, no runtime hooks:
//
//	itoa.go     FormatInt/Itoa/AppendInt: digits written backwards into a 65-byte buffer
//	atoi.go     ParseInt/ParseUint/Atoi/ParseBool and the NumError type
//	decimal.go  an exact multi-precision decimal that float conversion works on
//	ftoa.go     FormatFloat: exact digits, then shortest-round-trip or fixed precision
//	atof.go     ParseFloat: exact decimal value rounded once to the nearest float
//	quote.go    Quote/Unquote and their variants
//
// Floats are converted exactly (never through float arithmetic), so FormatFloat and
// ParseFloat agree with Go's digit for digit, including the shortest form for 'g', -1.
//
// Example: FormatFloat(0.1, 'g', -1, 64) == "0.1", Quote("héllo\n") == `"héllo\n"`.
package strconv

// IntSize is the width of int and uint in bits: 64 here, 32 on a 32-bit
// target (the shift is 1 exactly when the top bit of ^uint(0) is bit 63).
const IntSize = 32 << (^uint(0) >> 63)

// digitChars spells digit values 0-35.
const digitChars = "0123456789abcdefghijklmnopqrstuvwxyz"

// FormatUint spells i in base 2 to 36, using a-z for digits past 9.
func FormatUint(i uint64, base int) string {
	return string(appendDigits(nil, i, base, false))
}

// FormatInt spells i in base 2 to 36, using a-z for digits past 9, with a
// leading '-' when negative.
func FormatInt(i int64, base int) string {
	return string(appendDigits(nil, magnitude(i), base, i < 0))
}

// Itoa is FormatInt(int64(i), 10).
func Itoa(i int) string { return FormatInt(int64(i), 10) }

// AppendInt appends FormatInt(i, base) to dst.
func AppendInt(dst []byte, i int64, base int) []byte {
	return appendDigits(dst, magnitude(i), base, i < 0)
}

// AppendUint appends FormatUint(i, base) to dst.
func AppendUint(dst []byte, i uint64, base int) []byte {
	return appendDigits(dst, i, base, false)
}

// magnitude is |i| as an unsigned number; it is right even for the most
// negative int64, whose negation does not fit in an int64.
func magnitude(i int64) uint64 {
	if i < 0 {
		return -uint64(i)
	}
	return uint64(i)
}

// appendDigits appends '-' when negative and then the digits of u in base.
// The digits come out least significant first, so they are collected at the
// back of a scratch array (64 binary digits is the longest case) and copied
// in order.
func appendDigits(dst []byte, u uint64, base int, negative bool) []byte {
	if base < 2 || base > len(digitChars) {
		panic("strconv: illegal AppendInt/FormatInt base")
	}
	var scratch [64]byte
	start := len(scratch)
	for {
		start--
		scratch[start] = digitChars[u%uint64(base)]
		u /= uint64(base)
		if u == 0 {
			break
		}
	}
	if negative {
		dst = append(dst, '-')
	}
	return append(dst, scratch[start:]...)
}
