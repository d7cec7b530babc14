// mcentral: the shared pool of spans of one span class.
//
// An mcache that runs out of free slots for a span class asks the class's
// mcentral for another span with free slots. Like Go's mcentral, spans are
// kept in four stacks, by whether they have free slots and whether they have
// been swept in the current GC cycle:
//
//	partial[swept]   partial[unswept]   full[swept]   full[unswept]
//
// Which physical array is "swept" flips every cycle: index (sweepgen/2)%2 is
// the swept one. When the collector advances sweepgen by 2 at the end of
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
//	const s = central.cacheSpan(heap);   // a swept span with free slots
//	...allocate from s...
//	central.uncacheSpan(s, heap.sweepgen);  // back to partial or full

import { CLASS_NELEMS, CLASS_NPAGES, CLASS_TO_SIZE } from "./sizeclasses.js";
import { Span } from "./span.js";

/** What an mcentral needs from the heap that owns it. */
export interface SpanSource {
  readonly sweepgen: number;
  /** Sweep `s` for the current cycle. With `preserve`, leave it out of every list. Returns true if freed. */
  sweepSpan(s: Span, preserve: boolean): boolean;
  /** A new span for `spanclass` from the page heap (may grow memory). */
  allocSmallSpan(spanclass: number, npages: number, elemsize: number, nelems: number): Span;
}

/** How many full unswept spans cacheSpan may sweep before growing (Go's spanBudget). */
const SWEEP_BUDGET = 100;

export class MCentral {
  readonly spanclass: number;
  readonly elemsize: number;
  readonly npages: number;
  readonly nelems: number;
  readonly partial: [Span[], Span[]] = [[], []];
  readonly full: [Span[], Span[]] = [[], []];

  constructor(spanclass: number) {
    this.spanclass = spanclass;
    const c = spanclass >>> 1;
    this.elemsize = CLASS_TO_SIZE[c];
    this.npages = CLASS_NPAGES[c];
    this.nelems = CLASS_NELEMS[c];
  }

  partialSwept(sg: number): Span[] {
    return this.partial[(sg >>> 1) & 1];
  }
  partialUnswept(sg: number): Span[] {
    return this.partial[1 - ((sg >>> 1) & 1)];
  }
  fullSwept(sg: number): Span[] {
    return this.full[(sg >>> 1) & 1];
  }
  fullUnswept(sg: number): Span[] {
    return this.full[1 - ((sg >>> 1) & 1)];
  }

  /** A swept span with at least one free slot, to be cached by an mcache. */
  cacheSpan(h: SpanSource): Span {
    const sg = h.sweepgen;
    let s = this.partialSwept(sg).pop();
    if (s !== undefined) return s;
    s = this.partialUnswept(sg).pop();
    if (s !== undefined) {
      h.sweepSpan(s, true);
      return s;
    }
    const fullUnswept = this.fullUnswept(sg);
    for (let budget = SWEEP_BUDGET; budget > 0; budget--) {
      s = fullUnswept.pop();
      if (s === undefined) break;
      h.sweepSpan(s, true);
      if (s.allocCount < s.nelems) return s;
      this.fullSwept(sg).push(s);
    }
    return h.allocSmallSpan(this.spanclass, this.npages, this.elemsize, this.nelems);
  }

  /** Return a span from an mcache. */
  uncacheSpan(s: Span, sg: number): void {
    if (s.allocCount === s.nelems) this.fullSwept(sg).push(s);
    else this.partialSwept(sg).push(s);
  }

  /** Number of spans this mcentral holds (tests, statistics). */
  spanCount(): number {
    return (
      this.partial[0].length + this.partial[1].length + this.full[0].length + this.full[1].length
    );
  }
}
