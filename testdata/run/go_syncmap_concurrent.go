// Checks sync.Map used by many goroutines: concurrent Store, LoadOrStore (exactly one
// goroutine wins per key), Load and Delete; the final contents are printed sorted.
package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

func main() {
	var m sync.Map
	var wins int32
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for k := 0; k < 20; k++ {
				if _, loaded := m.LoadOrStore(fmt.Sprintf("key%02d", k), k*k); !loaded {
					atomic.AddInt32(&wins, 1)
				}
			}
			m.Store(fmt.Sprintf("owner%d", g), g)
		}(g)
	}
	wg.Wait()
	for g := 0; g < 8; g += 2 {
		m.Delete(fmt.Sprintf("owner%d", g))
	}
	v, ok := m.Load("key07")
	fmt.Println("wins", wins, "key07", v, ok)
	var entries []string
	m.Range(func(k, v any) bool {
		entries = append(entries, fmt.Sprint(k, "=", v))
		return true
	})
	sort.Strings(entries)
	fmt.Println(len(entries), entries[:3], entries[len(entries)-4:])
}
