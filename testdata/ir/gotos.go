package p

func gotos(n int) int {
	i := 0
loop:
	if i < n {
		i++
		goto loop
	}
	return i
}
