// The page heap (Go's mheap page allocator): hands out runs of 8 KB pages.
//
// All memory above page 0 belongs to the page heap. A page is either free, or
// owned by exactly one span (a heap span of objects, or a stack span). Free
// pages are kept as maximal runs, sorted by address:
//
//	[1, 7)  [12, 13)  [40, 8192)        runStart/runLen, ascending
//
// Allocation is address-ordered first fit, like Go's pageAlloc (which finds
// the lowest-addressed fit with a radix tree of summaries; a sorted array is
// enough at our sizes): take the first run long enough and split it. Freeing
// inserts the run and coalesces it with its neighbours, so two adjacent free
// runs never exist. When nothing fits, the linear memory grows by whole
// arenas and the new pages join (or extend) the last run.
//
// `spanOf[page]` maps every page of an in-use span to its Span; this is how the
// collector finds the object an arbitrary (interior) pointer points into.
//
// Zeroing. Memory fresh from growth is zero. `zeroedBase` is the lowest page
// never handed out (Go's arena zeroedBase): a run that starts at or above it
// needs no clearing; anything below may be dirty and spans made from it carry
// needzero.
//
// Invariants: runs are sorted, disjoint, non-adjacent and non-empty; a page is
// in exactly one of {page 0 (reserved nil page), a run, a span};
// freePages = sum(runLen); spanOf[p] != null iff p is in a span.
//
// Example:
//
//	const ph = new PageHeap(new LinearMemory({ arenaBytes: 1 << 20 }));
//	const a = ph.allocSpan(2, ...), b = ph.allocSpan(1, ...);   // pages 1-2, 3
//	ph.freeSpan(a); ph.freeSpan(b);                              // one run [1, 128)

import { LinearMemory } from "./linear.js";
import { PAGE_SHIFT, PAGE_SIZE } from "./sizeclasses.js";
import { Span, SpanArena, SpanState } from "./span.js";

export class PageHeap {
  readonly mem: LinearMemory;
  /** Owning span of every page, null for free pages and page 0. */
  readonly spanOf: (Span | null)[] = [];
  /** Free runs, sorted by start page. */
  private readonly runStart: number[] = [];
  private readonly runLen: number[] = [];
  /** Lowest page never handed out; pages >= it are known to be zero. */
  zeroedBase = 1;
  /** Pages in the linear memory (including reserved page 0). */
  totalPages = 0;
  freePages = 0;
  /** Pages owned by heap spans. */
  heapPagesInUse = 0;
  /** Pages owned by stack spans. */
  stackPagesInUse = 0;
  /** Recycled span records: small span classes by class; large spans (classes 0, 1) in pool[0]. */
  private readonly pool: Span[][] = [];
  /** Storage of every span's bitmaps and type ids. */
  readonly arena = new SpanArena();
  /**
   * Debug (poison) mode: fresh pages are filled with this word when the memory
   * grows, so every free page holds poison and every span may need zeroing.
   */
  poisonWord: number | null = null;

  constructor(mem: LinearMemory) {
    this.mem = mem;
    this.totalPages = mem.size >>> PAGE_SHIFT;
    for (let p = 0; p < this.totalPages; p++) this.spanOf.push(null);
    if (this.totalPages > 1) this.insertRun(1, this.totalPages - 1);
  }

  /** Number of free runs (for tests and statistics). */
  get runCount(): number {
    return this.runStart.length;
  }

  /** Snapshot of the free runs as [start, npages] pairs. */
  freeRuns(): Array<[number, number]> {
    return this.runStart.map((s, i) => [s, this.runLen[i]]);
  }

  /**
   * Allocate a span of `npages` pages. The span's slots are described by the
   * caller (elemsize, nelems); `state` says heap or stack. Grows memory if needed.
   */
  allocSpan(
    npages: number,
    spanclass: number,
    elemsize: number,
    nelems: number,
    state: SpanState,
  ): Span {
    const start = this.allocPages(npages);
    const needzero = start < this.zeroedBase || this.poisonWord !== null;
    if (start + npages > this.zeroedBase) this.zeroedBase = start + npages;
    let s: Span;
    const pooled =
      state === SpanState.InUse ? this.pool[spanclass < 2 ? 0 : spanclass]?.pop() : undefined;
    if (pooled !== undefined) {
      s = pooled;
      s.reset(start, npages, needzero);
      s.spanclass = spanclass;
      s.elemsize = elemsize;
    } else {
      s = new Span(this.arena, start, npages, spanclass, elemsize, nelems, needzero);
      s.state = state;
    }
    const spanOf = this.spanOf;
    for (let p = start, e = start + npages; p < e; p++) spanOf[p] = s;
    if (state === SpanState.Stack) this.stackPagesInUse += npages;
    else this.heapPagesInUse += npages;
    return s;
  }

  /** Return a span's pages to the heap, coalescing with free neighbours. */
  freeSpan(s: Span): void {
    if (s.state === SpanState.Dead) throw new Error("pageheap: double free of span");
    const spanOf = this.spanOf;
    for (let p = s.startPage, e = s.startPage + s.npages; p < e; p++) spanOf[p] = null;
    if (s.state === SpanState.Stack) this.stackPagesInUse -= s.npages;
    else this.heapPagesInUse -= s.npages;
    const wasHeap = s.state === SpanState.InUse;
    s.state = SpanState.Dead;
    this.insertRun(s.startPage, s.npages);
    if (wasHeap) {
      const k = s.spanclass < 2 ? 0 : s.spanclass;
      const list = this.pool[k] ?? (this.pool[k] = []);
      list.push(s);
    }
  }

  /** First-fit allocation of a page run; returns its first page. */
  private allocPages(npages: number): number {
    for (;;) {
      const starts = this.runStart;
      const lens = this.runLen;
      for (let i = 0; i < starts.length; i++) {
        const len = lens[i];
        if (len >= npages) {
          const start = starts[i];
          if (len === npages) {
            starts.splice(i, 1);
            lens.splice(i, 1);
          } else {
            starts[i] = start + npages;
            lens[i] = len - npages;
          }
          this.freePages -= npages;
          return start;
        }
      }
      this.growPages(npages);
    }
  }

  /** Grow the linear memory so that a run of `npages` exists at the end. */
  private growPages(npages: number): void {
    const n = this.runStart.length;
    let tail = 0;
    if (n > 0 && this.runStart[n - 1] + this.runLen[n - 1] === this.totalPages)
      tail = this.runLen[n - 1];
    const oldPages = this.totalPages;
    const firstGrowth = oldPages === 0 ? 1 : 0; // page 0 is the nil page
    const needBytes = (npages - tail + firstGrowth) * PAGE_SIZE;
    const newSize = this.mem.grow(needBytes);
    const newPages = newSize >>> PAGE_SHIFT;
    for (let p = oldPages; p < newPages; p++) this.spanOf.push(null);
    this.totalPages = newPages;
    if (this.poisonWord !== null)
      this.mem.u32.fill(
        this.poisonWord,
        (oldPages << PAGE_SHIFT) >>> 2,
        (newPages << PAGE_SHIFT) >>> 2,
      );
    const from = Math.max(oldPages, 1);
    this.insertRun(from, newPages - from);
  }

  private insertRun(start: number, len: number): void {
    const starts = this.runStart;
    const lens = this.runLen;
    // Binary search for the first run starting after `start`.
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (starts[mid] < start) lo = mid + 1;
      else hi = mid;
    }
    this.freePages += len;
    const mergePrev = lo > 0 && starts[lo - 1] + lens[lo - 1] === start;
    const mergeNext = lo < starts.length && start + len === starts[lo];
    if (mergePrev && mergeNext) {
      lens[lo - 1] += len + lens[lo];
      starts.splice(lo, 1);
      lens.splice(lo, 1);
    } else if (mergePrev) {
      lens[lo - 1] += len;
    } else if (mergeNext) {
      starts[lo] = start;
      lens[lo] += len;
    } else {
      starts.splice(lo, 0, start);
      lens.splice(lo, 0, len);
    }
  }
}
