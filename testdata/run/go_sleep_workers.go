// Checks goroutines that sleep inside a WaitGroup-coordinated batch while main waits:
// results are collected into a map (printed sorted by fmt), so only completion matters.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	got := map[string]int{}
	for i := 0; i < 12; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			time.Sleep(time.Duration(i%4) * 3 * time.Millisecond)
			mu.Lock()
			got[fmt.Sprintf("w%02d", i)] = i * i
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	fmt.Println(got)
}
