package main

import "fmt"

func main() {
	a := []int{1, 2, 3, 4, 5}
	b := make([]int, 3)
	n := copy(b, a)
	fmt.Println(n, b)
	n = copy(a[1:], a)
	fmt.Println(n, a)
	a = []int{1, 2, 3, 4, 5}
	n = copy(a, a[2:])
	fmt.Println(n, a)
	var nilS []int
	fmt.Println(copy(nilS, a), copy(a, nilS))
	bs := make([]byte, 3)
	fmt.Println(copy(bs, "hello"), string(bs))
	type P struct{ x, y int }
	ps := []P{{1, 2}, {3, 4}}
	qs := make([]P, 2)
	copy(qs, ps)
	qs[0].x = 9
	fmt.Println(ps, qs)
}
