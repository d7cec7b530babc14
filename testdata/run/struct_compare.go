package main

import "fmt"

type K struct {
	a int8
	b string
	c [2]float64
	d bool
}

type WithIface struct {
	v interface{}
}

func main() {
	x := K{1, "s", [2]float64{1, 2}, true}
	y := x
	fmt.Println(x == y)
	y.c[1] = 3
	fmt.Println(x == y)
	nan := 0.0
	nan = nan / nan
	z := K{c: [2]float64{nan, 0}}
	fmt.Println(z == z)
	w1 := WithIface{1}
	w2 := WithIface{1}
	w3 := WithIface{int64(1)}
	fmt.Println(w1 == w2, w1 == w3)
	m := map[K]int{x: 1, y: 2}
	fmt.Println(len(m), m[x], m[y])
	type E struct{}
	fmt.Println(E{} == E{})
}
