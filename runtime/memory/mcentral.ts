// mcentral: the shared pool of spans of one span class.
//
// An mcache that runs out of free slots for a span class asks the class's
// mcentral for another span with free slots. Like Go's mcentral, spans are
// kept in four stacks, by whether they have free slots and whether they have
// been swept in the current GC cycle:
//
//	partial[swept]   partial[unswept]   full[swept]   full[unswept]
//
// Each stack is an intrusive singly linked list of span ids through
// SpanTable.next (see span.ts: no JavaScript storage per span). Which physical
// list is "swept" flips every cycle: index (sweepgen/2)%2 is the swept one. When the collector advances sweepgen by 2 at the end of
// marking, every swept span becomes unswept at once, with no list traversal.
//
// cacheSpan looks for a span in this order: partial swept (ready to use);
// partial unswept (sweep it, it can only gain free slots); full unswept (sweep
// it, hoping it frees something; a bounded number of tries, as in Go); and
// finally a fresh span from the page heap. This is where lazy sweeping
// happens: allocation sweeps the spans it needs.
//
// Invariant: a span is in at most one of the four stacks, and in none while it
// is cached by an mcache; a span in a swept stack has sweepgen == heap.sweepgen,
// in an unswept stack sweepgen == heap.sweepgen - 2.
//
// Example:
//
//	const id = central.cacheSpan(heap);   // a swept span with free slots
//	...allocate from it...
//	central.uncacheSpan(id, heap.sweepgen);  // back to partial or full

import { CLASS_NELEMS, CLASS_NPAGES, CLASS_TO_SIZE } from "./sizeclasses.js";
import { SpanTable } from "./span.js";

/** What an mcentral needs from the heap that owns it. */
export interface SpanSource {
  readonly sweepgen: number;
  /** Sweep span `id` for the current cycle. With `preserve`, leave it out of every list. Returns true if freed. */
  sweepSpan(id: number, preserve: boolean): boolean;
  /** A new span for `spanclass` from the page heap (may grow memory); returns its id. */
  allocSmallSpan(spanclass: number, npages: number, elemsize: number, nelems: number): number;
}

/** How many full unswept spans cacheSpan may sweep before growing (Go's spanBudget). */
const SWEEP_BUDGET = 100;

/** List indices: partial[0], partial[1], full[0], full[1]. */
const PARTIAL = 0;
const FULL = 2;

export class MCentral {
  readonly spanclass: number;
  readonly elemsize: number;
  readonly npages: number;
  readonly nelems: number;
  private readonly spans: SpanTable;
  /** First span id of each of the four lists (0: empty). */
  private readonly head = new Int32Array(4);
  /** Length of each list. */
  private readonly len = new Int32Array(4);

  constructor(spanclass: number, spans: SpanTable) {
    this.spanclass = spanclass;
    this.spans = spans;
    const c = spanclass >>> 1;
    this.elemsize = CLASS_TO_SIZE[c];
    this.npages = CLASS_NPAGES[c];
    this.nelems = CLASS_NELEMS[c];
  }

  /** The list index of partial swept spans in the cycle of sweepgen `sg`. */
  partialSwept(sg: number): number {
    return PARTIAL + ((sg >>> 1) & 1);
  }
  partialUnswept(sg: number): number {
    return PARTIAL + 1 - ((sg >>> 1) & 1);
  }
  fullSwept(sg: number): number {
    return FULL + ((sg >>> 1) & 1);
  }
  fullUnswept(sg: number): number {
    return FULL + 1 - ((sg >>> 1) & 1);
  }

  /** Push span `id` on list `list`. */
  push(list: number, id: number): void {
    this.spans.next[id] = this.head[list];
    this.head[list] = id;
    this.len[list]++;
  }

  /** Pop a span id from list `list`, 0 if it is empty. */
  pop(list: number): number {
    const id = this.head[list];
    if (id !== 0) {
      this.head[list] = this.spans.next[id];
      this.spans.next[id] = 0;
      this.len[list]--;
    }
    return id;
  }

  /** Number of spans on list `list`. */
  length(list: number): number {
    return this.len[list];
  }

  /** A swept span with at least one free slot, to be cached by an mcache. */
  cacheSpan(h: SpanSource): number {
    const sg = h.sweepgen;
    let s = this.pop(this.partialSwept(sg));
    if (s !== 0) return s;
    s = this.pop(this.partialUnswept(sg));
    if (s !== 0) {
      h.sweepSpan(s, true);
      return s;
    }
    const fullUnswept = this.fullUnswept(sg);
    const t = this.spans;
    for (let budget = SWEEP_BUDGET; budget > 0; budget--) {
      s = this.pop(fullUnswept);
      if (s === 0) break;
      h.sweepSpan(s, true);
      if (t.allocCount[s] < t.nelems[s]) return s;
      this.push(this.fullSwept(sg), s);
    }
    return h.allocSmallSpan(this.spanclass, this.npages, this.elemsize, this.nelems);
  }

  /** Return span `id` from an mcache. */
  uncacheSpan(id: number, sg: number): void {
    const t = this.spans;
    if (t.allocCount[id] === t.nelems[id]) this.push(this.fullSwept(sg), id);
    else this.push(this.partialSwept(sg), id);
  }

  /** Number of spans this mcentral holds (tests, statistics). */
  spanCount(): number {
    return this.len[0] + this.len[1] + this.len[2] + this.len[3];
  }
}
