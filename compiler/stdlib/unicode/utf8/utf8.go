// Package utf8 is minigo's unicode/utf8: encoding and decoding runes as UTF-8.
//
// It is entirely plain Go (no runtime hooks). Decoding follows the UTF-8 definition in
// RFC 3629 as Go does: surrogate halves (U+D800..U+DFFF), overlong encodings and values
// above U+10FFFF are invalid and decode as (RuneError, 1).
//
// Everything rests on leadByte, which says what a first byte promises: how long
// the sequence is and which values its second byte may take (the narrowed
// ranges are what exclude overlong forms, surrogates and values past MaxRune).
// The remaining bytes only need to be continuation bytes, 10xxxxxx.
//
// Example: DecodeRuneInString("é!") == ('é', 2).
package utf8

// The constants of the encoding.
const (
	RuneError = '\uFFFD'     // what invalid input decodes to: U+FFFD REPLACEMENT CHARACTER
	RuneSelf  = 0x80         // runes below this are one byte, the byte itself
	MaxRune   = '\U0010FFFF' // the largest Unicode code point
	UTFMax    = 4            // the longest encoding, in bytes
)

// leadByte describes the sequence that b starts: its length (1 to 4, or 0 if
// b cannot start one) and the inclusive range [lo, hi] of its second byte.
func leadByte(b byte) (length int, lo, hi byte) {
	switch {
	case b < 0x80:
		return 1, 0, 0
	case b < 0xC2: // continuation bytes, and C0/C1 which would be overlong
		return 0, 0, 0
	case b < 0xE0:
		return 2, 0x80, 0xBF
	case b == 0xE0: // E0 80..9F would be overlong
		return 3, 0xA0, 0xBF
	case b == 0xED: // ED A0..BF would be a surrogate
		return 3, 0x80, 0x9F
	case b < 0xF0:
		return 3, 0x80, 0xBF
	case b == 0xF0: // F0 80..8F would be overlong
		return 4, 0x90, 0xBF
	case b < 0xF4:
		return 4, 0x80, 0xBF
	case b == 0xF4: // F4 90.. would be past U+10FFFF
		return 4, 0x80, 0x8F
	}
	return 0, 0, 0
}

// isContinuation reports whether c has the form 10xxxxxx.
func isContinuation(c byte) bool { return c&0xC0 == 0x80 }

// DecodeRune decodes the first rune of p and returns it with its length:
// (RuneError, 0) for an empty p, (RuneError, 1) when p does not start with a
// valid encoding.
func DecodeRune(p []byte) (r rune, size int) {
	if len(p) == 0 {
		return RuneError, 0
	}
	length, lo, hi := leadByte(p[0])
	switch {
	case length == 1:
		return rune(p[0]), 1
	case length == 0 || len(p) < length || p[1] < lo || p[1] > hi:
		return RuneError, 1
	}
	r = rune(p[0]) & (0x7F >> length) // the lead byte's payload bits
	for i := 1; i < length; i++ {
		if !isContinuation(p[i]) {
			return RuneError, 1
		}
		r = r<<6 | rune(p[i]&0x3F)
	}
	return r, length
}

// DecodeRuneInString is DecodeRune for a string.
func DecodeRuneInString(s string) (r rune, size int) {
	if len(s) == 0 {
		return RuneError, 0
	}
	length, lo, hi := leadByte(s[0])
	switch {
	case length == 1:
		return rune(s[0]), 1
	case length == 0 || len(s) < length || s[1] < lo || s[1] > hi:
		return RuneError, 1
	}
	r = rune(s[0]) & (0x7F >> length)
	for i := 1; i < length; i++ {
		if !isContinuation(s[i]) {
			return RuneError, 1
		}
		r = r<<6 | rune(s[i]&0x3F)
	}
	return r, length
}

// fullPrefix reports whether the first bytes b0, b1, b2 (n of them, n < 4,
// missing ones zero) are enough to decide how the sequence decodes: either
// it is complete, or it is already known to be invalid.
func fullPrefix(n int, b0, b1, b2 byte) bool {
	length, lo, hi := leadByte(b0)
	switch {
	case length == 0 || n >= length:
		return true
	case n >= 2 && (b1 < lo || b1 > hi):
		return true
	case n >= 3 && !isContinuation(b2):
		return true
	}
	return false
}

// FullRune reports whether p starts with a whole encoding, or with bytes
// that are already certain to decode as an error. Only an empty p or a
// cut-short valid prefix gives false.
func FullRune(p []byte) bool {
	var b [3]byte
	n := copy(b[:], p)
	return len(p) >= UTFMax || n > 0 && fullPrefix(n, b[0], b[1], b[2])
}

// FullRuneInString is FullRune for a string.
func FullRuneInString(s string) bool {
	var b [3]byte
	n := copy(b[:], s)
	return len(s) >= UTFMax || n > 0 && fullPrefix(n, b[0], b[1], b[2])
}

// DecodeLastRune decodes the last rune of p and returns it with its length:
// (RuneError, 0) for an empty p, (RuneError, 1) when p does not end with a
// valid encoding.
func DecodeLastRune(p []byte) (r rune, size int) {
	end := len(p)
	if end == 0 {
		return RuneError, 0
	}
	if p[end-1] < RuneSelf {
		return rune(p[end-1]), 1
	}
	// The rune starts at the nearest non-continuation byte among the last
	// UTFMax bytes, and must reach exactly to the end.
	start := end - 1
	for start > 0 && start > end-UTFMax && isContinuation(p[start]) {
		start--
	}
	r, size = DecodeRune(p[start:])
	if start+size != end {
		return RuneError, 1
	}
	return r, size
}

// DecodeLastRuneInString is DecodeLastRune for a string.
func DecodeLastRuneInString(s string) (r rune, size int) {
	end := len(s)
	if end == 0 {
		return RuneError, 0
	}
	if s[end-1] < RuneSelf {
		return rune(s[end-1]), 1
	}
	start := end - 1
	for start > 0 && start > end-UTFMax && isContinuation(s[start]) {
		start--
	}
	r, size = DecodeRuneInString(s[start:])
	if start+size != end {
		return RuneError, 1
	}
	return r, size
}

// RuneLen is the length of r's encoding, or -1 for a value that has none
// (negative, a surrogate half, or past MaxRune).
func RuneLen(r rune) int {
	switch {
	case !ValidRune(r):
		return -1
	case r < 1<<7:
		return 1
	case r < 1<<11:
		return 2
	case r < 1<<16:
		return 3
	}
	return 4
}

// EncodeRune writes r's encoding into p, which must be long enough, and
// returns its length. A value that is not a valid rune is written as
// RuneError.
func EncodeRune(p []byte, r rune) int {
	n := RuneLen(r)
	if n < 0 {
		r, n = RuneError, 3
	}
	if n == 1 {
		p[0] = byte(r)
		return 1
	}
	_ = p[n-1] // panic, if p is too short, before writing anything
	for i := n - 1; i > 0; i-- {
		p[i] = 0x80 | byte(r)&0x3F
		r >>= 6
	}
	p[0] = byte(uint(0xF00)>>uint(n)) | byte(r) // 110xxxxx, 1110xxxx or 11110xxx
	return n
}

// AppendRune appends r's encoding (RuneError's, if r is invalid) to p.
func AppendRune(p []byte, r rune) []byte {
	var buf [UTFMax]byte
	return append(p, buf[:EncodeRune(buf[:], r)]...)
}

// RuneCount is the number of runes in p, each invalid byte counting as one.
func RuneCount(p []byte) int {
	count := 0
	for len(p) > 0 {
		_, size := DecodeRune(p)
		p = p[size:]
		count++
	}
	return count
}

// RuneCountInString is RuneCount for a string.
func RuneCountInString(s string) (n int) {
	for len(s) > 0 {
		_, size := DecodeRuneInString(s)
		s = s[size:]
		n++
	}
	return n
}

// RuneStart reports whether b can begin an encoding (valid or not), that is,
// b is not a continuation byte.
func RuneStart(b byte) bool { return !isContinuation(b) }

// Valid reports whether p is entirely valid UTF-8.
func Valid(p []byte) bool {
	for len(p) > 0 {
		r, size := DecodeRune(p)
		if r == RuneError && size == 1 {
			return false
		}
		p = p[size:]
	}
	return true
}

// ValidString reports whether s is entirely valid UTF-8.
func ValidString(s string) bool {
	for len(s) > 0 {
		r, size := DecodeRuneInString(s)
		if r == RuneError && size == 1 {
			return false
		}
		s = s[size:]
	}
	return true
}

// ValidRune reports whether r is a Unicode code point that UTF-8 can encode:
// in [0, MaxRune] and not a surrogate half.
func ValidRune(r rune) bool {
	return 0 <= r && r <= MaxRune && (r < 0xD800 || r > 0xDFFF)
}
