// Differential test: minigo's bufio against Go 1.19's, on random inputs read through
// small and default buffers. The package under test is imported by its plain path and
// Go's own as "gostd/bufio"; compiler/stdlib/sources.test.ts runs it in a scratch
// module that maps both.

package bufio_test

import (
	m "bufio"
	bufio "gostd/bufio"
	bytes "gostd/bytes"
	rand "gostd/math/rand"
	strings "gostd/strings"
	testing "gostd/testing"
)

var pieces = []string{"a", "bc", "\n", "\r\n", " ", "\t", "日本", "\xff", "word", "\n\n", "x\r", "    "}

func randText(r *rand.Rand, n int) string {
	var b strings.Builder
	for i := r.Intn(n); i > 0; i-- {
		b.WriteString(pieces[r.Intn(len(pieces))])
	}
	return b.String()
}

// oneByteReader returns one byte per Read, to exercise refills.
type oneByteReader struct{ s string }

func (o *oneByteReader) Read(p []byte) (int, error) {
	if len(o.s) == 0 {
		return 0, errEOF
	}
	if len(p) == 0 {
		return 0, nil
	}
	p[0] = o.s[0]
	o.s = o.s[1:]
	return 1, nil
}

var errEOF = func() error { _, err := strings.NewReader("").Read(make([]byte, 1)); return err }()

func TestScannerAndReader(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	n := 3000
	if testing.Short() {
		n = 300
	}
	for it := 0; it < n; it++ {
		text := randText(r, 60)
		for _, split := range []int{0, 1, 2, 3} {
			ms := m.NewScanner(&oneByteReader{text})
			gs := bufio.NewScanner(strings.NewReader(text))
			switch split {
			case 1:
				ms.Split(m.ScanWords)
				gs.Split(bufio.ScanWords)
			case 2:
				ms.Split(m.ScanRunes)
				gs.Split(bufio.ScanRunes)
			case 3:
				ms.Split(m.ScanBytes)
				gs.Split(bufio.ScanBytes)
			}
			for {
				a, b := ms.Scan(), gs.Scan()
				if a != b || ms.Text() != gs.Text() {
					t.Fatalf("split %d on %q: Scan %v %q, want %v %q", split, text, a, ms.Text(), b, gs.Text())
				}
				if !a {
					break
				}
			}
		}
		// Reader: ReadString, ReadLine, ReadRune with a 16-byte buffer.
		mr := m.NewReaderSize(&oneByteReader{text}, 16)
		gr := bufio.NewReaderSize(strings.NewReader(text), 16)
		for k := 0; k < 40; k++ {
			switch r.Intn(4) {
			case 0:
				a, ea := mr.ReadString('\n')
				b, eb := gr.ReadString('\n')
				if a != b || (ea == nil) != (eb == nil) {
					t.Fatalf("ReadString on %q: %q %v want %q %v", text, a, ea, b, eb)
				}
			case 1:
				a, pa, ea := mr.ReadLine()
				b, pb, eb := gr.ReadLine()
				if !bytes.Equal(a, b) || pa != pb || (ea == nil) != (eb == nil) {
					t.Fatalf("ReadLine on %q: %q %v %v want %q %v %v", text, a, pa, ea, b, pb, eb)
				}
			case 2:
				a, sa, ea := mr.ReadRune()
				b, sb, eb := gr.ReadRune()
				if a != b || sa != sb || (ea == nil) != (eb == nil) {
					t.Fatalf("ReadRune on %q", text)
				}
				if (mr.UnreadRune() == nil) != (gr.UnreadRune() == nil) {
					t.Fatalf("UnreadRune on %q", text)
				}
			case 3:
				pa, ea := mr.Peek(3)
				pb, eb := gr.Peek(3)
				if !bytes.Equal(pa, pb) || (ea == nil) != (eb == nil) {
					t.Fatalf("Peek on %q: %q want %q", text, pa, pb)
				}
			}
		}
		// Writer: random writes through a small buffer.
		var mb, gb bytes.Buffer
		mw := m.NewWriterSize(&mb, 16)
		gw := bufio.NewWriterSize(&gb, 16)
		for k := 0; k < 10; k++ {
			s := randText(r, 8)
			mw.WriteString(s)
			gw.WriteString(s)
			mw.WriteByte('|')
			gw.WriteByte('|')
			mw.WriteRune('é')
			gw.WriteRune('é')
			mw.Write([]byte(s))
			gw.Write([]byte(s))
			if mw.Buffered() != gw.Buffered() || mb.String() != gb.String() {
				t.Fatalf("Writer state differs after %q: %d %q vs %d %q", s, mw.Buffered(), mb.String(), gw.Buffered(), gb.String())
			}
		}
		mw.Flush()
		gw.Flush()
		if mb.String() != gb.String() {
			t.Fatalf("Writer output differs")
		}
	}
}
