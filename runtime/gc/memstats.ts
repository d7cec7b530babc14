// MemStats: Go's runtime.MemStats, computed from the heap's counters.
//
// Field names and meanings are Go's (see runtime/mstats.go):
//
//	Alloc = HeapAlloc     bytes of allocated heap objects (not yet freed by sweep)
//	TotalAlloc            cumulative bytes allocated (never decreases)
//	Mallocs, Frees        cumulative object counts; tiny allocations are counted
//	                      in both (as Go does: the 16-byte block is the object)
//	HeapObjects           Mallocs - Frees
//	HeapSys               heap pages obtained (in use + idle), excluding stacks
//	HeapInuse             bytes in in-use heap spans; HeapIdle = HeapSys - HeapInuse
//	HeapReleased          bytes returned to the OS (an ArrayBuffer cannot: 0)
//	StackInuse/StackSys   bytes in stack spans
//	Sys                   all bytes obtained: linear memory + metadata estimate
//	NextGC, LastGC, PauseNs[256], PauseEnd[256], PauseTotalNs, NumGC,
//	NumForcedGC, GCCPUFraction, BySize[61] {Size, Mallocs, Frees}
//
// The per-span-class counters settle when a span leaves an mcache, so reading
// the stats first accounts for the spans the mcaches still hold (Go flushes
// them the same way with the world stopped).
//
// Invariant: HeapAlloc == TotalAlloc - freed bytes; HeapInuse + HeapIdle == HeapSys.
//
// Example:
//
//	const m = collector.readMemStats(); m.HeapObjects === m.Mallocs - m.Frees

import { Heap } from "../memory/malloc.js";
import { EMPTY_SPAN } from "../memory/mcache.js";
import {
  CLASS_TO_SIZE,
  NUM_SIZE_CLASSES,
  NUM_SPAN_CLASSES,
  PAGE_SIZE,
} from "../memory/sizeclasses.js";

export interface SizeStat {
  Size: number;
  Mallocs: number;
  Frees: number;
}

export interface MemStats {
  Alloc: number;
  TotalAlloc: number;
  Sys: number;
  Lookups: number;
  Mallocs: number;
  Frees: number;
  HeapAlloc: number;
  HeapSys: number;
  HeapIdle: number;
  HeapInuse: number;
  HeapReleased: number;
  HeapObjects: number;
  StackInuse: number;
  StackSys: number;
  MSpanInuse: number;
  MSpanSys: number;
  MCacheInuse: number;
  MCacheSys: number;
  BuckHashSys: number;
  GCSys: number;
  OtherSys: number;
  NextGC: number;
  LastGC: number;
  PauseTotalNs: number;
  PauseNs: number[];
  PauseEnd: number[];
  NumGC: number;
  NumForcedGC: number;
  GCCPUFraction: number;
  EnableGC: boolean;
  DebugGC: boolean;
  BySize: SizeStat[];
}

/** GC-side figures the heap does not know. */
export interface GCFigures {
  nextGC: number;
  lastGC: number;
  pauseTotalNs: number;
  pauseNs: number[];
  pauseEnd: number[];
  numGC: number;
  numForcedGC: number;
  gcCPUFraction: number;
  /** Bytes of collector metadata held outside the linear memory (bitmaps, type ids). */
  gcSys: number;
}

/** Compute Go's MemStats for `heap` (spans cached by mcaches included). */
export function computeMemStats(heap: Heap, g: GCFigures): MemStats {
  const allocs = Float64Array.from(heap.smallAllocCount);
  let tiny = heap.tinyAllocCount;
  for (const c of heap.mcaches) {
    tiny += c.tinyAllocs;
    for (let spc = 0; spc < NUM_SPAN_CLASSES; spc++) {
      const s = c.alloc[spc];
      if (s !== EMPTY_SPAN)
        allocs[spc >>> 1] += heap.spans.allocCount[s] - heap.spans.allocCountBeforeCache[s];
    }
  }
  let nMalloc = heap.largeAllocCount;
  let nFree = heap.largeFreeCount;
  let totalAlloc = heap.largeAllocBytes;
  let totalFree = heap.largeFreeBytes;
  const bySize: SizeStat[] = [];
  for (let c = 1; c < NUM_SIZE_CLASSES; c++) {
    const a = allocs[c];
    const f = heap.smallFreeCount[c];
    nMalloc += a;
    nFree += f;
    totalAlloc += a * CLASS_TO_SIZE[c];
    totalFree += f * CLASS_TO_SIZE[c];
  }
  for (let c = 0; c < 61; c++) {
    bySize.push({
      Size: CLASS_TO_SIZE[c],
      Mallocs: c === 0 ? 0 : allocs[c],
      Frees: c === 0 ? 0 : heap.smallFreeCount[c],
    });
  }
  nMalloc += tiny;
  nFree += tiny;
  const pages = heap.pages;
  const heapInuse = pages.heapPagesInUse * PAGE_SIZE;
  const stackInuse = pages.stackPagesInUse * PAGE_SIZE;
  const heapSys = Math.max(0, pages.totalPages - 1) * PAGE_SIZE - stackInuse;
  const heapAlloc = totalAlloc - totalFree;
  const nspans = pages.heapPagesInUse + pages.stackPagesInUse; // upper bound on spans
  const mspanSys = nspans * 160;
  const mcacheSys = heap.mcaches.length * 16 * 1024;
  const sys = heapSys + stackInuse + mspanSys + mcacheSys + g.gcSys;
  return {
    Alloc: heapAlloc,
    TotalAlloc: totalAlloc,
    Sys: sys,
    Lookups: 0,
    Mallocs: nMalloc,
    Frees: nFree,
    HeapAlloc: heapAlloc,
    HeapSys: heapSys,
    HeapIdle: heapSys - heapInuse,
    HeapInuse: heapInuse,
    HeapReleased: 0,
    HeapObjects: nMalloc - nFree,
    StackInuse: stackInuse,
    StackSys: stackInuse,
    MSpanInuse: mspanSys,
    MSpanSys: mspanSys,
    MCacheInuse: mcacheSys,
    MCacheSys: mcacheSys,
    BuckHashSys: 0,
    GCSys: g.gcSys,
    OtherSys: 0,
    NextGC: g.nextGC,
    LastGC: g.lastGC,
    PauseTotalNs: g.pauseTotalNs,
    PauseNs: g.pauseNs.slice(),
    PauseEnd: g.pauseEnd.slice(),
    NumGC: g.numGC,
    NumForcedGC: g.numForcedGC,
    GCCPUFraction: g.gcCPUFraction,
    EnableGC: true,
    DebugGC: false,
    BySize: bySize,
  };
}
