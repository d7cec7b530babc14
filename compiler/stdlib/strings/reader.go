package strings

import (
	"errors"
	"io"
	"unicode/utf8"
)

// Reader reads from a string. It is a read cursor over
// the string: pos is the offset of the next unread byte (it may run past the
// end after a Seek), and lastRune is the width of the rune the last call
// returned if that call was ReadRune, or 0 otherwise, which is what UnreadRune
// needs to step back. The zero Reader reads from an empty string.
//
// Reader satisfies io.Reader, io.ReaderAt, io.WriterTo, io.Seeker,
// io.ByteScanner and io.RuneScanner.
type Reader struct {
	data     string
	pos      int64
	lastRune int
}

// NewReader returns a Reader positioned at the start of b.
func NewReader(s string) *Reader { return &Reader{data: s} }

// Reset makes r read b from the start, forgetting any earlier state.
func (r *Reader) Reset(s string) { *r = Reader{data: s} }

// rest is the unread part of the string ("" once pos is at or past the end).
func (r *Reader) rest() string {
	if r.pos >= int64(len(r.data)) {
		return ""
	}
	return r.data[r.pos:]
}

// Len reports how many bytes are still unread.
func (r *Reader) Len() int { return len(r.rest()) }

// Size reports the length of the whole string, read or not.
func (r *Reader) Size() int64 { return int64(len(r.data)) }

// Read copies unread bytes into b and advances past them.
func (r *Reader) Read(b []byte) (n int, err error) {
	r.lastRune = 0
	unread := r.rest()
	if len(unread) == 0 {
		return 0, io.EOF
	}
	n = copy(b, unread)
	r.pos += int64(n)
	return n, nil
}

// ReadAt copies bytes starting at offset off into b without moving the
// cursor. A short copy is reported with io.EOF.
func (r *Reader) ReadAt(b []byte, off int64) (n int, err error) {
	switch {
	case off < 0:
		return 0, errors.New("strings.Reader.ReadAt: negative offset")
	case off >= int64(len(r.data)):
		return 0, io.EOF
	}
	n = copy(b, r.data[off:])
	if n < len(b) {
		return n, io.EOF
	}
	return n, nil
}

// ReadByte returns the next unread byte.
func (r *Reader) ReadByte() (byte, error) {
	r.lastRune = 0
	unread := r.rest()
	if len(unread) == 0 {
		return 0, io.EOF
	}
	r.pos++
	return unread[0], nil
}

// UnreadByte moves the cursor back by one byte.
func (r *Reader) UnreadByte() error {
	if r.pos <= 0 {
		return errors.New("strings.Reader.UnreadByte: at beginning of string")
	}
	r.lastRune = 0
	r.pos--
	return nil
}

// ReadRune decodes the next UTF-8 sequence; invalid bytes come back as
// utf8.RuneError of width 1.
func (r *Reader) ReadRune() (ch rune, size int, err error) {
	unread := r.rest()
	if len(unread) == 0 {
		r.lastRune = 0
		return 0, 0, io.EOF
	}
	ch, size = utf8.DecodeRuneInString(unread)
	r.pos += int64(size)
	r.lastRune = size
	return ch, size, nil
}

// UnreadRune steps back over the rune returned by an immediately preceding
// ReadRune.
func (r *Reader) UnreadRune() error {
	if r.pos <= 0 {
		return errors.New("strings.Reader.UnreadRune: at beginning of string")
	}
	if r.lastRune == 0 {
		return errors.New("strings.Reader.UnreadRune: previous operation was not ReadRune")
	}
	r.pos -= int64(r.lastRune)
	r.lastRune = 0
	return nil
}

// Seek moves the cursor relative to the start, the cursor or the end, as
// whence says. Positions past the end are allowed; reads there see io.EOF.
func (r *Reader) Seek(offset int64, whence int) (int64, error) {
	r.lastRune = 0
	base := int64(0)
	switch whence {
	case io.SeekStart:
	case io.SeekCurrent:
		base = r.pos
	case io.SeekEnd:
		base = int64(len(r.data))
	default:
		return 0, errors.New("strings.Reader.Seek: invalid whence")
	}
	target := base + offset
	if target < 0 {
		return 0, errors.New("strings.Reader.Seek: negative position")
	}
	r.pos = target
	return target, nil
}

// WriteTo hands all unread bytes to w in one io.WriteString call and advances past what w
// accepted.
func (r *Reader) WriteTo(w io.Writer) (n int64, err error) {
	r.lastRune = 0
	unread := r.rest()
	if len(unread) == 0 {
		return 0, nil
	}
	written, err := io.WriteString(w, unread)
	if written > len(unread) {
		panic("strings.Reader.WriteTo: invalid WriteString count")
	}
	r.pos += int64(written)
	if written < len(unread) && err == nil {
		err = io.ErrShortWrite
	}
	return int64(written), err
}
