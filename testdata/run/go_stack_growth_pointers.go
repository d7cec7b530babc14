// Checks that pointers into a goroutine's stack stay valid when the stack grows and is
// moved: a goroutine keeps pointers to locals of an outer frame (in a slice, a struct,
// and a closure) while deep recursion forces growth, then reads and writes through them.
package main

import "fmt"

type frame struct {
	vals [8]int
	link *int
}

func grow(n int, ptrs []*int) int {
	var local [16]int
	local[n%16] = n
	if n == 0 {
		s := 0
		for _, p := range ptrs {
			*p += 1
			s += *p
		}
		return s
	}
	return grow(n-1, ptrs) + local[n%16] - n
}

func main() {
	out := make(chan string)
	go func() {
		a, b, c := 10, 20, 30
		f := frame{link: &b}
		f.vals[3] = 7
		inc := func() { c += 100 }
		ptrs := []*int{&a, f.link, &c, &f.vals[3]}
		s := grow(50000, ptrs)
		inc()
		out <- fmt.Sprint(s, a, b, c, f.vals[3], *f.link)
	}()
	fmt.Println(<-out)
}
