package strconv

import "errors"

// ErrRange is the NumError.Err of a value too large or small for its type.
var ErrRange = errors.New("value out of range")

// ErrSyntax is the NumError.Err of text that is not a number of the kind asked.
var ErrSyntax = errors.New("invalid syntax")

// NumError describes a failed Parse: which function, the text it was given,
// and why (ErrRange, ErrSyntax, or a base or bit-size complaint).
type NumError struct {
	Func string // ParseBool, ParseInt, ParseUint, ParseFloat, ParseComplex or Atoi
	Num  string // the text that did not parse
	Err  error  // the reason
}

func (e *NumError) Error() string {
	return "strconv." + e.Func + ": parsing " + Quote(e.Num) + ": " + e.Err.Error()
}

// Unwrap exposes the reason, so errors.Is(err, strconv.ErrRange) works.
func (e *NumError) Unwrap() error { return e.Err }

// keepInput is the text a NumError records. Go 1.19 records the caller's
// string itself (1.20 started copying it), which is why gc reports the Parse
// functions' parameter as "leaking param: s"; minigo does the same so that
// escape analysis of callers agrees with gc's.
func keepInput(s string) string { return s }

func badSyntax(fn, s string) *NumError { return &NumError{fn, keepInput(s), ErrSyntax} }

func outOfRange(fn, s string) *NumError { return &NumError{fn, keepInput(s), ErrRange} }

func badBase(fn, s string, base int) *NumError {
	return &NumError{fn, keepInput(s), errors.New("invalid base " + Itoa(base))}
}

func badBitSize(fn, s string, bitSize int) *NumError {
	return &NumError{fn, keepInput(s), errors.New("invalid bit size " + Itoa(bitSize))}
}

// ParseBool accepts 1, t, T, true, TRUE, True and 0, f, F, false, FALSE, False.
func ParseBool(str string) (bool, error) {
	switch str {
	case "1", "t", "T", "true", "TRUE", "True":
		return true, nil
	case "0", "f", "F", "false", "FALSE", "False":
		return false, nil
	}
	return false, badSyntax("ParseBool", str)
}

// FormatBool is "true" or "false".
func FormatBool(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

// AppendBool appends FormatBool(b) to dst.
func AppendBool(dst []byte, b bool) []byte {
	return append(dst, FormatBool(b)...)
}

// lowerASCII folds an ASCII letter to lower case (other bytes are left with
// bit 0x20 set, which no caller mistakes for a letter).
func lowerASCII(c byte) byte { return c | 0x20 }

// digitValue is the value of c as a digit in bases up to 36 (0-9, then a-z
// or A-Z for 10-35), or 36 for anything else.
func digitValue(c byte) uint64 {
	switch {
	case '0' <= c && c <= '9':
		return uint64(c - '0')
	case 'a' <= lowerASCII(c) && lowerASCII(c) <= 'z':
		return uint64(lowerASCII(c)-'a') + 10
	}
	return 36
}

// basePrefix works out the base for ParseUint's base 0: a leading "0b", "0o"
// or "0x" (followed by at least one more byte) gives 2, 8 or 16 and is
// dropped; otherwise a leading "0" gives 8 (and is dropped), anything else 10.
func basePrefix(s string) (digits string, base int) {
	if len(s) == 0 || s[0] != '0' {
		return s, 10
	}
	if len(s) >= 3 {
		switch lowerASCII(s[1]) {
		case 'b':
			return s[2:], 2
		case 'o':
			return s[2:], 8
		case 'x':
			return s[2:], 16
		}
	}
	return s[1:], 8
}

// ParseUint parses s as an unsigned integer of bitSize bits (0 means the size
// of uint) in the given base, 2 to 36. Base 0 takes the base from a Go-style
// prefix and then also allows underscores between digits. A value too large
// yields the largest value of the size and ErrRange. No sign is allowed.
func ParseUint(s string, base int, bitSize int) (uint64, error) {
	const fn = "ParseUint"
	if s == "" {
		return 0, badSyntax(fn, s)
	}
	digits, underscoresAllowed := s, base == 0
	switch {
	case base == 0:
		digits, base = basePrefix(s)
	case base < 2 || base > 36:
		return 0, badBase(fn, s, base)
	}
	switch {
	case bitSize == 0:
		bitSize = IntSize
	case bitSize < 0 || bitSize > 64:
		return 0, badBitSize(fn, s, bitSize)
	}
	limit := uint64(1)<<uint(bitSize) - 1 // for 64 the shift wraps to 0, giving all ones
	b := uint64(base)
	var value uint64
	sawUnderscore := false
	for i := 0; i < len(digits); i++ {
		if digits[i] == '_' && underscoresAllowed {
			sawUnderscore = true
			continue
		}
		d := digitValue(digits[i])
		if d >= b {
			return 0, badSyntax(fn, s)
		}
		if d > limit || value > (limit-d)/b { // value*b + d would exceed limit
			return limit, outOfRange(fn, s)
		}
		value = value*b + d
	}
	if sawUnderscore && !underscoresValid(s) {
		return 0, badSyntax(fn, s)
	}
	return value, nil
}

// ParseInt parses s as a signed integer of bitSize bits (0 means the size of
// int) in the given base, as ParseUint does after an optional '+' or '-'. Out
// of range, it returns the nearest limit of the size and ErrRange.
func ParseInt(s string, base int, bitSize int) (i int64, err error) {
	const fn = "ParseInt"
	if s == "" {
		return 0, badSyntax(fn, s)
	}
	magnitude, negative := s, false
	if s[0] == '+' || s[0] == '-' {
		magnitude, negative = s[1:], s[0] == '-'
	}
	u, err := ParseUint(magnitude, base, bitSize)
	if err != nil && err.(*NumError).Err != ErrRange {
		ne := err.(*NumError)
		ne.Func, ne.Num = fn, keepInput(s)
		return 0, ne
	}
	if bitSize == 0 {
		bitSize = IntSize
	}
	bound := uint64(1) << uint(bitSize-1) // |min|; max is bound-1
	switch {
	case !negative && u >= bound:
		return int64(bound - 1), outOfRange(fn, s)
	case negative && u > bound:
		return -int64(bound), outOfRange(fn, s)
	case negative:
		return -int64(u), nil
	}
	return int64(u), nil
}

// Atoi is ParseInt(s, 10, 0) as an int; its errors name Atoi.
func Atoi(s string) (int, error) {
	v, err := ParseInt(s, 10, 0)
	if ne, ok := err.(*NumError); ok {
		ne.Func = "Atoi"
	}
	return int(v), err
}

// underscoresValid reports whether every '_' in the number s (sign and base
// prefix included) sits between two digits, or between the base prefix and a
// digit, as in Go literals.
func underscoresValid(s string) bool {
	if s != "" && (s[0] == '+' || s[0] == '-') {
		s = s[1:]
	}
	hex := false
	afterDigit := false // the previous byte was a digit or the base prefix
	if len(s) >= 2 && s[0] == '0' {
		switch lowerASCII(s[1]) {
		case 'x':
			hex = true
			fallthrough
		case 'b', 'o':
			s = s[2:]
			afterDigit = true
		}
	}
	afterUnderscore := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		isDigit := '0' <= c && c <= '9' || hex && 'a' <= lowerASCII(c) && lowerASCII(c) <= 'f'
		switch {
		case isDigit:
			afterDigit, afterUnderscore = true, false
		case c == '_':
			if !afterDigit {
				return false
			}
			afterDigit, afterUnderscore = false, true
		default:
			if afterUnderscore {
				return false
			}
			afterDigit = false
		}
	}
	return !afterUnderscore
}
