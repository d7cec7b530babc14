package main

import "fmt"

func main() {
	s := ""
	for i := 0; i < 10; i++ {
		s += string(rune('a' + i))
	}
	fmt.Println(s, len(s))
	t := s + "-" + s[2:5] + "-" + "end"
	fmt.Println(t)
	parts := []string{"x", "y", "z"}
	u := ""
	for _, p := range parts {
		u = p + u + p
	}
	fmt.Println(u)
	a := "abc"
	b := a
	a += "def"
	fmt.Println(a, b)
}
