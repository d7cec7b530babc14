package p

type T struct{ a, b int }

func newalloc() *T {
	p := new(int)
	*p = 3
	t := new(T)
	t.a = *p
	return t
}

func addr() *int {
	x := 1
	return &x
}
