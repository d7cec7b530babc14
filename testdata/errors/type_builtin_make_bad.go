package main

func main() {
	x := make(int)
	_ = x
}
