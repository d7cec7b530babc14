package main

import "fmt"

func main() {
	m := map[string]int{}
	m["a"] = 1
	m["b"] = 2
	m["a"] += 10
	fmt.Println(len(m), m["a"], m["b"], m["zzz"])
	v, ok := m["b"]
	fmt.Println(v, ok)
	v, ok = m["c"]
	fmt.Println(v, ok)
	delete(m, "a")
	delete(m, "nope")
	fmt.Println(len(m))
	var nm map[string]int
	fmt.Println(nm["x"], len(nm), nm == nil)
	delete(nm, "x")
	for range nm {
		fmt.Println("never")
	}
	m2 := make(map[int][]int, 10)
	m2[1] = append(m2[1], 5)
	m2[1] = append(m2[1], 6)
	fmt.Println(m2[1], len(m2[2]))
	counts := map[rune]int{}
	for _, r := range "mississippi" {
		counts[r]++
	}
	fmt.Println(counts['s'], counts['i'], counts['p'], counts['m'], len(counts))
	fmt.Println(m, counts)
}
