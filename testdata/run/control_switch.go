package main

import "fmt"

func grade(n int) string {
	switch {
	case n >= 90:
		return "A"
	case n >= 80:
		return "B"
	case n >= 70:
		return "C"
	default:
		return "F"
	}
}

func kind(c byte) string {
	switch c {
	case 'a', 'e', 'i', 'o', 'u':
		return "vowel"
	case ' ':
		return "space"
	}
	return "consonant"
}

func fall(n int) []string {
	var out []string
	switch n {
	case 0:
		out = append(out, "zero")
		fallthrough
	case 1:
		out = append(out, "one")
		fallthrough
	case 2:
		out = append(out, "two")
	case 3:
		out = append(out, "three")
	default:
		out = append(out, "many")
	}
	return out
}

func main() {
	for _, n := range []int{95, 85, 75, 10} {
		fmt.Print(grade(n), " ")
	}
	fmt.Println()
	for _, c := range []byte("hi yo") {
		fmt.Print(kind(c), " ")
	}
	fmt.Println()
	for i := 0; i < 5; i++ {
		fmt.Println(fall(i))
	}
	switch x := 5; x * 2 {
	case 10:
		fmt.Println("ten")
	}
	calls := 0
	f := func(v int) int { calls++; return v }
	switch 3 {
	case f(1), f(2), f(3), f(4):
		fmt.Println("matched after", calls, "calls")
	}
}
