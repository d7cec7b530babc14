package strings

import "io"

// Replacer replaces a list of strings with replacements. It is safe for concurrent use
// by multiple goroutines.
//
// At each position of the input the old strings are tried in argument order and the
// first that matches is replaced; matching then continues after it (no overlaps). An
// empty old string matches at every byte position where no other old string matched.
type Replacer struct {
	oldnew []string
	// algo is the algorithm, chosen on first use (there is one: generic, below). As in
	// Go, the methods call it through an interface whose value holds r, so r, w and s
	// leak (gc's tags for Go's Replacer).
	algo replacer
}

// replacer is an algorithm of a Replacer.
type replacer interface {
	Replace(s string) string
	WriteString(w io.Writer, s string) (n int, err error)
}

// generic is the argument-order algorithm over the Replacer's pairs.
type generic Replacer

// NewReplacer returns a new Replacer from a list of old, new string pairs. It panics
// if given an odd number of arguments.
func NewReplacer(oldnew ...string) *Replacer {
	if len(oldnew)%2 == 1 {
		panic("strings.NewReplacer: odd argument count")
	}
	return &Replacer{oldnew: append([]string(nil), oldnew...)}
}

func (r *Replacer) algorithm() replacer {
	if r.algo == nil {
		r.algo = (*generic)(r)
	}
	return r.algo
}

// Replace returns a copy of s with all replacements performed.
func (r *Replacer) Replace(s string) string {
	return r.algorithm().Replace(s)
}

// WriteString writes s to w with all replacements performed.
func (r *Replacer) WriteString(w io.Writer, s string) (n int, err error) {
	return r.algorithm().WriteString(w, s)
}

func (g *generic) Replace(s string) string {
	var b Builder
	(*Replacer)(g).replace(&b, s)
	return b.String()
}

func (g *generic) WriteString(w io.Writer, s string) (n int, err error) {
	var b Builder
	(*Replacer)(g).replace(&b, s)
	return io.WriteString(w, b.String())
}

func (r *Replacer) replace(b *Builder, s string) {
	// afterEmpty is set right after an empty old string matched at i: the next try at
	// the same position skips empty matches, so the scan always makes progress.
	afterEmpty := false
	last := 0
	for i := 0; i <= len(s); {
		k := r.match(s[i:], afterEmpty)
		afterEmpty = k >= 0 && r.oldnew[k] == ""
		if k >= 0 {
			b.WriteString(s[last:i])
			b.WriteString(r.oldnew[k+1])
			i += len(r.oldnew[k])
			last = i
			continue
		}
		i++
	}
	if last < len(s) {
		b.WriteString(s[last:])
	}
}

// match returns the index in oldnew of the first old string that prefixes s, or -1.
func (r *Replacer) match(s string, skipEmpty bool) int {
	for k := 0; k < len(r.oldnew); k += 2 {
		old := r.oldnew[k]
		if old == "" && skipEmpty {
			continue
		}
		if HasPrefix(s, old) {
			return k
		}
	}
	return -1
}
