// Package bytes is minigo's bytes: the strings functions for byte slices, and Buffer,
// a growable byte buffer with Read and Write methods.
//
// Plain Go, no runtime hooks, written like minigo's strings: plain position-by-
// position search, rune-by-rune mapping and trimming. Functions that return
// subslices of their argument (Trim, Split, Fields, Cut, ...) share its memory, as
// in Go, and the pieces of Split and Fields have their capacity clipped so that
// appending to one cannot overwrite the next; functions that build new content
// (Repeat, Replace, ToUpper, Join, ...) return fresh slices. Where Go returns nil
// rather than an empty slice (TrimLeft of an all-cut slice, say), so does this.
//
// Example: bytes.Equal([]byte("a"), []byte("a")) == true; var b bytes.Buffer;
// b.WriteString("x"); b.String() == "x".
package bytes

import (
	"unicode"
	"unicode/utf8"
)

// Equal reports whether a and b hold the same bytes; nil equals empty.
func Equal(a, b []byte) bool {
	return string(a) == string(b)
}

// Compare orders a and b bytewise: -1 if a < b, 0 if equal, +1 if a > b.
// nil equals empty.
func Compare(a, b []byte) int {
	for i := 0; i < len(a) && i < len(b); i++ {
		if a[i] != b[i] {
			return signOf(int(a[i]) - int(b[i]))
		}
	}
	return signOf(len(a) - len(b))
}

// signOf maps a difference to -1, 0 or +1.
func signOf(d int) int {
	switch {
	case d < 0:
		return -1
	case d > 0:
		return +1
	}
	return 0
}

// IndexByte is the offset of the first c in b, or -1.
func IndexByte(b []byte, c byte) int {
	for at, x := range b {
		if x == c {
			return at
		}
	}
	return -1
}

// LastIndexByte is the offset of the last c in s, or -1.
func LastIndexByte(s []byte, c byte) int {
	at := len(s) - 1
	for at >= 0 && s[at] != c {
		at--
	}
	return at
}

// Index is the offset of the first occurrence of sep in s, or -1. An empty
// sep occurs at 0.
func Index(s, sep []byte) int {
	for at := 0; at+len(sep) <= len(s); at++ {
		if Equal(s[at:at+len(sep)], sep) {
			return at
		}
	}
	return -1
}

// LastIndex is the offset of the last occurrence of sep in s, or -1. An
// empty sep occurs at len(s).
func LastIndex(s, sep []byte) int {
	for at := len(s) - len(sep); at >= 0; at-- {
		if Equal(s[at:at+len(sep)], sep) {
			return at
		}
	}
	return -1
}

// IndexRune is the offset of the first r in s (decoded as UTF-8), or -1. For
// utf8.RuneError it finds an encoded U+FFFD or the first invalid byte; other
// invalid runes are never found.
func IndexRune(s []byte, r rune) int {
	if r != utf8.RuneError && !utf8.ValidRune(r) {
		return -1
	}
	return IndexFunc(s, func(c rune) bool { return c == r })
}

// inSet reports whether c is one of the runes of chars.
func inSet(chars string, c rune) bool {
	for _, x := range chars {
		if x == c {
			return true
		}
	}
	return false
}

// IndexAny is the offset of the first rune of s that occurs in chars, or -1.
func IndexAny(s []byte, chars string) int {
	return IndexFunc(s, func(c rune) bool { return inSet(chars, c) })
}

// LastIndexAny is the offset of the last rune of s that occurs in chars, or -1.
func LastIndexAny(s []byte, chars string) int {
	return LastIndexFunc(s, func(c rune) bool { return inSet(chars, c) })
}

// IndexFunc is the offset of the first rune of s for which f is true, or -1.
func IndexFunc(s []byte, f func(r rune) bool) int { return firstWhere(s, f, true) }

// LastIndexFunc is the offset of the last rune of s for which f is true, or -1.
func LastIndexFunc(s []byte, f func(r rune) bool) int { return lastWhere(s, f, true) }

// firstWhere is the offset of the first rune c of s with f(c) == want, or -1.
func firstWhere(s []byte, f func(rune) bool, want bool) int {
	at := 0
	for at < len(s) {
		c, width := utf8.DecodeRune(s[at:])
		if f(c) == want {
			return at
		}
		at += width
	}
	return -1
}

// lastWhere is the offset of the last rune c of s with f(c) == want, or -1,
// decoding backwards from the end.
func lastWhere(s []byte, f func(rune) bool, want bool) int {
	end := len(s)
	for end > 0 {
		c, width := utf8.DecodeLastRune(s[:end])
		end -= width
		if f(c) == want {
			return end
		}
	}
	return -1
}

// Contains reports whether subslice occurs in b.
func Contains(b, subslice []byte) bool { return Index(b, subslice) >= 0 }

// ContainsAny reports whether any rune of chars occurs in b.
func ContainsAny(b []byte, chars string) bool { return IndexAny(b, chars) >= 0 }

// ContainsRune reports whether r occurs in b.
func ContainsRune(b []byte, r rune) bool { return IndexRune(b, r) >= 0 }

// Count is the number of non-overlapping occurrences of sep in s; an empty
// sep occurs rune count + 1 times.
func Count(s, sep []byte) int {
	if len(sep) == 0 {
		return utf8.RuneCount(s) + 1
	}
	count := 0
	for at := Index(s, sep); at >= 0; at = Index(s, sep) {
		count++
		s = s[at+len(sep):]
	}
	return count
}

// Cut splits s at the first sep into the parts before and after it; when sep
// does not occur, before is s, after is nil and found is false.
func Cut(s, sep []byte) (before, after []byte, found bool) {
	at := Index(s, sep)
	if at < 0 {
		return s, nil, false
	}
	return s[:at], s[at+len(sep):], true
}

// HasPrefix reports whether s starts with prefix.
func HasPrefix(s, prefix []byte) bool {
	return len(prefix) <= len(s) && Equal(s[:len(prefix)], prefix)
}

// HasSuffix reports whether s ends with suffix.
func HasSuffix(s, suffix []byte) bool {
	return len(suffix) <= len(s) && Equal(s[len(s)-len(suffix):], suffix)
}

// splitRunes cuts s into one-rune pieces (an invalid byte is a piece of its
// own, kept as is), capacity clipped. It stops after n-1 pieces, where n
// defaults to len(s), and the rest of s, unclipped, is the last piece.
func splitRunes(s []byte, n int) [][]byte {
	if n <= 0 || n > len(s) {
		n = len(s)
	}
	pieces := make([][]byte, 0, n)
	for len(s) > 0 {
		if len(pieces) == n-1 {
			return append(pieces, s)
		}
		_, width := utf8.DecodeRune(s)
		pieces = append(pieces, s[:width:width])
		s = s[width:]
	}
	return pieces
}

// splitOn is every Split variant: it cuts s at each sep into at most n pieces
// (all if n < 0, none if n == 0), each keeping the first keep bytes of the sep
// that ended it. All pieces but the last have their capacity clipped.
func splitOn(s, sep []byte, keep, n int) [][]byte {
	if n == 0 {
		return nil
	}
	if len(sep) == 0 {
		return splitRunes(s, n)
	}
	var pieces [][]byte
	for n < 0 || len(pieces) < n-1 {
		at := Index(s, sep)
		if at < 0 {
			break
		}
		end := at + keep
		pieces = append(pieces, s[:end:end])
		s = s[at+len(sep):]
	}
	return append(pieces, s)
}

// SplitN cuts s at each sep into at most n pieces, the last holding the rest;
// n == 0 gives nil and n < 0 no limit. An empty sep splits between runes.
func SplitN(s, sep []byte, n int) [][]byte { return splitOn(s, sep, 0, n) }

// SplitAfterN is SplitN with each piece keeping the sep that ended it.
func SplitAfterN(s, sep []byte, n int) [][]byte { return splitOn(s, sep, len(sep), n) }

// Split cuts s at every sep.
func Split(s, sep []byte) [][]byte { return splitOn(s, sep, 0, -1) }

// SplitAfter cuts s after every sep.
func SplitAfter(s, sep []byte) [][]byte { return splitOn(s, sep, len(sep), -1) }

// Fields returns the words of s: the runs of runes between white space.
func Fields(s []byte) [][]byte { return FieldsFunc(s, unicode.IsSpace) }

// FieldsFunc returns the runs of runes of s for which f is false, each
// with its capacity clipped.
func FieldsFunc(s []byte, f func(rune) bool) [][]byte {
	fields := [][]byte{}
	wordStart := -1 // offset where the current word began, or -1 between words
	at := 0
	for at < len(s) {
		c, width := utf8.DecodeRune(s[at:])
		switch {
		case !f(c):
			if wordStart < 0 {
				wordStart = at
			}
		case wordStart >= 0:
			fields = append(fields, s[wordStart:at:at])
			wordStart = -1
		}
		at += width
	}
	if wordStart >= 0 {
		fields = append(fields, s[wordStart:len(s):len(s)])
	}
	return fields
}

// Join glues the slices of s together with sep between each pair, into a new
// slice.
func Join(s [][]byte, sep []byte) []byte {
	switch len(s) {
	case 0:
		return []byte{}
	case 1:
		return append([]byte(nil), s[0]...)
	}
	size := len(sep) * (len(s) - 1)
	for _, part := range s {
		size += len(part)
	}
	out := make([]byte, 0, size)
	for i, part := range s {
		if i > 0 {
			out = append(out, sep...)
		}
		out = append(out, part...)
	}
	return out
}

// Map passes each rune of s through mapping into a new slice, leaving out
// runes mapped to a negative value. An invalid byte reaches mapping as
// utf8.RuneError.
func Map(mapping func(r rune) rune, s []byte) []byte {
	out := make([]byte, 0, len(s))
	for len(s) > 0 {
		c, width := utf8.DecodeRune(s)
		if mapped := mapping(c); mapped >= 0 {
			out = utf8.AppendRune(out, mapped)
		}
		s = s[width:]
	}
	return out
}

// Repeat is a new slice of count copies of b. A negative count, or one whose
// result would not fit in an int, panics.
func Repeat(b []byte, count int) []byte {
	if count < 0 {
		panic("bytes: negative Repeat count")
	}
	if len(b) > 0 && count > int(^uint(0)>>1)/len(b) {
		panic("bytes: Repeat count causes overflow")
	}
	out := make([]byte, 0, len(b)*count)
	for ; count > 0; count-- {
		out = append(out, b...)
	}
	return out
}

// Runes decodes s into its runes; each invalid byte becomes utf8.RuneError.
func Runes(s []byte) []rune {
	out := make([]rune, 0, utf8.RuneCount(s))
	for len(s) > 0 {
		c, width := utf8.DecodeRune(s)
		out = append(out, c)
		s = s[width:]
	}
	return out
}

// ToUpper maps every rune of s to upper case, into a new slice.
func ToUpper(s []byte) []byte { return Map(unicode.ToUpper, s) }

// ToLower maps every rune of s to lower case, into a new slice.
func ToLower(s []byte) []byte { return Map(unicode.ToLower, s) }

// ToTitle maps every rune of s to title case, into a new slice.
func ToTitle(s []byte) []byte { return Map(unicode.ToTitle, s) }

// ToUpperSpecial is ToUpper with c's language-specific mappings first.
func ToUpperSpecial(c unicode.SpecialCase, s []byte) []byte { return Map(c.ToUpper, s) }

// ToLowerSpecial is ToLower with c's language-specific mappings first.
func ToLowerSpecial(c unicode.SpecialCase, s []byte) []byte { return Map(c.ToLower, s) }

// ToTitleSpecial is ToTitle with c's language-specific mappings first.
func ToTitleSpecial(c unicode.SpecialCase, s []byte) []byte { return Map(c.ToTitle, s) }

// ToValidUTF8 copies s with each run of invalid bytes replaced by replacement
// (which may be empty).
func ToValidUTF8(s, replacement []byte) []byte {
	out := make([]byte, 0, len(s)+len(replacement))
	inBadRun := false
	for len(s) > 0 {
		c, width := utf8.DecodeRune(s)
		bad := c == utf8.RuneError && width == 1
		switch {
		case !bad:
			out = append(out, s[:width]...)
		case !inBadRun:
			out = append(out, replacement...)
		}
		inBadRun = bad
		s = s[width:]
	}
	return out
}

// startsWord reports whether a rune following prev begins a word in Title's
// sense: prev is white space or (in ASCII) anything but a letter, digit or '_'.
func startsWord(prev rune) bool {
	if prev < utf8.RuneSelf {
		isWordByte := prev == '_' || '0' <= prev && prev <= '9' ||
			'a' <= prev && prev <= 'z' || 'A' <= prev && prev <= 'Z'
		return !isWordByte
	}
	return !unicode.IsLetter(prev) && !unicode.IsDigit(prev) && unicode.IsSpace(prev)
}

// Title maps the first rune of each word of s to title case, into a new
// slice.
//
// Deprecated: its idea of a word boundary ignores Unicode punctuation.
func Title(s []byte) []byte {
	prev := ' '
	return Map(func(c rune) rune {
		first := startsWord(prev)
		prev = c
		if first {
			return unicode.ToTitle(c)
		}
		return c
	}, s)
}

// TrimLeftFunc drops the leading runes of s for which f is true; nil if
// nothing is left.
func TrimLeftFunc(s []byte, f func(r rune) bool) []byte {
	if keep := firstWhere(s, f, false); keep >= 0 {
		return s[keep:]
	}
	return nil
}

// TrimRightFunc drops the trailing runes of s for which f is true.
func TrimRightFunc(s []byte, f func(r rune) bool) []byte {
	last := lastWhere(s, f, false) // start of the last rune that stays
	if last < 0 {
		return s[:0]
	}
	_, width := utf8.DecodeRune(s[last:])
	return s[:last+width]
}

// TrimFunc drops the leading and trailing runes of s for which f is true.
func TrimFunc(s []byte, f func(r rune) bool) []byte {
	return TrimRightFunc(TrimLeftFunc(s, f), f)
}

// TrimPrefix removes prefix from the start of s, if it is there.
func TrimPrefix(s, prefix []byte) []byte {
	if HasPrefix(s, prefix) {
		s = s[len(prefix):]
	}
	return s
}

// TrimSuffix removes suffix from the end of s, if it is there.
func TrimSuffix(s, suffix []byte) []byte {
	if HasSuffix(s, suffix) {
		s = s[:len(s)-len(suffix)]
	}
	return s
}

// Trim drops the leading and trailing runes of s that occur in cutset. An
// empty s gives nil.
func Trim(s []byte, cutset string) []byte {
	if len(s) == 0 {
		return nil
	}
	return TrimLeft(TrimRight(s, cutset), cutset)
}

// TrimLeft drops the leading runes of s that occur in cutset; nil if nothing
// is left.
func TrimLeft(s []byte, cutset string) []byte {
	if len(s) > 0 && cutset == "" {
		return s
	}
	for len(s) > 0 {
		c, width := utf8.DecodeRune(s)
		if !inSet(cutset, c) {
			return s
		}
		s = s[width:]
	}
	return nil
}

// TrimRight drops the trailing runes of s that occur in cutset.
func TrimRight(s []byte, cutset string) []byte {
	for len(s) > 0 && cutset != "" {
		c, width := utf8.DecodeLastRune(s)
		if !inSet(cutset, c) {
			break
		}
		s = s[:len(s)-width]
	}
	return s
}

// TrimSpace drops leading and trailing white space; nil if nothing is left.
func TrimSpace(s []byte) []byte {
	s = TrimFunc(s, unicode.IsSpace)
	if len(s) == 0 {
		return nil
	}
	return s
}

// Replace copies s with the first n non-overlapping occurrences of old
// replaced by new (all of them if n < 0). An empty old matches at the start
// and after every rune. The result is always a new slice (nil if empty and
// nothing was replaced).
func Replace(s, old, new []byte, n int) []byte {
	out := make([]byte, 0, len(s))
	done := 0 // s[:done] has been copied or replaced into out
	replaced := 0
	for ; n < 0 || replaced < n; replaced++ {
		var at int
		if len(old) == 0 {
			if replaced > 0 {
				if done == len(s) {
					break
				}
				_, width := utf8.DecodeRune(s[done:])
				done += width
				out = append(out, s[done-width:done]...)
			}
			at = done
		} else {
			k := Index(s[done:], old)
			if k < 0 {
				break
			}
			at = done + k
		}
		out = append(out, s[done:at]...)
		out = append(out, new...)
		done = at + len(old)
	}
	if replaced == 0 {
		return append([]byte(nil), s...)
	}
	return append(out, s[done:]...)
}

// ReplaceAll replaces every occurrence of old in s by new, into a new slice.
func ReplaceAll(s, old, new []byte) []byte { return Replace(s, old, new, -1) }

// EqualFold reports whether s and t, read as UTF-8, are equal when each rune
// may be replaced by any rune of its Unicode simple case-folding orbit.
func EqualFold(s, t []byte) bool {
	for len(s) > 0 && len(t) > 0 {
		a, aw := utf8.DecodeRune(s)
		b, bw := utf8.DecodeRune(t)
		if a != b && !foldsTo(a, b) {
			return false
		}
		s, t = s[aw:], t[bw:]
	}
	return len(s) == 0 && len(t) == 0
}

// foldsTo reports whether b lies on a's case-folding orbit; SimpleFold walks
// the orbit and comes back to a after visiting every member.
func foldsTo(a, b rune) bool {
	for r := unicode.SimpleFold(a); r != a; r = unicode.SimpleFold(r) {
		if r == b {
			return true
		}
	}
	return false
}
