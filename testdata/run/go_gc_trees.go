// Checks the garbage collector with goroutines building and checking binary trees
// concurrently (the binary-trees benchmark shape): one long-lived tree survives all
// collections while workers churn short-lived ones.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type tree struct {
	left, right *tree
	item        int
}

func bottomUp(item, depth int) *tree {
	if depth <= 0 {
		return &tree{item: item}
	}
	return &tree{bottomUp(2*item-1, depth-1), bottomUp(2*item, depth-1), item}
}

func (t *tree) check() int {
	if t.left == nil {
		return t.item
	}
	return t.item + t.left.check() - t.right.check()
}

func main() {
	const maxDepth = 12
	longLived := bottomUp(0, maxDepth)
	var wg sync.WaitGroup
	var mu sync.Mutex
	var lines []string
	for depth := 4; depth <= maxDepth; depth += 2 {
		wg.Add(1)
		go func(depth int) {
			defer wg.Done()
			iterations := 1 << (maxDepth - depth + 2)
			check := 0
			for i := 1; i <= iterations; i++ {
				check += bottomUp(i, depth).check()
				check += bottomUp(-i, depth).check()
			}
			mu.Lock()
			lines = append(lines, fmt.Sprintf("%5d trees of depth %2d check: %d", 2*iterations, depth, check))
			mu.Unlock()
		}(depth)
	}
	wg.Wait()
	sort.Strings(lines)
	for _, l := range lines {
		fmt.Println(l)
	}
	fmt.Println("long lived tree check:", longLived.check())
}
