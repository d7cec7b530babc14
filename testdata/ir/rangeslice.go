package p

func total(xs []int) (t int) {
	for _, x := range xs {
		t += x
	}
	return
}
