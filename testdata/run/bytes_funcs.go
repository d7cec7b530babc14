package main

import (
	"bytes"
	"fmt"
)

func main() {
	a := []byte("Hello, World")
	b := []byte("hello, world")
	fmt.Println(bytes.Equal(a, b), bytes.EqualFold(a, b), bytes.Compare(a, b), bytes.Compare(b, a))
	fmt.Println(bytes.Contains(a, []byte("World")), bytes.Index(a, []byte("o")), bytes.LastIndex(a, []byte("o")))
	fmt.Println(string(bytes.ToUpper(a)), string(bytes.ToLower(a)), string(bytes.TrimSpace([]byte("  x  "))))
	fmt.Printf("%q\n", bytes.Split([]byte("a b c"), []byte(" ")))
	fmt.Printf("%s\n", bytes.Join([][]byte{[]byte("1"), []byte("2")}, []byte("+")))
	fmt.Println(bytes.HasPrefix(a, []byte("Hell")), bytes.Count(a, []byte("l")), string(bytes.Repeat([]byte("-"), 5)))
	fmt.Printf("%q\n", bytes.Fields([]byte(" x  y z ")))
	fmt.Println(string(bytes.ReplaceAll(a, []byte("l"), []byte("L"))))
}
