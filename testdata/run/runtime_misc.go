package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

func main() {
	fmt.Println(runtime.NumGoroutine())
	runtime.GC()
	runtime.Gosched()
	// The previous setting is GOGC's (100 by default): print only what holds for any GOGC.
	old := debug.SetGCPercent(50)
	fmt.Println(old > 0)
	fmt.Println(debug.SetGCPercent(old))
	debug.FreeOSMemory()
	x := new([64]byte)
	x[3] = 7
	runtime.KeepAlive(x)
	fmt.Println(runtime.GOMAXPROCS(0) >= 1, runtime.Compiler != "")
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Println(ms.NumGC >= 1, ms.HeapAlloc > 0, ms.Mallocs >= ms.Frees)
}
