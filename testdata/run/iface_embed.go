package main

import (
	"fmt"
	"strings"
)

type Reader interface{ Read() string }
type Writer interface{ Write(s string) }
type ReadWriter interface {
	Reader
	Writer
}

type Buf struct{ data []string }

func (b *Buf) Read() string {
	if len(b.data) == 0 {
		return ""
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}
func (b *Buf) Write(s string) { b.data = append(b.data, s) }

type Upper struct{ ReadWriter }

func (u Upper) Read() string { return strings.ToUpper(u.ReadWriter.Read()) }

func main() {
	b := &Buf{}
	var rw ReadWriter = b
	rw.Write("hello")
	rw.Write("world")
	var r Reader = rw
	fmt.Println(r.Read())
	u := Upper{b}
	u.Write("again")
	fmt.Println(u.Read(), u.Read(), u.Read() == "")
	var w Writer = u
	w.Write("x")
	_, isRW := w.(ReadWriter)
	_, isBuf := w.(*Buf)
	fmt.Println(isRW, isBuf, len(b.data))
}
