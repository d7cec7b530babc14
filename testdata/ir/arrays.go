package p

func arrays() int {
	var a [3]int
	a[1] = 2
	b := [...]int{4, 5, 6}
	m := [2][2]int{{1, 2}, {3, 4}}
	return a[1] + b[2] + m[1][0] + len(b)
}
