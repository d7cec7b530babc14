// An assignment evaluates its right side before the checks of its left side: a nil
// pointer or an index out of range on the left panics only when its turn to be assigned
// comes, after the right side's calls and after the assignments to its left.
package main

import "fmt"

func val(s string, v int) int {
	fmt.Println("evaluate", s)
	return v
}

func try(label string, f func()) {
	defer func() { fmt.Println(label, "->", recover()) }()
	f()
}

type point struct{ x, y int }

func main() {
	m := map[string]int{}
	var p *int
	var s []int
	var pt *point
	try("map then nil pointer", func() { m["a"], *p = val("a", 1), val("p", 2) })
	fmt.Println("m =", m)
	try("map then index", func() { m["b"], s[3] = val("b", 3), val("s", 4) })
	fmt.Println("m =", m)
	try("map then field", func() { m["c"], pt.y = val("c", 5), val("pt", 6) })
	fmt.Println("m =", m)
	try("single", func() { s[1] = val("single", 7) })
	try("op-assign", func() { *p += val("op", 8) })
	x := point{1, 2}
	q := &x
	q, q.x = new(point), 9
	fmt.Println("old point:", x, "new point:", *q)
	var nilMap map[string]int
	g := 0
	try("nil map first", func() { nilMap["z"], g = 1, val("g", 10) })
	fmt.Println("g =", g)
}
