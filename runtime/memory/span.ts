// Spans: runs of pages that hold objects of one span class (or one large
// object, or goroutine stacks).
//
// A span of class c covers CLASS_NPAGES[c] pages and is cut into
// CLASS_NELEMS[c] slots of CLASS_TO_SIZE[c] bytes. As in Go's mspan, free
// slots are found with two things:
//
//	allocBits   one bit per slot: 1 = the slot was live at the last sweep
//	freeindex   slots below it were handed out since that sweep
//
// so a slot is free iff index >= freeindex && allocBits[index] == 0. malloc
// never sets allocBits: it advances freeindex using `allocCache`, the
// complement of allocBits shifted so that bit 0 stands for freeindex (32 bits
// here instead of Go's 64, so that Math.clz32 counts trailing zeros). The
// collector marks into gcmarkBits; sweeping makes gcmarkBits the new allocBits
// and gives the span fresh zeroed gcmarkBits (see gc/sweep.ts).
//
// Type ids. Scannable small spans keep a type id per slot: the TypeDesc id of
// the object in each slot (see typedesc.ts); large spans keep `largeType`.
// Noscan spans keep neither: nothing in them is ever scanned.
//
// Where the bits live. Bitmaps and type ids are not separate typed arrays per
// span: they are ranges (allocOff, markOff, typeOff) in two growable
// Uint32Arrays owned by the heap (SpanArena), like Go's gcBits arenas. Tens of
// thousands of small typed arrays would make the JavaScript engine's own
// collector pause for tens of milliseconds; a handful of big arrays do not.
// Span records (and so their ranges) are recycled by the page heap.
//
// Invariants: 0 <= freeindex <= nelems; allocCount = number of allocated
// slots; bits at index >= nelems are always 0; sweepgen == heap.sweepgen means
// swept this cycle, heap.sweepgen - 2 means it still needs sweeping.
//
// Example (class 2, 16-byte objects, one page => 512 slots):
//
//	const s = new Span(arena, page, 1, makeSpanClass(2, true), 16, 512);
//	s.nextFreeIndex() === 0; s.freeindex === 1

export const SpanState = {
  /** Pages are free (span record discarded). */
  Dead: 0,
  /** Heap span holding objects. */
  InUse: 1,
  /** Manually managed span (goroutine stacks). */
  Stack: 2,
} as const;
export type SpanState = (typeof SpanState)[keyof typeof SpanState];

/** The heap-wide storage of span bitmaps and type ids (see header). */
export class SpanArena {
  /** allocBits and gcmarkBits of every span. */
  bits: Uint32Array = new Uint32Array(1 << 12);
  bitsTop = 0;
  /** Type id per slot of every scannable small span. */
  typeIds: Uint32Array = new Uint32Array(1 << 12);
  typeTop = 0;

  allocBits(n: number): number {
    if (this.bitsTop + n > this.bits.length) this.bits = grow(this.bits, this.bitsTop + n);
    const off = this.bitsTop;
    this.bitsTop += n;
    return off;
  }

  allocTypeIds(n: number): number {
    if (this.typeTop + n > this.typeIds.length) this.typeIds = grow(this.typeIds, this.typeTop + n);
    const off = this.typeTop;
    this.typeTop += n;
    return off;
  }

  get byteLength(): number {
    return this.bits.byteLength + this.typeIds.byteLength;
  }
}

function grow(a: Uint32Array, need: number): Uint32Array {
  let n = a.length * 2;
  while (n < need) n *= 2;
  const b = new Uint32Array(n);
  b.set(a);
  return b;
}

export class Span {
  /** First page number (address = startPage << 13). */
  startPage: number;
  npages: number;
  base: number;
  limit: number;
  state: SpanState = SpanState.InUse as SpanState;
  spanclass: number;
  /** Bytes per slot (npages*8192 for a large span). */
  elemsize: number;
  nelems: number;
  freeindex = 0;
  allocCount = 0;
  /** allocCount when the span was handed to an mcache (for malloc statistics). */
  allocCountBeforeCache = 0;
  /** Complement of allocBits starting at freeindex (bit 0 = slot freeindex). */
  allocCache = 0;
  readonly arena: SpanArena;
  /** Number of 32-bit words in each bitmap. */
  readonly nwords: number;
  /** Offsets of allocBits and gcmarkBits in arena.bits (swapped by sweeping). */
  allocOff: number;
  markOff: number;
  /** Offset of the per-slot type ids in arena.typeIds, -1 if the span has none. */
  readonly typeOff: number;
  /** Type id of the object in a large scannable span. */
  largeType = 0;
  sweepgen = 0;
  /** Memory may be dirty: zero slots on allocation. */
  needzero: boolean;
  /** Large span only: the requested size (for statistics). */
  largeSize = 0;

  constructor(
    arena: SpanArena,
    startPage: number,
    npages: number,
    spanclass: number,
    elemsize: number,
    nelems: number,
    needzero = false,
  ) {
    this.arena = arena;
    this.startPage = startPage;
    this.npages = npages;
    this.base = startPage * 8192;
    this.limit = this.base + npages * 8192;
    this.spanclass = spanclass;
    this.elemsize = elemsize;
    this.nelems = nelems;
    const words = (nelems + 31) >>> 5;
    this.nwords = words;
    this.allocOff = arena.allocBits(words);
    this.markOff = arena.allocBits(words);
    this.typeOff = (spanclass & 1) === 0 && spanclass >>> 1 !== 0 ? arena.allocTypeIds(nelems) : -1;
    this.needzero = needzero;
    this.refillAllocCache(0);
  }

  /**
   * Re-use this record (and its bitmaps) for a new span of the same class and
   * size at `startPage`: span records are recycled by the page heap so that
   * steady-state allocation creates no JavaScript garbage.
   */
  reset(startPage: number, npages: number, needzero: boolean): void {
    this.startPage = startPage;
    this.npages = npages;
    this.base = startPage * 8192;
    this.limit = this.base + this.npages * 8192;
    this.state = SpanState.InUse;
    this.freeindex = 0;
    this.allocCount = 0;
    this.allocCountBeforeCache = 0;
    const bits = this.arena.bits;
    bits.fill(0, this.allocOff, this.allocOff + this.nwords);
    bits.fill(0, this.markOff, this.markOff + this.nwords);
    this.largeType = 0;
    this.largeSize = 0;
    this.sweepgen = 0;
    this.needzero = needzero;
    this.refillAllocCache(0);
  }

  get sizeclass(): number {
    return this.spanclass >>> 1;
  }

  get noscan(): boolean {
    return (this.spanclass & 1) === 1;
  }

  /** Load allocCache with the complement of the allocBits word holding `whichBit` (a multiple of 32). */
  refillAllocCache(whichBit: number): void {
    const w = whichBit >>> 5;
    this.allocCache = w < this.nwords ? ~this.arena.bits[this.allocOff + w] >>> 0 : 0;
  }

  /**
   * Next free slot index at or after freeindex, or nelems when the span is full.
   * Advances freeindex past the returned slot (Go's nextFreeIndex + the caller's bump).
   */
  nextFreeIndex(): number {
    let sfreeindex = this.freeindex;
    const snelems = this.nelems;
    if (sfreeindex >= snelems) return snelems;
    let aCache = this.allocCache;
    let bitIndex = ctz32(aCache);
    while (bitIndex === 32) {
      // Move to the next 32-bit word of allocBits.
      sfreeindex = (sfreeindex + 32) & ~31;
      if (sfreeindex >= snelems) {
        this.freeindex = snelems;
        return snelems;
      }
      this.refillAllocCache(sfreeindex);
      aCache = this.allocCache;
      bitIndex = ctz32(aCache);
    }
    const result = sfreeindex + bitIndex;
    if (result >= snelems) {
      this.freeindex = snelems;
      return snelems;
    }
    const next = result + 1;
    if ((next & 31) === 0) this.refillAllocCache(next);
    else this.allocCache = aCache >>> (bitIndex + 1);
    this.freeindex = next;
    return result;
  }

  /** Slot index of an address inside this span. */
  objIndex(addr: number): number {
    return Math.floor((addr - this.base) / this.elemsize);
  }

  /** True if slot `i` is free (never allocated since the last sweep, or freed by it). */
  isFree(i: number): boolean {
    if (i < this.freeindex) return false;
    return (this.arena.bits[this.allocOff + (i >>> 5)] & (1 << (i & 31))) === 0;
  }

  isMarked(i: number): boolean {
    return (this.arena.bits[this.markOff + (i >>> 5)] & (1 << (i & 31))) !== 0;
  }

  setMarked(i: number): void {
    this.arena.bits[this.markOff + (i >>> 5)] |= 1 << (i & 31);
  }

  /** Word `w` of allocBits / gcmarkBits (tests, debugging). */
  allocWord(w: number): number {
    return this.arena.bits[this.allocOff + w];
  }
  markWord(w: number): number {
    return this.arena.bits[this.markOff + w];
  }
  setAllocWord(w: number, v: number): void {
    this.arena.bits[this.allocOff + w] = v;
  }

  /** Type id of the object in slot i (scannable spans). */
  typeIdAt(i: number): number {
    return this.typeOff < 0 ? this.largeType : this.arena.typeIds[this.typeOff + i];
  }

  /** Number of set bits in gcmarkBits. */
  countMarked(): number {
    let n = 0;
    const b = this.arena.bits;
    for (let i = this.markOff, e = this.markOff + this.nwords; i < e; i++) n += popcount32(b[i]);
    return n;
  }
}

/** Count trailing zeros of a 32-bit value (32 for 0). */
export function ctz32(x: number): number {
  if (x === 0) return 32;
  return 31 - Math.clz32(x & -x);
}

export function popcount32(x: number): number {
  x = x - ((x >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}
