package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"plain", "tab\there", "quote\"", "日本語", "\x00\xff", "emoji🙂", "\u2028"} {
		fmt.Println(strconv.Quote(s), strconv.QuoteToASCII(s), strconv.CanBackquote(s))
	}
	fmt.Println(strconv.QuoteRune('☺'), strconv.QuoteRuneToASCII('☺'), strconv.QuoteRune('\n'))
	for _, q := range []string{`"a\tb"`, "`raw`", `'x'`, `"bad`, `"\u00e9"`, `"\x41"`} {
		s, err := strconv.Unquote(q)
		fmt.Printf("%q %v\n", s, err)
	}
	fmt.Println(strconv.IsPrint('a'), strconv.IsPrint('\u00ad'))
}
