package main

import "fmt"

func main() {
	var a uint64 = 0xF0F0F0F0F0F0F0F0
	var b uint64 = 0x0FF00FF00FF00FF0
	fmt.Printf("%x %x %x %x %x\n", a&b, a|b, a^b, a&^b, ^a)
	var c int64 = -0x123456789ABCDEF
	var d int64 = 0x7777777777777777
	fmt.Println(c&d, c|d, c^d, c&^d, ^c)
	var x int32 = -5
	fmt.Println(x&3, x|3, x^3, ^x, x&^3)
	var y uint8 = 0xAA
	fmt.Println(y&0x0F, y|0x0F, y^0xFF, ^y, y&^0xF0)
	pop := 0
	for v := uint64(0xDEADBEEFDEADBEEF); v != 0; v &= v - 1 {
		pop++
	}
	fmt.Println(pop)
}
