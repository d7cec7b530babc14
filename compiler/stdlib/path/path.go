// Package path is minigo's path: lexical manipulation of slash-separated paths (URLs
// and the like; path/filepath adds the operating system's rules).
//
// Plain Go, no runtime hooks. Clean works on the list of elements: "." is dropped,
// ".." removes the element before it (or stays, at the start of a relative path, or
// vanishes after the root), and the result is rejoined with single slashes.
//
// Example: path.Clean("a//b/../c/.") == "a/c", path.Ext("x.tar.gz") == ".gz"
package path

import (
	"errors"
	"unicode/utf8"
)

// ErrBadPattern indicates a pattern was malformed.
var ErrBadPattern = errors.New("syntax error in pattern")

// Clean returns the shortest path name equivalent to path by purely lexical
// processing: multiple slashes become one, "." elements go, inner ".." elements go
// with the element before them, and ".." at the start of a rooted path goes. The
// result is "." for an empty path.
func Clean(path string) string {
	if path == "" {
		return "."
	}
	rooted := path[0] == '/'
	elems := make([]string, 0, 8)
	for i := 0; i < len(path); {
		for i < len(path) && path[i] == '/' {
			i++
		}
		j := i
		for j < len(path) && path[j] != '/' {
			j++
		}
		elem := path[i:j]
		i = j
		switch elem {
		case "", ".":
		case "..":
			switch {
			case len(elems) > 0 && elems[len(elems)-1] != "..":
				elems = elems[:len(elems)-1]
			case !rooted:
				elems = append(elems, "..")
			}
		default:
			elems = append(elems, elem)
		}
	}
	n := 0
	for _, e := range elems {
		n += len(e) + 1
	}
	buf := make([]byte, 0, n+1)
	if rooted {
		buf = append(buf, '/')
	}
	for k, e := range elems {
		if k > 0 {
			buf = append(buf, '/')
		}
		buf = append(buf, e...)
	}
	if len(buf) == 0 {
		return "."
	}
	return string(buf)
}

// lastSlash returns the index of the last '/' in s, or -1.
func lastSlash(s string) int {
	i := len(s) - 1
	for i >= 0 && s[i] != '/' {
		i--
	}
	return i
}

// Split splits path immediately following the final slash, separating it into a
// directory and file name component. path == dir+file.
func Split(path string) (dir, file string) {
	i := lastSlash(path)
	return path[:i+1], path[i+1:]
}

// Join joins any number of path elements into a single path, separating them with
// slashes and cleaning the result. Empty elements are ignored; the result is "" when
// all are empty.
func Join(elem ...string) string {
	var joined []byte
	for _, e := range elem {
		if e == "" {
			continue // empty elements are ignored
		}
		if len(joined) > 0 {
			joined = append(joined, '/')
		}
		joined = append(joined, e...)
	}
	if len(joined) == 0 {
		return ""
	}
	return Clean(string(joined))
}

// Ext returns the file name extension used by path: the suffix beginning at the final
// dot in the final slash-separated element; "" if there is no dot.
func Ext(path string) string {
	for i := len(path) - 1; i >= 0 && path[i] != '/'; i-- {
		if path[i] == '.' {
			return path[i:]
		}
	}
	return ""
}

// Base returns the last element of path. Trailing slashes are removed first. An empty
// path gives "."; a path of only slashes gives "/".
func Base(path string) string {
	if path == "" {
		return "."
	}
	end := len(path)
	for end > 0 && path[end-1] == '/' {
		end--
	}
	if end == 0 {
		return "/" // nothing but slashes
	}
	return path[lastSlash(path[:end])+1 : end]
}

// IsAbs reports whether the path is absolute.
func IsAbs(path string) bool {
	return len(path) > 0 && path[0] == '/'
}

// Dir returns all but the last element of path, typically the path's directory,
// cleaned. An empty path gives ".".
func Dir(path string) string {
	dir, _ := Split(path)
	return Clean(dir)
}

// Match reports whether name matches the shell pattern:
//
//	'*'         matches any sequence of non-/ characters
//	'?'         matches any single non-/ character
//	'[' [ '^' ] { character-range } ']'
//	            character class (must be non-empty)
//	c           matches character c (c != '*', '?', '\\', '[')
//	'\\' c      matches character c
//
// The only possible returned error is ErrBadPattern, when pattern is malformed
// (checked over the whole pattern, whatever the name).
func Match(pattern, name string) (matched bool, err error) {
	if !validPattern(pattern) {
		return false, ErrBadPattern
	}
	return matchHere(pattern, name), nil
}

// validPattern reports whether every class is closed and well formed and no escape
// is left dangling.
func validPattern(p string) bool {
	for i := 0; i < len(p); {
		switch p[i] {
		case '\\':
			if i+1 >= len(p) {
				return false
			}
			_, w := utf8.DecodeRuneInString(p[i+1:])
			i += 1 + w
		case '[':
			_, rest, ok := matchClass(p[i+1:], 0, false)
			if !ok {
				return false
			}
			i = len(p) - len(rest)
		default:
			i++
		}
	}
	return true
}

// matchHere matches the whole of name against the (valid) pattern p the way Go's
// Match does: the pattern is a sequence of chunks (literal text, '?' and classes),
// each possibly preceded by stars. A chunk is taken at the first position where it
// matches, the star before it skipping only non-'/' bytes; there is no backtracking
// into earlier chunks. So "*[^x]*" does not match "a/b": the class matches "a" at
// the first position, and the trailing star then meets "/b".
func matchHere(p, name string) bool {
	for len(p) > 0 {
		star, chunk, rest := nextChunk(p)
		p = rest
		if star && chunk == "" {
			// A trailing star matches the rest of the name unless it has a '/'.
			return indexSlash(name) < 0
		}
		// The chunk right here; the last chunk must also end the name.
		if t, ok := matchChunk(chunk, name); ok && (len(t) == 0 || len(p) > 0) {
			name = t
			continue
		}
		if !star {
			return false
		}
		// Let the star swallow 1, 2, ... bytes, never a '/'.
		found := false
		for i := 0; i < len(name) && name[i] != '/'; i++ {
			t, ok := matchChunk(chunk, name[i+1:])
			if ok && (len(p) > 0 || len(t) == 0) {
				name = t
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return len(name) == 0
}

// nextChunk splits p into its leading stars, the following chunk (up to the next star
// outside a class) and the rest.
func nextChunk(p string) (star bool, chunk, rest string) {
	for len(p) > 0 && p[0] == '*' {
		p = p[1:]
		star = true
	}
	inClass := false
	i := 0
	for ; i < len(p); i++ {
		switch p[i] {
		case '\\':
			if i+1 < len(p) {
				i++
			}
		case '[':
			inClass = true
		case ']':
			inClass = false
		case '*':
			if !inClass {
				return star, p[:i], p[i:]
			}
		}
	}
	return star, p, ""
}

// matchChunk matches the star-free chunk at the start of s and returns the rest of s.
func matchChunk(chunk, s string) (rest string, ok bool) {
	for len(chunk) > 0 {
		if len(s) == 0 {
			return "", false
		}
		switch chunk[0] {
		case '?':
			if s[0] == '/' {
				return "", false
			}
			_, w := utf8.DecodeRuneInString(s)
			chunk, s = chunk[1:], s[w:]
		case '[':
			// A class may match '/': only '*' and '?' stop at slashes.
			r, w := utf8.DecodeRuneInString(s)
			in, after, _ := matchClass(chunk[1:], r, true)
			if !in {
				return "", false
			}
			chunk, s = after, s[w:]
		default:
			c := chunk
			if c[0] == '\\' {
				c = c[1:]
			}
			pr, pw := utf8.DecodeRuneInString(c)
			nr, nw := utf8.DecodeRuneInString(s)
			if pr != nr {
				return "", false
			}
			chunk, s = c[pw:], s[nw:]
		}
	}
	return s, true
}

func indexSlash(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] == '/' {
			return i
		}
	}
	return -1
}

// matchClass parses the character class whose body starts at p (just after '['),
// and, when test is set, reports whether r is in it. It returns the pattern after the
// closing ']' and whether the class is well formed.
func matchClass(p string, r rune, test bool) (in bool, rest string, ok bool) {
	negated := false
	if len(p) > 0 && p[0] == '^' {
		negated = true
		p = p[1:]
	}
	matched := false
	n := 0
	for {
		if len(p) > 0 && p[0] == ']' && n > 0 {
			p = p[1:]
			break
		}
		lo, rest1, ok1 := classChar(p)
		if !ok1 {
			return false, "", false
		}
		p = rest1
		hi := lo
		if len(p) > 0 && p[0] == '-' {
			hi, rest1, ok1 = classChar(p[1:])
			if !ok1 {
				return false, "", false
			}
			p = rest1
		}
		if test && lo <= r && r <= hi {
			matched = true
		}
		n++
	}
	return matched != negated, p, true
}

// classChar reads one (possibly escaped) character of a class.
func classChar(p string) (r rune, rest string, ok bool) {
	if len(p) == 0 || p[0] == '-' || p[0] == ']' {
		return 0, "", false
	}
	if p[0] == '\\' {
		p = p[1:]
		if len(p) == 0 {
			return 0, "", false
		}
	}
	r, w := utf8.DecodeRuneInString(p)
	if r == utf8.RuneError && w == 1 {
		return 0, "", false
	}
	return r, p[w:], true
}
