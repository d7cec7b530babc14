package main

import "fmt"

func main() {
	var a uint16 = 65535
	a++
	fmt.Println(a)
	var b uint16
	b -= 2
	fmt.Println(b)
	var c uint16 = 1000
	c *= 1000
	fmt.Println(c)
	var crc uint16 = 0xFFFF
	for _, by := range []byte("123456789") {
		crc ^= uint16(by) << 8
		for i := 0; i < 8; i++ {
			if crc&0x8000 != 0 {
				crc = crc<<1 ^ 0x1021
			} else {
				crc <<= 1
			}
		}
	}
	fmt.Printf("%04x\n", crc)
}
