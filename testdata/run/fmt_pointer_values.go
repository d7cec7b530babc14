package main

import "fmt"

type T struct {
	A int
	B []string
}

type Tree struct {
	L, R *Tree
	V    int
}

func main() {
	t := &T{1, []string{"x"}}
	fmt.Println(t)
	fmt.Printf("%v %+v\n", t, t)
	pp := []*T{}
	fmt.Println(pp, len(pp))
	var np *T
	fmt.Println(np)
	fmt.Printf("%v %+v %s\n", np, np, np)
	ms := map[string]*T{}
	fmt.Println(ms)
	tr := &Tree{V: 1}
	fmt.Printf("%v\n", *tr)
	fmt.Printf("%+v\n", *tr)
	var x interface{} = &[]int{1, 2}
	fmt.Println(x)
	y := &[2]string{"a", "b"}
	fmt.Println(y)
	m := &map[string]int{"a": 1}
	fmt.Println(m)
}
