// Package strings is minigo's strings: searching, splitting, case mapping, trimming and
// replacing in UTF-8 strings, plus Builder, Reader and Replacer.
//
// Plain Go, no runtime hooks, and deliberately simple: searching compares at
// each position in turn, case mapping and trimming go rune by rune through Map
// and the Func variants, and splitting appends pieces as it finds separators.
// Invalid UTF-8 reads as utf8.RuneError, one byte at a time, everywhere.
//
// Example: strings.Fields(" a b ") == []string{"a", "b"}, strings.Repeat("ab", 2) == "abab".
package strings

import (
	"unicode"
	"unicode/utf8"
)

// Clone returns a copy of s that shares no memory with it.
func Clone(s string) string {
	if s == "" {
		return ""
	}
	return string(append([]byte(nil), s...))
}

// Compare orders a and b bytewise: -1 if a < b, 0 if equal, +1 if a > b.
func Compare(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return +1
	}
	return 0
}

// Contains reports whether substr occurs in s.
func Contains(s, substr string) bool { return Index(s, substr) >= 0 }

// ContainsAny reports whether any rune of chars occurs in s.
func ContainsAny(s, chars string) bool { return IndexAny(s, chars) >= 0 }

// ContainsRune reports whether r occurs in s.
func ContainsRune(s string, r rune) bool { return IndexRune(s, r) >= 0 }

// Count is the number of non-overlapping occurrences of substr in s. An empty
// substr occurs before every rune and at the end: rune count + 1 times.
func Count(s, substr string) int {
	if substr == "" {
		return utf8.RuneCountInString(s) + 1
	}
	count := 0
	for at := Index(s, substr); at >= 0; at = Index(s, substr) {
		count++
		s = s[at+len(substr):]
	}
	return count
}

// Cut splits s at the first sep into the text before and after it; found is
// false (and before is s) when sep does not occur.
func Cut(s, sep string) (before, after string, found bool) {
	at := Index(s, sep)
	if at < 0 {
		return s, "", false
	}
	return s[:at], s[at+len(sep):], true
}

// IndexByte is the offset of the first c in s, or -1.
func IndexByte(s string, c byte) int {
	for at := 0; at < len(s); at++ {
		if s[at] == c {
			return at
		}
	}
	return -1
}

// Index is the offset of the first occurrence of substr in s, or -1. The
// empty string occurs at 0.
func Index(s, substr string) int {
	for at := 0; at+len(substr) <= len(s); at++ {
		if s[at:at+len(substr)] == substr {
			return at
		}
	}
	return -1
}

// LastIndex is the offset of the last occurrence of substr in s, or -1. The
// empty string occurs at len(s).
func LastIndex(s, substr string) int {
	for at := len(s) - len(substr); at >= 0; at-- {
		if s[at:at+len(substr)] == substr {
			return at
		}
	}
	return -1
}

// LastIndexByte is the offset of the last c in s, or -1.
func LastIndexByte(s string, c byte) int {
	at := len(s) - 1
	for at >= 0 && s[at] != c {
		at--
	}
	return at
}

// IndexRune is the offset of the first r in s, or -1. For utf8.RuneError it
// finds either an encoded U+FFFD or the first invalid byte; other invalid
// runes are never found.
func IndexRune(s string, r rune) int {
	if r != utf8.RuneError && !utf8.ValidRune(r) {
		return -1
	}
	for at, c := range s {
		if c == r {
			return at
		}
	}
	return -1
}

// IndexAny is the offset of the first rune of s that also occurs in chars,
// or -1.
func IndexAny(s, chars string) int {
	return IndexFunc(s, func(c rune) bool { return chars != "" && ContainsRune(chars, c) })
}

// LastIndexAny is the offset of the last rune of s that also occurs in chars,
// or -1.
func LastIndexAny(s, chars string) int {
	return LastIndexFunc(s, func(c rune) bool { return chars != "" && ContainsRune(chars, c) })
}

// IndexFunc is the offset of the first rune of s for which f is true, or -1.
func IndexFunc(s string, f func(rune) bool) int { return firstWhere(s, f, true) }

// LastIndexFunc is the offset of the last rune of s for which f is true, or -1.
func LastIndexFunc(s string, f func(rune) bool) int { return lastWhere(s, f, true) }

// firstWhere is the offset of the first rune c of s with f(c) == want, or -1.
func firstWhere(s string, f func(rune) bool, want bool) int {
	for at, c := range s {
		if f(c) == want {
			return at
		}
	}
	return -1
}

// lastWhere is the offset of the last rune c of s with f(c) == want, or -1,
// decoding backwards from the end.
func lastWhere(s string, f func(rune) bool, want bool) int {
	end := len(s)
	for end > 0 {
		c, width := utf8.DecodeLastRuneInString(s[:end])
		end -= width
		if f(c) == want {
			return end
		}
	}
	return -1
}

// HasPrefix reports whether s starts with prefix.
func HasPrefix(s, prefix string) bool {
	return len(prefix) <= len(s) && s[:len(prefix)] == prefix
}

// HasSuffix reports whether s ends with suffix.
func HasSuffix(s, suffix string) bool {
	return len(suffix) <= len(s) && s[len(s)-len(suffix):] == suffix
}

// splitRunes cuts s into one-rune strings, at most n of them (all if n < 0
// or n is larger). Invalid bytes become "\uFFFD", except in the last piece,
// which is the rest of s as it stands.
func splitRunes(s string, n int) []string {
	if runes := utf8.RuneCountInString(s); n < 0 || n > runes {
		n = runes
	}
	pieces := make([]string, 0, n)
	for len(pieces) < n-1 {
		c, width := utf8.DecodeRuneInString(s)
		piece := s[:width]
		if c == utf8.RuneError && width == 1 {
			piece = string(utf8.RuneError)
		}
		pieces = append(pieces, piece)
		s = s[width:]
	}
	if n > 0 {
		pieces = append(pieces, s)
	}
	return pieces
}

// splitOn is every Split variant: it cuts s at each sep into at most n pieces
// (all if n < 0, none if n == 0), each keeping the first keep bytes of the sep
// that ended it (0 for Split, len(sep) for SplitAfter).
func splitOn(s, sep string, keep, n int) []string {
	if n == 0 {
		return nil
	}
	if sep == "" {
		return splitRunes(s, n)
	}
	var pieces []string
	for n < 0 || len(pieces) < n-1 {
		at := Index(s, sep)
		if at < 0 {
			break
		}
		pieces = append(pieces, s[:at+keep])
		s = s[at+len(sep):]
	}
	return append(pieces, s)
}

// SplitN cuts s at each sep into at most n pieces, the last holding the rest
// unsplit; n == 0 gives nil and n < 0 no limit. An empty sep splits between
// runes.
func SplitN(s, sep string, n int) []string { return splitOn(s, sep, 0, n) }

// SplitAfterN is SplitN with each piece keeping the sep that ended it.
func SplitAfterN(s, sep string, n int) []string { return splitOn(s, sep, len(sep), n) }

// Split cuts s at every sep.
func Split(s, sep string) []string { return splitOn(s, sep, 0, -1) }

// SplitAfter cuts s after every sep.
func SplitAfter(s, sep string) []string { return splitOn(s, sep, len(sep), -1) }

// Fields returns the words of s: the runs of runes between white space.
func Fields(s string) []string { return FieldsFunc(s, unicode.IsSpace) }

// FieldsFunc returns the runs of runes of s for which f is false. The
// result is empty, never nil-with-words, when s holds only separators.
func FieldsFunc(s string, f func(rune) bool) []string {
	fields := []string{}
	wordStart := -1 // offset where the current word began, or -1 between words
	for at, c := range s {
		switch {
		case !f(c):
			if wordStart < 0 {
				wordStart = at
			}
		case wordStart >= 0:
			fields = append(fields, s[wordStart:at])
			wordStart = -1
		}
	}
	if wordStart >= 0 {
		fields = append(fields, s[wordStart:])
	}
	return fields
}

// Join glues elems together with sep between each pair. A single element is
// returned as it is.
func Join(elems []string, sep string) string {
	switch len(elems) {
	case 0:
		return ""
	case 1:
		return elems[0]
	}
	size := len(sep) * (len(elems) - 1)
	for _, e := range elems {
		size += len(e)
	}
	out := make([]byte, 0, size)
	for i, e := range elems {
		if i > 0 {
			out = append(out, sep...)
		}
		out = append(out, e...)
	}
	return string(out)
}

// Map passes each rune of s through mapping and joins the results, leaving
// out runes mapped to a negative value. An invalid byte reaches mapping as
// utf8.RuneError.
func Map(mapping func(rune) rune, s string) string {
	out := make([]byte, 0, len(s))
	for _, c := range s {
		if mapped := mapping(c); mapped >= 0 {
			out = utf8.AppendRune(out, mapped)
		}
	}
	if string(out) == s {
		return s
	}
	return string(out)
}

// Repeat is count copies of s end to end. A negative count, or one whose
// result would not fit in an int, panics.
func Repeat(s string, count int) string {
	if count < 0 {
		panic("strings: negative Repeat count")
	}
	if len(s) > 0 && count > int(^uint(0)>>1)/len(s) {
		panic("strings: Repeat count causes overflow")
	}
	out := make([]byte, 0, len(s)*count)
	for ; count > 0; count-- {
		out = append(out, s...)
	}
	return string(out)
}

// ToUpper maps every rune of s to upper case.
func ToUpper(s string) string { return Map(unicode.ToUpper, s) }

// ToLower maps every rune of s to lower case.
func ToLower(s string) string { return Map(unicode.ToLower, s) }

// ToTitle maps every rune of s to title case.
func ToTitle(s string) string { return Map(unicode.ToTitle, s) }

// ToUpperSpecial is ToUpper with c's language-specific mappings first.
func ToUpperSpecial(c unicode.SpecialCase, s string) string { return Map(c.ToUpper, s) }

// ToLowerSpecial is ToLower with c's language-specific mappings first.
func ToLowerSpecial(c unicode.SpecialCase, s string) string { return Map(c.ToLower, s) }

// ToTitleSpecial is ToTitle with c's language-specific mappings first.
func ToTitleSpecial(c unicode.SpecialCase, s string) string { return Map(c.ToTitle, s) }

// ToValidUTF8 replaces each run of invalid bytes in s with replacement
// (which may be empty).
func ToValidUTF8(s, replacement string) string {
	if utf8.ValidString(s) {
		return s
	}
	out := make([]byte, 0, len(s)+len(replacement))
	inBadRun := false
	for s != "" {
		c, width := utf8.DecodeRuneInString(s)
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
	return string(out)
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

// Title maps the first rune of each word of s to title case.
//
// Deprecated: its idea of a word boundary ignores Unicode punctuation.
func Title(s string) string {
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

// TrimLeftFunc drops the leading runes of s for which f is true.
func TrimLeftFunc(s string, f func(rune) bool) string {
	if keep := firstWhere(s, f, false); keep >= 0 {
		return s[keep:]
	}
	return ""
}

// TrimRightFunc drops the trailing runes of s for which f is true.
func TrimRightFunc(s string, f func(rune) bool) string {
	last := lastWhere(s, f, false) // start of the last rune that stays
	if last < 0 {
		return ""
	}
	_, width := utf8.DecodeRuneInString(s[last:])
	return s[:last+width]
}

// TrimFunc drops the leading and trailing runes of s for which f is true.
func TrimFunc(s string, f func(rune) bool) string {
	return TrimRightFunc(TrimLeftFunc(s, f), f)
}

// Trim drops the leading and trailing runes of s that occur in cutset.
func Trim(s, cutset string) string {
	return TrimRight(TrimLeft(s, cutset), cutset)
}

// TrimLeft drops the leading runes of s that occur in cutset. (To remove a
// fixed prefix, see TrimPrefix.)
func TrimLeft(s, cutset string) string {
	for s != "" && cutset != "" {
		c, width := utf8.DecodeRuneInString(s)
		if !ContainsRune(cutset, c) {
			break
		}
		s = s[width:]
	}
	return s
}

// TrimRight drops the trailing runes of s that occur in cutset. (To remove a
// fixed suffix, see TrimSuffix.)
func TrimRight(s, cutset string) string {
	for s != "" && cutset != "" {
		c, width := utf8.DecodeLastRuneInString(s)
		if !ContainsRune(cutset, c) {
			break
		}
		s = s[:len(s)-width]
	}
	return s
}

// TrimSpace drops leading and trailing white space.
func TrimSpace(s string) string { return TrimFunc(s, unicode.IsSpace) }

// TrimPrefix removes prefix from the start of s, if it is there.
func TrimPrefix(s, prefix string) string {
	if HasPrefix(s, prefix) {
		s = s[len(prefix):]
	}
	return s
}

// TrimSuffix removes suffix from the end of s, if it is there.
func TrimSuffix(s, suffix string) string {
	if HasSuffix(s, suffix) {
		s = s[:len(s)-len(suffix)]
	}
	return s
}

// Replace replaces the first n non-overlapping occurrences of old in s by new
// (all of them if n < 0). An empty old matches at the start and after every
// rune.
func Replace(s, old, new string, n int) string {
	if old == new || n == 0 {
		return s
	}
	var out []byte
	done := 0 // s[:done] has been copied or replaced into out
	replaced := 0
	for ; n < 0 || replaced < n; replaced++ {
		var at int
		if old == "" {
			if replaced > 0 {
				if done == len(s) {
					break
				}
				_, width := utf8.DecodeRuneInString(s[done:])
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
		return s
	}
	return string(append(out, s[done:]...))
}

// ReplaceAll replaces every occurrence of old in s by new.
func ReplaceAll(s, old, new string) string { return Replace(s, old, new, -1) }

// EqualFold reports whether s and t are equal when each rune may be replaced
// by any rune of its Unicode simple case-folding orbit (so "Go" matches "GO",
// and 'K' matches the Kelvin sign).
func EqualFold(s, t string) bool {
	for s != "" && t != "" {
		a, aw := utf8.DecodeRuneInString(s)
		b, bw := utf8.DecodeRuneInString(t)
		if a != b && !foldsTo(a, b) {
			return false
		}
		s, t = s[aw:], t[bw:]
	}
	return s == "" && t == ""
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
