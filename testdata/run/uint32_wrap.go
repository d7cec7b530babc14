package main

import "fmt"

func crc32(data []byte) uint32 {
	crc := ^uint32(0)
	for _, b := range data {
		crc ^= uint32(b)
		for i := 0; i < 8; i++ {
			if crc&1 != 0 {
				crc = crc>>1 ^ 0xEDB88320
			} else {
				crc >>= 1
			}
		}
	}
	return ^crc
}

func main() {
	var a uint32 = 4294967295
	a++
	fmt.Println(a)
	var b uint32
	b--
	fmt.Println(b)
	var c uint32 = 3000000000
	fmt.Println(c+c, c*3)
	var d uint32 = 0x9E3779B9
	fmt.Println(d*d, d*12345)
	fmt.Printf("%08x\n", crc32([]byte("The quick brown fox jumps over the lazy dog")))
}
