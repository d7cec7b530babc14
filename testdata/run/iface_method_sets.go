package main

import "fmt"

type Counter struct{ n int }

func (c Counter) Value() int { return c.n }
func (c *Counter) Inc()      { c.n++ }

type Valuer interface{ Value() int }
type Incer interface {
	Inc()
	Value() int
}

func main() {
	c := Counter{}
	var v Valuer = c
	c.Inc()
	fmt.Println(v.Value(), c.Value())
	var i Incer = &c
	i.Inc()
	i.Inc()
	fmt.Println(i.Value(), c.n, v.Value())
	v = &c
	c.Inc()
	fmt.Println(v.Value())
	_, ok := v.(Incer)
	fmt.Println(ok)
	var v2 Valuer = Counter{5}
	_, ok = v2.(Incer)
	fmt.Println(ok)
}
