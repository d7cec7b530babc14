// Checks a map/reduce word count: mapper goroutines count words of their chunk into
// private maps, a reducer merges them; the top words are printed in a sorted order.
package main

import (
	"fmt"
	"sort"
	"strings"
)

const corpus = `it was the best of times it was the worst of times it was the age of wisdom
it was the age of foolishness it was the epoch of belief it was the epoch of incredulity
it was the season of light it was the season of darkness it was the spring of hope
it was the winter of despair we had everything before us we had nothing before us`

func mapper(lines []string, out chan<- map[string]int) {
	m := map[string]int{}
	for _, l := range lines {
		for _, w := range strings.Fields(l) {
			m[w]++
		}
	}
	out <- m
}

func main() {
	lines := strings.Split(corpus, "\n")
	parts := make(chan map[string]int)
	for _, l := range lines {
		go mapper([]string{l, strings.ToUpper(l)}, parts)
	}
	total := map[string]int{}
	for range lines {
		for w, n := range <-parts {
			total[strings.ToLower(w)] += n
		}
	}
	type kv struct {
		k string
		v int
	}
	var kvs []kv
	for k, v := range total {
		kvs = append(kvs, kv{k, v})
	}
	sort.Slice(kvs, func(i, j int) bool {
		if kvs[i].v != kvs[j].v {
			return kvs[i].v > kvs[j].v
		}
		return kvs[i].k < kvs[j].k
	})
	for _, e := range kvs[:6] {
		fmt.Printf("%-6s %d\n", e.k, e.v)
	}
	fmt.Println(len(kvs), "words")
}
