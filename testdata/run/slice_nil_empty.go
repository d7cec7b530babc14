package main

import "fmt"

func main() {
	var a []int
	b := []int{}
	c := make([]int, 0)
	fmt.Println(a == nil, b == nil, c == nil, len(a), cap(a))
	fmt.Println(a, b, c)
	fmt.Printf("%v %v %#v %#v\n", a, b, a, b)
	a = append(a, 1)
	fmt.Println(a)
	for range []int(nil) {
		fmt.Println("never")
	}
	var m [][]string
	fmt.Println(len(m), m == nil)
	d := a[:0]
	fmt.Println(d == nil, len(d), cap(d))
	var e []int
	e = e[:0]
	fmt.Println(e == nil)
}
