// Checkmark (GODEBUG=gccheckmark=1): verify that marking found everything.
//
// After the incremental mark phase has finished, and with the world still
// stopped, re-mark the whole heap from the roots in a separate bitmap,
// non-incrementally and without any barrier. Every object this reaches must
// already carry a mark bit from the real mark phase; one that does not is a
// reachable object the collector was about to free, i.e. a bug in the barrier
// or in root scanning. Go reports it with
//
//	runtime: checkmarks found unexpected unmarked object obj=0x...
//	fatal error: checkmark found unmarked object
//
// and so do we (as a FatalError).
//
// Invariant: the check reads mark bits and memory only; it changes nothing
// the collector uses (its own bits live in a side map discarded afterwards).
//
// Example:
//
//	checkmark(heap, marker.rootJobs);   // throws FatalError if a live object is white

import { fatal, hex } from "../memory/fatal.js";
import { Heap } from "../memory/malloc.js";
import { Span } from "../memory/span.js";
import { forEachPointer } from "./mark.js";
import { RootJob } from "./roots.js";

/** Returns the number of objects reached; throws FatalError on an unmarked reachable object. */
export function checkmark(heap: Heap, jobs: readonly RootJob[]): number {
  const seen = new Map<Span, Uint32Array>();
  const stack: number[] = [];
  let reached = 0;
  const visit = (p: number): void => {
    const s = heap.spanOf(p);
    if (s === null) return;
    const idx = s.objIndex(p);
    if (idx >= s.nelems) return;
    let bits = seen.get(s);
    if (bits === undefined) {
      bits = new Uint32Array((s.nelems + 31) >>> 5);
      seen.set(s, bits);
    }
    const bit = 1 << (idx & 31);
    if ((bits[idx >>> 5] & bit) !== 0) return;
    bits[idx >>> 5] |= bit;
    reached++;
    const base = s.base + idx * s.elemsize;
    if (!s.isMarked(idx)) {
      fatal(
        "checkmark found unmarked object",
        `runtime: checkmarks found unexpected unmarked object obj=${hex(base)}`,
      );
    }
    if (!s.noscan) stack.push(base);
  };
  for (const job of jobs) job.scan(visit);
  for (let p = stack.pop(); p !== undefined; p = stack.pop()) forEachPointer(heap, p, visit);
  return reached;
}
