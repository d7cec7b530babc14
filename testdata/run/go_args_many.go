// Checks `go f(a, b, ...)` with many arguments of many kinds — ints of several widths,
// floats, strings, a struct, an array, a slice, a map, an interface, a pointer, a func,
// and a variadic tail — all evaluated at the go statement, before the goroutine runs.
package main

import (
	"fmt"
	"strings"
)

type point struct {
	x, y int16
	tag  string
}

type describer interface{ describe() string }

func (p point) describe() string { return fmt.Sprintf("point(%d,%d,%s)", p.x, p.y, p.tag) }

func report(out chan<- string, a int8, b uint16, c int64, d float32, e float64, s string,
	p point, arr [3]byte, sl []int, m map[string]bool, iface describer, ptr *int,
	fn func(int) int, c128 complex128, rest ...string) {
	out <- strings.TrimSpace(fmt.Sprintln(a, b, c, d, e, s, p, arr, sl, len(m), iface.describe(), *ptr, fn(5), c128,
		strings.Join(rest, "+")))
}

func main() {
	out := make(chan string)
	n := 41
	s := "hello"
	p := point{1, -2, "p"}
	arr := [3]byte{'a', 'b', 'c'}
	sl := []int{1, 2, 3}
	m := map[string]bool{"k": true}
	k := 3
	go report(out, -8, 65535, 1<<40, 1.5, 2.25, s, p, arr, sl, m, p, &n,
		func(x int) int { return x * k }, complex(1, -1), "v1", "v2", "v3")
	// The value arguments were copied at the go statement, so changing the
	// variables now cannot affect what the goroutine prints. (k is captured by
	// the closure, so it is left alone: writing it here would be a race.)
	s = "changed"
	p.tag = "changed"
	arr[0] = 'z'
	fmt.Println(<-out)
	fmt.Println(s, p.tag, string(arr[:]))

	words := []string{"x", "y"}
	go report(out, 1, 2, 3, 4, 5, "six", point{}, [3]byte{}, nil, nil, point{tag: "iface"}, &n,
		func(x int) int { return -x }, 0, words...)
	fmt.Println(<-out)
}
