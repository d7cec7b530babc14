package p

func add(a, b int) int { return a + b }

func pair() (int, int) { return 1, 2 }

func calls() int {
	x := add(1, 2)
	y := add(pair())
	a, b := pair()
	return x + y + a + b
}
