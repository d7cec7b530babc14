package main

func takesInt(n int) int { return n }

func main() {
	takesInt("seven")
}
