// Checks channels whose elements are large values (a 64-word array inside a struct, a
// 1 KiB array): copies through buffered and unbuffered channels by goroutines keep every
// word, and the sender's later writes do not reach the received copy.
package main

import "fmt"

type big struct {
	id    int
	words [64]int64
	name  string
}

func main() {
	c := make(chan big, 3)
	go func() {
		var b big
		for i := 0; i < 10; i++ {
			b.id = i
			b.name = fmt.Sprint("big", i)
			for k := range b.words {
				b.words[k] = int64(i*1000 + k)
			}
			c <- b // copied now; the loop then overwrites b
		}
		close(c)
	}()
	var sum int64
	for b := range c {
		for k, w := range b.words {
			if w != int64(b.id*1000+k) {
				fmt.Println("corrupt", b.id, k, w)
			}
			sum += w
		}
	}
	fmt.Println("sum", sum)

	kb := make(chan [1024]byte)
	done := make(chan int)
	go func() {
		n := 0
		for a := range kb {
			for _, x := range a {
				n += int(x)
			}
		}
		done <- n
	}()
	var a [1024]byte
	for r := 0; r < 5; r++ {
		for i := range a {
			a[i] = byte(i + r)
		}
		kb <- a
	}
	close(kb)
	fmt.Println("bytes", <-done)
}
