package main

func main() {
	s := "hello
	_ = s
}
