package main

import (
	"fmt"
	"strings"
)

type Registry struct{ names []string }

var registry = &Registry{}

var table = map[string]int{"one": 1, "two": 2, "three": 3}

var squares [10]int

var greeting = strings.Repeat("ab", 3) + "!"

var lookup = buildLookup()

func buildLookup() []string {
	out := make([]string, 0, len(table))
	for _, k := range []string{"one", "two", "three"} {
		out = append(out, fmt.Sprint(k, "=", table[k]))
	}
	return out
}

func register(n string) bool {
	registry.names = append(registry.names, n)
	return true
}

var _ = register("x")
var _ = register("y")

func init() {
	for i := range squares {
		squares[i] = i * i
	}
	register("from-init")
}

func main() {
	fmt.Println(registry.names)
	fmt.Println(squares, greeting, lookup)
	fmt.Println(len(table))
}
