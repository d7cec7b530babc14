package main

import "fmt"

type T struct {
	a, b int
	c    string
}

type U struct{ x, y, z int32 }

func main() {
	var s []T
	last := -1
	for i := 0; i < 600; i++ {
		s = append(s, T{i, i, "x"})
		if cap(s) != last {
			fmt.Println(len(s), cap(s))
			last = cap(s)
		}
	}
	var u []U
	last = -1
	for i := 0; i < 600; i++ {
		u = append(u, U{})
		if cap(u) != last {
			fmt.Println("u", len(u), cap(u))
			last = cap(u)
		}
	}
	x := append([]int{1, 2, 3}, 4, 5, 6, 7)
	fmt.Println(len(x), cap(x))
	y := append([]int(nil), make([]int, 13)...)
	fmt.Println(len(y), cap(y))
	z := append(make([]byte, 5), make([]byte, 30)...)
	fmt.Println(len(z), cap(z))
	w := append([]string{"a"}, "b", "c", "d", "e")
	fmt.Println(len(w), cap(w))
}
