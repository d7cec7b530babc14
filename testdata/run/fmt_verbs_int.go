package main

import "fmt"

func main() {
	for _, v := range []int{0, 7, -7, 255, -255, 1 << 40} {
		fmt.Printf("%d|%5d|%-5d|%05d|%+d|% d|%x|%X|%#x|%o|%#o|%O|%b|%8b|%c|%q|%U|%#U|%v\n", v, v, v, v, v, v, v, v, v, v, v, v, v, v, v%128+65, v%128+65, v%128+65, v%128+65, v)
	}
	var u8 uint8 = 200
	var i8 int8 = -100
	var u64 uint64 = 1<<64 - 1
	fmt.Printf("%d %x %d %x %d %x %X\n", u8, u8, i8, i8, u64, u64, u64)
	fmt.Printf("%08.3d|%.0d|%.0d|%+.3d\n", 7, 0, 1, 5)
	fmt.Printf("%x %X % x %#x\n", "hello", []byte("hi"), []byte{1, 2, 255}, "ab")
	fmt.Printf("%10.4x|%-10x|\n", 255, 255)
	fmt.Printf("%d %d\n", []int{1, 2}, [2]int8{-1, 1})
}
