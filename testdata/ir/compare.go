package p

func compare(a, b float64, s, t string) bool {
	return a < b || s == t
}
