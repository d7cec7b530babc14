package strings

import (
	"unicode/utf8"
	"unsafe"
)

// Builder accumulates a string piece by piece. It only ever appends to its
// byte slice, so String can view those bytes as a string without copying:
// nothing will change them afterwards. The zero Builder is empty and ready;
// copying a Builder that holds data is not supported.
type Builder struct {
	data []byte
}

// String is everything written so far.
func (b *Builder) String() string {
	return *(*string)(unsafe.Pointer(&b.data))
}

// Len is the number of bytes written so far.
func (b *Builder) Len() int { return len(b.data) }

// Cap is how many bytes fit before the Builder must reallocate.
func (b *Builder) Cap() int { return cap(b.data) }

// Reset empties the Builder. Its memory is dropped rather than reused, since
// strings returned earlier may still view it.
func (b *Builder) Reset() { b.data = nil }

// Grow makes room for at least n more bytes without reallocating. A negative
// n panics.
func (b *Builder) Grow(n int) {
	if n < 0 {
		panic("strings.Builder.Grow: negative count")
	}
	if free := cap(b.data) - len(b.data); free >= n {
		return
	}
	bigger := make([]byte, len(b.data), 2*cap(b.data)+n)
	copy(bigger, b.data)
	b.data = bigger
}

// Write appends p; it cannot fail.
func (b *Builder) Write(p []byte) (int, error) {
	b.data = append(b.data, p...)
	return len(p), nil
}

// WriteByte appends c; it cannot fail.
func (b *Builder) WriteByte(c byte) error {
	b.data = append(b.data, c)
	return nil
}

// WriteRune appends the UTF-8 encoding of r and returns its length.
func (b *Builder) WriteRune(r rune) (int, error) {
	before := len(b.data)
	b.data = utf8.AppendRune(b.data, r)
	return len(b.data) - before, nil
}

// WriteString appends s; it cannot fail.
func (b *Builder) WriteString(s string) (int, error) {
	b.data = append(b.data, s...)
	return len(s), nil
}
