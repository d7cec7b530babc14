package main

import "fmt"

func main() {
	fmt.Println(0x1F, 0X1f, 0o17, 0O17, 017, 0b1011, 0B1011, 1_000_000, 0x_FF_FF)
	fmt.Println('a', '\n', '\x41', '\u00e9', '\U0001F600', '\'', '\\', '\101')
	fmt.Println(1e3, 1.5e-3, 0x1p4, 0x1.8p1, .25, 5.)
	const big = 1 << 100
	fmt.Println(big >> 98)
	const f = big * 1.5
	fmt.Println(f / (1 << 99))
	fmt.Println(uint64(1<<64-1), int64(-1<<63))
}
