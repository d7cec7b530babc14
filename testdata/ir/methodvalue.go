package p

type T struct{ n int }

func (t *T) Inc() { t.n++ }

func (t T) Get() int { return t.n }

func methodvalue(t *T) int {
	f := t.Inc
	f()
	g := T.Get
	h := (*T).Inc
	h(t)
	return g(*t)
}
