package p

// Method values and expressions promoted through embedded interfaces and pointers.

type I interface{ M() int }
type S struct{ I }
type PS struct{ *S }

func f(s S, p PS) int {
	a := s.M
	b := S.M
	c := p.M
	d := PS.M
	e := (*PS).M
	return a() + b(s) + c() + d(p) + e(&p)
}
