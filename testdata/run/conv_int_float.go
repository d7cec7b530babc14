package main

import "fmt"

func main() {
	ints := []int64{1<<53 - 1, 1 << 53, 1<<53 + 1, 1<<53 + 2, 1<<53 + 3, 1<<62 + 1, -(1<<53 + 1), 1<<63 - 1, -1 << 63}
	for _, i := range ints {
		f := float64(i)
		g := float32(i)
		fmt.Println(i, f, g, int64(f) == i)
	}
	us := []uint64{1<<64 - 1, 1<<63 + 1, 1 << 63, 12345678901234567890}
	for _, u := range us {
		fmt.Println(u, float64(u), float32(u))
	}
	var i32 int32 = 16777217
	fmt.Println(float32(i32), float64(i32))
}
