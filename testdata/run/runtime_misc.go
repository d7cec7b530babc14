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
	old := debug.SetGCPercent(50)
	fmt.Println(old)
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
