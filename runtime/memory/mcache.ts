// mcache: a P's private cache of spans, one per span class, plus the tiny
// allocator's current block.
//
// Go gives every P (logical processor) an mcache so that the common malloc
// path takes no lock: pick the cached span of the right class and take its
// next free slot. minigo runs one P at a time but keeps the structure (an
// mcache per P, `Heap.mcache` is the running P's), so the scheduler can add
// Ps without touching malloc.
//
// The tiny allocator. Pointer-free objects smaller than 16 bytes are packed
// into a shared 16-byte block (`tiny`, with `tinyOffset` bytes used), aligned
// to their size's natural alignment. The block is freed only when every object
// in it is unreachable; it is a heap object of size class 2 (noscan).
//
// Spans are ids in the heap's SpanTable (see span.ts), so an mcache is a
// typed array and a few numbers.
//
// Invariant: alloc[spc] is either EMPTY_SPAN (id 0, nelems 0) or a swept span of
// class spc in no mcentral list; tiny is 0 or the address of a 16-byte block
// with tinyOffset <= 16. At the start and end of marking the collector empties
// every mcache (releaseAll) so that cached spans are swept and the tiny block
// allocated before marking is never extended with objects allocated during it.
//
// Example:
//
//	mcache.alloc[makeSpanClass(3, false)]   // the span serving 24-byte pointerful objects

import { NUM_SPAN_CLASSES } from "./sizeclasses.js";

/** Placeholder span id with no slots: the first allocation of a class refills. */
export const EMPTY_SPAN = 0;

export class MCache {
  /** The cached span id of each span class. */
  readonly alloc = new Int32Array(NUM_SPAN_CLASSES);
  /** Current tiny block address, 0 if none. */
  tiny = 0;
  tinyOffset = 0;
  /** Number of tiny allocations served from existing blocks (Go's tinyAllocs). */
  tinyAllocs = 0;
}
