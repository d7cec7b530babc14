// gcbench: the native Go side of minigo's heap and GC benchmarks.
//
// Each mode mirrors one workload of bench/gc/run.ts and prints one JSON line,
// so the Node driver can compute ratios (ours / Go):
//
//	alloc SIZE N        allocate N pointer-free objects of SIZE bytes, keeping only
//	                    the last (GC running at GOGC=100); objects per second
//	pause LIVE_MB N     build a live heap of LIVE_MB MB (128-byte nodes reached
//	                    through 64 KB pointer chunks), then churn N 64-byte
//	                    allocations while replacing live nodes; STW pause
//	                    distribution from MemStats.PauseNs and the longest gap
//	                    between checkpoints of the mutator loop
//	overhead LIVE_MB    allocate a mix of object sizes totalling LIVE_MB MB, all
//	                    live, runtime.GC(), report HeapInuse and the bytes live
//
// Run: go run bench/gc/gcbench.go alloc 64 20000000
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"runtime"
	"sort"
	"strconv"
	"time"
)

var sink []byte
var sinkNode *node

type node struct {
	next    *node
	other   *node
	payload [14]int64 // 128 bytes in all
}

func out(v map[string]interface{}) {
	b, _ := json.Marshal(v)
	fmt.Println(string(b))
}

func atoi(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		panic(err)
	}
	return n
}

func alloc(size, n int) {
	runtime.GC()
	start := time.Now()
	for i := 0; i < n; i++ {
		sink = make([]byte, size)
	}
	el := time.Since(start).Seconds()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	out(map[string]interface{}{"mode": "alloc", "size": size, "n": n, "seconds": el, "perSec": float64(n) / el, "numGC": ms.NumGC})
}

const chunkPtrs = 8192 // 64 KB of pointers

func buildLive(liveBytes int) [][]*node {
	nodes := liveBytes / 128
	var chunks [][]*node
	for made := 0; made < nodes; {
		c := make([]*node, chunkPtrs)
		for j := 0; j < chunkPtrs && made < nodes; j++ {
			c[j] = &node{}
			if j > 0 {
				c[j].next = c[j-1]
			}
			made++
		}
		chunks = append(chunks, c)
	}
	return chunks
}

func pause(liveMB, n int) {
	chunks := buildLive(liveMB << 20)
	runtime.GC()
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	seed := uint32(12345)
	var gaps []float64
	last := time.Now()
	start := last
	for i := 0; i < n; i++ {
		sink = make([]byte, 64)
		if i%16 == 0 {
			seed = seed*1664525 + 1013904223
			c := chunks[int(seed>>8)%len(chunks)]
			k := int(seed>>3) % chunkPtrs
			nn := &node{}
			nn.other = c[k]
			c[k] = nn
		}
		if i%1000 == 999 {
			now := time.Now()
			gaps = append(gaps, float64(now.Sub(last).Nanoseconds()))
			last = now
		}
	}
	el := time.Since(start).Seconds()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	cycles := int(ms.NumGC - before.NumGC)
	var pauses []float64
	for c := 0; c < cycles && c < 256; c++ {
		pauses = append(pauses, float64(ms.PauseNs[(int(ms.NumGC)-1-c+256)%256]))
	}
	sort.Float64s(pauses)
	sort.Float64s(gaps)
	maxPause, p99 := 0.0, 0.0
	if len(pauses) > 0 {
		maxPause = pauses[len(pauses)-1]
		p99 = pauses[int(float64(len(pauses)-1)*0.99)]
	}
	medGap := gaps[len(gaps)/2]
	out(map[string]interface{}{"mode": "pause", "liveMB": liveMB, "n": n, "seconds": el, "cycles": cycles,
		"maxPauseNs": maxPause, "p99PauseNs": p99, "maxGapNs": gaps[len(gaps)-1], "medianGapNs": medGap,
		"heapInuse": ms.HeapInuse})
	runtime.KeepAlive(chunks)
}

func overhead(liveMB int) {
	sizes := []int{8, 16, 24, 40, 64, 100, 250, 700, 1500, 3000, 9000, 40000}
	var keep [][]byte
	live := 0
	for i := 0; live < liveMB<<20; i++ {
		s := sizes[i%len(sizes)]
		keep = append(keep, make([]byte, s))
		live += s
	}
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	out(map[string]interface{}{"mode": "overhead", "liveMB": liveMB, "liveBytes": live, "objects": len(keep),
		"heapInuse": ms.HeapInuse, "heapAlloc": ms.HeapAlloc, "heapSys": ms.HeapSys})
	runtime.KeepAlive(keep)
}

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: gcbench alloc SIZE N | pause LIVE_MB N | overhead LIVE_MB")
		os.Exit(2)
	}
	switch os.Args[1] {
	case "alloc":
		alloc(atoi(os.Args[2]), atoi(os.Args[3]))
	case "pause":
		pause(atoi(os.Args[2]), atoi(os.Args[3]))
	case "overhead":
		overhead(atoi(os.Args[2]))
	default:
		fmt.Fprintln(os.Stderr, "unknown mode", os.Args[1])
		os.Exit(2)
	}
}
