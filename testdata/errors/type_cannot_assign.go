package main

const k = 1

func main() {
	k = 2
	s := "abc"
	s[0] = 'x'
	m := map[string]struct{ n int }{}
	m["a"].n = 3
}
