package p

func worker(ch chan int, n int) { ch <- n }

func goroutines() int {
	ch := make(chan int)
	go worker(ch, 1)
	go func() {
		ch <- 2
	}()
	return <-ch + <-ch
}
