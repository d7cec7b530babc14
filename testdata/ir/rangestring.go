package p

func runes(s string) int {
	n := 0
	for i, r := range s {
		n += i + int(r)
	}
	return n
}
