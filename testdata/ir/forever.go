package p

func forever(n int) int {
	for {
		n--
		if n < 10 {
			break
		}
		if n%2 == 0 {
			continue
		}
		n--
	}
	return n
}
