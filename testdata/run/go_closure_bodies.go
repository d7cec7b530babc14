// Checks closures as goroutine bodies: `go func(i int){...}(i)` with an argument copy,
// closures capturing per-iteration copies, closures sharing and updating one captured
// variable under a mutex, and a closure returned by a function then run with go.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func makeAdder(base int, out chan<- int) func(int) {
	return func(x int) { out <- base + x }
}

func main() {
	var wg sync.WaitGroup
	got := make([]int, 5)
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			got[i] = i * 11
		}(i)
	}
	wg.Wait()
	fmt.Println(got)

	var mu sync.Mutex
	var seen []string
	for _, s := range []string{"x", "y", "z"} {
		s := s
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			seen = append(seen, s+s)
			mu.Unlock()
		}()
	}
	wg.Wait()
	sort.Strings(seen)
	fmt.Println(seen)

	counter := 0
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			counter += 3
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println("shared counter", counter)

	out := make(chan int, 3)
	add := makeAdder(100, out)
	go add(1)
	go add(2)
	go makeAdder(1000, out)(3)
	vals := []int{<-out, <-out, <-out}
	sort.Ints(vals)
	fmt.Println(vals)

	// a goroutine closure capturing a struct and a map by reference
	type stats struct{ n, sum int }
	st := stats{}
	m := map[string]int{}
	done := make(chan bool)
	go func() {
		for i := 1; i <= 10; i++ {
			st.n++
			st.sum += i
			m[fmt.Sprint(i%3)] += i
		}
		done <- true
	}()
	<-done
	fmt.Println(st, m)
}
