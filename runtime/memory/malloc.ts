// malloc: the heap object allocator (Go's mallocgc).
//
// An allocation takes the first of these paths that can serve it:
//
//	tiny    noscan && size < 16: bump inside the mcache's 16-byte tiny block
//	small   size <= 32 KB: size class -> span class (class<<1 | noscan)
//	          mcache.alloc[spc] has a free slot  (allocCache, no calls)
//	          else pay sweep credit (proportional sweeping), then
//	               mcentral[spc].cacheSpan: partial swept span, or sweep an
//	               unswept one (lazy sweeping), or
//	          mheap: a fresh span of CLASS_NPAGES pages, first fit, or
//	          grow the linear memory by an arena; beyond the limit:
//	               fatal error: runtime: out of memory
//	large   size > 32 KB: a span of its own, straight from the page heap
//
// Every object is zeroed (only when its span may be dirty, `needzero`), and a
// scannable object records its type id so that the collector scans precisely.
//
// Spans are ids into the page heap's SpanTable (struct of arrays, see
// span.ts): the fast path reads and writes typed-array elements only, and no
// path here creates a JavaScript object, so a program's allocations never
// feed the JavaScript engine's own collector.
//
// The collector plugs in through GcHooks and two flags, so that the fast path
// costs two predictable branches when no cycle is running:
//
//	assistEnabled   marking: charge `size` to the mutator's assist debt first
//	allocBlack      marking: set the new object's mark bit (allocate black)
//
// After a slow-path allocation (a refill or a large object), `afterSlowAlloc`
// lets the collector check the heap trigger and start a cycle; the new object
// is passed so it can be shaded if the cycle starts now, because at that point
// no root holds it yet (it is still in the caller's hands).
//
// heapLive (Go's gcController.heapLive) counts bytes of spans handed to
// mcaches: the free part of a span is added when it is cached and the unused
// part subtracted when it is released, so the counter moves once per span, not
// per object. Allocation statistics are kept the same way (per span release),
// plus large objects and tiny allocations.
//
// Invariants: an address returned is 8-aligned (tiny: naturally aligned), in
// an in-use span, not free, and its memory reads as zero; size 0 returns
// ZERO_BASE, a fixed non-nil address that is never dereferenced.
//
// Example:
//
//	const heap = new Heap();
//	const T = heap.types.register("T", 24, [0]);   // struct{ p *T; a, b int }
//	const p = heap.alloc(T);                       // 24-byte slot, class 3
//	heap.mem.storePtr(p, heap.alloc(T));

import { fatal, hex } from "./fatal.js";
import { LinearMemory, LinearMemoryOptions } from "./linear.js";
import { EMPTY_SPAN, MCache } from "./mcache.js";
import { MCentral, SpanSource } from "./mcentral.js";
import { PageHeap } from "./pageheap.js";
import {
  CLASS_SIZE_U32,
  MAX_SMALL_SIZE,
  MAX_TINY_SIZE,
  NUM_SIZE_CLASSES,
  NUM_SPAN_CLASSES,
  PAGE_SHIFT,
  PAGE_SIZE,
  SIZE_TO_CLASS128,
  SIZE_TO_CLASS8,
  TINY_SIZE_CLASS,
} from "./sizeclasses.js";
import { Span, SpanState, SpanTable } from "./span.js";
import { StackAllocator } from "./stackalloc.js";
import { TypeDesc, TypeRegistry } from "./typedesc.js";

/** The address returned for zero-size allocations (Go's zerobase); inside the nil page. */
export const ZERO_BASE = 8;
/** Word pattern written over freed memory when poisoning is on. */
export const POISON_WORD = 0xdeadbeef;

/** How the collector hooks into allocation. */
export interface GcHooks {
  /** Charge an allocation of `bytes` during marking (mutator assist). */
  assistAlloc(bytes: number): void;
  /** Called after a slow-path allocation of object `addr`; may start a GC cycle. */
  afterSlowAlloc(addr: number): void;
  /** Sweep ahead in proportion to `bytes` of spans about to be allocated. */
  deductSweepCredit(bytes: number): void;
  /** Sweep span `id` (see SpanSource.sweepSpan). */
  sweepSpan(id: number, preserve: boolean): boolean;
}

export interface HeapOptions extends LinearMemoryOptions {
  /** Fill freed memory with POISON_WORD and verify it on reuse (use-after-free detection). */
  poison?: boolean;
}

export class Heap implements SpanSource {
  readonly mem: LinearMemory;
  readonly pages: PageHeap;
  /** The page heap's span table (every span's metadata). */
  readonly spans: SpanTable;
  readonly types = new TypeRegistry();
  readonly central: MCentral[] = [];
  /** One mcache per P; `mcache` is the running P's. */
  readonly mcaches: MCache[] = [new MCache()];
  mcache: MCache;
  readonly stacks: StackAllocator;
  /** Advanced by 2 at each mark termination. */
  sweepgen = 0;
  hooks: GcHooks | null = null;
  assistEnabled = false;
  allocBlack = false;
  /** Bytes allocated black during the current mark phase. */
  blackBytes = 0;
  readonly poison: boolean;

  /** Bytes of spans handed to mcaches plus large objects since the last mark termination (see header). */
  heapLive = 0;
  /** Scannable part of heapLive (Go's heapScan, approximated by scan-span bytes). */
  heapScan = 0;

  // Statistics (Go's consistent heap stats).
  readonly smallAllocCount = new Float64Array(NUM_SIZE_CLASSES);
  readonly smallFreeCount = new Float64Array(NUM_SIZE_CLASSES);
  largeAllocCount = 0;
  largeAllocBytes = 0;
  largeFreeCount = 0;
  largeFreeBytes = 0;
  /** Tiny allocations flushed from mcaches. */
  tinyAllocCount = 0;

  constructor(opts: HeapOptions = {}) {
    this.mem = new LinearMemory(opts);
    this.pages = new PageHeap(this.mem);
    this.spans = this.pages.spans;
    for (let spc = 0; spc < NUM_SPAN_CLASSES; spc++)
      this.central.push(new MCentral(spc, this.spans));
    this.mcache = this.mcaches[0];
    this.poison = opts.poison ?? false;
    if (this.poison) this.pages.poisonWord = POISON_WORD;
    this.stacks = new StackAllocator(
      this.pages,
      this.poison ? (base, bytes) => this.poisonRange(base, bytes) : null,
    );
  }

  /** Allocate one object of type `t`, or an array of `count` of them. */
  alloc(t: TypeDesc, count = 1): number {
    return this.mallocgc(t.size * count, t.noscan ? 0 : t.id);
  }

  /** Allocate `size` bytes of pointer-free memory (e.g. a []byte backing store). */
  allocBytes(size: number): number {
    return this.mallocgc(size, 0);
  }

  /**
   * Allocate `size` bytes; `typeId` 0 means pointer-free, otherwise the TypeDesc
   * id whose pointer pattern repeats across the object.
   */
  mallocgc(size: number, typeId: number): number {
    if (size === 0) return ZERO_BASE;
    if (this.assistEnabled) this.hooks!.assistAlloc(size);
    const c = this.mcache;
    const t = this.spans;
    let slow = false;
    let s: number;
    let idx: number;
    if (size <= MAX_SMALL_SIZE) {
      if (typeId === 0 && size < MAX_TINY_SIZE) {
        // Tiny allocator.
        let off = c.tinyOffset;
        if ((size & 7) === 0) off = (off + 7) & ~7;
        else if ((size & 3) === 0) off = (off + 3) & ~3;
        else if ((size & 1) === 0) off = (off + 1) & ~1;
        if (off + size <= MAX_TINY_SIZE && c.tiny !== 0) {
          c.tinyOffset = off + size;
          c.tinyAllocs++;
          return c.tiny + off;
        }
        const spc = (TINY_SIZE_CLASS << 1) | 1;
        s = c.alloc[spc];
        const cache = t.allocCache[s];
        if (cache !== 0) {
          const tz = 31 - Math.clz32(cache & -cache);
          idx = t.freeindex[s] + tz;
          const next = idx + 1;
          if (idx < t.nelems[s] && (next & 31) !== 0) {
            t.allocCache[s] = cache >>> (tz + 1);
            t.freeindex[s] = next;
            t.allocCount[s]++;
          } else {
            idx = this.nextFree(spc);
            s = c.alloc[spc];
            slow = true;
          }
        } else {
          idx = this.nextFree(spc);
          s = c.alloc[spc];
          slow = true;
        }
        const addr = t.base[s] + idx * 16;
        if (t.needzero[s] !== 0) {
          if (this.poison) this.checkPoison(addr, 16);
          const f = this.mem.f64;
          f[addr >>> 3] = 0;
          f[(addr >>> 3) + 1] = 0;
        }
        if (size < c.tinyOffset || c.tiny === 0) {
          c.tiny = addr;
          c.tinyOffset = size;
        }
        if (this.allocBlack) this.markNew(s, idx);
        if (slow && this.hooks !== null) this.hooks.afterSlowAlloc(addr);
        return addr;
      }
      const sizeclass =
        size <= 1016 ? SIZE_TO_CLASS8[(size + 7) >> 3] : SIZE_TO_CLASS128[(size - 1024 + 127) >> 7];
      const spc = (sizeclass << 1) | (typeId === 0 ? 1 : 0);
      s = c.alloc[spc];
      const cache = t.allocCache[s];
      if (cache !== 0) {
        const tz = 31 - Math.clz32(cache & -cache);
        idx = t.freeindex[s] + tz;
        const next = idx + 1;
        if (idx < t.nelems[s] && (next & 31) !== 0) {
          t.allocCache[s] = cache >>> (tz + 1);
          t.freeindex[s] = next;
          t.allocCount[s]++;
        } else {
          idx = this.nextFree(spc);
          s = c.alloc[spc];
          slow = true;
        }
      } else {
        idx = this.nextFree(spc);
        s = c.alloc[spc];
        slow = true;
      }
      const elemsize = CLASS_SIZE_U32[sizeclass];
      const addr = t.base[s] + idx * elemsize;
      if (t.needzero[s] !== 0) {
        if (this.poison) this.checkPoison(addr, elemsize);
        this.mem.zero(addr, elemsize);
      }
      if (typeId !== 0) t.typeIds[t.typeOff[s] + idx] = typeId;
      if (this.allocBlack) this.markNew(s, idx);
      if (slow && this.hooks !== null) this.hooks.afterSlowAlloc(addr);
      return addr;
    }
    return this.allocLarge(size, typeId);
  }

  private markNew(s: number, idx: number): void {
    const t = this.spans;
    t.bits[t.markOff[s] + (idx >>> 5)] |= 1 << (idx & 31);
    this.blackBytes += t.elemsize[s];
  }

  /** Slow path: next free slot of the cached span, refilling from mcentral when it is full. */
  private nextFree(spc: number): number {
    const c = this.mcache;
    const t = this.spans;
    let s = c.alloc[spc];
    let idx = t.nextFreeIndex(s);
    if (idx === t.nelems[s]) {
      this.refill(spc);
      s = c.alloc[spc];
      idx = t.nextFreeIndex(s);
      if (idx === t.nelems[s]) throw new Error("malloc: refill returned a full span");
    }
    t.allocCount[s]++;
    return idx;
  }

  /** Replace the mcache's span of class spc with one that has free slots. */
  private refill(spc: number): void {
    const c = this.mcache;
    const old = c.alloc[spc];
    if (old !== EMPTY_SPAN) this.releaseSpan(old);
    // Proportional sweeping is paid for every span acquired (Go's cacheSpan).
    this.hooks?.deductSweepCredit(this.central[spc].npages * PAGE_SIZE);
    const s = this.central[spc].cacheSpan(this);
    const t = this.spans;
    t.allocCountBeforeCache[s] = t.allocCount[s];
    const free = (t.nelems[s] - t.allocCount[s]) * t.elemsize[s];
    this.heapLive += free;
    if ((spc & 1) === 0) this.heapScan += free;
    c.alloc[spc] = s;
  }

  /** Give a cached span back to its mcentral, settling statistics and heapLive. */
  private releaseSpan(s: number): void {
    const t = this.spans;
    const spc = t.spanclass[s];
    this.smallAllocCount[spc >>> 1] += t.allocCount[s] - t.allocCountBeforeCache[s];
    const unused = (t.nelems[s] - t.allocCount[s]) * t.elemsize[s];
    this.heapLive -= unused;
    if ((spc & 1) === 0) this.heapScan -= unused;
    this.central[spc].uncacheSpan(s, this.sweepgen);
  }

  /** Flush every mcache (Go's mcache.releaseAll); drops the tiny block. */
  releaseAll(): void {
    for (const c of this.mcaches) {
      for (let spc = 0; spc < NUM_SPAN_CLASSES; spc++) {
        const s = c.alloc[spc];
        if (s !== EMPTY_SPAN) {
          this.releaseSpan(s);
          c.alloc[spc] = EMPTY_SPAN;
        }
      }
      c.tiny = 0;
      c.tinyOffset = 0;
      this.tinyAllocCount += c.tinyAllocs;
      c.tinyAllocs = 0;
    }
  }

  private allocLarge(size: number, typeId: number): number {
    const npages = Math.ceil(size / PAGE_SIZE);
    if (npages * PAGE_SIZE > this.mem.limit) fatal("runtime: out of memory");
    this.hooks?.deductSweepCredit(npages * PAGE_SIZE);
    const spc = typeId === 0 ? 1 : 0;
    const s = this.pages.allocSpanId(npages, spc, npages * PAGE_SIZE, 1, SpanState.InUse);
    const t = this.spans;
    const base = t.base[s];
    if (t.needzero[s] !== 0) {
      if (this.poison) this.checkPoison(base, npages * PAGE_SIZE);
      this.mem.u8.fill(0, base, base + npages * PAGE_SIZE);
    }
    t.largeType[s] = typeId;
    t.largeSize[s] = size;
    t.freeindex[s] = 1;
    t.allocCount[s] = 1;
    t.allocCache[s] = 0;
    t.sweepgen[s] = this.sweepgen;
    this.largeAllocCount++;
    this.largeAllocBytes += npages * PAGE_SIZE;
    this.heapLive += npages * PAGE_SIZE;
    if (typeId !== 0) this.heapScan += npages * PAGE_SIZE;
    const central = this.central[spc];
    central.push(central.fullSwept(this.sweepgen), s);
    if (this.allocBlack) this.markNew(s, 0);
    if (this.hooks !== null) this.hooks.afterSlowAlloc(base);
    return base;
  }

  // SpanSource.

  sweepSpan(id: number, preserve: boolean): boolean {
    if (this.hooks === null) {
      this.spans.sweepgen[id] = this.sweepgen;
      return false;
    }
    return this.hooks.sweepSpan(id, preserve);
  }

  allocSmallSpan(spanclass: number, npages: number, elemsize: number, nelems: number): number {
    const s = this.pages.allocSpanId(npages, spanclass, elemsize, nelems, SpanState.InUse);
    this.spans.sweepgen[s] = this.sweepgen;
    return s;
  }

  /** Return span `id` to the page heap (used by the sweeper). */
  freeSpanId(id: number): void {
    if (this.poison) {
      const t = this.spans;
      this.poisonRange(t.base[id], t.npages[id] * PAGE_SIZE);
    }
    this.pages.freeSpanId(id);
  }

  /** freeSpanId for a span handle. */
  freeSpan(s: Span): void {
    this.freeSpanId(s.id);
  }

  // Queries.

  /** The id of the in-use heap span containing `addr`, or 0. */
  spanIdOf(addr: number): number {
    if (addr >= this.mem.size || addr < 0) return 0;
    const s = this.pages.pageSpan[addr >>> PAGE_SHIFT];
    return s !== 0 && this.spans.state[s] === SpanState.InUse ? s : 0;
  }

  /** The in-use heap span containing `addr` (a handle, see span.ts), or null. */
  spanOf(addr: number): Span | null {
    const s = this.spanIdOf(addr);
    return s === 0 ? null : this.spans.span(s);
  }

  /** Base address of the allocated object containing `addr`, or 0 if none (free slot, not heap). */
  findObject(addr: number): number {
    const s = this.spanIdOf(addr);
    if (s === 0) return 0;
    const t = this.spans;
    const base = t.base[s];
    const elemsize = t.elemsize[s];
    const idx = Math.floor((addr - base) / elemsize);
    if (idx >= t.nelems[s] || t.isFree(s, idx)) return 0;
    return base + idx * elemsize;
  }

  /** True if `addr` points into an allocated (not yet freed) heap object. */
  isAllocated(addr: number): boolean {
    return this.findObject(addr) !== 0;
  }

  // Stacks.

  /** Allocate a goroutine stack of `bytes` (a power of two >= 2 KB) from stack spans. */
  allocStack(bytes: number): number {
    return this.stacks.alloc(bytes);
  }

  freeStack(addr: number, bytes: number): void {
    this.stacks.free(addr, bytes);
  }

  // Poisoning.

  poisonRange(addr: number, n: number): void {
    this.mem.u32.fill(POISON_WORD, addr >>> 2, (addr + n) >>> 2);
  }

  private checkPoison(addr: number, n: number): void {
    const u = this.mem.u32;
    for (let i = addr >>> 2, e = (addr + n) >>> 2; i < e; i++) {
      if (u[i] !== POISON_WORD) {
        fatal(
          "found write to freed object",
          `runtime: freed object ${hex(addr)} modified at ${hex(i * 4)}`,
        );
      }
    }
  }
}
