// The quick start's example: a small program with two mistakes a Go programmer makes,
// so that `minigo build` has something to say.
package main

import (
	"fmt"
	"strings"
)

type point struct{ x, y int }

func (p *point) scale(k int) *point {
	return &point{p.x * k, p.y * k}
}

func main() {
	p := &point{1, 2}
	q := p.scale(3)
	fmt.Println(strings.Repeat("=", q.x), q.z)
	var unused int
}
