package main

import "fmt"

func main() {
	vals := []int64{0, 1, -1, 127, 128, 255, 256, -129, 32767, 32768, 65535, 65536, 1<<31 - 1, 1 << 31, 1<<32 + 5, -(1 << 40) - 3, 1<<63 - 1, -1 << 63}
	for _, v := range vals {
		fmt.Println(v, int8(v), uint8(v), int16(v), uint16(v), int32(v), uint32(v), uint64(v), int(v), uint(v))
	}
	var u uint64 = 1<<64 - 1
	fmt.Println(int64(u), int32(u), int8(u), uint32(u))
	var r rune = -1
	fmt.Println(uint32(r), byte(r))
}
