package main

import "fmt"

type T struct{ Name string }

func GetT() **T {
	var t T
	l1 := &t
	l2 := &l1
	r3 := l1
	r4 := &r3
	var l4 **T
	l4 = l2
	l4 = r4
	return l4
}

func main() {
	a := GetT()
	b := GetT()
	(*a).Name = "first"
	(*b).Name = "second"
	fmt.Println((**a).Name, (*b).Name, a != b, *a != *b)
}
