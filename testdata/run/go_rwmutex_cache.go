// Checks a read-mostly cache guarded by an RWMutex: readers use RLock, misses upgrade by
// taking the write lock and re-checking; every key is computed exactly once.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type cache struct {
	mu       sync.RWMutex
	data     map[string]string
	computed map[string]int
}

func (c *cache) get(k string) string {
	c.mu.RLock()
	v, ok := c.data[k]
	c.mu.RUnlock()
	if ok {
		return v
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if v, ok := c.data[k]; ok {
		return v
	}
	v = strings.Repeat(strings.ToUpper(k), 2)
	c.data[k] = v
	c.computed[k]++
	return v
}

func main() {
	c := &cache{data: map[string]string{}, computed: map[string]int{}}
	keys := []string{"ab", "cd", "ef", "gh", "ij", "kl"}
	var wg sync.WaitGroup
	var mu sync.Mutex
	lengths := 0
	for g := 0; g < 12; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			n := 0
			for i := 0; i < 300; i++ {
				n += len(c.get(keys[(g+i)%len(keys)]))
			}
			mu.Lock()
			lengths += n
			mu.Unlock()
		}(g)
	}
	wg.Wait()
	var ks []string
	for k, n := range c.computed {
		ks = append(ks, fmt.Sprintf("%s=%d", k, n))
	}
	sort.Strings(ks)
	fmt.Println(ks)
	fmt.Println("total length", lengths)
}
