package main

import "fmt"

func shl(x int64, n int) int64  { return x << n }
func shr(x int64, n int) int64  { return x >> n }
func ushr(x uint32, n int) uint32 { return x >> n }

func main() {
	for n := 0; n < 70; n += 9 {
		fmt.Println(n, shl(3, n), shr(-1000, n), ushr(0xF0000000, n))
	}
	var n8 int8 = 5
	fmt.Println(1<<n8, 256>>n8)
}
