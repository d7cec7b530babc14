package p

func arith(a, b int) int {
	c := a*b + a/b - a%b
	c <<= 2
	c = c &^ b
	return -c
}
