package bufio

import (
	"bytes"
	"errors"
	"io"
	"unicode/utf8"
)

// Scanner splits its input into tokens (lines by default) for a loop such as
// `for sc.Scan() { use(sc.Text()) }`.
//
// It reads into buf and keeps buf[lo:hi] as the bytes the split function has
// not consumed yet. Each Scan offers that window to the split function; when
// the function asks for more, Scan compacts or grows buf (never past limit)
// and reads again. The first error, io.EOF included, is kept in err and ends
// the scan once the split function has had its last look at the data.
type Scanner struct {
	src      io.Reader
	split    SplitFunc
	limit    int    // the most buf may grow to
	tok      []byte // the token of the last successful Scan
	buf      []byte
	lo, hi   int   // buf[lo:hi] is read but not yet consumed
	err      error // first error seen; io.EOF means a clean end
	emptyRun int   // non-advancing tokens in a row at EOF
	started  bool  // Scan has run: Buffer and Split are no longer allowed
	finished bool  // the split function returned ErrFinalToken
}

// SplitFunc breaks data into tokens. Given the unconsumed input and whether
// no more will come, it returns how many bytes to consume, the token (nil for
// none yet) and an error that stops the scan. Returning 0, nil, nil asks the
// Scanner to read more input first.
type SplitFunc func(data []byte, atEOF bool) (advance int, token []byte, err error)

// The errors a Scanner reports through Err.
var (
	ErrTooLong         = errors.New("bufio.Scanner: token too long")
	ErrNegativeAdvance = errors.New("bufio.Scanner: SplitFunc returns negative advance count")
	ErrAdvanceTooFar   = errors.New("bufio.Scanner: SplitFunc returns advance count beyond input")
	ErrBadReadCount    = errors.New("bufio.Scanner: Read returned impossible count")
)

// ErrFinalToken, returned by a split function together with a token, makes
// that token the last one: Scan returns it and then stops, without error.
var ErrFinalToken = errors.New("final token")

const (
	// MaxScanTokenSize is the default cap on a Scanner's buffer, and so on the
	// longest token it can return; Scanner.Buffer changes it.
	MaxScanTokenSize = 64 * 1024

	firstScanBuf = 4096 // the buffer a Scanner allocates on its first read
)

// NewScanner returns a Scanner reading r with ScanLines.
func NewScanner(r io.Reader) *Scanner {
	return &Scanner{src: r, split: ScanLines, limit: MaxScanTokenSize}
}

// Err is the error that stopped the scan, or nil if it reached a clean end.
func (s *Scanner) Err() error {
	if s.err == io.EOF {
		return nil
	}
	return s.err
}

// Bytes is the current token. It may share memory with the buffer, so the
// next Scan can overwrite it.
func (s *Scanner) Bytes() []byte { return s.tok }

// Text is the current token as a new string.
func (s *Scanner) Text() string { return string(s.tok) }

// fail records err unless an earlier real error is already recorded.
func (s *Scanner) fail(err error) {
	if s.err == nil || s.err == io.EOF {
		s.err = err
	}
}

// Scan moves to the next token and reports whether there is one. After it
// returns false, Err says whether the input ended cleanly.
func (s *Scanner) Scan() bool {
	if s.finished {
		return false
	}
	s.started = true
	for {
		if s.hi > s.lo || s.err != nil {
			atEOF := s.err != nil
			adv, tok, err := s.split(s.buf[s.lo:s.hi], atEOF)
			if err == ErrFinalToken {
				s.tok = tok
				s.finished = true
				return true
			}
			switch {
			case err != nil:
				s.fail(err)
				return false
			case adv < 0:
				s.fail(ErrNegativeAdvance)
				return false
			case adv > s.hi-s.lo:
				s.fail(ErrAdvanceTooFar)
				return false
			}
			s.lo += adv
			s.tok = tok
			if tok != nil {
				s.noteToken(atEOF && adv == 0)
				return true
			}
		}
		if s.err != nil {
			s.lo, s.hi = 0, 0
			return false
		}
		if !s.makeRoom() {
			return false
		}
		s.readMore()
	}
}

// noteToken guards against a split function that, at EOF, keeps returning
// tokens without consuming anything: that would never end.
func (s *Scanner) noteToken(stalled bool) {
	if !stalled {
		s.emptyRun = 0
		return
	}
	s.emptyRun++
	if s.emptyRun > emptyReadLimit {
		panic("bufio.Scan: too many empty tokens without progressing")
	}
}

// makeRoom ensures buf has free space after hi: it shifts the window to the
// front when that frees enough, and otherwise doubles buf up to limit. It
// reports false (with ErrTooLong) when buf is full and already at the limit.
func (s *Scanner) makeRoom() bool {
	if s.lo > 0 && (s.hi == len(s.buf) || s.lo > len(s.buf)/2) {
		s.hi = copy(s.buf, s.buf[s.lo:s.hi])
		s.lo = 0
	}
	if s.hi < len(s.buf) {
		return true
	}
	const maxInt = int(^uint(0) >> 1)
	if len(s.buf) >= s.limit || len(s.buf) > maxInt/2 {
		s.fail(ErrTooLong)
		return false
	}
	size := firstScanBuf
	if len(s.buf) > 0 {
		size = 2 * len(s.buf)
	}
	if size > s.limit {
		size = s.limit
	}
	grown := make([]byte, size)
	s.hi = copy(grown, s.buf[s.lo:s.hi])
	s.lo = 0
	s.buf = grown
	return true
}

// readMore reads into the free space until some data or an error arrives.
func (s *Scanner) readMore() {
	for tries := 0; tries <= emptyReadLimit; tries++ {
		n, err := s.src.Read(s.buf[s.hi:])
		if n < 0 || n > len(s.buf)-s.hi {
			s.fail(ErrBadReadCount)
			return
		}
		s.hi += n
		if err != nil {
			s.fail(err)
			return
		}
		if n > 0 {
			s.emptyRun = 0
			return
		}
	}
	s.fail(io.ErrNoProgress)
}

// Buffer gives the Scanner its first buffer (all of buf's capacity is used)
// and the size it may grow to. It panics once scanning has begun.
func (s *Scanner) Buffer(buf []byte, max int) {
	if s.started {
		panic("Buffer called after Scan")
	}
	s.buf = buf[:cap(buf)]
	s.limit = max
}

// Split chooses the split function. It panics once scanning has begun.
func (s *Scanner) Split(split SplitFunc) {
	if s.started {
		panic("Split called after Scan")
	}
	s.split = split
}

// ScanBytes is a SplitFunc whose tokens are single bytes.
func ScanBytes(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if len(data) == 0 {
		return 0, nil, nil
	}
	return 1, data[:1], nil
}

// replacementToken is the token ScanRunes returns for an invalid byte.
var replacementToken = []byte(string(utf8.RuneError))

// ScanRunes is a SplitFunc whose tokens are UTF-8 encoded runes. Each byte
// that does not start a valid encoding comes back as U+FFFD.
func ScanRunes(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if len(data) == 0 || !atEOF && !utf8.FullRune(data) {
		return 0, nil, nil // nothing yet, or a rune cut short by the buffer
	}
	r, width := utf8.DecodeRune(data)
	if r == utf8.RuneError && width == 1 {
		return 1, replacementToken, nil
	}
	return width, data[:width], nil
}

// withoutCR removes one trailing '\r'.
func withoutCR(line []byte) []byte {
	if n := len(line); n > 0 && line[n-1] == '\r' {
		return line[:n-1]
	}
	return line
}

// ScanLines is a SplitFunc whose tokens are lines without their "\n" or
// "\r\n". A final line without a newline is still a token; an empty input
// has no lines.
func ScanLines(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if nl := bytes.IndexByte(data, '\n'); nl >= 0 {
		return nl + 1, withoutCR(data[:nl]), nil
	}
	if atEOF && len(data) > 0 {
		return len(data), withoutCR(data), nil
	}
	return 0, nil, nil
}

// isSpace reports whether r is white space in Unicode's sense (the set
// unicode.IsSpace accepts), without importing unicode.
func isSpace(r rune) bool {
	switch {
	case r == ' ', r >= '\t' && r <= '\r', r == 0x85, r == 0xA0:
		return true
	case r < 0x1680:
		return false
	case r >= 0x2000 && r <= 0x200A:
		return true
	}
	switch r {
	case 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
		return true
	}
	return false
}

// ScanWords is a SplitFunc whose tokens are runs of non-space runes; the
// spaces between them are dropped, so a token is never empty.
func ScanWords(data []byte, atEOF bool) (advance int, token []byte, err error) {
	start := 0
	for start < len(data) {
		r, width := utf8.DecodeRune(data[start:])
		if !isSpace(r) {
			break
		}
		start += width
	}
	for end := start; end < len(data); {
		r, width := utf8.DecodeRune(data[end:])
		if isSpace(r) {
			return end + width, data[start:end], nil
		}
		end += width
	}
	if atEOF && start < len(data) {
		return len(data), data[start:], nil
	}
	return start, nil, nil
}
