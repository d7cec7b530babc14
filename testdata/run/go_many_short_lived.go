// Checks 20,000 short-lived goroutines started in waves, each doing a little work on a
// string and a map and adding to an atomic total; the totals are exact.
package main

import (
	"fmt"
	"strconv"
	"sync"
	"sync/atomic"
)

func main() {
	var total, lengths int64
	var wg sync.WaitGroup
	for wave := 0; wave < 20; wave++ {
		for i := 0; i < 1000; i++ {
			wg.Add(1)
			go func(k int) {
				defer wg.Done()
				s := strconv.Itoa(k)
				m := map[byte]int{}
				for j := 0; j < len(s); j++ {
					m[s[j]]++
				}
				atomic.AddInt64(&total, int64(k))
				atomic.AddInt64(&lengths, int64(len(s)+len(m)))
			}(wave*1000 + i)
		}
		wg.Wait()
	}
	fmt.Println(total, lengths)
}
