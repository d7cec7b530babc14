// Checks a map shared by goroutines behind a sync.Mutex: each goroutine counts the words
// of its own text into the shared map; the final counts (printed sorted) are exact.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

var texts = []string{
	"the cat sat on the mat",
	"the dog sat on the log",
	"a cat and a dog",
	"on and on and on",
	"the end",
}

func main() {
	var mu sync.Mutex
	counts := map[string]int{}
	var wg sync.WaitGroup
	for round := 0; round < 20; round++ {
		for _, t := range texts {
			wg.Add(1)
			go func(t string) {
				defer wg.Done()
				local := map[string]int{}
				for _, w := range strings.Fields(t) {
					local[w]++
				}
				mu.Lock()
				for w, n := range local {
					counts[w] += n
				}
				mu.Unlock()
			}(t)
		}
	}
	wg.Wait()
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%-4s %d\n", k, counts[k])
	}
}
