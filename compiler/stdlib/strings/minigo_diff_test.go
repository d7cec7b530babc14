// Differential test: minigo's strings against Go 1.19's, on random and edge-case inputs.
// The package under test is imported by its plain path and Go's own as "gostd/<path>";
// compiler/stdlib/sources.test.ts runs it in a scratch module that maps both (body-less
// runtime hooks get panicking bodies there, so only hook-free code is exercised).

package strings_test

import (
	fmt "gostd/fmt"
	rand "gostd/math/rand"
	reflect "gostd/reflect"
	strings "gostd/strings"
	testing "gostd/testing"
	unicode "gostd/unicode"
	m "strings"
)

var alpha = []string{"a", "b", "A", " ", "\t", "é", "É", "\xff", "ab", "日", "_", "-", "K", "k", "\u212a", "ß", "ǅ"}

func rs(r *rand.Rand, n int) string {
	var b strings.Builder
	for i := r.Intn(n); i > 0; i-- {
		b.WriteString(alpha[r.Intn(len(alpha))])
	}
	return b.String()
}

func TestAll(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for i := 0; i < iters(100000); i++ {
		s, u := rs(r, 10), rs(r, 3)
		n := r.Intn(6) - 2
		chk := func(name string, g, w interface{}) {
			if !reflect.DeepEqual(g, w) {
				t.Fatalf("%s(%q, %q, %d) = %#v want %#v", name, s, u, n, g, w)
			}
		}
		chk("Index", m.Index(s, u), strings.Index(s, u))
		chk("LastIndex", m.LastIndex(s, u), strings.LastIndex(s, u))
		chk("Count", m.Count(s, u), strings.Count(s, u))
		chk("Contains", m.Contains(s, u), strings.Contains(s, u))
		chk("IndexAny", m.IndexAny(s, u), strings.IndexAny(s, u))
		chk("LastIndexAny", m.LastIndexAny(s, u), strings.LastIndexAny(s, u))
		chk("Split", m.Split(s, u), strings.Split(s, u))
		chk("SplitN", m.SplitN(s, u, n), strings.SplitN(s, u, n))
		chk("SplitAfter", m.SplitAfter(s, u), strings.SplitAfter(s, u))
		chk("SplitAfterN", m.SplitAfterN(s, u, n), strings.SplitAfterN(s, u, n))
		chk("Fields", m.Fields(s), strings.Fields(s))
		chk("Replace", m.Replace(s, u, "X", n), strings.Replace(s, u, "X", n))
		chk("ToUpper", m.ToUpper(s), strings.ToUpper(s))
		chk("ToLower", m.ToLower(s), strings.ToLower(s))
		chk("ToTitle", m.ToTitle(s), strings.ToTitle(s))
		chk("Title", m.Title(s), strings.Title(s))
		chk("Trim", m.Trim(s, u), strings.Trim(s, u))
		chk("TrimLeft", m.TrimLeft(s, u), strings.TrimLeft(s, u))
		chk("TrimRight", m.TrimRight(s, u), strings.TrimRight(s, u))
		chk("TrimSpace", m.TrimSpace(s), strings.TrimSpace(s))
		chk("EqualFold", m.EqualFold(s, u), strings.EqualFold(s, u))
		chk("EqualFold2", m.EqualFold(s, strings.ToUpper(s)), strings.EqualFold(s, strings.ToUpper(s)))
		chk("ToValidUTF8", m.ToValidUTF8(s, u), strings.ToValidUTF8(s, u))
		chk("Repeat", m.Repeat(u, n+2), strings.Repeat(u, n+2))
		chk("Map", m.Map(func(r rune) rune {
			if r == 'a' {
				return -1
			}
			return unicode.ToUpper(r)
		}, s), strings.Map(func(r rune) rune {
			if r == 'a' {
				return -1
			}
			return unicode.ToUpper(r)
		}, s))
		b1, a1, f1 := m.Cut(s, u)
		b2, a2, f2 := strings.Cut(s, u)
		chk("Cut", fmt.Sprint(b1, a1, f1), fmt.Sprint(b2, a2, f2))
		chk("Join", m.Join(m.Split(s, u), "+"), strings.Join(strings.Split(s, u), "+"))
		v := rs(r, 3)
		w := rs(r, 3)
		chk("Replacer", m.NewReplacer(u, "1", v, "2", w, "3").Replace(s), strings.NewReplacer(u, "1", v, "2", w, "3").Replace(s))
	}
	var b m.Builder
	b.WriteString("x")
	b.WriteByte('y')
	b.WriteRune('é')
	b.Write([]byte("z"))
	if b.String() != "xyéz" || b.Len() != 5 {
		t.Fatal(b.String())
	}
}

// iters scales an iteration count down for go test -short (the CI run).
func iters(n int) int {
	if testing.Short() {
		return n / 20
	}
	return n
}
