package main

import "fmt"

func main() {
	m := map[int]bool{}
	for i := 0; i < 100; i++ {
		m[i] = true
	}
	n := 0
	for k := range m {
		delete(m, k)
		n++
	}
	fmt.Println(n, len(m))
	for i := 0; i < 50; i++ {
		m[i] = i%2 == 0
	}
	for k, v := range m {
		if !v {
			delete(m, k)
		}
	}
	fmt.Println(len(m))
	total := 0
	for k := range m {
		total += k
	}
	fmt.Println(total)
}
