// Checks sync.Cond as the wait/notify of a bounded queue: producers Wait while it is
// full, consumers Wait while it is empty, Signal after each change; nothing is lost or
// duplicated (checked with a sum and a count per value).
package main

import (
	"fmt"
	"sync"
)

type queue struct {
	mu       sync.Mutex
	notFull  *sync.Cond
	notEmpty *sync.Cond
	items    []int
	limit    int
}

func newQueue(limit int) *queue {
	q := &queue{limit: limit}
	q.notFull = sync.NewCond(&q.mu)
	q.notEmpty = sync.NewCond(&q.mu)
	return q
}

func (q *queue) put(v int) {
	q.mu.Lock()
	for len(q.items) == q.limit {
		q.notFull.Wait()
	}
	q.items = append(q.items, v)
	q.notEmpty.Signal()
	q.mu.Unlock()
}

func (q *queue) get() int {
	q.mu.Lock()
	for len(q.items) == 0 {
		q.notEmpty.Wait()
	}
	v := q.items[0]
	q.items = q.items[1:]
	q.notFull.Signal()
	q.mu.Unlock()
	return v
}

func main() {
	q := newQueue(4)
	const producers, each, consumers = 4, 250, 5
	var wg sync.WaitGroup
	for p := 0; p < producers; p++ {
		wg.Add(1)
		go func(p int) {
			defer wg.Done()
			for i := 0; i < each; i++ {
				q.put(p*each + i)
			}
		}(p)
	}
	results := make(chan []int)
	for c := 0; c < consumers; c++ {
		go func() {
			var got []int
			for {
				v := q.get()
				if v < 0 {
					break
				}
				got = append(got, v)
			}
			results <- got
		}()
	}
	wg.Wait()
	for c := 0; c < consumers; c++ {
		q.put(-1)
	}
	seen := make([]int, producers*each)
	total := 0
	for c := 0; c < consumers; c++ {
		for _, v := range <-results {
			seen[v]++
			total += v
		}
	}
	bad := 0
	for _, n := range seen {
		if n != 1 {
			bad++
		}
	}
	fmt.Println("total", total, "values not seen exactly once", bad)
}
