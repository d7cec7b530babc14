package p

func apply(f func(int) int, x int) int { return f(x) }

func double(x int) int { return 2 * x }

func funcvalue() int {
	g := double
	return apply(g, 3) + apply(func(x int) int { return x }, 4)
}
