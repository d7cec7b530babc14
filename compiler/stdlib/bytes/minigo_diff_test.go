// Differential test: minigo's bytes against Go 1.19's, on random and edge-case inputs.
// The package under test is imported by its plain path and Go's own as "gostd/<path>";
// compiler/stdlib/sources.test.ts runs it in a scratch module that maps both (body-less
// runtime hooks get panicking bodies there, so only hook-free code is exercised).

package bytes_test

import (
	m "bytes"
	bytes "gostd/bytes"
	rand "gostd/math/rand"
	reflect "gostd/reflect"
	testing "gostd/testing"
)

var alpha = []string{"a", "b", "A", " ", "\t", "é", "É", "\xff", "ab", "日", "_", "-", "K"}

func rs(r *rand.Rand, n int) []byte {
	var b []byte
	for i := r.Intn(n); i > 0; i-- {
		b = append(b, alpha[r.Intn(len(alpha))]...)
	}
	return b
}

func TestAll(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for i := 0; i < iters(50000); i++ {
		s, u := rs(r, 10), rs(r, 3)
		n := r.Intn(6) - 2
		chk := func(name string, g, w interface{}) {
			if !reflect.DeepEqual(g, w) {
				t.Fatalf("%s(%q, %q, %d) = %#v want %#v", name, s, u, n, g, w)
			}
		}
		chk("Index", m.Index(s, u), bytes.Index(s, u))
		chk("LastIndex", m.LastIndex(s, u), bytes.LastIndex(s, u))
		chk("Count", m.Count(s, u), bytes.Count(s, u))
		chk("Compare", m.Compare(s, u), bytes.Compare(s, u))
		chk("Equal", m.Equal(s, u), bytes.Equal(s, u))
		chk("IndexAny", m.IndexAny(s, string(u)), bytes.IndexAny(s, string(u)))
		chk("LastIndexAny", m.LastIndexAny(s, string(u)), bytes.LastIndexAny(s, string(u)))
		chk("Split", m.Split(s, u), bytes.Split(s, u))
		chk("SplitN", m.SplitN(s, u, n), bytes.SplitN(s, u, n))
		chk("SplitAfterN", m.SplitAfterN(s, u, n), bytes.SplitAfterN(s, u, n))
		chk("Fields", m.Fields(s), bytes.Fields(s))
		chk("Replace", m.Replace(s, u, []byte("X"), n), bytes.Replace(s, u, []byte("X"), n))
		chk("ToUpper", m.ToUpper(s), bytes.ToUpper(s))
		chk("Title", m.Title(s), bytes.Title(s))
		chk("Trim", m.Trim(s, string(u)), bytes.Trim(s, string(u)))
		chk("TrimLeft", m.TrimLeft(s, string(u)), bytes.TrimLeft(s, string(u)))
		chk("TrimRight", m.TrimRight(s, string(u)), bytes.TrimRight(s, string(u)))
		chk("TrimSpace", m.TrimSpace(s), bytes.TrimSpace(s))
		chk("EqualFold", m.EqualFold(s, bytes.ToUpper(s)), bytes.EqualFold(s, bytes.ToUpper(s)))
		chk("Runes", m.Runes(s), bytes.Runes(s))
		chk("Join", m.Join(m.Split(s, u), []byte("+")), bytes.Join(bytes.Split(s, u), []byte("+")))
		chk("Repeat", m.Repeat(u, n+2), bytes.Repeat(u, n+2))
		// Buffer: a random sequence of operations.
		var mb m.Buffer
		var gb bytes.Buffer
		for k := 0; k < 10; k++ {
			switch r.Intn(6) {
			case 0:
				mb.Write(s)
				gb.Write(s)
			case 1:
				mb.WriteString(string(u))
				gb.WriteString(string(u))
			case 2:
				p1, p2 := make([]byte, n+2), make([]byte, n+2)
				a1, e1 := mb.Read(p1)
				a2, e2 := gb.Read(p2)
				chk("Buffer.Read", []interface{}{a1, e1 == nil, p1}, []interface{}{a2, e2 == nil, p2})
			case 3:
				x1, _, e1 := mb.ReadRune()
				x2, _, e2 := gb.ReadRune()
				chk("ReadRune", []interface{}{x1, e1 == nil, mb.UnreadRune() == nil}, []interface{}{x2, e2 == nil, gb.UnreadRune() == nil})
			case 4:
				l1, _ := mb.ReadString('a')
				l2, _ := gb.ReadString('a')
				chk("ReadString", l1, l2)
			case 5:
				mb.WriteRune('日')
				gb.WriteRune('日')
			}
			chk("Buffer", mb.String(), gb.String())
		}
	}
}

// iters scales an iteration count down for go test -short (the CI run).
func iters(n int) int {
	if testing.Short() {
		return n / 20
	}
	return n
}
