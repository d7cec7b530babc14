package p

func nested(a int) int {
	b := 2
	f := func() int {
		g := func() int { return a + b }
		b++
		return g()
	}
	return f()
}
