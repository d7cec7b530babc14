package main

import (
	"fmt"
	"strconv"
	"strings"
)

func render(rows [][]string) string {
	var b strings.Builder
	for i, row := range rows {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(strings.Join(row, " | "))
	}
	return b.String()
}

func main() {
	rows := [][]string{{"a", "b"}, {"1", strconv.Itoa(2)}}
	s := render(rows)
	n, err := strconv.Atoi("42")
	if err != nil {
		panic(err)
	}
	fmt.Println(s, n, strings.Repeat("=", 3), strings.Contains(s, "|"))
	r := []rune("héllo, 世界")
	fmt.Println(len(r), string(r[1]), `raw\n`, '\t', "\u00e9\x41\101")
}
