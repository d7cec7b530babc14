package main

import "fmt"

func main() {
	m := map[int]int{}
	for i := 0; i < 100000; i++ {
		m[i*7] = i
	}
	fmt.Println(len(m))
	sum := 0
	for k, v := range m {
		sum += k - v
	}
	fmt.Println(sum)
	for i := 0; i < 100000; i += 2 {
		delete(m, i*7)
	}
	fmt.Println(len(m), m[7], m[14])
	ms := map[string]int{}
	for i := 0; i < 5000; i++ {
		ms[fmt.Sprint("k", i)] = i
	}
	fmt.Println(len(ms), ms["k4999"], ms["k0"])
}
