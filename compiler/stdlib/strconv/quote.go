package strconv

import (
	"unicode"
	"unicode/utf8"
)

// Quoting turns a string or rune into Go source text that denotes it, and
// Unquote goes back.
//
// Quoting walks the input rune by rune. A rune is copied as is when the
// quoting mode lets it through (printable; printable ASCII only; or graphic),
// except the quote character and the backslash, which get a backslash. Anything
// else is escaped, preferring the one-letter escapes (\n, \t, ...), then \xHH
// for other control bytes, \uHHHH and finally \UHHHHHHHH. Bytes that are not
// valid UTF-8 become \xHH of the byte.
//
// Example: Quote("a\tb\xff") == `"a\tb\xff"`, QuoteRune('☺') == `'☺'`.

// quoteMode says which runes may appear unescaped in a quoted literal.
type quoteMode int

const (
	showPrintable quoteMode = iota // runes for which IsPrint holds
	showASCII                      // printable ASCII only
	showGraphic                    // runes for which IsGraphic holds
)

// shows reports whether r may appear unescaped under mode.
func (mode quoteMode) shows(r rune) bool {
	switch mode {
	case showASCII:
		return r < utf8.RuneSelf && IsPrint(r)
	case showGraphic:
		return IsPrint(r) || IsGraphic(r)
	}
	return IsPrint(r)
}

const hexDigits = "0123456789abcdef"

// appendHexEscape appends a backslash, kind ('x', 'u' or 'U') and the low
// width hex digits of v.
func appendHexEscape(dst []byte, kind byte, v uint32, width int) []byte {
	dst = append(dst, '\\', kind)
	for shift := 4 * (width - 1); shift >= 0; shift -= 4 {
		dst = append(dst, hexDigits[v>>uint(shift)&0xF])
	}
	return dst
}

// letterEscape is the letter of the one-letter escape for r (n for '\n'
// and so on), or 0 if r has none.
func letterEscape(r rune) byte {
	switch r {
	case '\a':
		return 'a'
	case '\b':
		return 'b'
	case '\f':
		return 'f'
	case '\n':
		return 'n'
	case '\r':
		return 'r'
	case '\t':
		return 't'
	case '\v':
		return 'v'
	}
	return 0
}

// appendRune appends r as it appears inside a literal quoted with q.
func appendRune(dst []byte, r rune, q byte, mode quoteMode) []byte {
	if r == rune(q) || r == '\\' {
		return append(dst, '\\', byte(r))
	}
	if mode.shows(r) {
		return utf8.AppendRune(dst, r)
	}
	if letter := letterEscape(r); letter != 0 {
		return append(dst, '\\', letter)
	}
	switch {
	case r < ' ' || r == 0x7F:
		return appendHexEscape(dst, 'x', uint32(r), 2)
	case !utf8.ValidRune(r):
		return appendHexEscape(dst, 'u', utf8.RuneError, 4)
	case r <= 0xFFFF:
		return appendHexEscape(dst, 'u', uint32(r), 4)
	}
	return appendHexEscape(dst, 'U', uint32(r), 8)
}

// appendQuoted appends s as a literal quoted with q.
func appendQuoted(dst []byte, s string, q byte, mode quoteMode) []byte {
	dst = append(dst, q)
	for len(s) > 0 {
		r, width := utf8.DecodeRuneInString(s)
		if r == utf8.RuneError && width == 1 {
			dst = appendHexEscape(dst, 'x', uint32(s[0]), 2)
		} else {
			dst = appendRune(dst, r, q, mode)
		}
		s = s[width:]
	}
	return append(dst, q)
}

// appendQuotedRune appends r as a literal quoted with q; a value that is not
// a valid rune is quoted as U+FFFD.
func appendQuotedRune(dst []byte, r rune, q byte, mode quoteMode) []byte {
	if !utf8.ValidRune(r) {
		r = utf8.RuneError
	}
	dst = append(dst, q)
	dst = appendRune(dst, r, q, mode)
	return append(dst, q)
}

// Quote returns s as a double-quoted Go string literal, escaping what
// IsPrint rejects.
func Quote(s string) string { return string(appendQuoted(nil, s, '"', showPrintable)) }

// AppendQuote appends Quote(s) to dst.
func AppendQuote(dst []byte, s string) []byte { return appendQuoted(dst, s, '"', showPrintable) }

// QuoteToASCII is Quote that also escapes every non-ASCII rune.
func QuoteToASCII(s string) string { return string(appendQuoted(nil, s, '"', showASCII)) }

// AppendQuoteToASCII appends QuoteToASCII(s) to dst.
func AppendQuoteToASCII(dst []byte, s string) []byte {
	return appendQuoted(dst, s, '"', showASCII)
}

// QuoteToGraphic is Quote that leaves every IsGraphic rune unescaped.
func QuoteToGraphic(s string) string { return string(appendQuoted(nil, s, '"', showGraphic)) }

// AppendQuoteToGraphic appends QuoteToGraphic(s) to dst.
func AppendQuoteToGraphic(dst []byte, s string) []byte {
	return appendQuoted(dst, s, '"', showGraphic)
}

// QuoteRune returns r as a single-quoted Go rune literal.
func QuoteRune(r rune) string { return string(appendQuotedRune(nil, r, '\'', showPrintable)) }

// AppendQuoteRune appends QuoteRune(r) to dst.
func AppendQuoteRune(dst []byte, r rune) []byte {
	return appendQuotedRune(dst, r, '\'', showPrintable)
}

// QuoteRuneToASCII is QuoteRune that escapes a non-ASCII rune.
func QuoteRuneToASCII(r rune) string { return string(appendQuotedRune(nil, r, '\'', showASCII)) }

// AppendQuoteRuneToASCII appends QuoteRuneToASCII(r) to dst.
func AppendQuoteRuneToASCII(dst []byte, r rune) []byte {
	return appendQuotedRune(dst, r, '\'', showASCII)
}

// QuoteRuneToGraphic is QuoteRune that leaves an IsGraphic rune unescaped.
func QuoteRuneToGraphic(r rune) string {
	return string(appendQuotedRune(nil, r, '\'', showGraphic))
}

// AppendQuoteRuneToGraphic appends QuoteRuneToGraphic(r) to dst.
func AppendQuoteRuneToGraphic(dst []byte, r rune) []byte {
	return appendQuotedRune(dst, r, '\'', showGraphic)
}

// CanBackquote reports whether `s` (in backquotes, on one line) denotes s:
// valid UTF-8 without a backquote, a byte order mark, DEL, or a control
// character other than tab.
func CanBackquote(s string) bool {
	for len(s) > 0 {
		r, width := utf8.DecodeRuneInString(s)
		s = s[width:]
		switch {
		case r == utf8.RuneError && width == 1:
			return false
		case r == '`', r == '\uFEFF', r == 0x7F:
			return false
		case r < ' ' && r != '\t':
			return false
		}
	}
	return true
}

// hexValue is the value of the hex digit c, or -1.
func hexValue(c byte) rune {
	switch {
	case '0' <= c && c <= '9':
		return rune(c - '0')
	case 'a' <= c && c <= 'f':
		return rune(c-'a') + 10
	case 'A' <= c && c <= 'F':
		return rune(c-'A') + 10
	}
	return -1
}

// readDigits reads n digits of the given base (8 or 16) from the front of s
// into start and returns the value and the rest; ok is false if s is short or
// holds a non-digit.
func readDigits(s string, n int, base rune, start rune) (v rune, rest string, ok bool) {
	if len(s) < n {
		return 0, s, false
	}
	v = start
	for i := 0; i < n; i++ {
		d := hexValue(s[i])
		if d < 0 || d >= base {
			return 0, s, false
		}
		v = v*base + d
	}
	return v, s[n:], true
}

// UnquoteChar decodes the first character of s, the body of a literal quoted
// with quote: either a plain character or an escape. It returns the rune,
// whether it must be stored as UTF-8 (true for non-ASCII characters and \u,
// \U escapes; false for \x and octal escapes, which denote single bytes), the
// rest of s, and ErrSyntax if s does not start with a valid character. An
// unescaped quote (when quote is ' or ") is not valid.
func UnquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, err error) {
	if s == "" {
		return 0, false, "", ErrSyntax
	}
	switch c := s[0]; {
	case c == quote && (quote == '\'' || quote == '"'):
		return 0, false, "", ErrSyntax
	case c >= utf8.RuneSelf:
		r, width := utf8.DecodeRuneInString(s)
		return r, true, s[width:], nil
	case c != '\\':
		return rune(c), false, s[1:], nil
	}
	if len(s) < 2 {
		return 0, false, "", ErrSyntax
	}
	kind, rest := s[1], s[2:]
	ok := true
	switch kind {
	case 'a', 'b', 'f', 'n', 'r', 't', 'v':
		for r := rune(0); r < ' '; r++ {
			if letterEscape(r) == kind {
				value = r
			}
		}
	case '\\':
		value = '\\'
	case '\'', '"':
		value, ok = rune(kind), kind == quote
	case 'x':
		value, rest, ok = readDigits(rest, 2, 16, 0)
	case 'u', 'U':
		n := 4
		if kind == 'U' {
			n = 8
		}
		value, rest, ok = readDigits(rest, n, 16, 0)
		ok = ok && utf8.ValidRune(value)
		multibyte = true
	case '0', '1', '2', '3', '4', '5', '6', '7':
		value, rest, ok = readDigits(rest, 2, 8, rune(kind-'0'))
		ok = ok && value <= 0xFF
	default:
		ok = false
	}
	if !ok {
		return 0, false, "", ErrSyntax
	}
	return value, multibyte, rest, nil
}

// scanLiteral reads the quoted literal at the start of s and returns its
// length and, if decode is set, the value it denotes. Raw literals lose their
// carriage returns; a single-quoted literal holds one character (or, as Go's
// strconv allows, none).
func scanLiteral(s string, decode bool) (value string, n int, err error) {
	if len(s) < 2 {
		return "", 0, ErrSyntax
	}
	q := s[0]
	if q == '`' {
		end := 1
		for end < len(s) && s[end] != '`' {
			end++
		}
		if end == len(s) {
			return "", 0, ErrSyntax
		}
		if decode {
			value = withoutCRs(s[1:end])
		}
		return value, end + 1, nil
	}
	if q != '"' && q != '\'' {
		return "", 0, ErrSyntax
	}
	var out []byte
	rest := s[1:]
	for rest != "" && rest[0] != q {
		if rest[0] == '\n' {
			return "", 0, ErrSyntax
		}
		r, multibyte, tail, err := UnquoteChar(rest, q)
		if err != nil {
			return "", 0, ErrSyntax
		}
		rest = tail
		if multibyte {
			out = utf8.AppendRune(out, r)
		} else {
			out = append(out, byte(r))
		}
		if q == '\'' {
			break
		}
	}
	if rest == "" || rest[0] != q {
		return "", 0, ErrSyntax
	}
	n = len(s) - len(rest) + 1
	if body := s[1 : n-1]; string(out) == body {
		return body, n, nil // nothing needed unescaping: share s's bytes
	}
	return string(out), n, nil
}

// withoutCRs drops every '\r' from s (returning s itself if there is none).
func withoutCRs(s string) string {
	if indexCR(s) < 0 {
		return s
	}
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if s[i] != '\r' {
			out = append(out, s[i])
		}
	}
	return string(out)
}

// indexCR is the offset of the first '\r' in s, or -1.
func indexCR(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] == '\r' {
			return i
		}
	}
	return -1
}

// QuotedPrefix returns the quoted literal (as Unquote accepts it) at the
// start of s, or ErrSyntax.
func QuotedPrefix(s string) (string, error) {
	_, n, err := scanLiteral(s, false)
	if err != nil {
		return "", err
	}
	return s[:n], nil
}

// Unquote returns the value of the Go literal s: double-quoted, backquoted,
// or single-quoted (which yields the one character it holds). Anything after
// the literal is an error.
func Unquote(s string) (string, error) {
	value, n, err := scanLiteral(s, true)
	if err != nil || n != len(s) {
		return "", ErrSyntax
	}
	return value, nil
}

// IsPrint reports whether Go prints r as itself: letters, marks, numbers,
// punctuation, symbols and the ASCII space (unicode.IsPrint).
func IsPrint(r rune) bool { return unicode.IsPrint(r) }

// IsGraphic is IsPrint plus the other Unicode spaces (unicode.IsGraphic).
func IsGraphic(r rune) bool { return unicode.IsGraphic(r) }
