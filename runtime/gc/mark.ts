// Marking: the tri-colour abstraction over mark bits and a grey stack.
//
//	white  mark bit clear                      (not yet known reachable)
//	grey   mark bit set, address on `work`     (reachable, fields not scanned)
//	black  mark bit set, not on `work`         (reachable, fields scanned)
//
// Noscan objects go straight from white to black: they have nothing to scan.
// `greyObject(p)` shades whatever object p points into (interior pointers are
// fine: the span gives the slot); `drain(budget)` blackens grey objects,
// scanning each pointer word named by its type descriptor, until `budget`
// bytes of scan work are done or no grey object and no root job is left. Root
// jobs (see roots.ts) are taken before heap objects, as Go's markroot jobs.
//
// Root jobs split into blocks (see roots.ts) are scanned one block per step.
// Large objects are split into 32 KB oblets (Go's maxObletBytes is 128 KB): scanning
// the first oblet enqueues the others, so no single scan step is longer than
// scanning 32 KB, which bounds the length of a marking slice.
//
// Scan work is counted in bytes scanned, separately for heap, stacks and
// globals (the pacer's heapScanWork/stackScanWork/globalsScanWork).
//
// Nothing here allocates JavaScript objects per object or span: a pointer
// goes page -> span id (PageHeap.pageSpan) -> slot and mark bit in the span
// table's typed arrays (memory/span.ts), and the grey stack is a Uint32Array,
// so marking gives the JavaScript engine's own collector nothing to do. For
// the same reason the scan loop hands addresses to greyWord and scanObject as
// 8-byte word indexes (below 2^29, small integers for the engine): a whole
// address of 2^30 or more passed to a call is boxed as a heap number.
//
// Invariant (the strong tri-colour invariant is kept by the write barrier, not
// here): an object is on `work` at most once per cycle; bytesMarked is the sum
// of the sizes of the objects marked this cycle (including black allocations,
// added at mark termination).
//
// Example:
//
//	marker.reset(jobs);         // start of cycle, all white
//	marker.drain(64 << 10);     // one incremental slice
//	marker.hasWork() === false  // => mark termination

import { fatal, hex } from "../memory/fatal.js";
import { Heap } from "../memory/malloc.js";
import { PAGE_SHIFT } from "../memory/sizeclasses.js";
import { SpanState } from "../memory/span.js";
import { RootJob } from "./roots.js";

/**
 * Large objects are scanned in pieces of this many bytes. Go uses 128 KB; our
 * scan loop is several times slower per pointer than Go's, and a 32 KB oblet
 * of pointers (4096 of them) keeps one scan step well under a millisecond.
 */
export const MAX_OBLET_BYTES = 32 << 10;

export class Marker {
  private readonly heap: Heap;
  /** Grey objects (base addresses or oblet starts): a stack in a growable Uint32Array. */
  private work = new Uint32Array(1024);
  private nwork = 0;
  private jobs: readonly RootJob[] = [];
  private jobDone: Uint8Array = new Uint8Array(0);
  /** Next block to scan of each split job. */
  private jobNextBlock: Int32Array = new Int32Array(0);
  private nextJob = 0;
  /** Goroutine ids whose stacks have been scanned this cycle. */
  readonly scannedStacks = new Set<number>();
  /** Debug: throw if marking reaches a free slot or a pointer into free pages. */
  checkFree = false;
  bytesMarked = 0;
  heapScanWork = 0;
  stackScanWork = 0;
  globalsScanWork = 0;
  /** Bound visitor for root scanning (avoids a closure per job). */
  private readonly visitRoot = (p: number): void => {
    if (p !== 0) this.greyObject(p);
  };

  constructor(heap: Heap) {
    this.heap = heap;
  }

  /** Start a cycle: forget everything, take the new root jobs. */
  reset(jobs: readonly RootJob[]): void {
    this.nwork = 0;
    this.jobs = jobs;
    this.jobDone = new Uint8Array(jobs.length);
    this.jobNextBlock = new Int32Array(jobs.length);
    this.nextJob = 0;
    this.scannedStacks.clear();
    this.bytesMarked = 0;
    this.heapScanWork = 0;
    this.stackScanWork = 0;
    this.globalsScanWork = 0;
  }

  get rootJobs(): readonly RootJob[] {
    return this.jobs;
  }

  hasWork(): boolean {
    if (this.nwork !== 0) return true;
    while (this.nextJob < this.jobs.length && this.jobDone[this.nextJob] === 1) this.nextJob++;
    return this.nextJob < this.jobs.length;
  }

  /** Scan (what is left of) root job i now, if not done yet; returns the scan work. */
  scanJob(i: number): number {
    if (this.jobDone[i] === 1) return 0;
    if (blockCount(this.jobs[i]) > 1) {
      let w = 0;
      while (this.jobDone[i] === 0) w += this.scanJobBlock(i);
      return w;
    }
    this.jobDone[i] = 1;
    return this.scanRoot(this.jobs[i]);
  }

  /** Scan the next block of split job i; returns the scan work (its share of scanBytes). */
  private scanJobBlock(i: number): number {
    const job = this.jobs[i];
    const n = blockCount(job);
    const b = this.jobNextBlock[i]++;
    job.scanBlock!(this.visitRoot, b);
    const share = Math.floor(job.scanBytes / n);
    const w = b === n - 1 ? job.scanBytes - share * (n - 1) : share;
    if (b === n - 1) this.jobDone[i] = 1;
    if (job.kind === "globals") this.globalsScanWork += w;
    return w;
  }

  /** Scan a root job's pointers (also used to re-scan stacks at mark termination). */
  scanRoot(job: RootJob): number {
    job.scan(this.visitRoot);
    const w = job.scanBytes;
    if (job.kind === "stack") {
      this.scannedStacks.add(job.gid);
      this.stackScanWork += w;
    } else if (job.kind === "globals") this.globalsScanWork += w;
    return w;
  }

  /** Shade the object `p` points into (grey if it has pointers, black otherwise). */
  greyObject(p: number): void {
    this.greyWord(p >>> 3, p & 7);
  }

  /** True if p points into a heap object marked in this cycle (false: not a heap object). */
  isMarked(p: number): boolean {
    const pages = this.heap.pages;
    const page = p >>> PAGE_SHIFT;
    if (page >= pages.totalPages) return false;
    const s = pages.pageSpan[page];
    if (s === 0) return false;
    const t = pages.spans;
    if (t.state[s] !== SpanState.InUse) return false;
    const idx = Math.floor((p - t.base[s]) / t.elemsize[s]);
    return idx < t.nelems[s] && t.isMarked(s, idx);
  }

  /**
   * greyObject for the address `w * 8 + r` (r < 8). The scan loop passes an
   * address in two parts, both below 2^29 and so small integers for the engine:
   * an address of 2^30 or more passed whole to a call that is not inlined is
   * boxed as a heap number, and in the scan loop that was one engine allocation
   * per pointer scanned (engine collections inside marking slices, 1 GB heaps).
   */
  private greyWord(w: number, r: number): void {
    const page = w >>> (PAGE_SHIFT - 3);
    const pages = this.heap.pages;
    if (page >= pages.totalPages) return;
    const s = pages.pageSpan[page];
    if (s === 0) {
      if (this.checkFree && page !== 0) {
        const p = w * 8 + r;
        fatal("found bad pointer in Go heap", `runtime: pointer ${hex(p)} to unallocated span`);
      }
      return;
    }
    const t = pages.spans;
    if (t.state[s] !== SpanState.InUse) return;
    const base = t.base[s];
    const elemsize = t.elemsize[s];
    const idx = Math.floor((w * 8 + r - base) / elemsize);
    if (idx >= t.nelems[s]) return;
    const mw = t.markOff[s] + (idx >>> 5);
    const bit = 1 << (idx & 31);
    const bits = t.bits;
    if ((bits[mw] & bit) !== 0) return;
    if (this.checkFree && t.isFree(s, idx)) {
      fatal("marking free object", `runtime: marking free object ${hex(w * 8 + r)}`);
    }
    bits[mw] |= bit;
    this.bytesMarked += elemsize;
    if ((t.spanclass[s] & 1) === 0) this.push(base + idx * elemsize);
  }

  private push(p: number): void {
    if (this.nwork === this.work.length) {
      const w = new Uint32Array(this.work.length * 2);
      w.set(this.work);
      this.work = w;
    }
    this.work[this.nwork++] = p;
  }

  /** Blacken grey objects until `budget` bytes of scan work are done or there is none. */
  drain(budget: number): number {
    let done = 0;
    while (done < budget) {
      if (this.nextJob < this.jobs.length) {
        const j = this.nextJob;
        if (this.jobDone[j] === 1) {
          this.nextJob++;
          continue;
        }
        if (blockCount(this.jobs[j]) > 1) {
          done += this.scanJobBlock(j);
          if (this.jobDone[j] === 1) this.nextJob++;
          continue;
        }
        done += this.scanJob(this.nextJob++);
        continue;
      }
      if (this.nwork === 0) break;
      // Grey objects and oblets are 8-aligned: pass the word index (see greyWord).
      done += this.scanObject(this.work[--this.nwork] >>> 3);
    }
    return done;
  }

  /** Scan the object (or oblet) at address `objWord * 8`; returns the bytes scanned. */
  private scanObject(objWord: number): number {
    const p = objWord * 8;
    const heap = this.heap;
    const sp = heap.spans;
    const s = heap.pages.pageSpan[p >>> PAGE_SHIFT];
    const base = sp.base[s];
    let typeId: number;
    let end: number;
    let objBase: number;
    let objLimit: number;
    if (sp.spanclass[s] >>> 1 === 0) {
      // Large object: scan one oblet, enqueue the rest when at the start.
      typeId = sp.largeType[s];
      objBase = base;
      objLimit = base + sp.largeSize[s];
      end = Math.min(p + MAX_OBLET_BYTES, objLimit);
      if (p === base) {
        for (let o = p + MAX_OBLET_BYTES; o < objLimit; o += MAX_OBLET_BYTES) this.push(o);
      }
    } else {
      const elemsize = sp.elemsize[s];
      const idx = Math.floor((p - base) / elemsize);
      typeId = sp.typeIds[sp.typeOff[s] + idx];
      objBase = p;
      end = objLimit = p + elemsize;
    }
    const t = heap.types.types[typeId];
    const tsize = t.size;
    const pw = t.ptrWords;
    const npw = pw.length;
    const u32 = heap.mem.u32;
    if (tsize !== 0) {
      // Each element is scanned by the oblet that contains its first byte.
      let e = objBase + Math.ceil((p - objBase) / tsize) * tsize;
      for (; e < end && e + tsize <= objLimit; e += tsize) {
        const wi = e >>> 2;
        for (let k = 0; k < npw; k++) {
          const v = u32[wi + (pw[k] << 1)];
          if (v !== 0) this.greyWord(v >>> 3, v & 7);
        }
      }
    }
    const start = p;
    const scanned = end - start;
    this.heapScanWork += scanned;
    return scanned;
  }
}

/** Number of separately scanned blocks of a root job (1 for stacks and unsplit jobs). */
function blockCount(job: RootJob): number {
  if (job.kind === "stack" || job.scanBlock === undefined || job.blocks === undefined) return 1;
  return Math.max(1, job.blocks);
}

/**
 * Call `visit` with every non-nil pointer stored in the allocated object at
 * `base` (whole object, no oblets). Slow but simple: used by checkmark.
 */
export function forEachPointer(heap: Heap, base: number, visit: (p: number) => void): void {
  const s = heap.spanIdOf(base);
  const sp = heap.spans;
  if (s === 0 || (sp.spanclass[s] & 1) === 1) return;
  let typeId: number;
  let size: number;
  if (sp.spanclass[s] >>> 1 === 0) {
    typeId = sp.largeType[s];
    size = sp.largeSize[s];
  } else {
    typeId = sp.typeIdAt(s, Math.floor((base - sp.base[s]) / sp.elemsize[s]));
    size = sp.elemsize[s];
  }
  const t = heap.types.types[typeId];
  const u32 = heap.mem.u32;
  for (let e = base; e + t.size <= base + size; e += t.size) {
    for (let k = 0; k < t.ptrWords.length; k++) {
      const v = u32[(e >>> 2) + (t.ptrWords[k] << 1)];
      if (v !== 0) visit(v);
    }
  }
}
