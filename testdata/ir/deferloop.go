package p

func deferloop(fs []func()) (n int) {
	for i, f := range fs {
		if i > 2 {
			return
		}
		defer f()
		n++
	}
	return n * 2
}
