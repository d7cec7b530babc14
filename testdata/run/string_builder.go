package main

import (
	"fmt"
	"strings"
)

func main() {
	var b strings.Builder
	for i := 0; i < 5; i++ {
		fmt.Fprintf(&b, "%d:", i)
		b.WriteString("x")
		b.WriteByte(',')
		b.WriteRune('é')
	}
	fmt.Println(b.String(), b.Len())
	b.Reset()
	b.WriteString("again")
	fmt.Println(b.String())
	var sb strings.Builder
	sb.Grow(64)
	for i := 0; i < 1000; i++ {
		sb.WriteByte(byte('a' + i%26))
	}
	s := sb.String()
	fmt.Println(len(s), s[:30], s[990:])
}
