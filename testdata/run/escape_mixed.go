package main

import "fmt"

type Point struct{ X, Y int }

var global *Point

func stackOnly() int {
	p := Point{1, 2}
	q := &p
	return q.X + q.Y
}

func toGlobal() {
	p := Point{3, 4}
	global = &p
}

func returned() *Point {
	return &Point{5, 6}
}

func viaInterface(v interface{}) string { return fmt.Sprint(v) }

func closureCapture() func() int {
	n := 10
	return func() int { n++; return n }
}

func sliceLocal() int {
	buf := make([]int, 16)
	for i := range buf {
		buf[i] = i
	}
	s := 0
	for _, v := range buf {
		s += v
	}
	return s
}

func main() {
	fmt.Println(stackOnly())
	toGlobal()
	fmt.Println(*global)
	r := returned()
	r.X++
	fmt.Println(*r)
	fmt.Println(viaInterface(Point{7, 8}))
	c := closureCapture()
	c()
	fmt.Println(c())
	fmt.Println(sliceLocal())
}
