package main

func main() {
	/* this comment never ends
	println("x")
}
