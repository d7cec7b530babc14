package main

type T struct{ xs []int }

func main() {
	var a, b T
	println(a == b)
}
