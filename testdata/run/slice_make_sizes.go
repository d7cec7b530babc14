package main

import "fmt"

func main() {
	for _, n := range []int{0, 1, 5, 100, 1000} {
		s := make([]int, n, n*2+1)
		fmt.Println(len(s), cap(s))
	}
	big := make([]int64, 1<<20)
	big[len(big)-1] = 7
	sum := int64(0)
	for _, v := range big {
		sum += v
	}
	fmt.Println(len(big), sum)
	m := make([][4]float64, 3)
	m[2][3] = 1.5
	fmt.Println(m)
	bs := make([]bool, 4)
	fmt.Println(bs)
	ss := make([]string, 2)
	fmt.Printf("%q\n", ss)
}
