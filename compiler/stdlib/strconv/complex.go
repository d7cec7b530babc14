package strconv

// FormatComplex spells c as "(a+bi)", each part formatted by FormatFloat with
// fmt and prec. bitSize 64 (complex64) formats the parts as float32s, 128 as
// float64s; any other size panics.
func FormatComplex(c complex128, fmt byte, prec, bitSize int) string {
	if bitSize != 64 && bitSize != 128 {
		panic("invalid bitSize")
	}
	partSize := bitSize / 2
	imag := FormatFloat(imag(c), fmt, prec, partSize)
	if imag[0] != '+' && imag[0] != '-' { // NaN and positive values need a sign here
		imag = "+" + imag
	}
	return "(" + FormatFloat(real(c), fmt, prec, partSize) + imag + "i)"
}

// ParseComplex reads a complex number: "N", "Ni" or "N±Ni", each N as
// ParseFloat accepts it, optionally in parentheses. bitSize 64 rounds the
// parts to float32. An out-of-range part gives the infinite (or zero) value
// with ErrRange; anything else malformed gives ErrSyntax.
func ParseComplex(s string, bitSize int) (complex128, error) {
	partSize := 64
	if bitSize == 64 {
		partSize = 32
	}
	body := s
	if len(body) >= 2 && body[0] == '(' && body[len(body)-1] == ')' {
		body = body[1 : len(body)-1]
	}
	outOfRange := false
	// usable reports whether a part parsed, noting a range error on the way.
	usable := func(err error) bool {
		if err == nil {
			return true
		}
		outOfRange = true
		return err.(*NumError).Err == ErrRange
	}
	re, n, err := parseFloatPrefix(body, partSize)
	if !usable(err) {
		return 0, &NumError{"ParseComplex", keepInput(s), ErrSyntax}
	}
	var im float64
	rest := body[n:]
	switch {
	case rest == "":
		return complexResult(complex(re, 0), s, outOfRange)
	case rest == "i": // a pure imaginary number: what we read was its coefficient
		return complexResult(complex(0, re), s, outOfRange)
	case rest[0] == '+':
		// Drop the '+' (a signed NaN is not a float, yet "1+NaNi" is a
		// complex number), unless it starts "++", which must stay an error.
		if len(rest) > 1 && rest[1] != '+' {
			rest = rest[1:]
		}
	case rest[0] != '-':
		return 0, &NumError{"ParseComplex", keepInput(s), ErrSyntax}
	}
	if rest[len(rest)-1] != 'i' {
		return 0, &NumError{"ParseComplex", keepInput(s), ErrSyntax}
	}
	im, err = ParseFloat(rest[:len(rest)-1], partSize)
	if !usable(err) {
		return 0, &NumError{"ParseComplex", keepInput(s), ErrSyntax}
	}
	return complexResult(complex(re, im), s, outOfRange)
}

// complexResult is ParseComplex's result: the value, with ErrRange when a
// part was out of range.
func complexResult(c complex128, s string, outOfRange bool) (complex128, error) {
	if outOfRange {
		return c, &NumError{"ParseComplex", keepInput(s), ErrRange}
	}
	return c, nil
}
