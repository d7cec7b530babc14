package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "aé世🙂"
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.ValidString(s), utf8.ValidString("a\xffb"))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		fmt.Println(i, r, size, utf8.RuneLen(r))
		i += size
	}
	r, size := utf8.DecodeLastRuneInString(s)
	fmt.Println(r, size)
	buf := make([]byte, 4)
	for _, r := range []rune{'A', 'é', '世', '🙂', -1, 0xD800} {
		n := utf8.EncodeRune(buf, r)
		fmt.Println(r, n, buf[:n])
	}
	fmt.Println(utf8.RuneError, utf8.UTFMax, utf8.FullRune([]byte{0xe4, 0xb8}), utf8.RuneStart(0x80))
	b := utf8.AppendRune(nil, '界')
	fmt.Println(b, utf8.Valid(b), utf8.RuneCount(b))
}
