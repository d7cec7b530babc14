// Checks runtime.Gosched as a yield in cooperative hand-offs: two goroutines take turns
// through an atomic turn variable, spinning with Gosched until it is theirs; the
// resulting sequence is fixed by the turn protocol.
package main

import (
	"fmt"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
)

func main() {
	var turn int32
	var wg sync.WaitGroup
	var sb strings.Builder
	for id := int32(0); id < 3; id++ {
		wg.Add(1)
		go func(id int32) {
			defer wg.Done()
			for round := 0; round < 4; round++ {
				for atomic.LoadInt32(&turn)%3 != id {
					runtime.Gosched()
				}
				sb.WriteString(fmt.Sprintf("%c%d ", 'A'+id, round))
				atomic.AddInt32(&turn, 1)
			}
		}(id)
	}
	wg.Wait()
	fmt.Println(strings.TrimSpace(sb.String()))
	for i := 0; i < 3; i++ {
		runtime.Gosched() // with nothing else to run, Gosched just returns
	}
	fmt.Println("turns", atomic.LoadInt32(&turn))
}
