package main

func main() {
	f := 1.5
	s := string(f)
	_ = s
}
