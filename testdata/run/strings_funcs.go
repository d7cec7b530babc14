package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "  The quick brown fox jumps over the lazy dog  "
	fmt.Printf("%q\n", strings.TrimSpace(s))
	fmt.Printf("%q\n", strings.Fields(s))
	fmt.Printf("%q\n", strings.Split("a,b,,c", ","))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, "-"))
	fmt.Println(strings.Contains(s, "fox"), strings.ContainsRune(s, 'z'), strings.ContainsAny(s, "QZ"))
	fmt.Println(strings.Index(s, "o"), strings.LastIndex(s, "o"), strings.IndexByte(s, 'q'), strings.IndexRune("chicken", 'k'), strings.Index(s, "cat"))
	fmt.Println(strings.HasPrefix(s, "  The"), strings.HasSuffix(s, "dog"), strings.Count(s, "o"), strings.Count("five", ""))
	fmt.Println(strings.ToUpper("héllo wörld"), strings.ToLower("HÉLLO"), strings.Title("hello world"))
	fmt.Println(strings.Repeat("ab", 5), strings.Replace("oink oink oink", "k", "ky", 2), strings.ReplaceAll("oink oink", "oink", "moo"))
	fmt.Println(strings.Trim("xxhixx", "x"), strings.TrimLeft("xxhixx", "x"), strings.TrimRight("xxhixx", "x"), strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("a.go", ".go"))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.Map(func(r rune) rune { return r + 1 }, "HAL"))
	before, after, found := strings.Cut("key=value", "=")
	fmt.Println(before, after, found)
	fmt.Println(strings.IndexAny("golang", "ny"), strings.LastIndexAny("golang", "go"), strings.IndexFunc("Hello, 世界", func(r rune) bool { return r > 127 }))
	fmt.Printf("%q\n", strings.FieldsFunc("a1b2c3", func(r rune) bool { return r >= '0' && r <= '9' }))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
}
