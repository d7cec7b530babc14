package p

func classify(x int) string {
	switch x {
	case 0:
		return "zero"
	case 1, 2, 3:
		return "small"
	default:
		return "big"
	}
}

func tagless(x int) int {
	switch {
	case x < 0:
		x = -x
		fallthrough
	case x < 10:
		x++
	}
	return x
}
