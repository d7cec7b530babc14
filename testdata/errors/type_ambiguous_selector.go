package main

type A struct{ Name string }
type B struct{ Name string }
type C struct {
	A
	B
}

func main() {
	var c C
	println(c.Name)
}
