package main

import (
	"fmt"
	"sort"
	"strings"
)

func main() {
	text := "the cat sat on the mat the cat ate the rat"
	freq := map[string]int{}
	for _, w := range strings.Fields(text) {
		freq[w]++
	}
	keys := make([]string, 0, len(freq))
	for k := range freq {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, freq[k])
	}
	sum := 0
	for _, v := range freq {
		sum += v
	}
	fmt.Println(sum)
	byCount := make([]string, len(keys))
	copy(byCount, keys)
	sort.SliceStable(byCount, func(i, j int) bool { return freq[byCount[i]] > freq[byCount[j]] })
	fmt.Println(byCount)
}
