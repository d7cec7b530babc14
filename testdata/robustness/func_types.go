package main

import (
	"fmt"
	"strings"
)

type Handler func(string) string

type Middleware func(Handler) Handler

func chain(h Handler, ms ...Middleware) Handler {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

func upper(next Handler) Handler {
	return func(s string) string { return strings.ToUpper(next(s)) }
}

func exclaim(next Handler) Handler {
	return func(s string) string { return next(s) + "!" }
}

type op struct {
	name string
	fn   func(a, b float64) (float64, error)
}

func main() {
	h := chain(func(s string) string { return "hi " + s }, upper, exclaim)
	fmt.Println(h("bob"))
	ops := []op{
		{"add", func(a, b float64) (float64, error) { return a + b, nil }},
		{"div", func(a, b float64) (float64, error) {
			if b == 0 {
				return 0, fmt.Errorf("divide by zero")
			}
			return a / b, nil
		}},
	}
	for _, o := range ops {
		r, err := o.fn(1, 0)
		fmt.Println(o.name, r, err)
	}
}
