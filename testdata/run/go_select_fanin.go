// Checks fan-in with select: three producers of different kinds feed one loop that
// selects over their channels, dropping each channel (set to nil) once it is closed;
// totals per source do not depend on the interleaving.
package main

import (
	"fmt"
	"sort"
	"strings"
)

func ints(n int) <-chan int {
	c := make(chan int)
	go func() {
		for i := 1; i <= n; i++ {
			c <- i
		}
		close(c)
	}()
	return c
}

func words(ws []string) <-chan string {
	c := make(chan string, 2)
	go func() {
		for _, w := range ws {
			c <- w
		}
		close(c)
	}()
	return c
}

func floats(n int) <-chan float64 {
	c := make(chan float64)
	go func() {
		for i := 0; i < n; i++ {
			c <- float64(i) * 0.5
		}
		close(c)
	}()
	return c
}

func main() {
	a := ints(200)
	b := words(strings.Fields("the quick brown fox jumps over the lazy dog"))
	f := floats(64)
	isum, fsum := 0, 0.0
	var ws []string
	counts := map[string]int{}
	for a != nil || b != nil || f != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			isum += v
			counts["int"]++
		case w, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			ws = append(ws, w)
			counts["word"]++
		case x, ok := <-f:
			if !ok {
				f = nil
				continue
			}
			fsum += x
			counts["float"]++
		}
	}
	sort.Strings(ws)
	fmt.Println(isum, fsum, ws)
	fmt.Println(counts)
}
