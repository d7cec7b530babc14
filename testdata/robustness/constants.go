package main

import (
	"fmt"
	"math"
)

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
)

const Pi2 = math.Pi * 2
const big = 1 << 100
const small = big >> 98

type Weekday uint8

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
)

func main() {
	var f float32 = Pi2
	var u uint16 = 0xFFFF
	var c complex128 = 1 + 2i
	x := 0b1010_1010 | 0o17 ^ 0x_FF
	fmt.Println(KB, MB, GB, f, u, small, real(c), imag(c), x, Thursday, 1e3, 0x1p-2)
	fmt.Println(math.MaxInt64, uint64(math.MaxUint64), 'a'+1, "s"+"t")
}
