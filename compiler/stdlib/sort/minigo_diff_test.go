// Differential test: minigo's sort against Go 1.19's, on random and edge-case inputs.
// The package under test is imported by its plain path and Go's own as "gostd/<path>";
// compiler/stdlib/sources.test.ts runs it in a scratch module that maps both (body-less
// runtime hooks get panicking bodies there, so only hook-free code is exercised).

package sort_test

import (
	rand "gostd/math/rand"
	sort "gostd/sort"
	testing "gostd/testing"
	m "sort"
)

type pair struct{ k, i int }

type byKey []pair

func (p byKey) Len() int           { return len(p) }
func (p byKey) Less(i, j int) bool { return p[i].k < p[j].k }
func (p byKey) Swap(i, j int)      { p[i], p[j] = p[j], p[i] }

func TestSort(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	n := 3000
	if testing.Short() {
		n = 300
	}
	for it := 0; it < n; it++ {
		size := r.Intn(200)
		if it%50 == 0 {
			size = r.Intn(5000)
		}
		a := make([]int, size)
		for i := range a {
			a[i] = r.Intn(size/3 + 1)
		}
		b := append([]int(nil), a...)
		m.Ints(a)
		sort.Ints(b)
		for i := range a {
			if a[i] != b[i] {
				t.Fatalf("Ints differs at %d", i)
			}
		}
		if !m.IntsAreSorted(a) || m.SearchInts(a, size/6) != sort.SearchInts(b, size/6) {
			t.Fatal("IntsAreSorted/SearchInts")
		}
		// Stable keeps equal keys in input order: compare with Go's stable sort.
		ps := make([]pair, size)
		for i := range ps {
			ps[i] = pair{r.Intn(10), i}
		}
		qs := append([]pair(nil), ps...)
		m.Stable(byKey(ps))
		sort.Stable(byKey(qs))
		for i := range ps {
			if ps[i] != qs[i] {
				t.Fatalf("Stable differs at %d: %v vs %v", i, ps[i], qs[i])
			}
		}
		// Reverse and Strings.
		ss := make([]string, size%50)
		for i := range ss {
			ss[i] = string(rune('a' + r.Intn(26)))
		}
		ts := append([]string(nil), ss...)
		m.Sort(m.Reverse(m.StringSlice(ss)))
		sort.Sort(sort.Reverse(sort.StringSlice(ts)))
		for i := range ss {
			if ss[i] != ts[i] {
				t.Fatal("Reverse/Strings")
			}
		}
	}
	fs := []float64{3, 1, 2, 0, -1}
	m.Float64s(fs)
	if !m.Float64sAreSorted(fs) {
		t.Fatal("Float64s")
	}
}
