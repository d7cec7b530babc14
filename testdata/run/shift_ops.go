package main

import "fmt"

func main() {
	var i8 int8 = -128
	var u8 uint8 = 0x81
	var i32 int32 = -1 << 31
	var u32 uint32 = 1 << 31
	var i64 int64 = -1 << 63
	var u64 uint64 = 1 << 63
	for _, s := range []uint{0, 1, 7, 8, 15, 31, 32, 33, 63, 64, 65, 200} {
		fmt.Println(s, i8>>s, u8>>s, i8<<s, u8<<s, i32>>s, u32>>s, i64>>s, u64>>s, int64(1)<<s, uint64(3)<<s)
	}
	x := 1
	fmt.Println(x<<62, x<<63, x<<64)
	var s8 uint8 = 255
	fmt.Println(1<<s8 == 0, int64(-5)>>s8)
}
