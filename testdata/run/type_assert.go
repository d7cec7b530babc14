package main

import (
	"fmt"
	"io"
)

type T struct{ n int }

func (t T) Read(p []byte) (int, error) { return t.n, nil }

func main() {
	var i interface{} = "hello"
	s, ok := i.(string)
	fmt.Println(s, ok)
	n, ok := i.(int)
	fmt.Println(n, ok)
	fmt.Println(i.(string))
	var r interface{} = T{3}
	rd, ok := r.(io.Reader)
	fmt.Println(ok)
	c, _ := rd.Read(nil)
	fmt.Println(c)
	w, ok := r.(io.Writer)
	fmt.Println(w, ok)
	t := rd.(T)
	fmt.Println(t.n)
	var nilI interface{}
	_, ok = nilI.(int)
	fmt.Println(ok)
	p, ok := r.(*T)
	fmt.Println(p, ok)
}
