package p

func lifting(c bool, n int) int {
	x := 0
	y := 1
	if c {
		x = n
	} else {
		y = n
	}
	for i := 0; i < n; i++ {
		x += y
	}
	p := &y
	return x + *p
}
