// Package bufio is minigo's bufio: buffered Reader and Writer over an io.Reader or
// io.Writer, and Scanner for reading lines, words or runes.
//
// Plain Go over io, bytes, errors, unicode/utf8; no runtime hooks.
//
// A Reader holds a window buf[head:tail] of bytes fetched from its source but not
// yet handed out. When the window runs dry (or a caller needs more than it holds)
// fetch slides the window to the front of buf and reads into the free space after
// it. An error from the source is parked in srcErr and reported only once the
// bytes read before it have been consumed.
//
// A Writer appends to buf[:used] and passes the bytes on when buf is full or the
// caller flushes. The first error from the destination sticks: every later write
// or flush returns it.
//
// Example: sc := bufio.NewScanner(os.Stdin); for sc.Scan() { fmt.Println(sc.Text()) }
package bufio

import (
	"bytes"
	"errors"
	"io"
	"unicode/utf8"
)

// defaultBufSize is the buffer size of NewReader, NewWriter and Reset.
const defaultBufSize = 4096

// smallestReaderBuf is the least buffer a Reader gets, whatever size is asked.
const smallestReaderBuf = 16

// emptyReadLimit is how many times in a row a source may return (0, nil)
// before a Reader or Writer.ReadFrom gives up with io.ErrNoProgress.
const emptyReadLimit = 100

var (
	ErrInvalidUnreadByte = errors.New("bufio: invalid use of UnreadByte")
	ErrInvalidUnreadRune = errors.New("bufio: invalid use of UnreadRune")
	ErrBufferFull        = errors.New("bufio: buffer full")
	ErrNegativeCount     = errors.New("bufio: negative count")
)

// errNegativeRead is the panic value when a source claims a negative count.
var errNegativeRead = errors.New("bufio: reader returned negative count from Read")

// checkCount panics on a byte count no correct io.Reader returns.
func checkCount(n int) {
	if n < 0 {
		panic(errNegativeRead)
	}
}

// Reader adds a buffer in front of an io.Reader.
type Reader struct {
	buf        []byte
	src        io.Reader
	head, tail int   // buf[head:tail] is fetched but not yet handed out
	srcErr     error // error from src, held back until the window is drained
	prevByte   int   // the byte UnreadByte may restore, or -1
	prevRune   int   // width of the rune UnreadRune may restore, or -1
}

// NewReaderSize returns a Reader over rd with a buffer of at least size bytes.
// If rd is already such a Reader, it is returned as is.
func NewReaderSize(rd io.Reader, size int) *Reader {
	if br, ok := rd.(*Reader); ok && len(br.buf) >= size {
		return br
	}
	if size < smallestReaderBuf {
		size = smallestReaderBuf
	}
	return &Reader{buf: make([]byte, size), src: rd, prevByte: -1, prevRune: -1}
}

// NewReader returns a Reader over rd with the default buffer size.
func NewReader(rd io.Reader) *Reader { return NewReaderSize(rd, defaultBufSize) }

// Size is the length of the buffer.
func (b *Reader) Size() int { return len(b.buf) }

// Reset drops everything buffered and makes b read from r, keeping its buffer.
func (b *Reader) Reset(r io.Reader) {
	buf := b.buf
	if buf == nil {
		buf = make([]byte, defaultBufSize)
	}
	*b = Reader{buf: buf, src: r, prevByte: -1, prevRune: -1}
}

// Buffered is how many bytes can be read without touching the source.
func (b *Reader) Buffered() int { return b.tail - b.head }

// forgetLast makes the next UnreadByte and UnreadRune fail.
func (b *Reader) forgetLast() {
	b.prevByte = -1
	b.prevRune = -1
}

// handOut consumes n buffered bytes, remembering the last one for UnreadByte.
func (b *Reader) handOut(n int) {
	b.head += n
	b.prevRune = -1
	if n > 0 {
		b.prevByte = int(b.buf[b.head-1])
	}
}

// takeErr returns the parked source error and clears it.
func (b *Reader) takeErr() error {
	err := b.srcErr
	b.srcErr = nil
	return err
}

// fetch slides the window to the front of buf and reads once more into the
// space behind it, retrying reads that return neither data nor an error.
func (b *Reader) fetch() {
	if b.head > 0 {
		b.tail = copy(b.buf, b.buf[b.head:b.tail])
		b.head = 0
	}
	if b.tail == len(b.buf) {
		panic("bufio: tried to fill full buffer")
	}
	for tries := 0; tries < emptyReadLimit; tries++ {
		n, err := b.src.Read(b.buf[b.tail:])
		checkCount(n)
		b.tail += n
		if err != nil {
			b.srcErr = err
			return
		}
		if n > 0 {
			return
		}
	}
	b.srcErr = io.ErrNoProgress
}

// Peek returns the next n bytes without consuming them. The slice aliases the
// buffer and is valid until the next read. When fewer than n bytes can be had,
// it returns those with the reason: the source's error, or ErrBufferFull when n
// exceeds the buffer.
func (b *Reader) Peek(n int) ([]byte, error) {
	if n < 0 {
		return nil, ErrNegativeCount
	}
	b.forgetLast()
	for b.Buffered() < n && b.Buffered() < len(b.buf) && b.srcErr == nil {
		b.fetch()
	}
	if n > len(b.buf) {
		return b.buf[b.head:b.tail], ErrBufferFull
	}
	if have := b.Buffered(); have < n {
		err := b.takeErr()
		if err == nil {
			err = ErrBufferFull
		}
		return b.buf[b.head:b.tail], err
	}
	return b.buf[b.head : b.head+n], nil
}

// Discard skips n bytes and reports how many it skipped; fewer than n comes
// with the error that stopped it.
func (b *Reader) Discard(n int) (discarded int, err error) {
	if n < 0 {
		return 0, ErrNegativeCount
	}
	if n == 0 {
		return 0, nil
	}
	b.forgetLast()
	for discarded < n {
		if b.head == b.tail {
			if b.srcErr != nil {
				return discarded, b.takeErr()
			}
			b.fetch()
			continue
		}
		step := b.tail - b.head
		if step > n-discarded {
			step = n - discarded
		}
		b.head += step
		discarded += step
	}
	return n, nil
}

// Read fills p from the buffer, calling the source at most once, so it may
// return fewer than len(p) bytes. When nothing is buffered and p is at least
// as big as the buffer, the source reads straight into p.
func (b *Reader) Read(p []byte) (n int, err error) {
	if len(p) == 0 {
		if b.Buffered() > 0 {
			return 0, nil
		}
		return 0, b.takeErr()
	}
	if b.head == b.tail {
		if b.srcErr != nil {
			return 0, b.takeErr()
		}
		if len(p) >= len(b.buf) {
			n, b.srcErr = b.src.Read(p)
			checkCount(n)
			if n > 0 {
				b.prevByte = int(p[n-1])
				b.prevRune = -1
			}
			return n, b.takeErr()
		}
		b.head = 0
		b.tail, b.srcErr = b.src.Read(b.buf)
		checkCount(b.tail)
		if b.tail == 0 {
			return 0, b.takeErr()
		}
	}
	n = copy(p, b.buf[b.head:b.tail])
	b.handOut(n)
	return n, nil
}

// ReadByte returns the next byte, or the source's error once none is left.
func (b *Reader) ReadByte() (byte, error) {
	b.prevRune = -1
	for b.head == b.tail {
		if b.srcErr != nil {
			return 0, b.takeErr()
		}
		b.fetch()
	}
	c := b.buf[b.head]
	b.handOut(1)
	return c, nil
}

// UnreadByte puts back the byte the last read returned. It fails after
// Peek, Discard, an Unread or WriteTo, and before anything was read.
func (b *Reader) UnreadByte() error {
	if b.prevByte < 0 || b.head == 0 && b.tail > 0 {
		return ErrInvalidUnreadByte
	}
	if b.head == 0 {
		b.tail = 1 // the window was empty: the byte becomes its only content
	} else {
		b.head--
	}
	b.buf[b.head] = byte(b.prevByte)
	b.forgetLast()
	return nil
}

// ReadRune decodes the next UTF-8 sequence. An invalid byte comes back as
// utf8.RuneError with size 1.
func (b *Reader) ReadRune() (r rune, size int, err error) {
	for !utf8.FullRune(b.buf[b.head:b.tail]) && b.srcErr == nil && b.Buffered() < len(b.buf) {
		b.fetch()
	}
	b.prevRune = -1
	if b.head == b.tail {
		return 0, 0, b.takeErr()
	}
	r, size = utf8.DecodeRune(b.buf[b.head:b.tail])
	b.handOut(size)
	b.prevRune = size
	return r, size, nil
}

// UnreadRune puts back the rune returned by an immediately preceding ReadRune.
func (b *Reader) UnreadRune() error {
	if b.prevRune < 0 || b.head < b.prevRune {
		return ErrInvalidUnreadRune
	}
	b.head -= b.prevRune
	b.forgetLast()
	return nil
}

// ReadSlice returns the bytes up to and including the first delim, as a slice
// of the buffer that the next read overwrites. Without a delim it returns what
// it has with the source's error, or the whole buffer with ErrBufferFull.
func (b *Reader) ReadSlice(delim byte) (line []byte, err error) {
	searched := 0 // window bytes already known to hold no delim
	for {
		window := b.buf[b.head:b.tail]
		if i := bytes.IndexByte(window[searched:], delim); i >= 0 {
			line = window[:searched+i+1]
			break
		}
		if b.srcErr != nil {
			line, err = window, b.takeErr()
			break
		}
		if len(window) == len(b.buf) {
			line, err = window, ErrBufferFull
			break
		}
		searched = len(window)
		b.fetch()
	}
	b.head += len(line)
	if len(line) > 0 {
		b.prevByte = int(line[len(line)-1])
		b.prevRune = -1
	}
	return line, err
}

// ReadLine returns one line without its "\n" or "\r\n". A line longer than the
// buffer comes in pieces, all but the last with isPrefix set. At the end of
// input it returns a nil line and the error. Most programs want a Scanner or
// ReadString('\n') instead.
func (b *Reader) ReadLine() (line []byte, isPrefix bool, err error) {
	line, err = b.ReadSlice('\n')
	if err == ErrBufferFull {
		if n := len(line); n > 0 && line[n-1] == '\r' {
			// The '\r' may be half of a "\r\n": leave it for the next call.
			if b.head == 0 {
				panic("bufio: tried to rewind past start of buffer")
			}
			b.head--
			line = line[:n-1]
		}
		return line, true, nil
	}
	if len(line) == 0 {
		if err != nil {
			line = nil
		}
		return line, false, err
	}
	if n := len(line); line[n-1] == '\n' {
		line = line[:n-1]
		if n > 1 && line[n-2] == '\r' {
			line = line[:n-2]
		}
	}
	return line, false, nil
}

// readThrough copies bytes into a fresh slice up to and including delim,
// going past full buffers. The error is nil exactly when delim was found.
func (b *Reader) readThrough(delim byte) ([]byte, error) {
	out := []byte{}
	for {
		piece, err := b.ReadSlice(delim)
		out = append(out, piece...)
		if err != ErrBufferFull {
			return out, err
		}
	}
}

// ReadBytes returns a new slice holding the input up to and including delim.
// The error is non-nil exactly when the data does not end in delim.
func (b *Reader) ReadBytes(delim byte) ([]byte, error) { return b.readThrough(delim) }

// ReadString is ReadBytes returning a string.
func (b *Reader) ReadString(delim byte) (string, error) {
	out, err := b.readThrough(delim)
	return string(out), err
}

// WriteTo writes everything the reader still has, buffered or not, to w.
// Reaching io.EOF is success.
func (b *Reader) WriteTo(w io.Writer) (n int64, err error) {
	b.forgetLast()
	for {
		if pending := b.buf[b.head:b.tail]; len(pending) > 0 {
			m, werr := w.Write(pending)
			b.head += m
			n += int64(m)
			if werr != nil {
				return n, werr
			}
			if m < len(pending) {
				return n, io.ErrShortWrite
			}
		}
		if b.srcErr != nil {
			if err = b.takeErr(); err == io.EOF {
				err = nil
			}
			return n, err
		}
		b.fetch()
	}
}

// Writer adds a buffer in front of an io.Writer. Call Flush when done so the
// last bytes reach the destination. After a write error, every later method
// that writes returns that error.
type Writer struct {
	buf  []byte
	used int // buf[:used] waits to be written
	dst  io.Writer
	err  error
}

// NewWriterSize returns a Writer to w with a buffer of at least size bytes
// (the default size if size is not positive). If w is already such a Writer,
// it is returned as is.
func NewWriterSize(w io.Writer, size int) *Writer {
	if bw, ok := w.(*Writer); ok && len(bw.buf) >= size {
		return bw
	}
	if size <= 0 {
		size = defaultBufSize
	}
	return &Writer{buf: make([]byte, size), dst: w}
}

// NewWriter returns a Writer to w with the default buffer size.
func NewWriter(w io.Writer) *Writer { return NewWriterSize(w, defaultBufSize) }

// Size is the length of the buffer.
func (b *Writer) Size() int { return len(b.buf) }

// Reset drops unflushed data and any error and makes b write to w.
func (b *Writer) Reset(w io.Writer) {
	if b.buf == nil {
		b.buf = make([]byte, defaultBufSize)
	}
	b.used = 0
	b.dst = w
	b.err = nil
}

// Flush writes the buffered bytes to the destination. A short write counts as
// io.ErrShortWrite; what was not written stays buffered.
func (b *Writer) Flush() error {
	if b.err != nil || b.used == 0 {
		return b.err
	}
	n, err := b.dst.Write(b.buf[:b.used])
	if err == nil && n < b.used {
		err = io.ErrShortWrite
	}
	if err == nil {
		b.used = 0
		return nil
	}
	if n > 0 && n < b.used {
		copy(b.buf, b.buf[n:b.used])
	}
	b.used -= n
	b.err = err
	return err
}

// Available is the free space left in the buffer.
func (b *Writer) Available() int { return len(b.buf) - b.used }

// AvailableBuffer returns an empty slice over the free space, for appending
// to and then passing to Write.
func (b *Writer) AvailableBuffer() []byte { return b.buf[b.used:][:0] }

// Buffered is how many bytes wait for the next Flush.
func (b *Writer) Buffered() int { return b.used }

// Write buffers p, flushing as the buffer fills. When the buffer is empty and
// p does not fit, p goes to the destination directly. A count below len(p)
// comes with the error.
func (b *Writer) Write(p []byte) (nn int, err error) {
	for b.err == nil && len(p) > b.Available() {
		var n int
		if b.used == 0 {
			n, b.err = b.dst.Write(p)
		} else {
			n = copy(b.buf[b.used:], p)
			b.used += n
			b.Flush()
		}
		nn += n
		p = p[n:]
	}
	if b.err != nil {
		return nn, b.err
	}
	b.used += copy(b.buf[b.used:], p)
	return nn + len(p), nil
}

// WriteString is Write for a string; when the buffer is empty and s does not
// fit, a destination with WriteString gets s directly.
func (b *Writer) WriteString(s string) (int, error) {
	nn := 0
	for b.err == nil && len(s) > b.Available() {
		var n int
		if sw, ok := b.dst.(io.StringWriter); ok && b.used == 0 {
			n, b.err = sw.WriteString(s)
		} else {
			n = copy(b.buf[b.used:], s)
			b.used += n
			b.Flush()
		}
		nn += n
		s = s[n:]
	}
	if b.err != nil {
		return nn, b.err
	}
	b.used += copy(b.buf[b.used:], s)
	return nn + len(s), nil
}

// WriteByte buffers one byte.
func (b *Writer) WriteByte(c byte) error {
	if b.err != nil {
		return b.err
	}
	if b.used == len(b.buf) && b.Flush() != nil {
		return b.err
	}
	b.buf[b.used] = c
	b.used++
	return nil
}

// WriteRune buffers the UTF-8 encoding of r and reports its length.
func (b *Writer) WriteRune(r rune) (size int, err error) {
	if r >= 0 && r < utf8.RuneSelf {
		if err := b.WriteByte(byte(r)); err != nil {
			return 0, err
		}
		return 1, nil
	}
	if b.err != nil {
		return 0, b.err
	}
	if b.Available() < utf8.UTFMax {
		if b.Flush() != nil {
			return 0, b.err
		}
		if b.Available() < utf8.UTFMax {
			// A buffer smaller than any rune: take the general path.
			return b.WriteString(string(r))
		}
	}
	size = utf8.EncodeRune(b.buf[b.used:], r)
	b.used += size
	return size, nil
}

// ReadFrom reads r to its end through the buffer, flushing as it fills.
// io.EOF from r is success; the data read is left buffered, except that a
// buffer filled exactly by the last read is flushed.
func (b *Writer) ReadFrom(r io.Reader) (n int64, err error) {
	if b.err != nil {
		return 0, b.err
	}
	for err == nil {
		if b.used == len(b.buf) {
			if ferr := b.Flush(); ferr != nil {
				return n, ferr
			}
		}
		got, empties := 0, 0
		for got == 0 && err == nil {
			if empties == emptyReadLimit {
				return n, io.ErrNoProgress
			}
			got, err = r.Read(b.buf[b.used:])
			empties++
		}
		b.used += got
		n += int64(got)
	}
	if err != io.EOF {
		return n, err
	}
	if b.used == len(b.buf) {
		return n, b.Flush()
	}
	return n, nil
}

// ReadWriter bundles a Reader and a Writer into an io.ReadWriter.
type ReadWriter struct {
	*Reader
	*Writer
}

// NewReadWriter returns a ReadWriter made of r and w.
func NewReadWriter(r *Reader, w *Writer) *ReadWriter {
	return &ReadWriter{r, w}
}
