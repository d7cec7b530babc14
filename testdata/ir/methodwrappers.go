package p

// Method values bind their receiver into a `$bound` wrapper; method expressions
// are `$thunk` functions taking the receiver first, through embedded fields too.

type T struct{ n int }

func (t *T) Inc()                                { t.n++ }
func (t T) Get() int                             { return t.n }
func (t T) Two(a int, b ...string) (int, string) { return a, "" }

type I interface{ M() int }

type E struct{ *T }
type V struct{ T }

func (t T) M() int { return t.n }

func values(x *T, i I, e E, v V) int {
	a := x.Inc
	b := x.Get
	c := i.M
	d := e.Inc
	g := v.Get
	o := x.Two
	a()
	d()
	n, _ := o(1, "a")
	return b() + c() + g() + n
}

func exprs(x *T, i I, e E, v V) int {
	h := T.Get
	k := (*T).Inc
	l := (*T).Get
	m := I.M
	n := E.Get
	p := (*V).Inc
	k(x)
	p(&v)
	return h(*x) + l(x) + m(i) + n(e)
}
