package p

// Elided composite-literal types: gc prints the type it inferred (`&T{...}`).

type T struct{ n int }

func f() int {
	a := []*T{{n: 1}, {}}
	b := [][]int{{1}, {}}
	c := map[string]*T{"a": {n: 2}}
	d := []map[int]int{{1: 2}}
	e := []struct{ x int }{{1}}
	g := []*struct{}{{}}
	return len(a) + len(b) + len(c) + len(d) + len(e) + len(g)
}
