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
import { forEachPointer } from "./mark.js";
import { RootJob } from "./roots.js";

/** Returns the number of objects reached; throws FatalError on an unmarked reachable object. */
export function checkmark(heap: Heap, jobs: readonly RootJob[]): number {
  const t = heap.spans;
  const seen = new Map<number, Uint32Array>();
  const stack: number[] = [];
  let reached = 0;
  const visit = (p: number): void => {
    const s = heap.spanIdOf(p);
    if (s === 0) return;
    const idx = Math.floor((p - t.base[s]) / t.elemsize[s]);
    if (idx >= t.nelems[s]) return;
    let bits = seen.get(s);
    if (bits === undefined) {
      bits = new Uint32Array((t.nelems[s] + 31) >>> 5);
      seen.set(s, bits);
    }
    const bit = 1 << (idx & 31);
    if ((bits[idx >>> 5] & bit) !== 0) return;
    bits[idx >>> 5] |= bit;
    reached++;
    const base = t.base[s] + idx * t.elemsize[s];
    if (!t.isMarked(s, idx)) {
      fatal(
        "checkmark found unmarked object",
        `runtime: checkmarks found unexpected unmarked object obj=${hex(base)}`,
      );
    }
    if ((t.spanclass[s] & 1) === 0) stack.push(base);
  };
  for (const job of jobs) job.scan(visit);
  for (let p = stack.pop(); p !== undefined; p = stack.pop()) forEachPointer(heap, p, visit);
  return reached;
}
