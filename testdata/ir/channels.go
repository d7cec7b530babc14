package p

func channels() int {
	ch := make(chan int, 1)
	ch <- 1
	v := <-ch
	w, ok := <-ch
	close(ch)
	if ok {
		return v + w
	}
	return v
}
