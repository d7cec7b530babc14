package p

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func variadic(s []int) int {
	return sum() + sum(1, 2, 3) + sum(s...)
}
