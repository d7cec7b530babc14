package main

func main() {
	s := "tab\qhere"
	_ = s
}
