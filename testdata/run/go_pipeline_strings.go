// Checks a text pipeline whose stages pass strings, slices and structs: split lines into
// words, normalise them, and count them in a final stage that returns a map.
package main

import (
	"fmt"
	"sort"
	"strings"
)

const text = `Go channels are typed conduits.
Channels connect concurrent goroutines.
You can send values into channels from one goroutine
and receive those values into another goroutine.`

type word struct {
	line int
	text string
}

func lines(s string) <-chan string {
	out := make(chan string)
	go func() {
		for _, l := range strings.Split(s, "\n") {
			out <- l
		}
		close(out)
	}()
	return out
}

func words(in <-chan string) <-chan word {
	out := make(chan word, 4)
	go func() {
		n := 0
		for l := range in {
			n++
			for _, w := range strings.Fields(l) {
				out <- word{n, w}
			}
		}
		close(out)
	}()
	return out
}

func normalise(in <-chan word) <-chan word {
	out := make(chan word)
	go func() {
		for w := range in {
			w.text = strings.ToLower(strings.Trim(w.text, ".,"))
			out <- w
		}
		close(out)
	}()
	return out
}

func count(in <-chan word) <-chan map[string][]int {
	out := make(chan map[string][]int)
	go func() {
		m := map[string][]int{}
		for w := range in {
			m[w.text] = append(m[w.text], w.line)
		}
		out <- m
	}()
	return out
}

func main() {
	m := <-count(normalise(words(lines(text))))
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if len(m[keys[i]]) != len(m[keys[j]]) {
			return len(m[keys[i]]) > len(m[keys[j]])
		}
		return keys[i] < keys[j]
	})
	for _, k := range keys[:8] {
		fmt.Println(k, m[k])
	}
	fmt.Println(len(keys), "distinct words")
}
