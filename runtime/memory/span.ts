// Spans: runs of pages that hold objects of one span class (or one large
// object, or goroutine stacks), kept as a struct of arrays indexed by span id.
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
// Why a table and not an object per span. A 256 MB heap has ~33 000 spans.
// As JavaScript objects (plus a boxed number or two each) they made the
// engine's own collector mark and move megabytes of records, and its pauses
// (5-20 ms) landed inside ours. So a span is a small integer, its `id`, and
// every field is an element of a typed array in SpanTable, the way Go keeps
// mspans off the garbage-collected heap:
//
//	startPage npages base state spanclass elemsize nelems freeindex allocCount
//	allocCountBeforeCache allocCache nwords allocOff markOff typeOff largeType
//	sweepgen needzero largeSize next
//
// Bitmaps and type ids live in two more growable arrays: `bits` (allocBits
// and gcmarkBits of every span, as ranges allocOff/markOff of nwords words,
// like Go's gcBits arenas) and `typeIds` (the TypeDesc id per slot of every
// scannable small span, from typeOff; large spans keep `largeType`; noscan
// spans keep neither: nothing in them is ever scanned). `next` links a span
// into at most one intrusive singly linked list: an mcentral list or the page
// heap's pool of dead span ids, so no list needs JavaScript storage either.
// The engine's heap then holds a few dozen arrays whatever the heap size.
//
// Id 0 is the empty span (nelems 0, allocCache 0): an mcache slot holding it
// refills on first use, and 0 in a page map means "no span". Ids are recycled
// by the page heap (with their bitmap ranges), so steady-state allocation
// creates no JavaScript garbage.
//
// `Span` is a handle over one id for tests and debugging: `table.span(id)`
// returns the same handle object for the same id every time, with the old
// record's fields as accessors. The runtime's own paths use ids and the arrays.
//
// Invariants: 0 <= freeindex <= nelems; allocCount = number of allocated
// slots; bits at index >= nelems are always 0; sweepgen == heap.sweepgen means
// swept this cycle, heap.sweepgen - 2 means it still needs sweeping; a span is
// in at most one `next` list.
//
// Example (class 2, 16-byte objects, one page => 512 slots):
//
//	const t = new SpanTable();
//	const id = t.create(1, 1, makeSpanClass(2, true), 16, 512, false, true);
//	t.nextFreeIndex(id) === 0; t.freeindex[id] === 1

export const SpanState = {
  /** Pages are free (span id in a pool). */
  Dead: 0,
  /** Heap span holding objects. */
  InUse: 1,
  /** Manually managed span (goroutine stacks). */
  Stack: 2,
} as const;
export type SpanState = (typeof SpanState)[keyof typeof SpanState];

const PAGE_BYTES = 8192;

/** The heap-wide struct-of-arrays of span metadata (see header). */
export class SpanTable {
  /** Capacity (ids) of the per-span arrays. */
  private cap = 0;
  /** Next never-used id (id 0 is the empty span). */
  count = 1;
  startPage = new Uint32Array(0);
  npages = new Uint32Array(0);
  /** startPage * 8192 (addresses are below 2^32). */
  base = new Uint32Array(0);
  state = new Uint8Array(0);
  spanclass = new Uint8Array(0);
  /** Bytes per slot (npages*8192 for a large span). */
  elemsize = new Uint32Array(0);
  nelems = new Uint32Array(0);
  freeindex = new Uint32Array(0);
  allocCount = new Uint32Array(0);
  /** allocCount when the span was handed to an mcache (for malloc statistics). */
  allocCountBeforeCache = new Uint32Array(0);
  /** Complement of allocBits starting at freeindex (bit 0 = slot freeindex). */
  allocCache = new Uint32Array(0);
  /** 32-bit words in each bitmap (0: the span has no bitmaps, e.g. a stack span). */
  nwords = new Uint32Array(0);
  /** Offsets of allocBits and gcmarkBits in `bits` (swapped by sweeping). */
  allocOff = new Uint32Array(0);
  markOff = new Uint32Array(0);
  /** Offset of the per-slot type ids in `typeIds`, -1 if the span has none. */
  typeOff = new Int32Array(0);
  /** Type id of the object in a large scannable span. */
  largeType = new Uint32Array(0);
  sweepgen = new Uint32Array(0);
  /** 1: memory may be dirty, zero slots on allocation. */
  needzero = new Uint8Array(0);
  /** Large span only: the requested size (for statistics). */
  largeSize = new Float64Array(0);
  /** Intrusive list link (mcentral lists, dead-span pools); 0 ends a list. */
  next = new Int32Array(0);

  /** allocBits and gcmarkBits of every span. */
  bits: Uint32Array = new Uint32Array(1 << 12);
  bitsTop = 0;
  /** Type id per slot of every scannable small span. */
  typeIds: Uint32Array = new Uint32Array(1 << 12);
  typeTop = 0;

  /** Handles handed out by span() (tests, debugging), by id. */
  private readonly handles: (Span | undefined)[] = [];

  constructor() {
    this.growIds(256);
  }

  /**
   * A new span id with fresh metadata. `withBits` allocates its bitmaps (and
   * type ids when the class is scannable and small); stack spans have none.
   */
  create(
    startPage: number,
    npages: number,
    spanclass: number,
    elemsize: number,
    nelems: number,
    needzero: boolean,
    withBits: boolean,
  ): number {
    if (this.count === this.cap) this.growIds(this.cap * 2);
    const id = this.count++;
    this.spanclass[id] = spanclass;
    this.elemsize[id] = elemsize;
    this.nelems[id] = nelems;
    if (withBits) {
      const words = (nelems + 31) >>> 5;
      this.nwords[id] = words;
      this.allocOff[id] = this.allocBitWords(words);
      this.markOff[id] = this.allocBitWords(words);
      this.typeOff[id] =
        (spanclass & 1) === 0 && spanclass >>> 1 !== 0 ? this.allocTypeIds(nelems) : -1;
    } else {
      this.nwords[id] = 0;
      this.typeOff[id] = -1;
    }
    this.reset(id, startPage, npages, needzero);
    return id;
  }

  /**
   * Re-use span `id` (and its bitmaps) for a new span of the same class and
   * size at `startPage`. Clears its bitmaps and counters; state becomes InUse.
   */
  reset(id: number, startPage: number, npages: number, needzero: boolean): void {
    this.startPage[id] = startPage;
    this.npages[id] = npages;
    this.base[id] = startPage * PAGE_BYTES;
    this.state[id] = SpanState.InUse;
    this.freeindex[id] = 0;
    this.allocCount[id] = 0;
    this.allocCountBeforeCache[id] = 0;
    const w = this.nwords[id];
    if (w !== 0) {
      this.bits.fill(0, this.allocOff[id], this.allocOff[id] + w);
      this.bits.fill(0, this.markOff[id], this.markOff[id] + w);
    }
    this.largeType[id] = 0;
    this.largeSize[id] = 0;
    this.sweepgen[id] = 0;
    this.needzero[id] = needzero ? 1 : 0;
    this.next[id] = 0;
    this.refillAllocCache(id, 0);
  }

  /** The handle of span `id` (the same object for the same id). */
  span(id: number): Span {
    let h = this.handles[id];
    if (h === undefined) {
      while (this.handles.length < id) this.handles.push(undefined);
      h = new Span(this, id);
      this.handles[id] = h;
    }
    return h;
  }

  /** Load allocCache with the complement of the allocBits word holding `whichBit` (a multiple of 32). */
  refillAllocCache(id: number, whichBit: number): void {
    const w = whichBit >>> 5;
    this.allocCache[id] = w < this.nwords[id] ? ~this.bits[this.allocOff[id] + w] >>> 0 : 0;
  }

  /**
   * Next free slot index of span `id` at or after freeindex, or nelems when
   * the span is full. Advances freeindex past the returned slot (Go's
   * nextFreeIndex + the caller's bump).
   */
  nextFreeIndex(id: number): number {
    let sfreeindex = this.freeindex[id];
    const snelems = this.nelems[id];
    if (sfreeindex >= snelems) return snelems;
    let aCache = this.allocCache[id];
    let bitIndex = ctz32(aCache);
    while (bitIndex === 32) {
      // Move to the next 32-bit word of allocBits.
      sfreeindex = (sfreeindex + 32) & ~31;
      if (sfreeindex >= snelems) {
        this.freeindex[id] = snelems;
        return snelems;
      }
      this.refillAllocCache(id, sfreeindex);
      aCache = this.allocCache[id];
      bitIndex = ctz32(aCache);
    }
    const result = sfreeindex + bitIndex;
    if (result >= snelems) {
      this.freeindex[id] = snelems;
      return snelems;
    }
    const next = result + 1;
    if ((next & 31) === 0) this.refillAllocCache(id, next);
    else this.allocCache[id] = aCache >>> (bitIndex + 1);
    this.freeindex[id] = next;
    return result;
  }

  /** True if slot `i` of span `id` is free (never allocated since the last sweep, or freed by it). */
  isFree(id: number, i: number): boolean {
    if (i < this.freeindex[id]) return false;
    return (this.bits[this.allocOff[id] + (i >>> 5)] & (1 << (i & 31))) === 0;
  }

  isMarked(id: number, i: number): boolean {
    return (this.bits[this.markOff[id] + (i >>> 5)] & (1 << (i & 31))) !== 0;
  }

  /** Type id of the object in slot i of span `id` (scannable spans). */
  typeIdAt(id: number, i: number): number {
    const off = this.typeOff[id];
    return off < 0 ? this.largeType[id] : this.typeIds[off + i];
  }

  /** Number of set bits in the gcmarkBits of span `id`. */
  countMarked(id: number): number {
    let n = 0;
    const b = this.bits;
    for (let i = this.markOff[id], e = i + this.nwords[id]; i < e; i++) n += popcount32(b[i]);
    return n;
  }

  /** Bytes of metadata held outside the linear memory. */
  get byteLength(): number {
    // 4 bytes for each of 15 word-sized fields, 8 for largeSize, 3 for the byte fields.
    return this.bits.byteLength + this.typeIds.byteLength + this.cap * (15 * 4 + 8 + 3);
  }

  private allocBitWords(n: number): number {
    if (this.bitsTop + n > this.bits.length) this.bits = grow32(this.bits, this.bitsTop + n);
    const off = this.bitsTop;
    this.bitsTop += n;
    return off;
  }

  private allocTypeIds(n: number): number {
    if (this.typeTop + n > this.typeIds.length)
      this.typeIds = grow32(this.typeIds, this.typeTop + n);
    const off = this.typeTop;
    this.typeTop += n;
    return off;
  }

  private growIds(cap: number): void {
    this.cap = cap;
    this.startPage = resized(this.startPage, cap);
    this.npages = resized(this.npages, cap);
    this.base = resized(this.base, cap);
    this.state = resized(this.state, cap);
    this.spanclass = resized(this.spanclass, cap);
    this.elemsize = resized(this.elemsize, cap);
    this.nelems = resized(this.nelems, cap);
    this.freeindex = resized(this.freeindex, cap);
    this.allocCount = resized(this.allocCount, cap);
    this.allocCountBeforeCache = resized(this.allocCountBeforeCache, cap);
    this.allocCache = resized(this.allocCache, cap);
    this.nwords = resized(this.nwords, cap);
    this.allocOff = resized(this.allocOff, cap);
    this.markOff = resized(this.markOff, cap);
    this.typeOff = resized(this.typeOff, cap);
    this.largeType = resized(this.largeType, cap);
    this.sweepgen = resized(this.sweepgen, cap);
    this.needzero = resized(this.needzero, cap);
    this.largeSize = resized(this.largeSize, cap);
    this.next = resized(this.next, cap);
  }
}

type TypedArray = Uint8Array | Uint32Array | Int32Array | Float64Array;

/** A copy of `a` with `n` elements (the type of `a`). */
function resized<T extends TypedArray>(a: T, n: number): T {
  const b = new (a.constructor as new (n: number) => T)(n);
  b.set(a);
  return b;
}

function grow32(a: Uint32Array, need: number): Uint32Array {
  let n = a.length * 2;
  while (n < need) n *= 2;
  const b = new Uint32Array(n);
  b.set(a);
  return b;
}

/**
 * A handle on one span of a SpanTable: the span's fields as properties and
 * its bitmap operations as methods. For tests and debugging; the runtime's
 * hot paths index the table's arrays directly.
 */
export class Span {
  readonly table: SpanTable;
  readonly id: number;

  constructor(table: SpanTable, id: number) {
    this.table = table;
    this.id = id;
  }

  get startPage(): number {
    return this.table.startPage[this.id];
  }
  get npages(): number {
    return this.table.npages[this.id];
  }
  get base(): number {
    return this.table.base[this.id];
  }
  get limit(): number {
    return this.table.base[this.id] + this.table.npages[this.id] * PAGE_BYTES;
  }
  get state(): SpanState {
    return this.table.state[this.id] as SpanState;
  }
  set state(v: SpanState) {
    this.table.state[this.id] = v;
  }
  get spanclass(): number {
    return this.table.spanclass[this.id];
  }
  set spanclass(v: number) {
    this.table.spanclass[this.id] = v;
  }
  get elemsize(): number {
    return this.table.elemsize[this.id];
  }
  set elemsize(v: number) {
    this.table.elemsize[this.id] = v;
  }
  get nelems(): number {
    return this.table.nelems[this.id];
  }
  get freeindex(): number {
    return this.table.freeindex[this.id];
  }
  set freeindex(v: number) {
    this.table.freeindex[this.id] = v;
  }
  get allocCount(): number {
    return this.table.allocCount[this.id];
  }
  set allocCount(v: number) {
    this.table.allocCount[this.id] = v;
  }
  get allocCountBeforeCache(): number {
    return this.table.allocCountBeforeCache[this.id];
  }
  set allocCountBeforeCache(v: number) {
    this.table.allocCountBeforeCache[this.id] = v;
  }
  get allocCache(): number {
    return this.table.allocCache[this.id];
  }
  set allocCache(v: number) {
    this.table.allocCache[this.id] = v;
  }
  get nwords(): number {
    return this.table.nwords[this.id];
  }
  get allocOff(): number {
    return this.table.allocOff[this.id];
  }
  set allocOff(v: number) {
    this.table.allocOff[this.id] = v;
  }
  get markOff(): number {
    return this.table.markOff[this.id];
  }
  set markOff(v: number) {
    this.table.markOff[this.id] = v;
  }
  get typeOff(): number {
    return this.table.typeOff[this.id];
  }
  get largeType(): number {
    return this.table.largeType[this.id];
  }
  set largeType(v: number) {
    this.table.largeType[this.id] = v;
  }
  get largeSize(): number {
    return this.table.largeSize[this.id];
  }
  set largeSize(v: number) {
    this.table.largeSize[this.id] = v;
  }
  get sweepgen(): number {
    return this.table.sweepgen[this.id];
  }
  set sweepgen(v: number) {
    this.table.sweepgen[this.id] = v;
  }
  get needzero(): boolean {
    return this.table.needzero[this.id] !== 0;
  }
  set needzero(v: boolean) {
    this.table.needzero[this.id] = v ? 1 : 0;
  }
  get sizeclass(): number {
    return this.table.spanclass[this.id] >>> 1;
  }
  get noscan(): boolean {
    return (this.table.spanclass[this.id] & 1) === 1;
  }

  refillAllocCache(whichBit: number): void {
    this.table.refillAllocCache(this.id, whichBit);
  }
  nextFreeIndex(): number {
    return this.table.nextFreeIndex(this.id);
  }
  /** Slot index of an address inside this span. */
  objIndex(addr: number): number {
    return Math.floor((addr - this.base) / this.elemsize);
  }
  isFree(i: number): boolean {
    return this.table.isFree(this.id, i);
  }
  isMarked(i: number): boolean {
    return this.table.isMarked(this.id, i);
  }
  setMarked(i: number): void {
    this.table.bits[this.table.markOff[this.id] + (i >>> 5)] |= 1 << (i & 31);
  }
  /** Word `w` of allocBits / gcmarkBits (tests, debugging). */
  allocWord(w: number): number {
    return this.table.bits[this.table.allocOff[this.id] + w];
  }
  markWord(w: number): number {
    return this.table.bits[this.table.markOff[this.id] + w];
  }
  setAllocWord(w: number, v: number): void {
    this.table.bits[this.table.allocOff[this.id] + w] = v;
  }
  typeIdAt(i: number): number {
    return this.table.typeIdAt(this.id, i);
  }
  countMarked(): number {
    return this.table.countMarked(this.id);
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
