package main

func main() {
	n := 3
	println(len(n))
}
