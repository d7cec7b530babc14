package main

func main() {
	n := 4
	var a [n]int
	var b [-1]int
	_, _ = a, b
}
