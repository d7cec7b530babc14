package bytes

import (
	"errors"
	"io"
	"unicode/utf8"
)

// Buffer is a byte queue: writes append at the back, reads consume from the
// front. The zero Buffer is empty and ready to use.
//
// data[next:] holds the unread bytes; data[:next] has been read and is dead
// space. makeRoom, run before every append, reclaims that space: an emptied
// buffer starts over at the front, and when an append does not fit the live
// bytes slide to the front if that makes enough room, else move to a new
// array of twice the capacity plus the request.
//
// For the Unread methods the buffer remembers what the last operation was:
// byteBack says the last operation was a read that returned bytes (so
// UnreadByte may step back one), runeBack is the width of the rune if that
// read was ReadRune (so UnreadRune may step back over it), 0 otherwise.
type Buffer struct {
	data     []byte
	next     int
	byteBack bool
	runeBack int
}

// firstAlloc is the capacity a Buffer with no storage allocates for a small
// first write.
const firstAlloc = 64

// MinRead is the least free space Buffer.ReadFrom offers each Read call.
const MinRead = 512

// ErrTooLarge is the panic value when a Buffer would outgrow an int.
var ErrTooLarge = errors.New("bytes.Buffer: too large")

var errNegativeRead = errors.New("bytes.Buffer: reader returned negative count from Read")

var errUnreadByte = errors.New("bytes.Buffer: UnreadByte: previous operation was not a successful read")

// Bytes is the unread data, aliasing the buffer: valid until the buffer is
// next changed.
func (b *Buffer) Bytes() []byte { return b.data[b.next:] }

// String is the unread data as a string; a nil *Buffer gives "<nil>".
func (b *Buffer) String() string {
	if b == nil {
		return "<nil>"
	}
	return string(b.data[b.next:])
}

// Len is the number of unread bytes.
func (b *Buffer) Len() int { return len(b.data) - b.next }

// Cap is the capacity of the storage, read part included.
func (b *Buffer) Cap() int { return cap(b.data) }

// noUnread forgets the last read, so that neither Unread method works.
func (b *Buffer) noUnread() {
	b.byteBack = false
	b.runeBack = 0
}

// Reset empties the buffer but keeps its storage for later writes.
func (b *Buffer) Reset() {
	b.data = b.data[:0]
	b.next = 0
	b.noUnread()
}

// Truncate keeps only the first n unread bytes. n outside [0, Len()] panics.
func (b *Buffer) Truncate(n int) {
	if n == 0 {
		b.Reset()
		return
	}
	b.noUnread()
	if n < 0 || n > b.Len() {
		panic("bytes.Buffer: truncation out of range")
	}
	b.data = b.data[:b.next+n]
}

// extend makes room for n more bytes, lengthens data over them and returns
// the offset of the first.
func (b *Buffer) extend(n int) int {
	b.makeRoom(n)
	at := len(b.data)
	b.data = b.data[:at+n]
	return at
}

// makeRoom guarantees that n more bytes can be appended to data without
// reallocating.
func (b *Buffer) makeRoom(n int) {
	if b.next > 0 && b.next == len(b.data) {
		b.Reset()
	}
	if cap(b.data)-len(b.data) >= n {
		return
	}
	if b.data == nil && n <= firstAlloc {
		b.data = make([]byte, 0, firstAlloc)
		return
	}
	live := b.data[b.next:]
	if len(live)+n <= cap(b.data)/2 {
		// Sliding the live bytes down frees enough (and leaves slack, so
		// that a steady trickle of writes does not copy every time).
		b.data = b.data[:copy(b.data, live)]
		b.next = 0
		return
	}
	const maxInt = int(^uint(0) >> 1)
	if cap(b.data) > (maxInt-n)/2 {
		panic(ErrTooLarge)
	}
	bigger := make([]byte, len(live), 2*cap(b.data)+n)
	copy(bigger, live)
	b.data = bigger
	b.next = 0
}

// Grow makes sure n more bytes can be written without reallocating. A
// negative n panics.
func (b *Buffer) Grow(n int) {
	if n < 0 {
		panic("bytes.Buffer.Grow: negative count")
	}
	b.makeRoom(n)
}

// Write appends p. It always succeeds (or panics with ErrTooLarge).
func (b *Buffer) Write(p []byte) (n int, err error) {
	b.noUnread()
	at := b.extend(len(p))
	return copy(b.data[at:], p), nil
}

// WriteString appends s. It always succeeds (or panics with ErrTooLarge).
func (b *Buffer) WriteString(s string) (n int, err error) {
	b.noUnread()
	at := b.extend(len(s))
	return copy(b.data[at:], s), nil
}

// WriteByte appends c. It always succeeds (or panics with ErrTooLarge).
func (b *Buffer) WriteByte(c byte) error {
	b.noUnread()
	at := b.extend(1)
	b.data[at] = c
	return nil
}

// WriteRune appends the UTF-8 encoding of r and returns its length.
func (b *Buffer) WriteRune(r rune) (n int, err error) {
	b.noUnread()
	at := b.extend(utf8.UTFMax)
	n = utf8.EncodeRune(b.data[at:], r)
	b.data = b.data[:at+n]
	return n, nil
}

// ReadFrom appends everything r yields until io.EOF (which is not reported as
// an error) and returns the count.
func (b *Buffer) ReadFrom(r io.Reader) (n int64, err error) {
	b.noUnread()
	for {
		b.makeRoom(MinRead)
		end := len(b.data)
		got, rerr := r.Read(b.data[end:cap(b.data)])
		if got < 0 {
			panic(errNegativeRead)
		}
		b.data = b.data[:end+got]
		n += int64(got)
		if rerr == io.EOF {
			return n, nil
		}
		if rerr != nil {
			return n, rerr
		}
	}
}

// WriteTo hands the unread data to w in one Write and consumes what w took;
// a short write without error is reported as io.ErrShortWrite.
func (b *Buffer) WriteTo(w io.Writer) (n int64, err error) {
	b.noUnread()
	if live := b.data[b.next:]; len(live) > 0 {
		put, werr := w.Write(live)
		if put > len(live) {
			panic("bytes.Buffer.WriteTo: invalid Write count")
		}
		b.next += put
		if werr != nil {
			return int64(put), werr
		}
		if put < len(live) {
			return int64(put), io.ErrShortWrite
		}
		n = int64(put)
	}
	b.Reset()
	return n, nil
}

// consume hands out the next k unread bytes, recording the read for
// UnreadByte when k > 0.
func (b *Buffer) consume(k int) []byte {
	out := b.data[b.next : b.next+k]
	b.next += k
	b.runeBack = 0
	b.byteBack = k > 0
	return out
}

// Read moves up to len(p) unread bytes into p. With nothing unread it returns
// io.EOF, except that an empty p gets (0, nil).
func (b *Buffer) Read(p []byte) (n int, err error) {
	b.noUnread()
	if b.Len() == 0 {
		b.Reset()
		if len(p) == 0 {
			return 0, nil
		}
		return 0, io.EOF
	}
	n = copy(p, b.data[b.next:])
	b.consume(n)
	return n, nil
}

// Next consumes the next n bytes (or all, if fewer are unread) and returns
// them as a slice of the buffer, valid until the next write.
func (b *Buffer) Next(n int) []byte {
	if n > b.Len() {
		n = b.Len()
	}
	return b.consume(n)
}

// ReadByte consumes and returns the next byte, or io.EOF.
func (b *Buffer) ReadByte() (byte, error) {
	if b.Len() == 0 {
		b.Reset()
		return 0, io.EOF
	}
	return b.consume(1)[0], nil
}

// ReadRune consumes and decodes the next UTF-8 sequence, or returns io.EOF.
// An invalid byte is utf8.RuneError of size 1.
func (b *Buffer) ReadRune() (r rune, size int, err error) {
	if b.Len() == 0 {
		b.Reset()
		return 0, 0, io.EOF
	}
	r, size = utf8.DecodeRune(b.data[b.next:])
	b.consume(size)
	b.runeBack = size
	return r, size, nil
}

// UnreadRune gives back the rune returned by an immediately preceding
// ReadRune.
func (b *Buffer) UnreadRune() error {
	width := b.runeBack
	if width == 0 {
		return errors.New("bytes.Buffer: UnreadRune: previous operation was not a successful ReadRune")
	}
	b.noUnread()
	if b.next >= width {
		b.next -= width
	}
	return nil
}

// UnreadByte gives back the last byte of an immediately preceding successful
// read.
func (b *Buffer) UnreadByte() error {
	if !b.byteBack {
		return errUnreadByte
	}
	b.noUnread()
	if b.next > 0 {
		b.next--
	}
	return nil
}

// throughDelim consumes the unread bytes up to and including the first delim
// (all of them, with io.EOF, if there is none) and returns them uncopied.
// Even an empty result counts as a read for UnreadByte.
func (b *Buffer) throughDelim(delim byte) ([]byte, error) {
	live := b.data[b.next:]
	end, err := IndexByte(live, delim)+1, error(nil)
	if end == 0 {
		end, err = len(live), io.EOF
	}
	line := b.consume(end)
	b.byteBack = true
	return line, err
}

// ReadBytes consumes up to and including the first delim and returns a copy;
// without a delim it returns the rest and io.EOF.
func (b *Buffer) ReadBytes(delim byte) (line []byte, err error) {
	raw, err := b.throughDelim(delim)
	return append([]byte(nil), raw...), err
}

// ReadString is ReadBytes returning a string.
func (b *Buffer) ReadString(delim byte) (line string, err error) {
	raw, err := b.throughDelim(delim)
	return string(raw), err
}

// NewBuffer returns a Buffer whose unread data is buf; the Buffer owns buf
// from then on. (A zero Buffer needs no constructor.)
func NewBuffer(buf []byte) *Buffer { return &Buffer{data: buf} }

// NewBufferString returns a Buffer whose unread data is a copy of s.
func NewBufferString(s string) *Buffer { return &Buffer{data: []byte(s)} }
