package main

import "fmt"

type MyString string
type MyBytes []byte

func main() {
	s := "hello"
	ms := MyString(s)
	fmt.Println(ms, len(ms), ms+"!", string(ms) == s)
	mb := MyBytes(s)
	fmt.Println(mb, string(mb))
	b := []byte(s)
	r := []rune(s)
	fmt.Println(b, r, string(b), string(r))
	b[0] = 'j'
	fmt.Println(s, string(b))
	var empty []byte
	fmt.Println(string(empty) == "", len(string(empty)))
	x := 'x'
	fmt.Println(string(x), string(rune(0x263a)))
	bs := append([]byte("abc"), "def"...)
	fmt.Println(string(bs))
	n := copy(b, "HE")
	fmt.Println(n, string(b))
}
