package main

func main() {
	f := 1.5e+
	_ = f
}
