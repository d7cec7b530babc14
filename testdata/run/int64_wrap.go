package main

import "fmt"

func main() {
	var a int64 = 9223372036854775807
	a++
	fmt.Println(a)
	var b int64 = -9223372036854775808
	b--
	fmt.Println(b)
	var c int64 = 1 << 53
	fmt.Println(c+1, c+3, c*3+1)
	var d int64 = 3037000500
	fmt.Println(d * d)
	var e int64 = 6364136223846793005
	var x int64 = 1442695040888963407
	for i := 0; i < 5; i++ {
		x = x*e + 1
		fmt.Println(x)
	}
	var m int64 = -9223372036854775808
	fmt.Println(m/-1, m%-1, -m)
}
