package main

import (
	"fmt"
	"strings"
)

func main() {
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(r.Replace("<a href=\"x\">Tom & Jerry</a>"))
	r2 := strings.NewReplacer("a", "1", "aa", "2", "aaa", "3")
	fmt.Println(r2.Replace("aaaa"))
	rd := strings.NewReader("hello reader")
	buf := make([]byte, 5)
	n, err := rd.Read(buf)
	fmt.Println(n, err, string(buf[:n]), rd.Len())
	fmt.Println(strings.ToValidUTF8("a\xffb\xfe\xfdc", "?"))
}
