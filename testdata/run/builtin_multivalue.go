// Builtins given a multi-value call: append(f()) appends f's other results to its first,
// complex(g()) builds from g's two results.
package main

import "fmt"

func words() ([]string, string, string) { return []string{"a"}, "b", "c" }

func parts() (float64, float64) { return 1.5, -2 }

func grow() ([]byte, byte) { return make([]byte, 0, 1), 'x' }

func main() {
	s := append(words())
	fmt.Println(s, len(s))
	fmt.Println(complex(parts()))
	b := append(grow())
	b = append(b, "yz"...)
	fmt.Println(string(b), cap(b) >= 3)
}
