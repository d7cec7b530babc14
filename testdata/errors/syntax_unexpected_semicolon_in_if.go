package main

func main() {
	x := 2
	if x := 1; {
		println(x)
	}
}
