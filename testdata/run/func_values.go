package main

import (
	"fmt"
	"sort"
	"strings"
)

type binop func(float64, float64) float64

func main() {
	ops := map[string]binop{
		"+": func(a, b float64) float64 { return a + b },
		"-": func(a, b float64) float64 { return a - b },
		"*": func(a, b float64) float64 { return a * b },
		"/": func(a, b float64) float64 { return a / b },
	}
	keys := []string{}
	for k := range ops {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, ops[k](7, 2))
	}
	var f func()
	fmt.Println(f == nil)
	transforms := []func(string) string{strings.ToUpper, strings.TrimSpace, func(s string) string { return s + "!" }}
	s := "  hello  "
	for _, t := range transforms {
		s = t(s)
	}
	fmt.Printf("%q\n", s)
	fmt.Printf("%T\n", ops["+"])
}
