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
// Spans are ids in the heap's SpanTable (see memory/span.ts); sweeping reads
// and writes typed arrays only and allocates nothing.
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
      let s = c.pop(c.partialUnswept(sg));
      if (s === 0) s = c.pop(c.fullUnswept(sg));
      if (s === 0) {
        this.cursor++;
        continue;
      }
      const npages = heap.spans.npages[s];
      this.sweepSpanId(s, false);
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

  /** sweepSpanId for a span handle (tests). */
  sweepSpan(s: Span, preserve: boolean): boolean {
    return this.sweepSpanId(s.id, preserve);
  }

  /**
   * Sweep span `s`. With `preserve` the caller (mcentral.cacheSpan) keeps the
   * span and it is put in no list, even if empty. Returns true if the span was
   * returned to the page heap.
   */
  sweepSpanId(s: number, preserve: boolean): boolean {
    const heap = this.heap;
    const t = heap.spans;
    const sg = heap.sweepgen;
    if (t.sweepgen[s] === sg) return false;
    t.sweepgen[s] = sg;
    const npages = t.npages[s];
    this.pagesSwept += npages;
    const spc = t.spanclass[s];
    const sizeclass = spc >>> 1;
    const bits = t.bits;
    const mo = t.markOff[s];
    if (sizeclass === 0) {
      const live = (bits[mo] & 1) !== 0;
      if (!live && !preserve) {
        heap.largeFreeCount++;
        heap.largeFreeBytes += npages * PAGE_SIZE;
        heap.freeSpanId(s);
        this.spansFreed++;
        return true;
      }
      bits[mo] = 0;
      if (!preserve) {
        const c = heap.central[spc];
        c.push(c.fullSwept(sg), s);
      }
      return false;
    }
    const ao = t.allocOff[s];
    const nwords = t.nwords[s];
    const nelems = t.nelems[s];
    let nalloc = 0;
    for (let i = 0; i < nwords; i++) nalloc += popcount32(bits[mo + i]);
    const nfreed = t.allocCount[s] - nalloc;
    if (nfreed > 0) {
      if (heap.poison) {
        const fi = t.freeindex[s];
        const base = t.base[s];
        const elemsize = t.elemsize[s];
        for (let i = 0; i < nelems; i++) {
          const bit = 1 << (i & 31);
          const wasAlloc = i < fi || (bits[ao + (i >>> 5)] & bit) !== 0;
          if (wasAlloc && (bits[mo + (i >>> 5)] & bit) === 0)
            heap.poisonRange(base + i * elemsize, elemsize);
        }
      }
      t.needzero[s] = 1;
      heap.smallFreeCount[sizeclass] += nfreed;
    }
    // The swap: the mark bits become the alloc bits; the old alloc bits,
    // cleared, become the next cycle's mark bits.
    t.allocOff[s] = mo;
    t.markOff[s] = ao;
    bits.fill(0, ao, ao + nwords);
    t.freeindex[s] = 0;
    t.allocCount[s] = nalloc;
    t.refillAllocCache(s, 0);
    if (preserve) return false;
    if (nalloc === 0) {
      heap.freeSpanId(s);
      this.spansFreed++;
      return true;
    }
    heap.central[spc].uncacheSpan(s, sg);
    return false;
  }
}
