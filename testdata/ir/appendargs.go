package p

// append's extra arguments go through a temporary array (site temp), so that escape
// analysis sees them flow into the slice; `append(s, t...)` passes t itself.

type T struct{ n int }

func add(s []*T, a, b *T, t []*T, bs []byte, str string) ([]*T, []byte) {
	s = append(s, a, b)
	s = append(s, t...)
	s = append(s)
	bs = append(bs, str...)
	bs = append(bs, 'x')
	return s, bs
}
