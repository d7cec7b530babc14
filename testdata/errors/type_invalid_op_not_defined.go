package main

func main() {
	s := "abc"
	println(-s)
	b := true
	println(b + b)
}
