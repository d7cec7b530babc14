package main

import (
	"fmt"
	"math/bits"
)

func main() {
	for _, x := range []uint64{0, 1, 0xFF, 1 << 63, 0xDEADBEEFCAFEBABE} {
		fmt.Println(bits.OnesCount64(x), bits.LeadingZeros64(x), bits.TrailingZeros64(x), bits.Len64(x), bits.RotateLeft64(x, 13), bits.Reverse64(x), bits.ReverseBytes64(x))
	}
	hi, lo := bits.Mul64(0xFFFFFFFFFFFFFFFF, 0xFFFFFFFFFFFFFFFF)
	fmt.Println(hi, lo)
	sum, carry := bits.Add64(1<<63, 1<<63, 1)
	fmt.Println(sum, carry)
	q, r := bits.Div64(1, 0, 3)
	fmt.Println(q, r)
	fmt.Println(bits.OnesCount32(0xF0F0), bits.LeadingZeros8(1), bits.RotateLeft32(1, -1), bits.UintSize)
}
