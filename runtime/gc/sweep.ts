// Sweeping: turning the mark bits of the last cycle into free slots.
//
// Mark termination advances heap.sweepgen by 2, which makes every span
// "unswept" at once (see mcentral.ts). A span is then swept exactly once
// before it is used again, by whichever comes first:
//
//	lazy           mcentral.cacheSpan sweeps the spans it is about to hand out
//	proportional   before a span is allocated from the page heap, sweep
//	               sweepPagesPerByte * bytes pages (Go's deductSweepCredit), so
//	               that all spans are swept by the time the heap reaches the
//	               next trigger
//	idle / forced  gcIdleWork and the start of the next cycle sweep the rest
//
// Sweeping a span is Go's bit swap: the objects that were marked are exactly
// the live ones, so `allocBits = gcmarkBits`, freeindex = 0, allocCount = the
// number of marks, and the span gets fresh, zeroed gcmarkBits (we recycle the
// old allocBits array). A span with no live object goes back to the page heap;
// a large object's span is freed whole when its object is unmarked. With
// clobberfree, every freed slot is overwritten with a poison pattern first.
//
// Invariant: after sweepSpan(s), s.sweepgen == heap.sweepgen and for every
// slot i < nelems: free(i) == !marked-last-cycle(i); slots freed here are
// counted in smallFreeCount. Spans freed to the page heap are in no list.
//
// Example:
//
//	span: allocBits 1111, marks 1010  --sweep-->  allocBits 1010, marks 0000,
//	      freeindex 0, allocCount 2, 2 frees counted

import { Heap } from "../memory/malloc.js";
import { NUM_SPAN_CLASSES, PAGE_SIZE } from "../memory/sizeclasses.js";
import { Span, popcount32 } from "../memory/span.js";

export class Sweeper {
  private readonly heap: Heap;
  /** Next span class whose unswept lists sweepone drains. */
  private cursor = NUM_SPAN_CLASSES;
  /** Pages to sweep per byte of span allocation (0: sweeping is done or not needed). */
  sweepPagesPerByte = 0;
  /** Pages swept in this sweep phase. */
  pagesSwept = 0;
  /** pagesSwept / heapLive at the time sweepPagesPerByte was computed. */
  private pagesSweptBasis = 0;
  private heapLiveBasis = 0;
  /** Total spans/objects freed (tests). */
  spansFreed = 0;

  constructor(heap: Heap) {
    this.heap = heap;
  }

  /** Begin a sweep phase (right after sweepgen was advanced). */
  start(): void {
    this.cursor = 0;
    this.pagesSwept = 0;
    this.pagesSweptBasis = 0;
  }

  /** Pace sweeping so it finishes before heapLive reaches `trigger` (Go's gcPaceSweeper). */
  pace(trigger: number): void {
    const heapLive = this.heap.heapLive;
    const heapDistance = trigger - 1024 * 1024 - heapLive; // Go leaves 1 MB of slack
    const pagesInUse = this.heap.pages.heapPagesInUse;
    if (heapDistance < PAGE_SIZE) {
      this.sweepPagesPerByte = pagesInUse > 0 ? pagesInUse / PAGE_SIZE : 0;
    } else {
      this.sweepPagesPerByte = pagesInUse / heapDistance;
    }
    this.pagesSweptBasis = this.pagesSwept;
    this.heapLiveBasis = heapLive;
  }

  isDone(): boolean {
    return this.cursor >= NUM_SPAN_CLASSES;
  }

  /** Proportional sweeping before allocating `bytes` of spans. */
  deductSweepCredit(bytes: number): void {
    if (this.sweepPagesPerByte === 0 || this.isDone()) return;
    const newHeapLive = this.heap.heapLive - this.heapLiveBasis + bytes;
    const pagesTarget = this.sweepPagesPerByte * newHeapLive - 1;
    while (this.pagesSwept - this.pagesSweptBasis < pagesTarget) {
      if (this.sweepone() < 0) {
        this.sweepPagesPerByte = 0;
        break;
      }
    }
  }

  /** Sweep one unswept span; returns its pages, or -1 when none is left. */
  sweepone(): number {
    const heap = this.heap;
    const sg = heap.sweepgen;
    while (this.cursor < NUM_SPAN_CLASSES) {
      const c = heap.central[this.cursor];
      const s = c.partialUnswept(sg).pop() ?? c.fullUnswept(sg).pop();
      if (s === undefined) {
        this.cursor++;
        continue;
      }
      const npages = s.npages;
      this.sweepSpan(s, false);
      return npages;
    }
    return -1;
  }

  /** Sweep everything that is left (start of a cycle, runtime.GC). */
  finish(): number {
    let n = 0;
    while (this.sweepone() >= 0) n++;
    return n;
  }

  /**
   * Sweep one span. With `preserve` the caller (mcentral.cacheSpan) keeps the
   * span and it is put in no list, even if empty. Returns true if the span was
   * returned to the page heap.
   */
  sweepSpan(s: Span, preserve: boolean): boolean {
    const heap = this.heap;
    const sg = heap.sweepgen;
    if (s.sweepgen === sg) return false;
    s.sweepgen = sg;
    this.pagesSwept += s.npages;
    const sizeclass = s.spanclass >>> 1;
    if (sizeclass === 0) {
      const live = s.isMarked(0);
      if (!live && !preserve) {
        heap.largeFreeCount++;
        heap.largeFreeBytes += s.npages * PAGE_SIZE;
        heap.freeSpan(s);
        this.spansFreed++;
        return true;
      }
      s.arena.bits[s.markOff] = 0;
      if (!preserve) heap.central[s.spanclass].fullSwept(sg).push(s);
      return false;
    }
    const bits = s.arena.bits;
    const mo = s.markOff;
    const ao = s.allocOff;
    const nwords = s.nwords;
    const nelems = s.nelems;
    let nalloc = 0;
    for (let i = 0; i < nwords; i++) nalloc += popcount32(bits[mo + i]);
    const nfreed = s.allocCount - nalloc;
    if (nfreed > 0) {
      if (heap.poison) {
        const fi = s.freeindex;
        for (let i = 0; i < nelems; i++) {
          const bit = 1 << (i & 31);
          const wasAlloc = i < fi || (bits[ao + (i >>> 5)] & bit) !== 0;
          if (wasAlloc && (bits[mo + (i >>> 5)] & bit) === 0)
            heap.poisonRange(s.base + i * s.elemsize, s.elemsize);
        }
      }
      s.needzero = true;
      heap.smallFreeCount[sizeclass] += nfreed;
    }
    // The swap: the mark bits become the alloc bits; the old alloc bits,
    // cleared, become the next cycle's mark bits.
    s.allocOff = mo;
    s.markOff = ao;
    bits.fill(0, ao, ao + nwords);
    s.freeindex = 0;
    s.allocCount = nalloc;
    s.refillAllocCache(0);
    if (preserve) return false;
    if (nalloc === 0) {
      heap.freeSpan(s);
      this.spansFreed++;
      return true;
    }
    heap.central[s.spanclass].uncacheSpan(s, sg);
    return false;
  }
}
