package main

import "fmt"

func main() {
	nums := []int{7, -7, 0, 1, -1, 100, -100}
	dens := []int{2, -2, 3, -3, 7, 1, -1}
	for _, n := range nums {
		for _, d := range dens {
			fmt.Printf("%d/%d=%d %d%%%d=%d\n", n, d, n/d, n, d, n%d)
		}
	}
	var u uint64 = 1<<64 - 1
	fmt.Println(u/2, u%10, u/1000000007, u%1000000007)
	var big int64 = 1<<62 + 12345678901
	fmt.Println(big/3, big%3, -big/7, -big%7)
}
