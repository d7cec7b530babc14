package main

import (
	"fmt"
	"sort"
	"strings"
)

func wordCount(text string) map[string]int {
	counts := make(map[string]int)
	for _, w := range strings.Fields(text) {
		counts[strings.ToLower(w)]++
	}
	return counts
}

func main() {
	counts := wordCount("the quick brown fox jumps over the lazy dog The end")
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s=%d\n", k, counts[k])
	}
	if n, ok := counts["fox"]; ok {
		delete(counts, "fox")
		fmt.Println(n, len(counts))
	}
	nested := map[string]map[int]bool{"a": {1: true}}
	nested["b"] = map[int]bool{}
	fmt.Println(len(nested))
}
