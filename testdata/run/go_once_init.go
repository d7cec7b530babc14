// Checks sync.Once under contention: 50 goroutines call Do at once, the function runs
// exactly once, and every caller returns only after it has finished (all see its result).
package main

import (
	"fmt"
	"sync"
)

type config struct {
	name  string
	items map[string]int
}

var (
	once  sync.Once
	cfg   *config
	calls int
)

func load() {
	calls++
	c := &config{name: "loaded", items: map[string]int{}}
	for i := 0; i < 100; i++ {
		c.items[fmt.Sprint("k", i)] = i * i
	}
	cfg = c
}

func main() {
	var wg sync.WaitGroup
	seen := make([]int, 50)
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			once.Do(load)
			seen[i] = cfg.items["k9"] + len(cfg.items)
		}(i)
	}
	wg.Wait()
	sum := 0
	for _, s := range seen {
		sum += s
	}
	fmt.Println("calls", calls, "name", cfg.name, "sum", sum)
	once.Do(func() { fmt.Println("never printed") })
	var other sync.Once
	for i := 0; i < 3; i++ {
		other.Do(func() { fmt.Println("second Once runs its own function once") })
	}
}
