package p

func drain(ch chan int) int {
	s := 0
	for v := range ch {
		s += v
	}
	return s
}
