package main

const big = 1 << 70

func main() {
	x := big
	_ = x
}
