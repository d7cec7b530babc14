package main

const k = 5

func main() {
	p := &k
	_ = p
}
