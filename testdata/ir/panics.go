package p

type E struct{ msg string }

func check(x int) int {
	if x < 0 {
		panic("negative")
	}
	if x > 100 {
		panic(E{"big"})
	}
	return x
}
