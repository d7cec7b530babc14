package main

import "fmt"

type T struct{ name string }

func (t T) show()   { fmt.Println("value", t.name) }
func (t *T) pshow() { fmt.Println("pointer", t.name) }

func get(s string) string {
	fmt.Println("eval", s)
	return s
}

func main() {
	t := T{"first"}
	defer t.show()
	defer t.pshow()
	defer fmt.Println(get("arg"))
	t.name = "second"
	f := func() { fmt.Println("f1") }
	defer f()
	f = func() { fmt.Println("f2") }
	s := []int{1, 2}
	defer fmt.Println(s)
	s[0] = 100
	fmt.Println("end of main")
}
