// The quick start's example: four small functions, four escape decisions.
// Run `npx minigo build -gcflags='-m -l' testdata/quickstart/main.go` to see why each
// value lives where it does; Go 1.19's `go build -gcflags='-m -l'` prints the same.
package main

import "fmt"

type point struct{ x, y int }

// newPoint returns the address of a local: p must outlive the call, so it moves to the heap.
func newPoint(x, y int) *point {
	p := point{x, y}
	return &p
}

// sum only reads through its parameter: it does not escape.
func sum(p *point) int {
	return p.x + p.y
}

// scaled returns its parameter: the caller decides where that pointer lives.
func scaled(p *point, k int) *point {
	p.x *= k
	p.y *= k
	return p
}

func main() {
	local := point{1, 2}
	q := scaled(&local, 3)
	buf := make([]int, 0, 8)
	buf = append(buf, sum(q))
	fmt.Println(newPoint(4, 5).x, buf[0])
}
