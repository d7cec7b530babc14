// Checks that an RWMutex writer excludes readers: writers keep two fields equal inside
// the write lock (breaking the invariant only while they hold it); readers check the
// invariant under RLock and count violations, which must be zero.
package main

import (
	"fmt"
	"sync"
)

type pair struct {
	mu   sync.RWMutex
	a, b int
	hist []int
}

func main() {
	p := &pair{}
	var wg sync.WaitGroup
	var vmu sync.Mutex
	violations, reads := 0, 0
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 300; i++ {
				p.mu.Lock()
				p.a++
				p.hist = append(p.hist, w)
				p.b++
				p.mu.Unlock()
			}
		}(w)
	}
	for r := 0; r < 5; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			bad, n := 0, 0
			for i := 0; i < 400; i++ {
				p.mu.RLock()
				if p.a != p.b || len(p.hist) != p.a {
					bad++
				}
				n++
				p.mu.RUnlock()
			}
			vmu.Lock()
			violations += bad
			reads += n
			vmu.Unlock()
		}()
	}
	wg.Wait()
	perWriter := map[int]int{}
	for _, w := range p.hist {
		perWriter[w]++
	}
	fmt.Println("a", p.a, "b", p.b, "reads", reads, "violations", violations)
	fmt.Println(perWriter)
}
