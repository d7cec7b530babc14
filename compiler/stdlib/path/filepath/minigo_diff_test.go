// Differential test: minigo's path/filepath against Go 1.19's for the lexical
// functions (Rel, SplitList, Join, Clean, Match). The package under test is imported
// by its plain path and Go's own as "gostd/path/filepath".

package filepath_test

import (
	rand "gostd/math/rand"
	filepath "gostd/path/filepath"
	reflect "gostd/reflect"
	testing "gostd/testing"
	m "path/filepath"
)

var pieces = []string{"/", "//", ".", "..", "a", "b", "c.d", ""}

func randPath(r *rand.Rand) string {
	s := ""
	for k := r.Intn(6); k > 0; k-- {
		s += pieces[r.Intn(len(pieces))]
	}
	return s
}

func TestRel(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	n := 200000
	if testing.Short() {
		n = 20000
	}
	for i := 0; i < n; i++ {
		a, b := randPath(r), randPath(r)
		g, ge := m.Rel(a, b)
		w, we := filepath.Rel(a, b)
		es := func(e error) string {
			if e == nil {
				return ""
			}
			return e.Error()
		}
		if g != w || es(ge) != es(we) {
			t.Fatalf("Rel(%q, %q) = %q %q want %q %q", a, b, g, es(ge), w, es(we))
		}
		l := a + ":" + b
		if !reflect.DeepEqual(m.SplitList(l), filepath.SplitList(l)) || !reflect.DeepEqual(m.SplitList(""), filepath.SplitList("")) {
			t.Fatalf("SplitList(%q)", l)
		}
		if m.Join(a, b) != filepath.Join(a, b) || m.Clean(a) != filepath.Clean(a) || m.Base(a) != filepath.Base(a) || m.Dir(a) != filepath.Dir(a) {
			t.Fatalf("Join/Clean/Base/Dir(%q, %q)", a, b)
		}
	}
}
