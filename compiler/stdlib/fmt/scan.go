package fmt

import (
	"errors"
	"io"
	"os"
	"reflect"
	"strconv"
	"unicode/utf8"
)

// ScanState represents the scanner state passed to custom scanners.
type ScanState interface {
	// ReadRune reads the next rune (Unicode code point) from the input.
	ReadRune() (r rune, size int, err error)
	// UnreadRune causes the next call to ReadRune to return the same rune.
	UnreadRune() error
	// SkipSpace skips space in the input.
	SkipSpace()
	// Token skips space in the input if skipSpace is true, then returns the run of
	// Unicode code points c satisfying f(c).
	Token(skipSpace bool, f func(rune) bool) (token []byte, err error)
	// Width returns the value of the width option and whether it has been set.
	Width() (wid int, ok bool)
	// Read is not to be used by custom scanners (it returns an error).
	Read(buf []byte) (n int, err error)
}

// Scanner is implemented by any value that has a Scan method, which scans the input
// for the representation of a value and stores the result in the receiver.
type Scanner interface {
	Scan(state ScanState, verb rune) error
}

// Scan scans text read from standard input, storing successive space-separated values
// into successive arguments. Newlines count as space.
func Scan(a ...any) (n int, err error) { return Fscan(os.Stdin, a...) }

// Scanln is similar to Scan, but stops scanning at a newline and after the final item
// there must be a newline or EOF.
func Scanln(a ...any) (n int, err error) { return Fscanln(os.Stdin, a...) }

// Scanf scans text read from standard input, storing successive space-separated values
// into successive arguments as determined by the format.
func Scanf(format string, a ...any) (n int, err error) { return Fscanf(os.Stdin, format, a...) }

// Sscan scans the argument string, storing successive space-separated values into
// successive arguments. Newlines count as space.
func Sscan(str string, a ...any) (n int, err error) {
	return Fscan(&stringReader{s: str}, a...)
}

// Sscanln is similar to Sscan, but stops scanning at a newline and after the final
// item there must be a newline or EOF.
func Sscanln(str string, a ...any) (n int, err error) {
	return Fscanln(&stringReader{s: str}, a...)
}

// Sscanf scans the argument string, storing successive space-separated values into
// successive arguments as determined by the format.
func Sscanf(str string, format string, a ...any) (n int, err error) {
	return Fscanf(&stringReader{s: str}, format, a...)
}

// Fscan scans text read from r, storing successive space-separated values into
// successive arguments. Newlines count as space.
func Fscan(r io.Reader, a ...any) (n int, err error) {
	s := newScanner(r, true, false)
	n, err = s.doScan(a)
	s.release()
	return
}

// Fscanln is similar to Fscan, but stops scanning at a newline and after the final
// item there must be a newline or EOF.
func Fscanln(r io.Reader, a ...any) (n int, err error) {
	s := newScanner(r, false, true)
	n, err = s.doScan(a)
	s.release()
	return
}

// Fscanf scans text read from r, storing successive space-separated values into
// successive arguments as determined by the format. Newlines in the input must match
// newlines in the format.
func Fscanf(r io.Reader, format string, a ...any) (n int, err error) {
	s := newScanner(r, false, false)
	n, err = s.doScanf(format, a)
	s.release()
	return
}

// stringReader reads the runes of a string; it is what the Sscan functions scan.
type stringReader struct {
	s    string
	i    int
	prev int // start of the last rune read, -1 if none
}

func (r *stringReader) Read(b []byte) (n int, err error) {
	if r.i >= len(r.s) {
		return 0, io.EOF
	}
	n = copy(b, r.s[r.i:])
	r.i += n
	r.prev = -1
	return
}

func (r *stringReader) ReadRune() (ch rune, size int, err error) {
	if r.i >= len(r.s) {
		r.prev = -1
		return 0, 0, io.EOF
	}
	r.prev = r.i
	ch, size = utf8.DecodeRuneInString(r.s[r.i:])
	r.i += size
	return
}

func (r *stringReader) UnreadRune() error {
	if r.prev < 0 {
		return errors.New("fmt: UnreadRune without ReadRune")
	}
	r.i = r.prev
	r.prev = -1
	return nil
}

// byteRuneReader turns an io.Reader without ReadRune into a rune scanner, reading one
// byte at a time so that no input past the scanned text is consumed.
type byteRuneReader struct {
	r       io.Reader
	pending rune // rune pushed back by UnreadRune
	size    int
	hasPend bool
	last    rune
	lastSz  int
}

func (r *byteRuneReader) readByte() (byte, error) {
	var b [1]byte
	n, err := r.r.Read(b[:])
	if n == 1 {
		return b[0], nil
	}
	if err == nil {
		err = io.EOF
	}
	return 0, err
}

func (r *byteRuneReader) ReadRune() (rune, int, error) {
	if r.hasPend {
		r.hasPend = false
		return r.pending, r.size, nil
	}
	b, err := r.readByte()
	if err != nil {
		return 0, 0, err
	}
	if b < utf8.RuneSelf {
		r.last, r.lastSz = rune(b), 1
		return rune(b), 1, nil
	}
	buf := []byte{b}
	for !utf8.FullRune(buf) && len(buf) < utf8.UTFMax {
		c, err := r.readByte()
		if err != nil {
			break
		}
		buf = append(buf, c)
	}
	ch, size := utf8.DecodeRune(buf)
	r.last, r.lastSz = ch, size
	return ch, size, nil
}

func (r *byteRuneReader) UnreadRune() error {
	r.pending, r.size, r.hasPend = r.last, r.lastSz, true
	return nil
}

// scanError wraps an error raised inside the scanner, which unwinds with panic to
// the exported function that reports it.
type scanError struct {
	err error
}

// scanner implements ScanState over a rune scanner.
type scanner struct {
	rs        io.RuneScanner
	nlIsSpace bool // newlines count as space (Scan, Sscan, Fscan)
	nlIsEnd   bool // a newline ends the input (Scanln)
	count     int  // runes consumed
	atEOF     bool
	wid       int
	widSet    bool
	argLimit  int    // runes allowed for the current operand (width), or -1
	typeName  string // operand type named in bad verb errors
}

func newScanner(r io.Reader, nlIsSpace, nlIsEnd bool) *scanner {
	s := &scanner{nlIsSpace: nlIsSpace, nlIsEnd: nlIsEnd, argLimit: -1}
	if rs, ok := r.(io.RuneScanner); ok {
		s.rs = rs
	} else {
		s.rs = &byteRuneReader{r: r}
	}
	return s
}

func (s *scanner) release() {}

func (s *scanner) errorString(msg string) {
	panic(scanError{errors.New(msg)})
}

func (s *scanner) error(err error) {
	panic(scanError{err})
}

// ReadRune reads the next rune, honouring the width limit of the current operand.
func (s *scanner) ReadRune() (r rune, size int, err error) {
	if s.argLimit == 0 {
		return 0, 0, io.EOF
	}
	r, size, err = s.rs.ReadRune()
	if err == nil {
		s.count++
		if s.argLimit > 0 {
			s.argLimit--
		}
		if s.nlIsEnd && r == '\n' {
			s.atEOF = false
		}
	} else if err == io.EOF {
		s.atEOF = true
	}
	return
}

// UnreadRune pushes back the last rune read.
func (s *scanner) UnreadRune() error {
	s.rs.UnreadRune()
	s.atEOF = false
	s.count--
	if s.argLimit >= 0 {
		s.argLimit++
	}
	return nil
}

func (s *scanner) Width() (wid int, ok bool) { return s.wid, s.widSet }

func (s *scanner) Read(buf []byte) (n int, err error) {
	return 0, errors.New("ScanState's Read should not be called. Use ReadRune")
}

// getRune returns the next rune, or eof (-1) at the end of the input.
func (s *scanner) getRune() rune {
	r, _, err := s.ReadRune()
	if err != nil {
		if err == io.EOF {
			return eof
		}
		s.error(err)
	}
	return r
}

const eof = -1

// mustReadRune returns the next rune, failing with io.ErrUnexpectedEOF at the end.
func (s *scanner) mustReadRune() rune {
	r := s.getRune()
	if r == eof {
		s.error(io.ErrUnexpectedEOF)
	}
	return r
}

// peek returns the next rune without consuming it (eof at the end).
func (s *scanner) peek() rune {
	r := s.getRune()
	if r != eof {
		s.UnreadRune()
	}
	return r
}

func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\v', '\f', '\r', 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000:
		return true
	}
	return 0x2000 <= r && r <= 0x200a
}

// SkipSpace skips spaces; a newline is skipped only when newlines count as space, and
// is an error for Scanln.
func (s *scanner) SkipSpace() {
	for r := s.getRune(); r != eof; r = s.getRune() {
		switch {
		case r == '\r' && s.peek() == '\n':
			// the first half of a CRLF: the '\n' decides
		case r == '\n' && !s.nlIsSpace:
			s.errorString("unexpected newline")
			return
		case r == '\n':
		case !isSpace(r):
			s.UnreadRune()
			return
		}
	}
}

// Token returns the run of runes satisfying f (after skipping space if asked).
func (s *scanner) Token(skipSpace bool, f func(rune) bool) (tok []byte, err error) {
	defer recoverScanError(&err, false)
	if f == nil {
		f = notSpace
	}
	if skipSpace {
		s.SkipSpace()
	}
	return s.token(f), nil
}

func notSpace(r rune) bool { return !isSpace(r) }

func (s *scanner) token(f func(rune) bool) []byte {
	var buf []byte
	for {
		r := s.getRune()
		if r == eof {
			break
		}
		if !f(r) {
			s.UnreadRune()
			break
		}
		buf = utf8.AppendRune(buf, r)
	}
	return buf
}

// accept consumes the next rune if it is in ok.
func (s *scanner) accept(ok string) bool {
	r := s.getRune()
	if r == eof {
		return false
	}
	for _, c := range ok {
		if c == r {
			return true
		}
	}
	s.UnreadRune()
	return false
}

// recoverScanError, deferred, turns the panic of a scanning error into *errp
// (and, if eofToo, a panic with io.EOF too); any other panic goes on.
func recoverScanError(errp *error, eofToo bool) {
	e := recover()
	if e == nil {
		return
	}
	if se, ok := e.(scanError); ok {
		*errp = se.err
		return
	}
	if err, ok := e.(error); ok && eofToo && err == io.EOF {
		*errp = err
		return
	}
	panic(e)
}

// doScan scans one space-separated value into each operand.
func (s *scanner) doScan(a []any) (numProcessed int, err error) {
	defer recoverScanError(&err, true)
	for _, arg := range a {
		s.scanOne('v', arg)
		numProcessed++
	}
	if s.nlIsEnd {
		s.expectLineEnd()
	}
	return numProcessed, nil
}

// expectLineEnd, for Scanln, checks that only spaces remain before the
// newline (or the end of input).
func (s *scanner) expectLineEnd() {
	for {
		switch r := s.getRune(); {
		case r == '\n' || r == eof:
			return
		case !isSpace(r):
			s.errorString("expected newline")
			return
		}
	}
}

// doScanf scans according to format: spaces in the format match any run of spaces,
// newlines must match newlines, other literal text must match exactly, and each verb
// scans one operand.
func (s *scanner) doScanf(format string, a []any) (numProcessed int, err error) {
	defer recoverScanError(&err, true)
	for rest := format; rest != ""; {
		c, w := utf8.DecodeRuneInString(rest)
		switch {
		case isSpace(c):
			rest = s.matchSpaces(rest)
			continue
		case c != '%' || len(rest) == w: // plain text, or a '%' that ends the format
			s.matchRune(c)
			rest = rest[w:]
			continue
		}
		rest = rest[w:]
		// An optional width: the most runes the operand may read.
		s.wid, s.widSet = 0, false
		for rest != "" && '0' <= rest[0] && rest[0] <= '9' {
			s.wid = 10*s.wid + int(rest[0]-'0')
			s.widSet = true
			rest = rest[1:]
		}
		if rest == "" {
			s.errorString("too few operands for format '%" + format[len(format)-1:] + "'")
		}
		verb, vw := utf8.DecodeRuneInString(rest)
		verbText := rest[:vw]
		rest = rest[vw:]
		if verb == '%' { // %% matches a literal percent sign
			s.skipBlanks()
			if s.getRune() != '%' {
				s.errorString("missing literal %")
			}
			continue
		}
		if numProcessed == len(a) {
			s.errorString("too few operands for format '%" + verbText + "'")
		}
		if verb != 'c' {
			s.skipBlanks()
		}
		if s.widSet {
			s.argLimit = s.wid
		}
		s.scanOne(verb, a[numProcessed])
		s.argLimit = -1
		numProcessed++
	}
	if numProcessed < len(a) {
		s.errorString("too many operands")
	}
	return numProcessed, nil
}

// matchSpaces consumes a run of white space at the start of format and the
// corresponding blanks of the input; each newline in the format must meet a
// newline (or the end) in the input. It returns the rest of the format.
func (s *scanner) matchSpaces(format string) string {
	for format != "" {
		c, w := utf8.DecodeRuneInString(format)
		if !isSpace(c) {
			break
		}
		if c == '\n' {
			s.skipBlanks()
			if r := s.getRune(); r != '\n' && r != eof {
				s.errorString("newline in format does not match input")
			}
		}
		format = format[w:]
	}
	s.skipBlanks()
	return format
}

// matchRune consumes c from the input, or fails with "input does not match
// format" (leaving the mismatched rune unread).
func (s *scanner) matchRune(c rune) {
	if r := s.getRune(); r != c {
		if r != eof {
			s.UnreadRune()
		}
		s.errorString("input does not match format")
	}
}

// skipBlanks skips spaces other than newlines.
func (s *scanner) skipBlanks() {
	for {
		r := s.getRune()
		if r == eof {
			return
		}
		if r == '\n' || !isSpace(r) {
			s.UnreadRune()
			return
		}
	}
}

// scanOne scans a single value into the operand arg, which must be a pointer to a
// basic type, a Scanner, or a pointer reachable through reflection.
func (s *scanner) scanOne(verb rune, arg any) {
	if sc, ok := arg.(Scanner); ok {
		if err := sc.Scan(s, verb); err != nil {
			s.error(err)
		}
		return
	}
	if verb != 'c' {
		s.SkipSpace()
	}
	if s.peek() == eof {
		s.error(io.EOF)
	}
	switch v := arg.(type) {
	case *bool:
		*v = s.scanBool(verb)
	case *complex64:
		*v = complex64(s.scanComplex(verb, 64))
	case *complex128:
		*v = s.scanComplex(verb, 128)
	case *int:
		*v = int(s.scanInt(verb, 64))
	case *int8:
		*v = int8(s.scanInt(verb, 8))
	case *int16:
		*v = int16(s.scanInt(verb, 16))
	case *int32:
		*v = int32(s.scanInt(verb, 32))
	case *int64:
		*v = s.scanInt(verb, 64)
	case *uint:
		*v = uint(s.scanUint(verb, 64))
	case *uint8:
		*v = uint8(s.scanUint(verb, 8))
	case *uint16:
		*v = uint16(s.scanUint(verb, 16))
	case *uint32:
		*v = uint32(s.scanUint(verb, 32))
	case *uint64:
		*v = s.scanUint(verb, 64)
	case *uintptr:
		*v = uintptr(s.scanUint(verb, 64))
	case *float32:
		*v = float32(s.scanFloat(verb, 32))
	case *float64:
		*v = s.scanFloat(verb, 64)
	case *string:
		*v = s.scanString(verb)
	case *[]byte:
		*v = []byte(s.scanString(verb))
	default:
		val := reflect.ValueOf(v)
		ptr := val
		if ptr.Kind() != reflect.Pointer {
			s.errorString("type not a pointer: " + val.Type().String())
			return
		}
		switch v := ptr.Elem(); v.Kind() {
		case reflect.Bool:
			v.SetBool(s.scanBool(verb))
		case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
			v.SetInt(s.scanInt(verb, v.Type().Bits()))
		case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
			v.SetUint(s.scanUint(verb, v.Type().Bits()))
		case reflect.String:
			v.SetString(s.scanString(verb))
		case reflect.Slice:
			if v.Type().Elem().Kind() != reflect.Uint8 {
				s.errorString("can't scan type: " + val.Type().String())
			}
			str := s.scanString(verb)
			v.Set(reflect.MakeSlice(v.Type(), len(str), len(str)))
			for i := 0; i < len(str); i++ {
				v.Index(i).SetUint(uint64(str[i]))
			}
		case reflect.Float32, reflect.Float64:
			v.SetFloat(s.scanFloat(verb, v.Type().Bits()))
		case reflect.Complex64, reflect.Complex128:
			v.SetComplex(s.scanComplex(verb, v.Type().Bits()))
		default:
			s.errorString("can't scan type: " + val.Type().String())
		}
	}
}

func (s *scanner) badVerb(verb rune) {
	s.errorString("bad verb '%" + string(verb) + "' for " + s.typeName)
}

func (s *scanner) scanBool(verb rune) bool {
	if verb != 't' && verb != 'v' {
		s.typeName = "boolean"
		s.badVerb(verb)
	}
	tok := string(s.token(func(r rune) bool { return !isSpace(r) && r != eof }))
	b, err := strconv.ParseBool(tok)
	if err != nil {
		s.errorString("syntax error scanning boolean")
	}
	return b
}

// intBase returns the base for the verb and the digits it accepts.
func (s *scanner) intBase(verb rune) (base int, digits string) {
	switch verb {
	case 'b':
		return 2, "01"
	case 'o':
		return 8, "01234567"
	case 'x', 'X':
		return 16, "0123456789aAbBcCdDeEfF"
	case 'd', 'v':
		return 10, "0123456789"
	}
	s.typeName = "integer"
	s.badVerb(verb)
	return 10, ""
}

// scanNumber returns the run of digits (at least one).
func (s *scanner) scanNumber(digits string, haveDigits bool) string {
	tok := s.token(func(r rune) bool {
		for _, c := range digits {
			if c == r {
				return true
			}
		}
		return r == '_'
	})
	if len(tok) == 0 && !haveDigits {
		s.errorString("expected integer")
	}
	return string(tok)
}

func (s *scanner) scanInt(verb rune, bitSize int) int64 {
	if verb == 'c' {
		return int64(s.mustReadRune())
	}
	base, digits := s.intBase(verb)
	sign := ""
	if s.accept("+-") {
		// re-read the sign we accepted
		s.UnreadRune()
		sign = string(s.mustReadRune())
	}
	prefix := ""
	if verb == 'v' && s.peek() == '0' {
		s.getRune()
		switch {
		case s.accept("bB"):
			base, digits, prefix = 2, "01", "0b"
		case s.accept("oO"):
			base, digits, prefix = 8, "01234567", "0o"
		case s.accept("xX"):
			base, digits, prefix = 16, "0123456789aAbBcCdDeEfF", "0x"
		default:
			base, digits, prefix = 8, "01234567_", "0"
		}
	}
	tok := s.scanNumber(digits, prefix == "0")
	if prefix == "0" && tok == "" {
		return 0
	}
	i, err := strconv.ParseInt(sign+prefix+tok, baseFor(prefix, base), 64)
	if err != nil {
		s.error(err)
	}
	n := uint(bitSize)
	x := (i << (64 - n)) >> (64 - n)
	if x != i {
		s.errorString("integer overflow on token " + sign + prefix + tok)
	}
	return i
}

// baseFor returns 0 (let ParseInt read the prefix) when a prefix was scanned.
func baseFor(prefix string, base int) int {
	if prefix != "" {
		return 0
	}
	return base
}

func (s *scanner) scanUint(verb rune, bitSize int) uint64 {
	if verb == 'c' {
		return uint64(s.mustReadRune())
	}
	base, digits := s.intBase(verb)
	prefix := ""
	if verb == 'v' && s.peek() == '0' {
		s.getRune()
		switch {
		case s.accept("bB"):
			base, digits, prefix = 2, "01", "0b"
		case s.accept("oO"):
			base, digits, prefix = 8, "01234567", "0o"
		case s.accept("xX"):
			base, digits, prefix = 16, "0123456789aAbBcCdDeEfF", "0x"
		default:
			base, digits, prefix = 8, "01234567_", "0"
		}
	}
	tok := s.scanNumber(digits, prefix == "0")
	if prefix == "0" && tok == "" {
		return 0
	}
	i, err := strconv.ParseUint(prefix+tok, baseFor(prefix, base), 64)
	if err != nil {
		s.error(err)
	}
	n := uint(bitSize)
	x := (i << (64 - n)) >> (64 - n)
	if x != i {
		s.errorString("unsigned integer overflow on token " + tok)
	}
	return i
}

// floatToken returns the text of a floating-point number: sign, digits, point,
// exponent; or "nan"/"inf".
func (s *scanner) floatToken() string {
	var buf []byte
	add := func(r rune) { buf = utf8.AppendRune(buf, r) }
	for _, set := range []string{"+-"} {
		if s.accept(set) {
			s.UnreadRune()
			add(s.mustReadRune())
		}
	}
	// NaN and Inf.
	if r := s.peek(); r == 'n' || r == 'N' || r == 'i' || r == 'I' {
		tok := s.token(func(r rune) bool {
			return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
		})
		return string(buf) + string(tok)
	}
	digits := "0123456789_"
	exp := "eEpP"
	if s.peek() == '0' {
		add(s.mustReadRune())
		if s.accept("xX") {
			buf = append(buf, 'x')
			digits = "0123456789aAbBcCdDeEfF_"
			exp = "pP"
		}
	}
	for {
		r := s.getRune()
		if r == eof {
			break
		}
		if containsRune(digits, r) || r == '.' {
			add(r)
			continue
		}
		if containsRune(exp, r) {
			add(r)
			if s.accept("+-") {
				s.UnreadRune()
				add(s.mustReadRune())
			}
			continue
		}
		s.UnreadRune()
		break
	}
	return string(buf)
}

func containsRune(set string, r rune) bool {
	for _, c := range set {
		if c == r {
			return true
		}
	}
	return false
}

func (s *scanner) scanFloat(verb rune, bitSize int) float64 {
	switch verb {
	case 'b', 'e', 'E', 'f', 'F', 'g', 'G', 'x', 'X', 'v':
	default:
		s.typeName = "float"
		s.badVerb(verb)
	}
	tok := s.floatToken()
	f, err := strconv.ParseFloat(tok, bitSize)
	if err != nil {
		s.error(err)
	}
	return f
}

func (s *scanner) scanComplex(verb rune, bitSize int) complex128 {
	tok := s.token(func(r rune) bool { return !isSpace(r) })
	c, err := strconv.ParseComplex(string(tok), bitSize)
	if err != nil {
		s.error(err)
	}
	return c
}

func (s *scanner) scanString(verb rune) string {
	switch verb {
	case 'q':
		return s.quotedString()
	case 'x', 'X':
		tok := s.token(func(r rune) bool { return containsRune("0123456789abcdefABCDEF", r) })
		if len(tok)%2 != 0 || len(tok) == 0 {
			s.errorString("odd length hex string")
		}
		out := make([]byte, len(tok)/2)
		for i := range out {
			out[i] = unhexDigit(tok[2*i])<<4 | unhexDigit(tok[2*i+1])
		}
		return string(out)
	case 's', 'v':
		return string(s.token(notSpace))
	}
	s.typeName = "string"
	s.badVerb(verb)
	return ""
}

func unhexDigit(c byte) byte {
	switch {
	case '0' <= c && c <= '9':
		return c - '0'
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10
	}
	return c - 'A' + 10
}

// quotedString scans a Go string literal (interpreted or raw) and unquotes it.
func (s *scanner) quotedString() string {
	switch quote := s.mustReadRune(); quote {
	case '`': // raw: everything up to the closing backquote
		var raw []byte
		for r := s.mustReadRune(); r != '`'; r = s.mustReadRune() {
			raw = utf8.AppendRune(raw, r)
		}
		return string(raw)
	case '"': // collect the literal, escapes and all, for strconv.Unquote
		lit := []byte{'"'}
		for {
			r := s.mustReadRune()
			lit = utf8.AppendRune(lit, r)
			if r == '"' {
				break
			}
			if r == '\\' {
				lit = utf8.AppendRune(lit, s.mustReadRune())
			}
		}
		value, err := strconv.Unquote(string(lit))
		if err != nil {
			s.error(err)
		}
		return value
	}
	s.errorString("expected quoted string")
	return ""
}
