package main

import "fmt"

type Inner struct {
	A int
	b string
}

type Outer struct {
	Name  string
	In    Inner
	Ptr   *Inner
	List  []int
	M     map[string]int
	Iface interface{}
	F     float64
	Bytes []byte
}

type Enum int

func main() {
	o := Outer{"o", Inner{1, "x"}, nil, []int{1, 2}, map[string]int{"k": 1}, 3, 2.5, []byte("hi")}
	fmt.Printf("%v\n", o)
	fmt.Printf("%+v\n", o)
	fmt.Printf("%#v\n", o)
	fmt.Printf("%v %+v\n", &Inner{2, "y"}, &Inner{3, "z"})
	fmt.Printf("%#v\n", &Inner{2, "y"})
	fmt.Printf("%#v %#v %#v %#v\n", 42, "s", []string{"a"}, Enum(3))
	fmt.Printf("%#v %#v %#v\n", [2]bool{true}, struct{}{}, map[int]bool{})
	fmt.Printf("%#v %#v %#v\n", int8(-1), uint(7), 'x')
	var ip *int
	fmt.Printf("%v %+v %#v\n", ip, ip, []interface{}{nil, 1, "a"})
	type pt struct{ X, Y float64 }
	fmt.Printf("%v %+v %#v\n", pt{1, 2.5}, []pt{{0, 1}}, pt{-1, 1e21})
}
