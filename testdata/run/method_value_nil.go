// A method value evaluates its receiver at once: on a nil interface, or on a nil pointer
// whose method has a value receiver, it panics where it is taken, not where it is called.
// On a nil pointer with a pointer-receiver method it does not panic.
package main

import "fmt"

type Counter struct{ n int }

func (c Counter) Get() int   { return c.n }
func (c *Counter) Inc() int  { c.n++; return c.n }
func (c *Counter) Safe() int { return 42 }

type Getter interface{ Get() int }

func try(label string, f func()) {
	defer func() { fmt.Println(label, "->", recover()) }()
	f()
}

func main() {
	var g Getter
	var p *Counter
	var f func() int
	try("nil interface", func() { f = g.Get; fmt.Println("taken") })
	try("nil pointer, value method", func() { f = p.Get; fmt.Println("taken") })
	try("nil pointer, pointer method", func() { f = p.Safe; fmt.Println("taken", f()) })
	c := &Counter{}
	inc := c.Inc
	inc()
	inc()
	get := c.Get // copies the receiver now
	c.Inc()
	fmt.Println(get(), c.Get())
}
