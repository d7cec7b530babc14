// Checks receive-with-ok for channels of several element types, values sent by
// goroutines, and the zero values received once each channel is closed.
package main

import (
	"errors"
	"fmt"
)

type point struct{ x, y int }

type shape interface{ area() int }

type rect struct{ w, h int }

func (r rect) area() int { return r.w * r.h }

func main() {
	ps := make(chan point)
	pp := make(chan *point)
	ss := make(chan shape)
	es := make(chan error)
	ms := make(chan map[string]int)
	go func() {
		ps <- point{1, 2}
		close(ps)
		pp <- &point{3, 4}
		close(pp)
		ss <- rect{5, 6}
		close(ss)
		es <- errors.New("bad thing")
		close(es)
		ms <- map[string]int{"k": 7}
		close(ms)
	}()
	p, ok := <-ps
	fmt.Println(p, ok)
	p, ok = <-ps
	fmt.Println(p, ok)
	q, ok := <-pp
	fmt.Println(*q, ok)
	q, ok = <-pp
	fmt.Println(q == nil, ok)
	s, ok := <-ss
	fmt.Println(s.area(), ok)
	s, ok = <-ss
	fmt.Println(s == nil, ok)
	e, ok := <-es
	fmt.Println(e, ok)
	e, ok = <-es
	fmt.Println(e, ok)
	m, ok := <-ms
	fmt.Println(m, ok)
	m, ok = <-ms
	fmt.Println(m == nil, len(m), ok)
}
