// Checks sync/atomic counters updated by goroutines in parallel: AddInt64, AddUint32
// with wraparound, and Load/Store; no update is lost.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var n int64
	var u uint32 = 4294967000
	var maxSeen int32
	var wg sync.WaitGroup
	for g := 0; g < 10; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				atomic.AddInt64(&n, 2)
				atomic.AddUint32(&u, 1)
			}
			for {
				old := atomic.LoadInt32(&maxSeen)
				if int32(g) <= old || atomic.CompareAndSwapInt32(&maxSeen, old, int32(g)) {
					break
				}
			}
		}(g)
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt64(&n), atomic.LoadUint32(&u), atomic.LoadInt32(&maxSeen))
	atomic.StoreInt64(&n, -5)
	fmt.Println(atomic.SwapInt64(&n, 9), n)
}
