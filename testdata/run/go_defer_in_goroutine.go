// Checks defer inside goroutines: LIFO order, arguments evaluated at defer time, defers
// in loops, a deferred closure modifying a named result of the goroutine's function,
// and defers releasing a mutex.
package main

import (
	"fmt"
	"strings"
	"sync"
)

func build(n int) (out string) {
	var sb strings.Builder
	defer func() { out = "[" + out + "]" }()
	defer func() { out = sb.String() + "|" + out }()
	for i := 0; i < n; i++ {
		defer sb.WriteString(fmt.Sprint(i))
	}
	return "ignored"
}

func main() {
	res := make([]string, 4)
	var wg sync.WaitGroup
	var mu sync.Mutex
	shared := 0
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			mu.Lock()
			defer mu.Unlock()
			shared += g
			x := g
			defer func(v int) { res[g] = fmt.Sprintf("%s arg=%d now=%d", res[g], v, x) }(x)
			x *= 10
			res[g] = build(g + 2)
		}(g)
	}
	wg.Wait()
	for _, r := range res {
		fmt.Println(r)
	}
	fmt.Println("shared", shared)
}
