// Checks a reusable barrier built from sync.Cond: workers go through three phases, each
// phase's results are only read by the next phase after every worker reached the
// barrier; the per-phase totals are exact.
package main

import (
	"fmt"
	"sync"
)

type barrier struct {
	mu    sync.Mutex
	cond  *sync.Cond
	n     int
	count int
	gen   int
}

func newBarrier(n int) *barrier {
	b := &barrier{n: n}
	b.cond = sync.NewCond(&b.mu)
	return b
}

func (b *barrier) wait() {
	b.mu.Lock()
	gen := b.gen
	b.count++
	if b.count == b.n {
		b.count = 0
		b.gen++
		b.cond.Broadcast()
	} else {
		for gen == b.gen {
			b.cond.Wait()
		}
	}
	b.mu.Unlock()
}

func main() {
	const workers = 6
	vals := make([]int, workers)
	sums := make([][3]int, workers)
	b := newBarrier(workers)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			vals[w] = w + 1
			for phase := 0; phase < 3; phase++ {
				b.wait()
				s := 0
				for _, v := range vals {
					s += v
				}
				sums[w][phase] = s
				b.wait()
				vals[w] *= 2
			}
		}(w)
	}
	wg.Wait()
	fmt.Println(vals)
	fmt.Println(sums)
}
