package main

func main() {
	x := 3 * for
	_ = x
}
