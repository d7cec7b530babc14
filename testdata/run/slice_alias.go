package main

import "fmt"

func main() {
	a := make([]int, 3, 10)
	b := append(a, 4)
	c := append(a, 5)
	fmt.Println(a, b, c)
	d := a[1:2]
	d = append(d, 99)
	fmt.Println(a, a[:4], d, len(d), cap(d))
	e := []int{1, 2, 3}
	f := append(e, 4)
	f[0] = 100
	fmt.Println(e, f)
	g := e[:2:2]
	g = append(g, 7)
	g[0] = -1
	fmt.Println(e, g)
}
