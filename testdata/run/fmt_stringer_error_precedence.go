package main

import "fmt"

type Both struct{}

func (Both) String() string { return "as-string" }
func (Both) Error() string  { return "as-error" }

type Wrap struct{ B Both }

type Fmt struct{ n int }

func (f Fmt) Format(s fmt.State, verb rune) {
	w, hasW := s.Width()
	fmt.Fprintf(s, "Fmt<%c,%d,%v,%v>", verb, f.n, w, hasW)
}

type GoStr struct{}

func (GoStr) GoString() string { return "GoStr!" }

func main() {
	fmt.Println(Both{})
	fmt.Printf("%v %s %d %q\n", Both{}, Both{}, Both{}, Both{})
	fmt.Println(Wrap{})
	fmt.Printf("%+v %#v\n", Wrap{}, Both{})
	fmt.Printf("%v %8d %x\n", Fmt{1}, Fmt{2}, Fmt{3})
	fmt.Println(Fmt{4})
	fmt.Printf("%#v %v\n", GoStr{}, GoStr{})
	fmt.Println([]Both{{}, {}})
}
