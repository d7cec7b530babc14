package main

import "fmt"

func main() {
	s := "aé世🙂\xffz"
	for i, r := range s {
		fmt.Println(i, r, string(r))
	}
	rs := []rune(s)
	fmt.Println(len(rs), rs)
	fmt.Println(string(rs[1:4]))
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)), string(rune(0x10FFFF+1)))
	bad := string([]byte{0xe4, 0xb8})
	for i, r := range bad {
		fmt.Println(i, r)
	}
	fmt.Println([]byte(string([]rune{0xD800, 'x'})))
}
