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
// `pageSpan[page]` maps every page of an in-use span to its span id (0 for a
// free page; an Int32Array, see span.ts for why nothing here is a JavaScript
// object per span); this is how the collector finds the object an arbitrary
// (interior) pointer points into. Span ids of freed spans go to a pool (an
// intrusive list through SpanTable.next) per span class, so their bitmap
// ranges are reused by the next span of the same class; stack spans have no
// bitmaps and a pool of their own.
//
// Zeroing. Memory fresh from growth is zero. `zeroedBase` is the lowest page
// never handed out (Go's arena zeroedBase): a run that starts at or above it
// needs no clearing; anything below may be dirty and spans made from it carry
// needzero.
//
// Invariants: runs are sorted, disjoint, non-adjacent and non-empty; a page is
// in exactly one of {page 0 (reserved nil page), a run, a span};
// freePages = sum(runLen); pageSpan[p] != 0 iff p is in a span.
//
// Example:
//
//	const ph = new PageHeap(new LinearMemory({ arenaBytes: 1 << 20 }));
//	const a = ph.allocSpanId(2, ...), b = ph.allocSpanId(1, ...);   // pages 1-2, 3
//	ph.freeSpanId(a); ph.freeSpanId(b);                              // one run [1, 128)

import { LinearMemory } from "./linear.js";
import { NUM_SPAN_CLASSES, PAGE_SHIFT, PAGE_SIZE } from "./sizeclasses.js";
import { Span, SpanState, SpanTable } from "./span.js";

/** Pool index of dead stack span ids (heap spans are pooled by span class). */
const STACK_POOL = NUM_SPAN_CLASSES;

export class PageHeap {
  readonly mem: LinearMemory;
  /** Owning span id of every page, 0 for free pages and page 0 (length >= totalPages). */
  pageSpan = new Int32Array(0);
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
  /**
   * Dead span ids (list heads through spans.next): small span classes by
   * class; large spans (classes 0, 1) in pool[0]; stack spans in pool[STACK_POOL].
   */
  private readonly pool = new Int32Array(NUM_SPAN_CLASSES + 1);
  /** Every span's metadata, bitmaps and type ids. */
  readonly spans = new SpanTable();
  /**
   * Debug (poison) mode: fresh pages are filled with this word when the memory
   * grows, so every free page holds poison and every span may need zeroing.
   */
  poisonWord: number | null = null;

  constructor(mem: LinearMemory) {
    this.mem = mem;
    this.totalPages = mem.size >>> PAGE_SHIFT;
    this.pageSpan = new Int32Array(Math.max(this.totalPages, 1024));
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

  /** The span owning `page` (a handle, see span.ts), or null. Tests and debugging. */
  spanOf(page: number): Span | null {
    const id = page < this.totalPages ? this.pageSpan[page] : 0;
    return id === 0 ? null : this.spans.span(id);
  }

  /**
   * Allocate a span of `npages` pages and return its id. The span's slots are
   * described by the caller (elemsize, nelems); `state` says heap or stack.
   * Grows memory if needed.
   */
  allocSpanId(
    npages: number,
    spanclass: number,
    elemsize: number,
    nelems: number,
    state: SpanState,
  ): number {
    const start = this.allocPages(npages);
    const needzero = start < this.zeroedBase || this.poisonWord !== null;
    if (start + npages > this.zeroedBase) this.zeroedBase = start + npages;
    const t = this.spans;
    const k = state === SpanState.Stack ? STACK_POOL : spanclass < 2 ? 0 : spanclass;
    let id = this.pool[k];
    if (id !== 0) {
      this.pool[k] = t.next[id];
      t.reset(id, start, npages, needzero);
      t.spanclass[id] = spanclass;
      t.elemsize[id] = elemsize;
      t.nelems[id] = nelems;
    } else {
      id = t.create(
        start,
        npages,
        spanclass,
        elemsize,
        nelems,
        needzero,
        state !== SpanState.Stack,
      );
    }
    t.state[id] = state;
    this.pageSpan.fill(id, start, start + npages);
    if (state === SpanState.Stack) this.stackPagesInUse += npages;
    else this.heapPagesInUse += npages;
    return id;
  }

  /** allocSpanId, returning the span's handle (tests). */
  allocSpan(
    npages: number,
    spanclass: number,
    elemsize: number,
    nelems: number,
    state: SpanState,
  ): Span {
    return this.spans.span(this.allocSpanId(npages, spanclass, elemsize, nelems, state));
  }

  /** Return span `id`'s pages to the heap, coalescing with free neighbours. */
  freeSpanId(id: number): void {
    const t = this.spans;
    const state = t.state[id];
    if (state === SpanState.Dead) throw new Error("pageheap: double free of span");
    const start = t.startPage[id];
    const npages = t.npages[id];
    this.pageSpan.fill(0, start, start + npages);
    if (state === SpanState.Stack) this.stackPagesInUse -= npages;
    else this.heapPagesInUse -= npages;
    t.state[id] = SpanState.Dead;
    this.insertRun(start, npages);
    const spc = t.spanclass[id];
    const k = state === SpanState.Stack ? STACK_POOL : spc < 2 ? 0 : spc;
    t.next[id] = this.pool[k];
    this.pool[k] = id;
  }

  freeSpan(s: Span): void {
    this.freeSpanId(s.id);
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
    if (newPages > this.pageSpan.length) {
      const ps = new Int32Array(Math.max(newPages, this.pageSpan.length * 2));
      ps.set(this.pageSpan);
      this.pageSpan = ps;
    }
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
