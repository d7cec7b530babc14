package main

func main() {
	var a int
	var a int
	_ = a
}
