package main

import (
	"errors"
	"fmt"
)

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func safeDiv(a, b int) (int, error) {
	if b == 0 {
		return 0, errors.New("division by zero")
	}
	return a / b, nil
}

func swap(a, b string) (string, string) { return b, a }

func named() (x int, s string) {
	defer func() { x *= 2; s += "!" }()
	x = 5
	s = "hi"
	return x + 1, s + "?"
}

func pass() (int, int) { return divmod(17, 5) }

func main() {
	fmt.Println(divmod(17, 5))
	q, r := divmod(-17, 5)
	fmt.Println(q, r)
	if _, err := safeDiv(1, 0); err != nil {
		fmt.Println("error:", err)
	}
	v, err := safeDiv(10, 3)
	fmt.Println(v, err)
	a, b := swap("x", "y")
	fmt.Println(a, b)
	fmt.Println(named())
	fmt.Println(pass())
	x, y := 1, 2
	x, y = y, x+y
	fmt.Println(x, y)
}
