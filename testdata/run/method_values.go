package main

import "fmt"

type Acc struct{ total int }

func (a *Acc) Add(n int) { a.total += n }
func (a Acc) Get() int   { return a.total }

type Op func(int, int) int

func (o Op) Apply(a, b int) int { return o(a, b) }

func main() {
	a := &Acc{}
	add := a.Add
	add(5)
	add(7)
	fmt.Println(a.total)
	get := a.Get
	a.Add(100)
	fmt.Println(get(), a.Get())
	fexpr := (*Acc).Add
	fexpr(a, 1)
	gexpr := Acc.Get
	fmt.Println(gexpr(*a))
	var o Op = func(x, y int) int { return x - y }
	fmt.Println(o.Apply(10, 3))
	ap := o.Apply
	fmt.Println(ap(1, 2))
	var iface interface{ Get() int } = Acc{9}
	ig := iface.Get
	fmt.Println(ig())
	fs := []func(int){a.Add, a.Add}
	for _, f := range fs {
		f(1000)
	}
	fmt.Println(a.Get())
}
