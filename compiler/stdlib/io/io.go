// Package io is minigo's io: the Reader/Writer family of interfaces, the standard
// errors (EOF, ErrUnexpectedEOF, ...) and helpers built on them (Copy, ReadAll,
// ReadFull, WriteString, LimitReader, MultiReader, MultiWriter, TeeReader,
// SectionReader, NopCloser, Discard).
//
// Plain Go, no runtime hooks. Every helper is written against the interfaces
// only; the one shortcut is that Copy lets a source with WriteTo or a
// destination with ReadFrom do the copying itself. Not provided: Pipe (it needs
// goroutine synchronisation; the declarations exist but PipeReader/PipeWriter
// report ErrClosedPipe).
//
// Example: n, err := io.WriteString(os.Stdout, "hi\n").
package io

import "errors"

// The whence argument of Seek: what the offset is relative to.
const (
	SeekStart   = 0 // the beginning of the data
	SeekCurrent = 1 // the current position
	SeekEnd     = 2 // the end of the data
)

// ErrShortWrite reports a Write that took fewer bytes than it was given yet
// returned no error of its own.
var ErrShortWrite = errors.New("short write")

// errInvalidWrite reports a Write whose count is negative or too large.
var errInvalidWrite = errors.New("invalid write result")

// ErrShortBuffer reports a buffer too small for the read asked of it.
var ErrShortBuffer = errors.New("short buffer")

// EOF is what Read returns when the input is over. It is an expected
// condition, not a failure: helpers that read to the end return nil instead.
var EOF = errors.New("EOF")

// ErrUnexpectedEOF reports input that ended part-way through something that
// needed more bytes.
var ErrUnexpectedEOF = errors.New("unexpected EOF")

// ErrNoProgress reports a Reader that keeps returning neither data nor error.
var ErrNoProgress = errors.New("multiple Read calls return no data or error")

// ErrClosedPipe is the error of a pipe half used after it was closed.
var ErrClosedPipe = errors.New("io: read/write on closed pipe")

// Reader is anything bytes can be read from. Read fills some prefix of p and
// says how much (0 <= n <= len(p)). It may return data and an error together;
// callers should use the n bytes before looking at err. At the end of the
// input it returns EOF.
type Reader interface {
	Read(p []byte) (n int, err error)
}

// Writer is anything bytes can be written to. Write takes all of p or returns
// an error saying why not; it must not keep or change p.
type Writer interface {
	Write(p []byte) (n int, err error)
}

// Closer is anything that can be closed. Closing twice is undefined unless
// the implementation says otherwise.
type Closer interface {
	Close() error
}

// Seeker moves the position of the next Read or Write to offset, measured as
// whence says (SeekStart, SeekCurrent, SeekEnd), and returns the new position
// from the start.
type Seeker interface {
	Seek(offset int64, whence int) (int64, error)
}

// ReadWriter combines Reader and Writer.
type ReadWriter interface {
	Reader
	Writer
}

// ReadCloser combines Reader and Closer.
type ReadCloser interface {
	Reader
	Closer
}

// WriteCloser combines Writer and Closer.
type WriteCloser interface {
	Writer
	Closer
}

// ReadWriteCloser combines Reader, Writer and Closer.
type ReadWriteCloser interface {
	Reader
	Writer
	Closer
}

// ReadSeeker combines Reader and Seeker.
type ReadSeeker interface {
	Reader
	Seeker
}

// ReadSeekCloser combines Reader, Seeker and Closer.
type ReadSeekCloser interface {
	Reader
	Seeker
	Closer
}

// WriteSeeker combines Writer and Seeker.
type WriteSeeker interface {
	Writer
	Seeker
}

// ReadWriteSeeker combines Reader, Writer and Seeker.
type ReadWriteSeeker interface {
	Reader
	Writer
	Seeker
}

// ReaderFrom is a writer that can pull everything from a Reader itself;
// Copy uses it when the destination has it.
type ReaderFrom interface {
	ReadFrom(r Reader) (n int64, err error)
}

// WriterTo is a reader that can push all its data to a Writer itself; Copy
// uses it when the source has it.
type WriterTo interface {
	WriteTo(w Writer) (n int64, err error)
}

// ReaderAt reads at a given offset without any current position; when it
// returns fewer than len(p) bytes, err says why.
type ReaderAt interface {
	ReadAt(p []byte, off int64) (n int, err error)
}

// WriterAt writes at a given offset without any current position.
type WriterAt interface {
	WriteAt(p []byte, off int64) (n int, err error)
}

// ByteReader reads one byte at a time.
type ByteReader interface {
	ReadByte() (byte, error)
}

// ByteScanner is a ByteReader that can give back the byte it just read.
type ByteScanner interface {
	ByteReader
	UnreadByte() error
}

// ByteWriter writes one byte at a time.
type ByteWriter interface {
	WriteByte(c byte) error
}

// RuneReader reads one UTF-8 encoded rune at a time.
type RuneReader interface {
	ReadRune() (r rune, size int, err error)
}

// RuneScanner is a RuneReader that can give back the rune it just read.
type RuneScanner interface {
	RuneReader
	UnreadRune() error
}

// StringWriter writes a string without converting it to a byte slice.
type StringWriter interface {
	WriteString(s string) (n int, err error)
}

// WriteString writes s to w, through w's own WriteString when it has one.
func WriteString(w Writer, s string) (n int, err error) {
	if sw, ok := w.(StringWriter); ok {
		return sw.WriteString(s)
	}
	return w.Write([]byte(s))
}

// ReadAtLeast reads into buf until it holds at least min bytes. Errors:
// ErrShortBuffer if buf is shorter than min, EOF if nothing at all could be
// read, ErrUnexpectedEOF if the input ended after some bytes but too few;
// any other read error is returned as is. Reaching min means success.
func ReadAtLeast(r Reader, buf []byte, min int) (n int, err error) {
	if min > len(buf) {
		return 0, ErrShortBuffer
	}
	for err == nil && n < min {
		var got int
		got, err = r.Read(buf[n:])
		n += got
	}
	switch {
	case n >= min:
		err = nil
	case n > 0 && err == EOF:
		err = ErrUnexpectedEOF
	}
	return n, err
}

// ReadFull fills all of buf, with ReadAtLeast's errors.
func ReadFull(r Reader, buf []byte) (n int, err error) {
	return ReadAtLeast(r, buf, len(buf))
}

// CopyN copies exactly n bytes, or reports why it could not: EOF when the
// source ran out first.
func CopyN(dst Writer, src Reader, n int64) (written int64, err error) {
	written, err = Copy(dst, LimitReader(src, n))
	switch {
	case written == n:
		return n, nil
	case err == nil:
		err = EOF
	}
	return written, err
}

// Copy moves everything from src to dst and returns the byte count. Reaching
// EOF is success (err == nil).
func Copy(dst Writer, src Reader) (written int64, err error) {
	return pump(dst, src, nil)
}

// CopyBuffer is Copy staging the data in buf rather than a buffer of its own
// (unless src or dst copies by itself). buf must not be empty.
func CopyBuffer(dst Writer, src Reader, buf []byte) (written int64, err error) {
	if buf != nil && len(buf) == 0 {
		panic("empty buffer in CopyBuffer")
	}
	return pump(dst, src, buf)
}

// copyChunk is the staging buffer size of Copy.
const copyChunk = 32 * 1024

// pump is Copy and CopyBuffer: it delegates to WriteTo or ReadFrom when
// available, and otherwise alternates reads and writes through buf.
func pump(dst Writer, src Reader, buf []byte) (int64, error) {
	if wt, ok := src.(WriterTo); ok {
		return wt.WriteTo(dst)
	}
	if rf, ok := dst.(ReaderFrom); ok {
		return rf.ReadFrom(src)
	}
	if buf == nil {
		size := int64(copyChunk)
		if lr, ok := src.(*LimitedReader); ok && lr.N < size {
			size = lr.N // no point staging more than the limit lets through
			if size < 1 {
				size = 1
			}
		}
		buf = make([]byte, size)
	}
	var total int64
	for {
		got, rerr := src.Read(buf)
		if got > 0 {
			put, werr := dst.Write(buf[:got])
			if put < 0 || put > got {
				put = 0
				if werr == nil {
					werr = errInvalidWrite
				}
			}
			total += int64(put)
			if werr != nil {
				return total, werr
			}
			if put < got {
				return total, ErrShortWrite
			}
		}
		if rerr == EOF {
			return total, nil
		}
		if rerr != nil {
			return total, rerr
		}
	}
}

// ReadAll reads r to its end and returns the bytes. Reaching EOF is success.
func ReadAll(r Reader) ([]byte, error) {
	data := make([]byte, 0, 512)
	for {
		if len(data) == cap(data) {
			bigger := make([]byte, len(data), 2*cap(data))
			copy(bigger, data)
			data = bigger
		}
		got, err := r.Read(data[len(data):cap(data)])
		data = data[:len(data)+got]
		if err == EOF {
			return data, nil
		}
		if err != nil {
			return data, err
		}
	}
}

// LimitReader returns a Reader that passes on at most n bytes of r, then
// reports EOF.
func LimitReader(r Reader, n int64) Reader { return &LimitedReader{R: r, N: n} }

// LimitedReader reads from R and counts down N, the bytes it may still
// return; at zero it reports EOF.
type LimitedReader struct {
	R Reader // the source
	N int64  // bytes left before EOF
}

// Read reads at most N bytes from R.
func (l *LimitedReader) Read(p []byte) (n int, err error) {
	if l.N <= 0 {
		return 0, EOF
	}
	if int64(len(p)) > l.N {
		p = p[:l.N]
	}
	n, err = l.R.Read(p)
	l.N -= int64(n)
	return n, err
}

// NewSectionReader returns a SectionReader for the n bytes of r that start at
// offset off.
func NewSectionReader(r ReaderAt, off int64, n int64) *SectionReader {
	return &SectionReader{src: r, start: off, pos: off, end: off + n}
}

// SectionReader reads the bytes [start, end) of a ReaderAt as a stream with
// its own position, and also offers ReadAt and Seek relative to start.
type SectionReader struct {
	src   ReaderAt
	start int64
	pos   int64 // absolute offset in src of the next Read
	end   int64
}

var (
	errWhence = errors.New("Seek: invalid whence")
	errOffset = errors.New("Seek: invalid offset")
)

// Read reads from the current position, stopping at the end of the section.
func (s *SectionReader) Read(p []byte) (n int, err error) {
	left := s.end - s.pos
	if left <= 0 {
		return 0, EOF
	}
	if int64(len(p)) > left {
		p = p[:left]
	}
	n, err = s.src.ReadAt(p, s.pos)
	s.pos += int64(n)
	return n, err
}

// Seek moves the position; offsets are relative to the section. Positions
// before the section are an error, positions after it are allowed.
func (s *SectionReader) Seek(offset int64, whence int) (int64, error) {
	var abs int64
	switch whence {
	case SeekStart:
		abs = s.start + offset
	case SeekCurrent:
		abs = s.pos + offset
	case SeekEnd:
		abs = s.end + offset
	default:
		return 0, errWhence
	}
	if abs < s.start {
		return 0, errOffset
	}
	s.pos = abs
	return abs - s.start, nil
}

// ReadAt reads at offset off within the section, without moving the position.
// A read cut short by the end of the section reports EOF.
func (s *SectionReader) ReadAt(p []byte, off int64) (n int, err error) {
	size := s.Size()
	if off < 0 || off >= size {
		return 0, EOF
	}
	if int64(len(p)) <= size-off {
		return s.src.ReadAt(p, s.start+off)
	}
	n, err = s.src.ReadAt(p[:size-off], s.start+off)
	if err == nil {
		err = EOF
	}
	return n, err
}

// Size is the length of the section.
func (s *SectionReader) Size() int64 { return s.end - s.start }

// TeeReader returns a Reader that reads from r and writes each chunk it reads
// to w before returning it. A failed write is returned as the read's error.
func TeeReader(r Reader, w Writer) Reader {
	return &teeReader{src: r, copyTo: w}
}

type teeReader struct {
	src    Reader
	copyTo Writer
}

func (t *teeReader) Read(p []byte) (int, error) {
	n, err := t.src.Read(p)
	if n > 0 {
		if put, werr := t.copyTo.Write(p[:n]); werr != nil {
			return put, werr
		}
	}
	return n, err
}

// Discard is a Writer that accepts and drops everything.
var Discard Writer = discard{}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }

func (discard) WriteString(s string) (int, error) { return len(s), nil }

// NopCloser wraps r in a ReadCloser whose Close does nothing.
func NopCloser(r Reader) ReadCloser {
	return nopCloser{r}
}

type nopCloser struct {
	Reader
}

func (nopCloser) Close() error { return nil }

// MultiReader returns a Reader that reads each of readers to its end in
// turn. It returns EOF only after the last one has.
func MultiReader(readers ...Reader) Reader {
	queue := append([]Reader(nil), readers...)
	return &multiReader{queue: queue}
}

type multiReader struct {
	queue []Reader // readers not yet exhausted, current first
}

func (c *multiReader) Read(p []byte) (int, error) {
	for len(c.queue) > 0 {
		n, err := c.queue[0].Read(p)
		if err == EOF {
			c.queue[0] = nil
			c.queue = c.queue[1:]
			if len(c.queue) > 0 {
				err = nil // not the end yet: the next reader follows
			}
		}
		if n > 0 || err != nil {
			return n, err
		}
	}
	return 0, EOF
}

// MultiWriter returns a Writer that writes everything to each of writers in
// order, stopping at the first that fails or takes less than all.
func MultiWriter(writers ...Writer) Writer {
	return &multiWriter{targets: append([]Writer(nil), writers...)}
}

type multiWriter struct {
	targets []Writer
}

func (f *multiWriter) Write(p []byte) (int, error) {
	for _, w := range f.targets {
		n, err := w.Write(p)
		if err != nil {
			return n, err
		}
		if n != len(p) {
			return n, ErrShortWrite
		}
	}
	return len(p), nil
}

// Pipe would create a synchronous in-memory pipe. minigo does not implement
// it yet: every Read and Write on the halves returns ErrClosedPipe.
func Pipe() (*PipeReader, *PipeWriter) {
	return &PipeReader{}, &PipeWriter{}
}

// PipeReader is the reading half of a Pipe.
type PipeReader struct{ closed bool }

func (r *PipeReader) Read(data []byte) (n int, err error) { return 0, ErrClosedPipe }
func (r *PipeReader) Close() error                        { r.closed = true; return nil }
func (r *PipeReader) CloseWithError(err error) error      { r.closed = true; return nil }

// PipeWriter is the writing half of a Pipe.
type PipeWriter struct{ closed bool }

func (w *PipeWriter) Write(data []byte) (n int, err error) { return 0, ErrClosedPipe }
func (w *PipeWriter) Close() error                         { w.closed = true; return nil }
func (w *PipeWriter) CloseWithError(err error) error       { w.closed = true; return nil }
