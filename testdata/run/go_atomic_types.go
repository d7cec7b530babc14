// Checks the Go 1.19 typed atomics (atomic.Int32, Int64, Uint64, Bool, Value) shared by
// goroutines: a spin lock made from CompareAndSwap, a flag, and a Value holding structs.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

type spinLock struct{ held atomic.Bool }

func (l *spinLock) lock() {
	for !l.held.CompareAndSwap(false, true) {
		runtime.Gosched()
	}
}

func (l *spinLock) unlock() { l.held.Store(false) }

type settings struct {
	level int
	name  string
}

func main() {
	var lock spinLock
	plain := 0
	var hits atomic.Int64
	var big atomic.Uint64
	var small atomic.Int32
	var wg sync.WaitGroup
	for g := 0; g < 6; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 500; i++ {
				lock.lock()
				plain++
				lock.unlock()
				hits.Add(1)
				big.Add(1 << 40)
				small.Add(-1)
			}
		}()
	}
	wg.Wait()
	fmt.Println(plain, hits.Load(), big.Load(), small.Load())

	var v atomic.Value
	fmt.Println("empty value:", v.Load())
	v.Store(settings{1, "one"})
	done := make(chan settings)
	go func() {
		old := v.Swap(settings{2, "two"}).(settings)
		done <- old
	}()
	fmt.Printf("%+v %+v\n", <-done, v.Load().(settings))
	fmt.Println(v.CompareAndSwap(settings{2, "two"}, settings{3, "three"}), v.Load())
	fmt.Println(small.CompareAndSwap(-3000, 5), small.Swap(6), small.Load())
}
