// Differential test: minigo's path against Go 1.19's (Clean, Join, Split, Base, Dir,
// Ext, IsAbs, Match) on random paths and patterns. The package under test is imported
// by its plain path and Go's own as "gostd/path".

package path_test

import (
	rand "gostd/math/rand"
	path "gostd/path"
	testing "gostd/testing"
	m "path"
)

var pathPieces = []string{"/", "//", ".", "..", "a", "b.c", "é", "x.", ".d", ""}
var patPieces = []string{"*", "?", "[a-c]", "[^b]", "[", "]", "\\", "\\*", "a", "b", "/", "[]", "[a-]", "[\\]]", ".", "é", "[^é]", "**"}

func TestPath(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	n := 200000
	if testing.Short() {
		n = 20000
	}
	for i := 0; i < n; i++ {
		var p, q, pat string
		for k := r.Intn(6); k > 0; k-- {
			p += pathPieces[r.Intn(len(pathPieces))]
		}
		for k := r.Intn(4); k > 0; k-- {
			q += pathPieces[r.Intn(len(pathPieces))]
		}
		for k := r.Intn(4); k > 0; k-- {
			pat += patPieces[r.Intn(len(patPieces))]
		}
		if a, b := m.Clean(p), path.Clean(p); a != b {
			t.Fatalf("Clean(%q) = %q want %q", p, a, b)
		}
		if a, b := m.Join(p, q), path.Join(p, q); a != b {
			t.Fatalf("Join(%q, %q) = %q want %q", p, q, a, b)
		}
		d1, f1 := m.Split(p)
		d2, f2 := path.Split(p)
		if d1 != d2 || f1 != f2 || m.Base(p) != path.Base(p) || m.Dir(p) != path.Dir(p) || m.Ext(p) != path.Ext(p) || m.IsAbs(p) != path.IsAbs(p) {
			t.Fatalf("Split/Base/Dir/Ext/IsAbs(%q)", p)
		}
		for _, name := range []string{p, q, "abc", "a/b", "", "é", "]", "*"} {
			ma, ea := m.Match(pat, name)
			mb, eb := path.Match(pat, name)
			if ma != mb || (ea == nil) != (eb == nil) {
				t.Fatalf("Match(%q, %q) = %v %v want %v %v", pat, name, ma, ea, mb, eb)
			}
		}
	}
}
