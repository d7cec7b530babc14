// Stack memory: goroutine stacks carved out of page-heap spans (Go's stackalloc).
//
// Goroutine stacks are not heap objects: the collector never marks or sweeps
// them (it scans them as roots, through the scheduler's stack maps). As in Go,
// they come from the same page heap as the object heap, in spans whose state
// is Stack, so the two share memory and the statistics can tell them apart
// (StackInuse vs HeapInuse).
//
//	small stacks (2, 4, 8, 16 KB)  carved from 32 KB stack spans, one free list
//	                               per size (Go's stackpool orders)
//	large stacks (>= 32 KB)        a dedicated span of bytes/8192 pages
//
// Invariant: sizes are powers of two >= 2 KB; a small stack's block is in its
// order's free list iff it is not in use; a large stack's span is freed to the
// page heap as soon as the stack is freed. Small-stack spans stay in the pool
// (Go returns them only when a whole span is free at GC; not done here).
//
// Example:
//
//	const sp = heap.allocStack(2048);   // 2 KB block inside a 32 KB stack span
//	heap.freeStack(sp, 2048);

import { PageHeap } from "./pageheap.js";
import { PAGE_SIZE } from "./sizeclasses.js";
import { SpanState } from "./span.js";

/** Smallest stack (Go's _FixedStack on Linux). */
export const FIXED_STACK = 2048;
/** Number of small-stack orders: 2, 4, 8, 16 KB. */
export const NUM_STACK_ORDERS = 4;
/** Size of the spans small stacks are carved from (Go's _StackCacheSize). */
export const STACK_SPAN_BYTES = 32 << 10;

export class StackAllocator {
  private readonly pages: PageHeap;
  private readonly freeLists: number[][] = [];
  /** Called with (base, bytes) of a stack span about to be freed (poisoning). */
  private readonly onFreeSpan: ((base: number, bytes: number) => void) | null;
  /** Bytes of stacks currently handed out (for tests; StackInuse counts whole spans, as Go). */
  bytesInUse = 0;

  constructor(pages: PageHeap, onFreeSpan: ((base: number, bytes: number) => void) | null) {
    this.pages = pages;
    this.onFreeSpan = onFreeSpan;
    for (let i = 0; i < NUM_STACK_ORDERS; i++) this.freeLists.push([]);
  }

  alloc(bytes: number): number {
    if (bytes < FIXED_STACK || (bytes & (bytes - 1)) !== 0)
      throw new RangeError(`stackalloc: bad size ${bytes}`);
    this.bytesInUse += bytes;
    if (bytes < STACK_SPAN_BYTES) {
      const order = Math.log2(bytes / FIXED_STACK);
      const list = this.freeLists[order];
      if (list.length === 0) {
        const s = this.pages.allocSpanId(
          STACK_SPAN_BYTES / PAGE_SIZE,
          0,
          bytes,
          STACK_SPAN_BYTES / bytes,
          SpanState.Stack,
        );
        const base = this.pages.spans.base[s];
        for (let a = base + STACK_SPAN_BYTES - bytes; a >= base; a -= bytes) list.push(a);
      }
      return list.pop()!;
    }
    const s = this.pages.allocSpanId(bytes / PAGE_SIZE, 0, bytes, 1, SpanState.Stack);
    return this.pages.spans.base[s];
  }

  free(addr: number, bytes: number): void {
    this.bytesInUse -= bytes;
    if (bytes < STACK_SPAN_BYTES) {
      this.freeLists[Math.log2(bytes / FIXED_STACK)].push(addr);
      return;
    }
    const page = addr / PAGE_SIZE;
    const t = this.pages.spans;
    const s =
      Number.isInteger(page) && page < this.pages.totalPages ? this.pages.pageSpan[page] : 0;
    if (s === 0 || t.state[s] !== SpanState.Stack || t.base[s] !== addr)
      throw new Error("stackfree: not a stack span");
    this.onFreeSpan?.(addr, t.npages[s] * PAGE_SIZE);
    this.pages.freeSpanId(s);
  }
}
