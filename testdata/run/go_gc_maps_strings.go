// Checks heavy allocation of maps, strings and slices in parallel goroutines with
// results kept alive in a shared structure across GCs; every map and string is verified
// afterwards.
package main

import (
	"fmt"
	"runtime"
	"strings"
	"sync"
)

type shard struct {
	words map[string][]int
	text  string
}

func main() {
	shards := make([]*shard, 6)
	var wg sync.WaitGroup
	for s := range shards {
		wg.Add(1)
		go func(s int) {
			defer wg.Done()
			sh := &shard{words: map[string][]int{}}
			var sb strings.Builder
			for i := 0; i < 2000; i++ {
				w := strings.Repeat(string(rune('a'+(i+s)%26)), 1+i%5)
				sh.words[w] = append(sh.words[w], i)
				if i%100 == 0 {
					sb.WriteString(w)
					runtime.Gosched()
				}
				_ = fmt.Sprintf("garbage %d %s", i, w)
			}
			sh.text = sb.String()
			shards[s] = sh
		}(s)
	}
	wg.Wait()
	runtime.GC()
	for s, sh := range shards {
		n, sum := 0, 0
		for w, idx := range sh.words {
			n += len(w)
			for _, i := range idx {
				sum += i
			}
		}
		fmt.Println(s, len(sh.words), n, sum, sh.text[:10], len(sh.text))
	}
}
