package p

func rangearray(a [4]int, p *[3]string) int {
	n := 0
	for i, v := range a {
		n += i * v
	}
	for i := range p {
		n += len(p[i])
	}
	return n
}
