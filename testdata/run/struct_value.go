package main

import "fmt"

type Point struct{ X, Y int }

type Rect struct {
	Min, Max Point
	Name     string
}

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }
func (p *Point) Scale(k int)      { p.X *= k; p.Y *= k }

func main() {
	p := Point{1, 2}
	q := p
	q.X = 10
	fmt.Println(p, q, p == q, p == Point{1, 2})
	r := Rect{Point{0, 0}, Point{3, 4}, "r"}
	r2 := r
	r2.Max.X = 30
	fmt.Println(r, r2)
	p.Scale(3)
	fmt.Println(p, p.Add(q))
	ps := []Point{{1, 1}, {2, 2}}
	ps[0].Scale(5)
	fmt.Println(ps)
	m := map[string]Point{"a": {1, 2}}
	pt := m["a"]
	pt.X = 100
	fmt.Println(m["a"], pt)
	var zero Rect
	fmt.Printf("%v %+v\n", zero, zero)
	anon := struct {
		A int
		B string
	}{1, "b"}
	fmt.Println(anon)
}
