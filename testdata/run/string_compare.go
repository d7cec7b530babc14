package main

import (
	"fmt"
	"strings"
)

func main() {
	words := []string{"apple", "Apple", "app", "apples", "", "b", "äpple", "zebra"}
	for _, a := range words {
		for _, b := range words {
			fmt.Print(strings.Compare(a, b)+1, boolInt(a < b), boolInt(a == b), " ")
		}
		fmt.Println()
	}
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
