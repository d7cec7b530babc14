package p

func sel(a, b chan int, c chan<- string) int {
	select {
	case v := <-a:
		return v
	case v, ok := <-b:
		if ok {
			return v
		}
	case c <- "x":
		return 1
	}
	return 0
}

func poll(a chan int) bool {
	select {
	case <-a:
		return true
	default:
		return false
	}
}
