package main

import "fmt"

type MyErr struct{}

func (*MyErr) Error() string { return "my error" }

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{}
	}
	return p
}

func reallyNil() error { return nil }

type T struct{ n int }

func (t *T) Get() int {
	if t == nil {
		return -1
	}
	return t.n
}

type Getter interface{ Get() int }

func main() {
	e := mayFail(false)
	fmt.Println(e == nil, e != nil)
	fmt.Printf("%v %T\n", e == nil, e)
	fmt.Println(reallyNil() == nil)
	var t *T
	var g Getter = t
	fmt.Println(g == nil, g.Get())
	var i interface{}
	fmt.Println(i == nil, i)
	i = (*int)(nil)
	fmt.Println(i == nil, i)
	fmt.Printf("%v %T\n", reallyNil(), reallyNil())
}
