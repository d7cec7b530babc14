package main

import (
	"fmt"
	"math/bits"
)

func popcount(x uint64) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func reverse(b byte) byte {
	var r byte
	for i := 0; i < 8; i++ {
		r = r<<1 | b&1
		b >>= 1
	}
	return r
}

func main() {
	var x uint64 = 0xF0F0
	fmt.Println(popcount(x), bits.OnesCount64(x), reverse(0b0000_0001), x&^0xF000, -7>>1, ^0)
	var i8 int8 = -128
	i8--
	fmt.Println(i8, uint32(1)<<31)
}
