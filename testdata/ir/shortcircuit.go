package p

func shortcircuit(a, b, c bool) int {
	if a && (b || !c) {
		return 1
	}
	x := a || b
	if x {
		return 2
	}
	return 3
}
