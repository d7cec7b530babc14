// Checks time.Ticker: a goroutine counts ticks and stops the ticker after five; main is
// told through a channel. Then a ticker in a select loop races a done channel.
package main

import (
	"fmt"
	"time"
)

func main() {
	ticks := make(chan int)
	go func() {
		tk := time.NewTicker(2 * time.Millisecond)
		defer tk.Stop()
		n := 0
		for range tk.C {
			n++
			if n == 5 {
				ticks <- n
				return
			}
		}
	}()
	fmt.Println("ticks counted:", <-ticks)

	done := make(chan bool)
	go func() {
		time.Sleep(30 * time.Millisecond)
		close(done)
	}()
	tk := time.NewTicker(3 * time.Millisecond)
	defer tk.Stop()
	n := 0
	for {
		select {
		case <-tk.C:
			n++
		case <-done:
			fmt.Println("ticker ticked before done:", n > 0)
			return
		}
	}
}
