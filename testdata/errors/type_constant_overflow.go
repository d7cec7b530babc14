package main

func main() {
	var b byte = 256
	var i8 int8 = -129
	_, _ = b, i8
}
