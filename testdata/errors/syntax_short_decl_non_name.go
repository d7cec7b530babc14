package main

func main() {
	var xs []int
	xs[0] := 1
}
