package main

import (
	"bytes"
	"fmt"
)

func main() {
	var buf bytes.Buffer
	buf.WriteString("hello ")
	buf.Write([]byte("world"))
	buf.WriteByte('!')
	buf.WriteRune('✓')
	fmt.Fprintf(&buf, " %d-%s", 42, "x")
	fmt.Println(buf.String(), buf.Len())
	p := make([]byte, 5)
	n, _ := buf.Read(p)
	fmt.Println(n, string(p), buf.String())
	line, err := buf.ReadString('!')
	fmt.Printf("%q %v\n", line, err)
	rest, err := buf.ReadString('#')
	fmt.Printf("%q %v\n", rest, err)
	b2 := bytes.NewBufferString("abc")
	c, _ := b2.ReadByte()
	fmt.Println(string(c), b2.String())
	b2.Truncate(1)
	fmt.Println(b2.String())
	var big bytes.Buffer
	for i := 0; i < 1000; i++ {
		big.WriteString("0123456789")
	}
	fmt.Println(big.Len(), big.String()[9995:])
}
