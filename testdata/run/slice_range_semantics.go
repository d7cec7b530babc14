package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	for i, v := range s {
		if i == 0 {
			s = append(s, 10)
			s[1] = 20
		}
		fmt.Println(i, v)
	}
	fmt.Println(s)
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 100
		fmt.Println(i, v)
	}
	arr2 := [3]int{1, 2, 3}
	for i, v := range &arr2 {
		arr2[2] = 100
		fmt.Println(i, v)
	}
	type P struct{ n int }
	ps := []P{{1}, {2}}
	for _, p := range ps {
		p.n *= 10
	}
	fmt.Println(ps)
	for i := range ps {
		ps[i].n *= 10
	}
	fmt.Println(ps)
}
