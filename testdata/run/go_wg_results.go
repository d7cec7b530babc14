// Checks sync.WaitGroup with results written into distinct slice elements: after Wait,
// main sees every goroutine's write (Wait is a synchronization point).
package main

import (
	"fmt"
	"strings"
	"sync"
)

type stats struct {
	word   string
	vowels int
	upper  string
}

func analyse(w string) stats {
	v := 0
	for _, r := range w {
		if strings.ContainsRune("aeiou", r) {
			v++
		}
	}
	return stats{word: w, vowels: v, upper: strings.ToUpper(w)}
}

func main() {
	words := strings.Fields("goroutines channels select mutex waitgroup atomic once cond pipeline")
	out := make([]stats, len(words))
	var wg sync.WaitGroup
	wg.Add(len(words))
	for i, w := range words {
		go func(i int, w string) {
			defer wg.Done()
			out[i] = analyse(w)
		}(i, w)
	}
	wg.Wait()
	for _, s := range out {
		fmt.Printf("%-10s %d %s\n", s.word, s.vowels, s.upper)
	}
}
