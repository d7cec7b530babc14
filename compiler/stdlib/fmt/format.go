package fmt

import (
	"strconv"
	"unicode/utf8"
)

// Digit sets for hexadecimal output; index 16 is the letter of the 0x prefix.
const (
	ldigits = "0123456789abcdefx"
	udigits = "0123456789ABCDEFX"
)

const (
	signed   = true
	unsigned = false
)

// fmtFlags are the options of one directive. plusV and sharpV record %+v and %#v:
// for those the printer moves plus/sharp here, so that numbers inside a struct printed
// with %+v get no sign while field names still print.
type fmtFlags struct {
	widPresent  bool
	precPresent bool
	minus       bool // '-': pad on the right
	plus        bool // '+': always print a sign; ASCII-only %q
	sharp       bool // '#': alternate form (0x, backquoted %q, ...)
	space       bool // ' ': space for a positive sign; spaces between %x bytes
	zero        bool // '0': pad numbers with leading zeros

	plusV  bool
	sharpV bool
}

// formatter writes one operand into the printer's buffer, applying width, precision
// and flags. It knows nothing of operands' types beyond the basic kinds.
type formatter struct {
	buf *[]byte

	fmtFlags

	wid  int
	prec int

	// scratch holds a number being built, so that formatting a number usually does not
	// allocate: a 64-bit value in base 2 with sign and prefix fits.
	scratch [68]byte
}

func (f *formatter) clearflags() {
	f.fmtFlags = fmtFlags{}
}

func (f *formatter) init(buf *[]byte) {
	f.buf = buf
	f.clearflags()
}

func (f *formatter) write(b []byte)       { *f.buf = append(*f.buf, b...) }
func (f *formatter) writeString(s string) { *f.buf = append(*f.buf, s...) }
func (f *formatter) writeByte(c byte)     { *f.buf = append(*f.buf, c) }

// writePadding appends n padding bytes: '0' under the zero flag, else ' '.
func (f *formatter) writePadding(n int) {
	c := byte(' ')
	if f.zero {
		c = '0'
	}
	for ; n > 0; n-- {
		*f.buf = append(*f.buf, c)
	}
}

// pad appends b padded to the width, counted in runes, on the side the minus flag
// selects.
func (f *formatter) pad(b []byte) {
	fill := 0
	if f.widPresent {
		fill = f.wid - utf8.RuneCount(b)
	}
	if !f.minus {
		f.writePadding(fill)
	}
	f.write(b)
	if f.minus {
		f.writePadding(fill)
	}
}

// padString is pad for a string.
func (f *formatter) padString(s string) {
	fill := 0
	if f.widPresent {
		fill = f.wid - utf8.RuneCountInString(s)
	}
	if !f.minus {
		f.writePadding(fill)
	}
	f.writeString(s)
	if f.minus {
		f.writePadding(fill)
	}
}

// padNoZero pads b with spaces even under the zero flag (for text, NaN, Inf and
// numbers whose zeros were already added as precision).
func (f *formatter) padNoZero(b []byte) {
	zero := f.zero
	f.zero = false
	f.pad(b)
	f.zero = zero
}

func (f *formatter) fmtBoolean(v bool) {
	if v {
		f.padString("true")
	} else {
		f.padString("false")
	}
}

// fmtUnicode writes u as U+XXXX (at least four hex digits, or the precision), and
// with '#' also the character itself in single quotes when it is printable.
func (f *formatter) fmtUnicode(u uint64) {
	hex := strconv.AppendUint(f.scratch[:0], u, 16)
	minDigits := 4
	if f.precPresent && f.prec > 4 {
		minDigits = f.prec
	}
	out := make([]byte, 0, 2+minDigits+len(hex)+8)
	out = append(out, 'U', '+')
	for n := len(hex); n < minDigits; n++ {
		out = append(out, '0')
	}
	for _, c := range hex {
		if 'a' <= c && c <= 'f' {
			c -= 'a' - 'A'
		}
		out = append(out, c)
	}
	if f.sharp && u <= utf8.MaxRune && strconv.IsPrint(rune(u)) {
		out = append(out, ' ', '\'')
		out = utf8.AppendRune(out, rune(u))
		out = append(out, '\'')
	}
	f.padNoZero(out)
}

// fmtInteger writes u (a two's complement int64 when isSigned) in base 2, 8, 10 or
// 16. The digits are extended with zeros to the precision, or, with the zero flag and
// a width but no precision, to the width less room for a sign; then come the '#'
// prefix (0b, 0, 0x), the 0o prefix of %O and the sign, and finally space padding.
func (f *formatter) fmtInteger(u uint64, base int, isSigned bool, verb rune, digits string) {
	negative := isSigned && int64(u) < 0
	if negative {
		u = -u
	}
	minDigits := 0
	if f.precPresent {
		if f.prec == 0 && u == 0 {
			// An explicit zero precision prints no digits for zero: only padding.
			zero := f.zero
			f.zero = false
			if f.widPresent {
				f.writePadding(f.wid)
			}
			f.zero = zero
			return
		}
		minDigits = f.prec
	} else if f.zero && f.widPresent {
		minDigits = f.wid
		if negative || f.plus || f.space {
			minDigits--
		}
	}
	num := strconv.AppendUint(f.scratch[:0], u, base)
	if digits[10] == 'A' {
		for i, c := range num {
			if 'a' <= c && c <= 'f' {
				num[i] = c - ('a' - 'A')
			}
		}
	}
	var prefix [3]byte
	pn := 0
	if negative {
		prefix[pn] = '-'
		pn++
	} else if f.plus {
		prefix[pn] = '+'
		pn++
	} else if f.space {
		prefix[pn] = ' '
		pn++
	}
	zeros := minDigits - len(num)
	if f.sharp {
		switch base {
		case 2:
			prefix[pn], prefix[pn+1] = '0', 'b'
			pn += 2
		case 8:
			if zeros <= 0 && num[0] != '0' {
				zeros = 1
			}
		case 16:
			prefix[pn], prefix[pn+1] = '0', digits[16]
			pn += 2
		}
	}
	if verb == 'O' {
		prefix[pn], prefix[pn+1] = '0', 'o'
		pn += 2
	}
	total := pn + len(num)
	if zeros > 0 {
		total += zeros
	}
	out := make([]byte, 0, total)
	out = append(out, prefix[:pn]...)
	for ; zeros > 0; zeros-- {
		out = append(out, '0')
	}
	out = append(out, num...)
	f.padNoZero(out)
}

// truncateString cuts s to the precision, counted in runes.
func (f *formatter) truncateString(s string) string {
	if !f.precPresent {
		return s
	}
	n := 0
	for i := range s {
		if n == f.prec {
			return s[:i]
		}
		n++
	}
	return s
}

// truncate cuts b to the precision, counted in runes.
func (f *formatter) truncate(b []byte) []byte {
	if !f.precPresent {
		return b
	}
	n := 0
	for i := 0; i < len(b); {
		if n == f.prec {
			return b[:i]
		}
		_, w := utf8.DecodeRune(b[i:])
		i += w
		n++
	}
	return b
}

// fmtS writes a string (%s, %v).
func (f *formatter) fmtS(s string) {
	f.padString(f.truncateString(s))
}

// fmtBs writes a byte slice as a string.
func (f *formatter) fmtBs(b []byte) {
	f.pad(f.truncate(b))
}

// fmtSbx writes the bytes of s (or of b when it is not nil) as two hex digits each.
// The precision limits how many bytes are used; ' ' separates bytes with spaces and,
// with '#', gives every byte its 0x prefix; '#' alone prefixes the whole run once.
func (f *formatter) fmtSbx(s string, b []byte, digits string) {
	n := len(s)
	if b != nil {
		n = len(b)
	}
	if f.precPresent && f.prec < n {
		n = f.prec
	}
	if n == 0 {
		if f.widPresent {
			f.writePadding(f.wid)
		}
		return
	}
	out := make([]byte, 0, 5*n+2)
	for i := 0; i < n; i++ {
		if i > 0 && f.space {
			out = append(out, ' ')
		}
		if f.sharp && (i == 0 || f.space) {
			out = append(out, '0', digits[16])
		}
		c := byte(0)
		if b != nil {
			c = b[i]
		} else {
			c = s[i]
		}
		out = append(out, digits[c>>4], digits[c&0xF])
	}
	// Hex text counts bytes, not runes, for the width; it is ASCII anyway.
	f.pad(out)
}

func (f *formatter) fmtSx(s, digits string) { f.fmtSbx(s, nil, digits) }

func (f *formatter) fmtBx(b []byte, digits string) { f.fmtSbx("", b, digits) }

// fmtQ writes s as a double-quoted Go literal ('+': ASCII only), or backquoted under
// '#' when that can represent it.
func (f *formatter) fmtQ(s string) {
	s = f.truncateString(s)
	switch {
	case f.sharp && strconv.CanBackquote(s):
		f.padString("`" + s + "`")
	case f.plus:
		f.pad(strconv.AppendQuoteToASCII(f.scratch[:0], s))
	default:
		f.pad(strconv.AppendQuote(f.scratch[:0], s))
	}
}

// fmtC writes the character c; values past MaxRune print U+FFFD.
func (f *formatter) fmtC(c uint64) {
	r := rune(utf8.RuneError)
	if c <= utf8.MaxRune {
		r = rune(c)
	}
	f.pad(utf8.AppendRune(f.scratch[:0], r))
}

// fmtQc writes c as a single-quoted Go character literal.
func (f *formatter) fmtQc(c uint64) {
	r := rune(utf8.RuneError)
	if c <= utf8.MaxRune {
		r = rune(c)
	}
	if f.plus {
		f.pad(strconv.AppendQuoteRuneToASCII(f.scratch[:0], r))
	} else {
		f.pad(strconv.AppendQuoteRune(f.scratch[:0], r))
	}
}

// fmtFloat writes v (a float of size bits) with strconv's verb and precision, -1
// meaning the shortest exact form; an explicit precision overrides it. Then:
//
//   - the sign: '-' always, '+' under the plus flag, ' ' under the space flag;
//   - NaN and ±Inf are padded with spaces only, and NaN gets no sign unless asked;
//   - '#' keeps a decimal point, and for %g/%G/%v/%x keeps trailing zeros so that
//     the number shows as many significant digits as the precision (6 by default);
//   - zero padding goes between the sign and the digits.
func (f *formatter) fmtFloat(v float64, size int, verb rune, prec int) {
	if f.precPresent {
		prec = f.prec
	}
	num := strconv.AppendFloat(f.scratch[:0], v, byte(verb), prec, size)
	var sign byte
	if num[0] == '-' || num[0] == '+' {
		sign = num[0] // '+' only for +Inf
		num = num[1:]
	}
	if num[0] == 'I' || num[0] == 'N' {
		switch {
		case sign == '-':
		case f.plus:
			sign = '+'
		case f.space:
			sign = ' '
		case num[0] == 'N':
			sign = 0
		}
		if sign == 0 {
			f.padNoZero(num)
		} else {
			f.padNoZero(append([]byte{sign}, num...))
		}
		return
	}
	if sign == 0 {
		if f.plus {
			sign = '+'
		} else if f.space {
			sign = ' '
		}
	}
	if f.sharp && verb != 'b' {
		num = sharpFloat(num, verb, prec)
	}
	if sign != 0 && f.zero && !f.minus && f.widPresent && f.wid > len(num)+1 {
		f.writeByte(sign)
		f.writePadding(f.wid - len(num) - 1)
		f.write(num)
		return
	}
	if sign != 0 {
		num = append([]byte{sign}, num...)
	}
	f.pad(num)
}

// sharpFloat applies '#' to an unsigned formatted float: it makes sure there is a
// decimal point and, for %g %G %v %x, pads the significant digits with zeros up to
// prec (6 when prec is -1).
func sharpFloat(num []byte, verb rune, prec int) []byte {
	want := 0
	switch verb {
	case 'v', 'g', 'G', 'x': // not 'X': Go 1.19 pads only %#x's digits
		want = prec
		if want == -1 {
			want = 6
		}
	}
	// Split off the exponent ("e+06", "p-02"); hex mantissas contain 'e' as a digit.
	// Counting matches Go's: in "0x1.8" the x counts as a significant digit too.
	mant, exp := num, []byte(nil)
	for i, c := range num {
		if c == 'p' || c == 'P' || (c == 'e' || c == 'E') && verb != 'x' && verb != 'X' {
			mant, exp = num[:i], num[i:]
			break
		}
	}
	hasPoint := false
	significant := 0
	seenNonzero := false
	for _, c := range mant {
		switch {
		case c == '.':
			hasPoint = true
		default:
			if c != '0' {
				seenNonzero = true
			}
			if seenNonzero {
				significant++
			}
		}
	}
	out := make([]byte, 0, len(num)+want+2)
	out = append(out, mant...)
	if !hasPoint {
		if len(mant) == 1 && mant[0] == '0' {
			significant++ // a lone 0 counts as one digit
		}
		out = append(out, '.')
	}
	for ; significant < want; significant++ {
		out = append(out, '0')
	}
	return append(out, exp...)
}
