// A value method of T called on a nil *T, through an interface holding the nil pointer
// or through the method expression (*T).Area, panics with the wrapper's own words
// (runtime.panicwrap), not as a nil dereference. Emptied string slices keep their base.
package main

import (
	"fmt"
	"unsafe"
)

type Rect struct{ w, h int }

func (r Rect) Area() int { return r.w * r.h }

type Shape interface{ Area() int }

var shapes []Shape

//go:noinline
func register(s Shape) { shapes = append(shapes, s) }

func try(name string, f func()) {
	defer func() {
		r := recover()
		err, ok := r.(error)
		fmt.Printf("%s: runtime error %v: %v\n", name, ok, err)
	}()
	f()
}

func main() {
	var nilRect *Rect
	register(&Rect{2, 3})
	register(nilRect)
	for i, s := range shapes {
		try(fmt.Sprint("interface ", i), func() { fmt.Println(s.Area()) })
	}
	area := (*Rect).Area
	try("method expression", func() { fmt.Println(area(nilRect)) })

	hello := "hello"
	empty := hello[5:]
	base := *(*uintptr)(unsafe.Pointer(&hello))
	got := *(*uintptr)(unsafe.Pointer(&empty))
	fmt.Println("empty slice keeps base:", got == base, len(empty))
}
