// Checks reusing one WaitGroup for several rounds (Add after a Wait returned), with the
// round's results gathered under a mutex and printed sorted.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	for round := 1; round <= 4; round++ {
		var got []int
		for i := 0; i < round*3; i++ {
			wg.Add(1)
			go func(v int) {
				defer wg.Done()
				mu.Lock()
				got = append(got, v)
				mu.Unlock()
			}(round*100 + i)
		}
		wg.Wait()
		sort.Ints(got)
		fmt.Println("round", round, got)
	}
	// Wait with a zero counter returns at once
	wg.Wait()
	fmt.Println("done")
}
