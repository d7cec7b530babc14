// Go maps: Go 1.19's hash table (runtime/map.go), in the linear memory.
//
// A map value is the address of its hmap header (0 is the nil map). The table
// is an array of 2^B buckets; each bucket holds 8 entries:
//
//	bucket   +0                 tophash [8]uint8: top 8 bits of each entry's hash,
//	                            or a state < 5 (empty, evacuated to X/Y, ...)
//	         +8                 keys  [8]K   (K = *key when the key is > 128 bytes)
//	         +8+8*ks            elems [8]V   (V = *elem when the elem is > 128 bytes)
//	         +bucketSize-8      overflow *bucket: the next bucket of the chain
//
// The low B bits of a key's hash choose the bucket, the top 8 bits are kept in
// tophash to skip most key comparisons. When the average load passes 6.5 per
// bucket the table doubles; when overflow chains get as numerous as the buckets
// (many deletes) it is rebuilt at the same size. Growth is incremental: the old
// array stays in `oldbuckets`, and every assign or delete first evacuates the
// old bucket it needs plus one more (`nevacuate`), so no operation is O(n).
// Lookups during growth read the old bucket when it has not been evacuated yet.
//
// hmap (48 bytes; pointer words 2, 3, 5):
//
//	+0 count int   +8 flags u8  +9 B u8  +10 noverflow u16  +12 hash0 u32
//	+16 buckets    +24 oldbuckets   +32 nevacuate   +40 extra *mapextra
//
// `len(m)` is the word at h+0, as in Go. When neither key nor elem holds
// pointers the bucket type is pointer-free (the GC does not scan it), so
// overflow buckets are kept alive by a side list: mapextra (24 bytes, all
// pointers: overflow *[]*bmap, oldoverflow *[]*bmap, nextOverflow *bmap).
// Arrays of 2^B buckets with B >= 4 get spare overflow buckets at their end,
// handed out through extra.nextOverflow.
//
// Allocation follows Go exactly, so MemStats.Mallocs moves as in Go: makemap
// with a heap hmap is 1 malloc (+1 bucket array when hint > 8, +1 mapextra when
// that array has spares); the first insert allocates the single bucket; each
// growth allocates one array (+ a mapextra when it has spares and there was
// none); an overflow bucket is 1 malloc, plus for pointer-free buckets the
// mapextra and list header the first time and the list's append growth; keys
// and elems over 128 bytes are 1 malloc each per insert; iterating a
// pointer-free map creates the mapextra and list header if missing. A map that
// does not escape lives in its creator's frame: makemap gets frame memory for
// the hmap (HMAP_SIZE) and, for hint <= 8, for the first bucket (bucketSize).
//
// Facts checked against Go 1.19 (map.test.ts): make(map[int]int) escaping: 1;
// insert 1 of a fresh map: 1, inserts 2..8: 0, insert 9: 1; 8 keys: 2 in all,
// 9 keys: 3; make(map[int]int, 100): 3; ranging over a fresh 1-entry
// map[int]int: 2; [200]byte keys: 1 per insert; a non-escaping map with 8
// keys: 0, with 9: 1. Which inserts overflow a bucket depends on the hash, so
// those counts vary from run to run in Go too (only their distribution is
// compared).
//
// Pointers held in JavaScript: a pointer the map code holds only in a JS
// local is invisible to the collector. So every object is linked into the map
// before the next allocation (for pointer-free buckets, room in the overflow
// list is made before the overflow bucket is allocated, the reverse of Go's
// order, with the same mallocs), and makemap, which must hold a new heap hmap
// across the bucket array's allocation, shades it afterwards through the
// Machine's optional `shade`. A cycle cannot both start and end within one
// allocation, so that suffices.
//
// API (m: the Machine; mapType: the map's RType id; h: the map; key: address
// of a key value; it: address of a zeroed hiter):
//
//	makemap(m, mapType, hint, hmapSlot, bucketSlot) → h
//	mapaccess1(m, mapType, h, key) → elem address (MAP_ZERO_VALUE if absent)
//	mapaccess1_fat(m, mapType, h, key, zero) → the same for elems > MAP_ZERO_SIZE
//	mapaccess2(m, mapType, h, key) → elem address, or 0 if absent
//	mapassign(m, mapType, h, key) → elem address to store into
//	mapdelete(m, mapType, h, key); mapclear(m, mapType, h); maplen(m, h)
//	mapiterinit(m, mapType, h, it); mapiternext(m, it)
//	bucketSize(m, mapType); mapSupportTypes(types, mapType)
//
// Iteration (hiter, 96 bytes, in the caller's frame, zeroed; pointer words
// HITER_PTR_WORDS): mapiterinit picks a random start bucket and a random offset
// within buckets; the current key and elem addresses are at it+HITER_KEY and
// it+HITER_ELEM (key 0 = done). Iterating while the map grows returns every
// key present for the whole iteration exactly once; keys added meanwhile may
// or may not appear.
//
// Runtime types: the code allocates through Machine.alloc, so the program's
// type table must hold the map's bucket type (`map.bucket[K]V`) and the
// runtime types `runtime.hmap`, `runtime.mapextra`, `[]*runtime.bmap`,
// `*runtime.bmap` (and `runtime.hiter` for heap iterators);
// mapSupportTypes gives their descriptions for codegen.
//
// Invariants: count is the number of live entries; a tophash byte in 5..255
// marks a live entry whose hash has that top byte (NaN keys: any); emptyRest
// means this and every later slot of the chain are empty; while growing, an
// old bucket is evacuated iff its first tophash is 2, 3 or 4. Every pointer
// store into scanned memory (hmap, mapextra, iterator, pointerful buckets)
// goes through m.writePtr, except the copy of the overflow list into a new
// array, covered by the barrier on the list header (it shades the old array).
//
// Example (m := make(map[string]int); m["a"] = 1; v := m["a"]):
//
//	const h = makemap(m, mapType, 0, 0, 0);
//	m.u32[mapassign(m, mapType, h, keyAddr) >>> 2] = 1;
//	const v = m.u32[mapaccess1(m, mapType, h, keyAddr) >>> 2];

import { roundupsize } from "../memory/sizeclasses.js";
import { Kind, Machine, RType } from "./abi.js";
import { TypeAlg, fastrand, typeAlg } from "./hash.js";

/** Entries per bucket. */
export const BUCKET_CNT = 8;
/** Keys and elems larger than this are stored indirectly (Go's maxKeySize/maxElemSize). */
export const MAX_INLINE_SIZE = 128;
/** Maximum average load of a bucket before growth: 6.5 = 13/2. */
const LOAD_FACTOR_NUM = 13;
const LOAD_FACTOR_DEN = 2;
/** Go's maxAlloc on amd64: a larger hint is treated as 0. */
const MAX_ALLOC = 2 ** 48;

// tophash states.
const EMPTY_REST = 0; // this slot and all later ones (and overflows) are empty
const EMPTY_ONE = 1; // this slot is empty
const EVACUATED_X = 2; // entry moved to the first half of the new array
const EVACUATED_Y = 3; // entry moved to the second half
const EVACUATED_EMPTY = 4; // slot empty, bucket evacuated
const MIN_TOP_HASH = 5;

// hmap.flags.
const ITERATOR = 1; // there may be an iterator using buckets
const OLD_ITERATOR = 2; // there may be an iterator using oldbuckets
const HASH_WRITING = 4; // a goroutine is writing to the map
const SAME_SIZE_GROW = 8; // the current growth is to a map of the same size

/** Bytes of an hmap header (frame memory for a non-escaping map). */
export const HMAP_SIZE = 48;
export const HMAP_COUNT = 0;
export const HMAP_FLAGS = 8;
export const HMAP_B = 9;
export const HMAP_NOVERFLOW = 10;
export const HMAP_HASH0 = 12;
export const HMAP_BUCKETS = 16;
export const HMAP_OLDBUCKETS = 24;
export const HMAP_NEVACUATE = 32;
export const HMAP_EXTRA = 40;
/** Word offsets of the pointers in an hmap (buckets, oldbuckets, extra). */
export const HMAP_PTR_WORDS: readonly number[] = [2, 3, 5];

const MAPEXTRA_SIZE = 24;
const EXTRA_OVERFLOW = 0;
const EXTRA_OLDOVERFLOW = 8;
const EXTRA_NEXTOVERFLOW = 16;

/** Bytes of a map iterator (frame memory, zeroed before mapiterinit). */
export const HITER_SIZE = 96;
/** it+HITER_KEY: address of the current key (0 when the iteration is over). */
export const HITER_KEY = 0;
/** it+HITER_ELEM: address of the current elem. */
export const HITER_ELEM = 8;
const HITER_T = 16; // map type id (not a pointer)
const HITER_H = 24;
const HITER_BUCKETS = 32;
const HITER_BPTR = 40;
const HITER_OVERFLOW = 48;
const HITER_OLDOVERFLOW = 56;
const HITER_STARTBUCKET = 64;
const HITER_OFFSET = 72;
const HITER_WRAPPED = 73;
const HITER_B = 74;
const HITER_I = 75;
const HITER_BUCKET = 80;
const HITER_CHECKBUCKET = 88;
/** Word offsets of the pointers in a hiter (key, elem, h, buckets, bptr, overflow, oldoverflow). */
export const HITER_PTR_WORDS: readonly number[] = [0, 1, 3, 4, 5, 6, 7];
const NO_CHECK = 0xffffffff;

/**
 * Address of the zero value that lookups of absent keys return: the nil page,
 * which nothing ever writes. Elems larger than MAP_ZERO_SIZE use mapaccess1_fat
 * with a zeroed block of the caller's (Go's compiler does the same).
 */
export const MAP_ZERO_VALUE = 8;
export const MAP_ZERO_SIZE = 8192 - 8;

// ---- runtime types ----

export const HMAP_TYPE = "runtime.hmap";
export const MAPEXTRA_TYPE = "runtime.mapextra";
export const OVERFLOW_LIST_TYPE = "[]*runtime.bmap";
export const BUCKET_PTR_TYPE = "*runtime.bmap";
/** A heap-allocated iterator (reflect's MapIter): HITER_SIZE bytes, pointer words HITER_PTR_WORDS. */
export const HITER_TYPE = "runtime.hiter";

/** An RType without its id: what codegen adds to the type table. */
export type RTypeShape = Omit<RType, "id">;

function shape(
  kind: Kind,
  size: number,
  str: string,
  ptrWords: readonly number[],
  elem = 0,
): RTypeShape {
  return {
    kind,
    size,
    align: 8,
    str,
    name: "",
    pkgPath: "",
    ptrWords,
    direct: kind === Kind.Pointer,
    comparable: kind === Kind.Pointer,
    elem,
    key: 0,
    len: 0,
    dir: 0,
    fields: [],
    params: [],
    results: [],
    variadic: false,
    methods: [],
    ptrTo: -1,
  };
}

/** The name of the bucket type of map[K]V, as Go's reflect names it. */
export function bucketTypeName(key: RType, elem: RType): string {
  return `map.bucket[${key.str}]${elem.str}`;
}

/** Layout of the bucket of map[K]V (see header). */
export function bucketLayout(
  key: RType,
  elem: RType,
): {
  size: number;
  keySlot: number;
  elemSlot: number;
  indirectKey: boolean;
  indirectElem: boolean;
  ptrWords: number[];
} {
  const indirectKey = key.size > MAX_INLINE_SIZE;
  const indirectElem = elem.size > MAX_INLINE_SIZE;
  const keySlot = indirectKey ? 8 : key.size;
  const elemSlot = indirectElem ? 8 : elem.size;
  const elemsOff = 8 + BUCKET_CNT * keySlot;
  const size = elemsOff + BUCKET_CNT * elemSlot + 8;
  const ptrWords: number[] = [];
  const keyPtrs = indirectKey ? [0] : key.ptrWords;
  const elemPtrs = indirectElem ? [0] : elem.ptrWords;
  for (let i = 0; i < BUCKET_CNT; i++)
    for (const w of keyPtrs) ptrWords.push((8 + i * keySlot) / 8 + w);
  for (let i = 0; i < BUCKET_CNT; i++)
    for (const w of elemPtrs) ptrWords.push((elemsOff + i * elemSlot) / 8 + w);
  if (ptrWords.length > 0) ptrWords.push((size - 8) / 8);
  return { size, keySlot, elemSlot, indirectKey, indirectElem, ptrWords };
}

/**
 * The types the map runtime allocates for map type `mapType`: the runtime
 * types and the bucket type. Codegen adds those missing (by `str`) to the table.
 */
export function mapSupportTypes(types: readonly RType[], mapType: number): RTypeShape[] {
  const mt = types[mapType];
  const key = types[mt.key];
  const elem = types[mt.elem];
  const b = bucketLayout(key, elem);
  return [
    shape(Kind.Struct, 48, HMAP_TYPE, HMAP_PTR_WORDS),
    shape(Kind.Struct, MAPEXTRA_SIZE, MAPEXTRA_TYPE, [0, 1, 2]),
    shape(Kind.Slice, 24, OVERFLOW_LIST_TYPE, [0]),
    shape(Kind.Pointer, 8, BUCKET_PTR_TYPE, [0]),
    shape(Kind.Struct, HITER_SIZE, HITER_TYPE, HITER_PTR_WORDS),
    shape(Kind.Struct, b.size, bucketTypeName(key, elem), b.ptrWords),
  ];
}

/** What the map code needs to know about one map type (Go's maptype), computed once. */
interface MapType {
  readonly keyType: number;
  readonly elemType: number;
  readonly keySize: number;
  readonly elemSize: number;
  readonly keySlot: number;
  readonly elemSlot: number;
  readonly indirectKey: boolean;
  readonly indirectElem: boolean;
  readonly bucketSize: number;
  readonly elemsOff: number;
  readonly overflowOff: number;
  readonly bucketType: number;
  /** The bucket holds pointers (Go's t.bucket.ptrdata != 0). */
  readonly bucketScan: boolean;
  readonly keyPtrWords: readonly number[];
  /** Word offsets of the pointers in one bucket. */
  readonly bucketPtrWords: readonly number[];
  readonly elemPtrWords: readonly number[];
  readonly alg: TypeAlg;
  readonly hmapType: number;
  readonly extraType: number;
  readonly listType: number;
  readonly bucketPtrType: number;
}

interface TableCache {
  byStr: Map<string, number> | null;
  /** Number of types indexed in byStr. */
  indexed: number;
  readonly maps: (MapType | undefined)[];
}

const tableCache = new WeakMap<readonly RType[], TableCache>();

function typeByStr(types: readonly RType[], c: TableCache, str: string): number {
  let id = c.byStr?.get(str);
  if (id === undefined && c.indexed !== types.length) {
    // First use, or types were added since (reflect can make types at run time).
    const byStr = c.byStr ?? new Map<string, number>();
    for (let i = Math.max(1, c.indexed); i < types.length; i++)
      if (!byStr.has(types[i].str)) byStr.set(types[i].str, i);
    c.byStr = byStr;
    c.indexed = types.length;
    id = byStr.get(str);
  }
  if (id === undefined)
    throw new Error(
      `map runtime: type ${str} is missing from the type table (see mapSupportTypes)`,
    );
  return id;
}

// The map type used last: most code works on one map at a time.
let lastTypes: readonly RType[] | null = null;
let lastId = -1;
let lastType: MapType | null = null;

function mapType(m: Machine, id: number): MapType {
  const types = m.types;
  if (id === lastId && types === lastTypes) return lastType!;
  const t = mapTypeSlow(types, id);
  lastTypes = types;
  lastId = id;
  lastType = t;
  return t;
}

function mapTypeSlow(types: readonly RType[], id: number): MapType {
  let c = tableCache.get(types);
  if (c === undefined) {
    c = { byStr: null, indexed: 0, maps: [] };
    tableCache.set(types, c);
  }
  const have = c.maps[id];
  if (have !== undefined) return have;
  const mt = types[id];
  if (mt === undefined || mt.kind !== Kind.Map)
    throw new Error(`map runtime: ${id} is not a map type`);
  const key = types[mt.key];
  const elem = types[mt.elem];
  const b = bucketLayout(key, elem);
  const t: MapType = {
    keyType: mt.key,
    elemType: mt.elem,
    keySize: key.size,
    elemSize: elem.size,
    keySlot: b.keySlot,
    elemSlot: b.elemSlot,
    indirectKey: b.indirectKey,
    indirectElem: b.indirectElem,
    bucketSize: b.size,
    elemsOff: 8 + BUCKET_CNT * b.keySlot,
    overflowOff: b.size - 8,
    bucketType: typeByStr(types, c, bucketTypeName(key, elem)),
    bucketScan: b.ptrWords.length > 0,
    keyPtrWords: key.ptrWords,
    bucketPtrWords: b.ptrWords,
    elemPtrWords: elem.ptrWords,
    alg: typeAlg(types, mt.key),
    hmapType: typeByStr(types, c, HMAP_TYPE),
    extraType: typeByStr(types, c, MAPEXTRA_TYPE),
    listType: typeByStr(types, c, OVERFLOW_LIST_TYPE),
    bucketPtrType: typeByStr(types, c, BUCKET_PTR_TYPE),
  };
  c.maps[id] = t;
  return t;
}

/** Bytes of one bucket of map type `mapTypeId` (frame memory for a non-escaping map's first bucket). */
export function bucketSize(m: Machine, mapTypeId: number): number {
  return mapType(m, mapTypeId).bucketSize;
}

// ---- small helpers ----

/**
 * Keep `p`, held only in JavaScript across an allocation, alive: grey it if a
 * cycle is marking. Uses the Machine's optional `shade` (proposed for abi.ts);
 * without it the caller relies on the allocation not finishing a cycle.
 */
function keepAlive(m: Machine, p: number): void {
  const s = (m as Machine & { shade?: (p: number) => void }).shade;
  if (s !== undefined) s.call(m, p);
}

/**
 * Panic with Go's plainError (a runtime.Error without the "runtime error: "
 * prefix) through the Machine's optional `panicPlain` (proposed for abi.ts),
 * else as a string value with the same text.
 */
function panicPlain(m: Machine, msg: string): never {
  const p = (m as Machine & { panicPlain?: (msg: string) => never }).panicPlain;
  if (p !== undefined) return p.call(m, msg);
  return m.panicString(msg);
}

function loadPtr(m: Machine, addr: number): number {
  return m.u32[addr >>> 2];
}

/** Store a pointer-sized integer that the GC must not see as a pointer (noscan memory). */
function storeRaw(m: Machine, addr: number, v: number): void {
  const u32 = m.u32;
  u32[addr >>> 2] = v;
  u32[(addr >>> 2) + 1] = 0;
}

/** 2^B - 1: the mask of bucket bits. */
function bucketMask(B: number): number {
  return B < 31 ? (1 << B) - 1 : 2 ** B - 1;
}

function tophash(hash: number): number {
  const top = hash >>> 24;
  return top < MIN_TOP_HASH ? top + MIN_TOP_HASH : top;
}

function isEmpty(x: number): boolean {
  return x <= EMPTY_ONE;
}

function evacuated(m: Machine, b: number): boolean {
  const h = m.u8[b];
  return h > EMPTY_ONE && h < MIN_TOP_HASH;
}

function overflowOf(m: Machine, t: MapType, b: number): number {
  return m.u32[(b + t.overflowOff) >>> 2];
}

function setOverflow(m: Machine, t: MapType, b: number, ovf: number): void {
  if (t.bucketScan) m.writePtr(b + t.overflowOff, ovf);
  else storeRaw(m, b + t.overflowOff, ovf);
}

function overLoadFactor(count: number, B: number): boolean {
  return count > BUCKET_CNT && count > LOAD_FACTOR_NUM * Math.floor(2 ** B / LOAD_FACTOR_DEN);
}

function tooManyOverflowBuckets(noverflow: number, B: number): boolean {
  if (B > 15) B = 15;
  return noverflow >= 1 << B;
}

function getB(m: Machine, h: number): number {
  return m.u8[h + HMAP_B];
}

function growing(m: Machine, h: number): boolean {
  return loadPtr(m, h + HMAP_OLDBUCKETS) !== 0;
}

function sameSizeGrow(m: Machine, h: number): boolean {
  return (m.u8[h + HMAP_FLAGS] & SAME_SIZE_GROW) !== 0;
}

function noldbuckets(m: Machine, h: number): number {
  let oldB = getB(m, h);
  if (!sameSizeGrow(m, h)) oldB--;
  return 2 ** oldB;
}

function getNoverflow(m: Machine, h: number): number {
  const u8 = m.u8;
  return u8[h + HMAP_NOVERFLOW] | (u8[h + HMAP_NOVERFLOW + 1] << 8);
}

function setNoverflow(m: Machine, h: number, n: number): void {
  const u8 = m.u8;
  u8[h + HMAP_NOVERFLOW] = n & 0xff;
  u8[h + HMAP_NOVERFLOW + 1] = (n >>> 8) & 0xff;
}

/** Count an overflow bucket: exactly below 2^16 buckets, probabilistically above (Go). */
function incrnoverflow(m: Machine, h: number): void {
  const B = getB(m, h);
  if (B < 16) {
    setNoverflow(m, h, (getNoverflow(m, h) + 1) & 0xffff);
    return;
  }
  const mask = (1 << (B - 15)) - 1;
  if ((fastrand() & mask) === 0) setNoverflow(m, h, (getNoverflow(m, h) + 1) & 0xffff);
}

/** Copy a key or elem value; pointer words through the barrier. */
function copyValue(
  m: Machine,
  typeId: number,
  size: number,
  ptrs: boolean,
  dst: number,
  src: number,
): void {
  if (ptrs) {
    m.typedmemmove(typeId, dst, src);
  } else if (size === 8 && ((dst | src) & 3) === 0) {
    const u32 = m.u32;
    u32[dst >>> 2] = u32[src >>> 2];
    u32[(dst >>> 2) + 1] = u32[(src >>> 2) + 1];
  } else if (size !== 0) {
    m.u8.copyWithin(dst, src, src + size);
  }
}

/** Zero a value of the given layout, pointer words through the barrier (Go's memclrHasPointers). */
function clearValue(m: Machine, addr: number, size: number, ptrWords: readonly number[]): void {
  for (const w of ptrWords) if (loadPtr(m, addr + w * 8) !== 0) m.writePtr(addr + w * 8, 0);
  m.u8.fill(0, addr, addr + size);
}

/** Zero n whole buckets at addr, their pointer words through the barrier. */
function clearBuckets(m: Machine, t: MapType, addr: number, n: number): void {
  if (t.bucketScan) {
    const words = t.bucketPtrWords;
    for (let i = 0; i < n; i++) {
      const b = addr + i * t.bucketSize;
      for (let j = 0; j < words.length; j++) {
        const slot = b + words[j] * 8;
        if (loadPtr(m, slot) !== 0) m.writePtr(slot, 0);
      }
    }
  }
  m.u8.fill(0, addr, addr + n * t.bucketSize);
}

// ---- creation ----

/** Set by makeBucketArray: the first spare overflow bucket of the array, or 0. */
let lastNextOverflow = 0;

/**
 * An array of at least 2^b buckets (Go's makeBucketArray): for b >= 4 with
 * spare overflow buckets up to the size class. `dirty` reuses and clears an
 * array made earlier with the same t and b.
 */
function makeBucketArray(m: Machine, t: MapType, b: number, dirty: number): number {
  const base = 2 ** b;
  let nbuckets = base;
  if (b >= 4) {
    nbuckets += 2 ** (b - 4);
    const sz = t.bucketSize * nbuckets;
    const up = roundupsize(sz);
    if (up !== sz) nbuckets = Math.floor(up / t.bucketSize);
  }
  let buckets: number;
  if (dirty === 0) {
    buckets = m.alloc(t.bucketType, nbuckets);
  } else {
    buckets = dirty;
    clearBuckets(m, t, buckets, nbuckets);
  }
  lastNextOverflow = 0;
  if (base !== nbuckets) {
    // Spare overflow buckets: a nil overflow pointer means "more follow"; the
    // last one points at the array (any non-nil pointer) to say it is the last.
    lastNextOverflow = buckets + base * t.bucketSize;
    setOverflow(m, t, buckets + (nbuckets - 1) * t.bucketSize, buckets);
  }
  return buckets;
}

/**
 * make(map[K]V, hint). `hmapSlot` is 0 (allocate the hmap on the heap) or zeroed
 * frame memory of HMAP_SIZE bytes; `bucketSlot` is 0 or zeroed frame memory of
 * bucketSize(m, mapType) bytes, used as the first bucket when hint <= 8. A hint
 * that is negative or too large (number or bigint) counts as 0, as in Go.
 * Returns the map (the hmap's address).
 */
export function makemap(
  m: Machine,
  mapTypeId: number,
  hint: number | bigint,
  hmapSlot = 0,
  bucketSlot = 0,
): number {
  const t = mapType(m, mapTypeId);
  let n = typeof hint === "bigint" ? -1 : hint;
  if (!(n >= 0) || n * t.bucketSize > MAX_ALLOC) n = 0;
  const h = hmapSlot !== 0 ? hmapSlot : m.alloc(t.hmapType, 1);
  m.u32[(h + HMAP_HASH0) >>> 2] = fastrand();
  let B = 0;
  while (overLoadFactor(n, B)) B++;
  m.u8[h + HMAP_B] = B;
  if (B === 0) {
    if (bucketSlot !== 0) m.writePtr(h + HMAP_BUCKETS, bucketSlot);
    return h;
  }
  const buckets = makeBucketArray(m, t, B, 0);
  const nextOverflow = lastNextOverflow;
  if (hmapSlot === 0) keepAlive(m, h);
  m.writePtr(h + HMAP_BUCKETS, buckets);
  if (nextOverflow !== 0) {
    const extra = m.alloc(t.extraType, 1);
    if (hmapSlot === 0) keepAlive(m, h);
    m.writePtr(extra + EXTRA_NEXTOVERFLOW, nextOverflow);
    m.writePtr(h + HMAP_EXTRA, extra);
  }
  return h;
}

// ---- lookup ----

/** Set by lookup: the address of the key found (after indirection). */
let foundKey = 0;

/** The elem address of `key` in h (after indirection), or 0. h is non-nil and non-empty. */
function lookup(m: Machine, t: MapType, h: number, key: number): number {
  const hash = t.alg.hash(m, key, m.u32[(h + HMAP_HASH0) >>> 2]);
  let mask = bucketMask(getB(m, h));
  const bs = t.bucketSize;
  let b = loadPtr(m, h + HMAP_BUCKETS) + (hash & mask) * bs;
  const c = loadPtr(m, h + HMAP_OLDBUCKETS);
  if (c !== 0) {
    if (!sameSizeGrow(m, h)) mask = Math.floor(mask / 2);
    const oldb = c + (hash & mask) * bs;
    if (!evacuated(m, oldb)) b = oldb;
  }
  const top = tophash(hash);
  const u8 = m.u8;
  const equal = t.alg.equal;
  for (; b !== 0; b = overflowOf(m, t, b)) {
    for (let i = 0; i < BUCKET_CNT; i++) {
      const th = u8[b + i];
      if (th !== top) {
        if (th === EMPTY_REST) return 0;
        continue;
      }
      let k = b + 8 + i * t.keySlot;
      if (t.indirectKey) k = loadPtr(m, k);
      if (equal(m, key, k)) {
        let e = b + t.elemsOff + i * t.elemSlot;
        if (t.indirectElem) e = loadPtr(m, e);
        foundKey = k;
        return e;
      }
    }
  }
  return 0;
}

/** Hash the key of a nil or empty map when hashing may panic (Go issue 23734). */
function hashForPanic(m: Machine, t: MapType, key: number): void {
  if (t.alg.hashMightPanic) t.alg.hash(m, key, 0);
}

/**
 * v := m[key]: the address of the elem, or of a zero value when the key is
 * absent or the map is nil (never 0). Do not keep the address across a call.
 */
export function mapaccess1(m: Machine, mapTypeId: number, h: number, key: number): number {
  const t = mapType(m, mapTypeId);
  if (h === 0 || m.u32[h >>> 2] === 0) {
    hashForPanic(m, t, key);
    return MAP_ZERO_VALUE;
  }
  if ((m.u8[h + HMAP_FLAGS] & HASH_WRITING) !== 0) m.fatal("concurrent map read and map write");
  const e = lookup(m, t, h, key);
  return e === 0 ? MAP_ZERO_VALUE : e;
}

/** mapaccess1 for elems larger than MAP_ZERO_SIZE: `zero` is a zeroed block of the elem's size. */
export function mapaccess1_fat(
  m: Machine,
  mapTypeId: number,
  h: number,
  key: number,
  zero: number,
): number {
  const e = mapaccess1(m, mapTypeId, h, key);
  return e === MAP_ZERO_VALUE ? zero : e;
}

/**
 * v, ok := m[key]: the address of the elem, or 0 when the key is absent (then v
 * is the zero value and ok is false).
 */
export function mapaccess2(m: Machine, mapTypeId: number, h: number, key: number): number {
  const t = mapType(m, mapTypeId);
  if (h === 0 || m.u32[h >>> 2] === 0) {
    hashForPanic(m, t, key);
    return 0;
  }
  if ((m.u8[h + HMAP_FLAGS] & HASH_WRITING) !== 0) m.fatal("concurrent map read and map write");
  return lookup(m, t, h, key);
}

/** len(m). */
export function maplen(m: Machine, h: number): number {
  return h === 0 ? 0 : m.u32[h >>> 2];
}

// ---- assignment ----

/**
 * m[key] = v: the address of the elem slot for `key` (inserted if absent), into
 * which the caller stores v (pointer words with the write barrier). Panics
 * `assignment to entry in nil map` for a nil map.
 */
export function mapassign(m: Machine, mapTypeId: number, h: number, key: number): number {
  const t = mapType(m, mapTypeId);
  if (h === 0) panicPlain(m, "assignment to entry in nil map");
  if ((m.u8[h + HMAP_FLAGS] & HASH_WRITING) !== 0) m.fatal("concurrent map writes");
  const hash = t.alg.hash(m, key, m.u32[(h + HMAP_HASH0) >>> 2]);
  // Set hashWriting after hashing, which may panic: then nothing was written.
  m.u8[h + HMAP_FLAGS] ^= HASH_WRITING;
  if (loadPtr(m, h + HMAP_BUCKETS) === 0) m.writePtr(h + HMAP_BUCKETS, m.alloc(t.bucketType, 1));

  const bs = t.bucketSize;
  const top = tophash(hash);
  const equal = t.alg.equal;
  let elem = 0;
  again: for (;;) {
    const bucket = hash & bucketMask(getB(m, h));
    if (growing(m, h)) growWork(m, t, h, bucket);
    let b = loadPtr(m, h + HMAP_BUCKETS) + bucket * bs;
    let insertb = 0;
    let inserti = 0;
    chain: for (;;) {
      const u8 = m.u8;
      for (let i = 0; i < BUCKET_CNT; i++) {
        const th = u8[b + i];
        if (th !== top) {
          if (isEmpty(th) && insertb === 0) {
            insertb = b;
            inserti = i;
          }
          if (th === EMPTY_REST) break chain;
          continue;
        }
        let k = b + 8 + i * t.keySlot;
        if (t.indirectKey) k = loadPtr(m, k);
        if (!equal(m, key, k)) continue;
        // Already present: update the key too when equal keys can differ (±0, strings).
        if (t.alg.needKeyUpdate)
          copyValue(m, t.keyType, t.keySize, t.keyPtrWords.length > 0, k, key);
        elem = b + t.elemsOff + i * t.elemSlot;
        break again;
      }
      const ovf = overflowOf(m, t, b);
      if (ovf === 0) break;
      b = ovf;
    }

    // Not found: grow first if the table is too loaded or has too many overflows.
    const count = m.u32[h >>> 2];
    if (
      !growing(m, h) &&
      (overLoadFactor(count + 1, getB(m, h)) ||
        tooManyOverflowBuckets(getNoverflow(m, h), getB(m, h)))
    ) {
      hashGrow(m, t, h);
      continue again; // growing invalidates everything
    }
    if (insertb === 0) {
      // Every slot of the chain is full: chain a new bucket.
      insertb = newoverflow(m, t, h, b);
      inserti = 0;
    }
    let insertk = insertb + 8 + inserti * t.keySlot;
    elem = insertb + t.elemsOff + inserti * t.elemSlot;
    if (t.indirectKey) {
      const kmem = m.alloc(t.keyType, 1);
      m.writePtr(insertk, kmem);
      insertk = kmem;
    }
    if (t.indirectElem) m.writePtr(elem, m.alloc(t.elemType, 1));
    copyValue(m, t.keyType, t.keySize, t.keyPtrWords.length > 0, insertk, key);
    m.u8[insertb + inserti] = top;
    m.u32[h >>> 2] = count + 1;
    break;
  }
  if ((m.u8[h + HMAP_FLAGS] & HASH_WRITING) === 0) m.fatal("concurrent map writes");
  m.u8[h + HMAP_FLAGS] &= ~HASH_WRITING;
  if (t.indirectElem) elem = loadPtr(m, elem);
  return elem;
}

/**
 * Chain a new overflow bucket after b: a spare of the bucket array if any,
 * else a new object. Pointer-free buckets are also recorded in extra.overflow
 * to keep them alive; room in that list is made before the bucket is
 * allocated, so the new bucket is reachable as soon as it exists.
 */
function newoverflow(m: Machine, t: MapType, h: number, b: number): number {
  let ovf: number;
  let extra = loadPtr(m, h + HMAP_EXTRA);
  if (extra !== 0 && loadPtr(m, extra + EXTRA_NEXTOVERFLOW) !== 0) {
    ovf = loadPtr(m, extra + EXTRA_NEXTOVERFLOW);
    if (overflowOf(m, t, ovf) === 0) {
      m.writePtr(extra + EXTRA_NEXTOVERFLOW, ovf + t.bucketSize);
    } else {
      // The last spare: its overflow pointer was the non-nil sentinel.
      setOverflow(m, t, ovf, 0);
      m.writePtr(extra + EXTRA_NEXTOVERFLOW, 0);
    }
    if (!t.bucketScan) {
      createOverflow(m, t, h);
      extra = loadPtr(m, h + HMAP_EXTRA);
      reserveOverflowList(m, t, loadPtr(m, extra + EXTRA_OVERFLOW));
      appendOverflowList(m, loadPtr(m, extra + EXTRA_OVERFLOW), ovf);
    }
  } else if (!t.bucketScan) {
    createOverflow(m, t, h);
    extra = loadPtr(m, h + HMAP_EXTRA);
    reserveOverflowList(m, t, loadPtr(m, extra + EXTRA_OVERFLOW));
    ovf = m.alloc(t.bucketType, 1);
    appendOverflowList(m, loadPtr(m, extra + EXTRA_OVERFLOW), ovf);
  } else {
    ovf = m.alloc(t.bucketType, 1);
  }
  incrnoverflow(m, h);
  setOverflow(m, t, b, ovf);
  return ovf;
}

/** Make sure h.extra and h.extra.overflow exist (Go's createOverflow). */
function createOverflow(m: Machine, t: MapType, h: number): void {
  let extra = loadPtr(m, h + HMAP_EXTRA);
  if (extra === 0) {
    extra = m.alloc(t.extraType, 1);
    m.writePtr(h + HMAP_EXTRA, extra);
  }
  if (loadPtr(m, extra + EXTRA_OVERFLOW) === 0) {
    const list = m.alloc(t.listType, 1);
    m.writePtr(extra + EXTRA_OVERFLOW, list);
  }
}

/** Ensure the []*bmap at `list` has room for one more element (growslice's capacity rule). */
function reserveOverflowList(m: Machine, t: MapType, list: number): void {
  const len = m.u32[(list + 8) >>> 2];
  const cap = m.u32[(list + 16) >>> 2];
  if (len < cap) return;
  const want = len + 1;
  let newcap = cap;
  const doublecap = cap + cap;
  if (want > doublecap) {
    newcap = want;
  } else if (cap < 256) {
    newcap = doublecap;
  } else {
    while (newcap < want) newcap += Math.floor((newcap + 3 * 256) / 4);
  }
  newcap = roundupsize(newcap * 8) / 8;
  const arr = m.alloc(t.bucketPtrType, newcap);
  const old = loadPtr(m, list);
  // The new array is fresh: plain copies. Replacing the header's pointer goes
  // through the barrier, which shades the old array and so its elements.
  const u32 = m.u32;
  for (let i = 0; i < len; i++) u32[(arr >>> 2) + 2 * i] = u32[(old >>> 2) + 2 * i];
  m.writePtr(list, arr);
  storeRaw(m, list + 16, newcap);
}

/** Append ovf to the []*bmap at `list`, which has room (no allocation). */
function appendOverflowList(m: Machine, list: number, ovf: number): void {
  const len = m.u32[(list + 8) >>> 2];
  m.writePtr(loadPtr(m, list) + len * 8, ovf);
  storeRaw(m, list + 8, len + 1);
}

// ---- growth ----

/** Start growing: double, or rebuild at the same size when only overflow is the problem. */
function hashGrow(m: Machine, t: MapType, h: number): void {
  let bigger = 1;
  if (!overLoadFactor(m.u32[h >>> 2] + 1, getB(m, h))) {
    bigger = 0;
    m.u8[h + HMAP_FLAGS] |= SAME_SIZE_GROW;
  }
  const oldbuckets = loadPtr(m, h + HMAP_BUCKETS);
  const newbuckets = makeBucketArray(m, t, getB(m, h) + bigger, 0);
  const nextOverflow = lastNextOverflow;

  let flags = m.u8[h + HMAP_FLAGS] & ~(ITERATOR | OLD_ITERATOR);
  if ((m.u8[h + HMAP_FLAGS] & ITERATOR) !== 0) flags |= OLD_ITERATOR;
  // Commit the growth.
  m.u8[h + HMAP_B] += bigger;
  m.u8[h + HMAP_FLAGS] = flags;
  m.writePtr(h + HMAP_OLDBUCKETS, oldbuckets);
  m.writePtr(h + HMAP_BUCKETS, newbuckets);
  storeRaw(m, h + HMAP_NEVACUATE, 0);
  setNoverflow(m, h, 0);

  let extra = loadPtr(m, h + HMAP_EXTRA);
  if (extra !== 0 && loadPtr(m, extra + EXTRA_OVERFLOW) !== 0) {
    // The current overflow buckets become the old generation.
    if (loadPtr(m, extra + EXTRA_OLDOVERFLOW) !== 0) m.fatal("oldoverflow is not nil");
    m.writePtr(extra + EXTRA_OLDOVERFLOW, loadPtr(m, extra + EXTRA_OVERFLOW));
    m.writePtr(extra + EXTRA_OVERFLOW, 0);
  }
  if (nextOverflow !== 0) {
    if (extra === 0) {
      extra = m.alloc(t.extraType, 1);
      m.writePtr(h + HMAP_EXTRA, extra);
    }
    m.writePtr(extra + EXTRA_NEXTOVERFLOW, nextOverflow);
  }
}

function growWork(m: Machine, t: MapType, h: number, bucket: number): void {
  // Evacuate the old bucket we are about to use, then one more to make progress.
  evacuate(m, t, h, bucket & (noldbuckets(m, h) - 1));
  if (growing(m, h)) evacuate(m, t, h, m.u32[(h + HMAP_NEVACUATE) >>> 2]);
}

function bucketEvacuated(m: Machine, t: MapType, h: number, bucket: number): boolean {
  return evacuated(m, loadPtr(m, h + HMAP_OLDBUCKETS) + bucket * t.bucketSize);
}

/** Move every entry of old bucket `oldbucket` (and its chain) to the new array. */
function evacuate(m: Machine, t: MapType, h: number, oldbucket: number): void {
  const bs = t.bucketSize;
  let b = loadPtr(m, h + HMAP_OLDBUCKETS) + oldbucket * bs;
  const newbit = noldbuckets(m, h);
  if (!evacuated(m, b)) {
    const same = sameSizeGrow(m, h);
    const buckets = loadPtr(m, h + HMAP_BUCKETS);
    // Destinations X (same index) and Y (index + newbit, when doubling):
    // the current bucket of each and the next free slot in it.
    let xb = buckets + oldbucket * bs;
    let xi = 0;
    let yb = same ? 0 : buckets + (oldbucket + newbit) * bs;
    let yi = 0;
    const hash0 = m.u32[(h + HMAP_HASH0) >>> 2];
    const alg = t.alg;
    const keyPtrs = t.keyPtrWords.length > 0;
    const elemPtrs = t.elemPtrWords.length > 0;
    for (; b !== 0; b = overflowOf(m, t, b)) {
      for (let i = 0; i < BUCKET_CNT; i++) {
        const k = b + 8 + i * t.keySlot;
        const e = b + t.elemsOff + i * t.elemSlot;
        let top = m.u8[b + i];
        if (isEmpty(top)) {
          m.u8[b + i] = EVACUATED_EMPTY;
          continue;
        }
        if (top < MIN_TOP_HASH) m.fatal("bad map state");
        const k2 = t.indirectKey ? loadPtr(m, k) : k;
        let useY = 0;
        if (!same) {
          const hash = alg.hash(m, k2, hash0);
          if ((m.u8[h + HMAP_FLAGS] & ITERATOR) !== 0 && !alg.reflexive && !alg.equal(m, k2, k2)) {
            // k != k (NaN): the hash is random and not reproducible, but an
            // iterator must make the same choice: use tophash's low bit, and
            // give the key a fresh random tophash for the next level.
            useY = top & 1;
            top = tophash(hash);
          } else if ((hash & newbit) !== 0) {
            useY = 1;
          }
        }
        m.u8[b + i] = EVACUATED_X + useY;
        let db: number;
        let di: number;
        if (useY === 0) {
          if (xi === BUCKET_CNT) {
            xb = newoverflow(m, t, h, xb);
            xi = 0;
          }
          db = xb;
          di = xi++;
        } else {
          if (yi === BUCKET_CNT) {
            yb = newoverflow(m, t, h, yb);
            yi = 0;
          }
          db = yb;
          di = yi++;
        }
        m.u8[db + di] = top;
        const dk = db + 8 + di * t.keySlot;
        const de = db + t.elemsOff + di * t.elemSlot;
        if (t.indirectKey) m.writePtr(dk, k2);
        else copyValue(m, t.keyType, t.keySize, keyPtrs, dk, k);
        if (t.indirectElem) m.writePtr(de, loadPtr(m, e));
        else copyValue(m, t.elemType, t.elemSize, elemPtrs, de, e);
      }
    }
    // Unlink the overflow buckets and clear keys and elems to help the GC,
    // unless an iterator may still be reading the old buckets.
    if ((m.u8[h + HMAP_FLAGS] & OLD_ITERATOR) === 0 && t.bucketScan) {
      // Keep the tophash bytes: they hold the evacuation state.
      const ob = loadPtr(m, h + HMAP_OLDBUCKETS) + oldbucket * bs;
      const top0 = m.u32[ob >>> 2];
      const top1 = m.u32[(ob >>> 2) + 1];
      clearBuckets(m, t, ob, 1);
      m.u32[ob >>> 2] = top0;
      m.u32[(ob >>> 2) + 1] = top1;
    }
  }
  if (oldbucket === m.u32[(h + HMAP_NEVACUATE) >>> 2]) advanceEvacuationMark(m, t, h, newbit);
}

function advanceEvacuationMark(m: Machine, t: MapType, h: number, newbit: number): void {
  let nevacuate = m.u32[(h + HMAP_NEVACUATE) >>> 2] + 1;
  // Bounded, to keep every operation O(1).
  const stop = Math.min(nevacuate + 1024, newbit);
  while (nevacuate !== stop && bucketEvacuated(m, t, h, nevacuate)) nevacuate++;
  storeRaw(m, h + HMAP_NEVACUATE, nevacuate);
  if (nevacuate === newbit) {
    // Growth is done: drop the old array and the old overflow buckets (an
    // iterator still using them holds its own pointers).
    m.writePtr(h + HMAP_OLDBUCKETS, 0);
    const extra = loadPtr(m, h + HMAP_EXTRA);
    if (extra !== 0) m.writePtr(extra + EXTRA_OLDOVERFLOW, 0);
    m.u8[h + HMAP_FLAGS] &= ~SAME_SIZE_GROW;
  }
}

// ---- deletion ----

/** delete(m, key). A nil or empty map is a no-op (after hashing, which may panic). */
export function mapdelete(m: Machine, mapTypeId: number, h: number, key: number): void {
  const t = mapType(m, mapTypeId);
  if (h === 0 || m.u32[h >>> 2] === 0) {
    hashForPanic(m, t, key);
    return;
  }
  if ((m.u8[h + HMAP_FLAGS] & HASH_WRITING) !== 0) m.fatal("concurrent map writes");
  const hash = t.alg.hash(m, key, m.u32[(h + HMAP_HASH0) >>> 2]);
  m.u8[h + HMAP_FLAGS] ^= HASH_WRITING;

  const bucket = hash & bucketMask(getB(m, h));
  if (growing(m, h)) growWork(m, t, h, bucket);
  const bOrig = loadPtr(m, h + HMAP_BUCKETS) + bucket * t.bucketSize;
  const top = tophash(hash);
  const equal = t.alg.equal;
  search: for (let b = bOrig; b !== 0; b = overflowOf(m, t, b)) {
    for (let i = 0; i < BUCKET_CNT; i++) {
      const th = m.u8[b + i];
      if (th !== top) {
        if (th === EMPTY_REST) break search;
        continue;
      }
      const k = b + 8 + i * t.keySlot;
      const k2 = t.indirectKey ? loadPtr(m, k) : k;
      if (!equal(m, key, k2)) continue;
      // Clear the key only if it holds pointers; always clear the elem.
      if (t.indirectKey) m.writePtr(k, 0);
      else if (t.keyPtrWords.length > 0) clearValue(m, k, t.keySize, t.keyPtrWords);
      const e = b + t.elemsOff + i * t.elemSlot;
      if (t.indirectElem) m.writePtr(e, 0);
      else clearValue(m, e, t.elemSize, t.elemPtrWords);
      m.u8[b + i] = EMPTY_ONE;
      // If the chain now ends in empty slots, turn them into emptyRest.
      let notLast: boolean;
      if (i === BUCKET_CNT - 1) {
        const ovf = overflowOf(m, t, b);
        notLast = ovf !== 0 && m.u8[ovf] !== EMPTY_REST;
      } else {
        notLast = m.u8[b + i + 1] !== EMPTY_REST;
      }
      if (!notLast) {
        let cb = b;
        let ci = i;
        for (;;) {
          m.u8[cb + ci] = EMPTY_REST;
          if (ci === 0) {
            if (cb === bOrig) break; // start of the chain: done
            // Find the previous bucket and continue at its last slot.
            const c = cb;
            for (cb = bOrig; overflowOf(m, t, cb) !== c; cb = overflowOf(m, t, cb));
            ci = BUCKET_CNT - 1;
          } else {
            ci--;
          }
          if (m.u8[cb + ci] !== EMPTY_ONE) break;
        }
      }
      const count = m.u32[h >>> 2] - 1;
      m.u32[h >>> 2] = count;
      // A new seed makes repeated collision attacks harder (Go issue 25237).
      if (count === 0) m.u32[(h + HMAP_HASH0) >>> 2] = fastrand();
      break search;
    }
  }
  if ((m.u8[h + HMAP_FLAGS] & HASH_WRITING) === 0) m.fatal("concurrent map writes");
  m.u8[h + HMAP_FLAGS] &= ~HASH_WRITING;
}

/** Delete every entry, keeping the bucket array (Go's mapclear, for `for k := range m { delete(m, k) }`). */
export function mapclear(m: Machine, mapTypeId: number, h: number): void {
  const t = mapType(m, mapTypeId);
  if (h === 0 || m.u32[h >>> 2] === 0) return;
  if ((m.u8[h + HMAP_FLAGS] & HASH_WRITING) !== 0) m.fatal("concurrent map writes");
  m.u8[h + HMAP_FLAGS] ^= HASH_WRITING;
  m.u8[h + HMAP_FLAGS] &= ~SAME_SIZE_GROW;
  m.writePtr(h + HMAP_OLDBUCKETS, 0);
  storeRaw(m, h + HMAP_NEVACUATE, 0);
  setNoverflow(m, h, 0);
  storeRaw(m, h, 0);
  m.u32[(h + HMAP_HASH0) >>> 2] = fastrand();
  const extra = loadPtr(m, h + HMAP_EXTRA);
  if (extra !== 0) clearValue(m, extra, MAPEXTRA_SIZE, [0, 1, 2]);
  makeBucketArray(m, t, getB(m, h), loadPtr(m, h + HMAP_BUCKETS));
  if (lastNextOverflow !== 0) m.writePtr(extra + EXTRA_NEXTOVERFLOW, lastNextOverflow);
  if ((m.u8[h + HMAP_FLAGS] & HASH_WRITING) === 0) m.fatal("concurrent map writes");
  m.u8[h + HMAP_FLAGS] &= ~HASH_WRITING;
}

// ---- iteration ----

/**
 * Start `for k, v := range h` with the zeroed iterator at `it` (HITER_SIZE bytes,
 * pointer words HITER_PTR_WORDS). Afterwards, and after each mapiternext, the
 * current key's address is at it+HITER_KEY (0: done) and the elem's at
 * it+HITER_ELEM.
 */
export function mapiterinit(m: Machine, mapTypeId: number, h: number, it: number): void {
  const t = mapType(m, mapTypeId);
  storeRaw(m, it + HITER_T, mapTypeId);
  if (h === 0 || m.u32[h >>> 2] === 0) return;
  m.writePtr(it + HITER_H, h);
  const B = getB(m, h);
  m.u8[it + HITER_B] = B;
  m.writePtr(it + HITER_BUCKETS, loadPtr(m, h + HMAP_BUCKETS));
  if (!t.bucketScan) {
    // Keep the current and old overflow lists alive for this iterator, even
    // if the map grows or gains overflow buckets meanwhile.
    createOverflow(m, t, h);
    const extra = loadPtr(m, h + HMAP_EXTRA);
    m.writePtr(it + HITER_OVERFLOW, loadPtr(m, extra + EXTRA_OVERFLOW));
    m.writePtr(it + HITER_OLDOVERFLOW, loadPtr(m, extra + EXTRA_OLDOVERFLOW));
  }
  // A random start bucket, and a random offset within every bucket.
  const r = fastrand();
  const start = r & bucketMask(B);
  storeRaw(m, it + HITER_STARTBUCKET, start);
  m.u8[it + HITER_OFFSET] = Math.floor(r / 2 ** B) & (BUCKET_CNT - 1);
  storeRaw(m, it + HITER_BUCKET, start);
  m.u8[h + HMAP_FLAGS] |= ITERATOR | OLD_ITERATOR;
  mapiternext(m, it);
}

/** Advance the iterator at `it` to the next entry (it+HITER_KEY is 0 at the end). */
export function mapiternext(m: Machine, it: number): void {
  const h = loadPtr(m, it + HITER_H);
  if ((m.u8[h + HMAP_FLAGS] & HASH_WRITING) !== 0)
    m.fatal("concurrent map iteration and map write");
  const t = mapType(m, m.u32[(it + HITER_T) >>> 2]);
  const bs = t.bucketSize;
  const itB = m.u8[it + HITER_B];
  const itBuckets = loadPtr(m, it + HITER_BUCKETS);
  const startBucket = m.u32[(it + HITER_STARTBUCKET) >>> 2];
  const offset = m.u8[it + HITER_OFFSET];
  const alg = t.alg;
  let bucket = m.u32[(it + HITER_BUCKET) >>> 2];
  let b = loadPtr(m, it + HITER_BPTR);
  let i = m.u8[it + HITER_I];
  let checkBucket = m.u32[(it + HITER_CHECKBUCKET) >>> 2];

  for (;;) {
    if (b === 0) {
      if (bucket === startBucket && m.u8[it + HITER_WRAPPED] !== 0) {
        m.writePtr(it + HITER_KEY, 0);
        m.writePtr(it + HITER_ELEM, 0);
        return;
      }
      if (growing(m, h) && itB === getB(m, h)) {
        // Started during a growth that is not finished: if this bucket's old
        // bucket is not evacuated yet, walk the old one and keep only the
        // entries that will move to this bucket.
        const oldbucket = bucket & (noldbuckets(m, h) - 1);
        b = loadPtr(m, h + HMAP_OLDBUCKETS) + oldbucket * bs;
        if (!evacuated(m, b)) {
          checkBucket = bucket;
        } else {
          b = itBuckets + bucket * bs;
          checkBucket = NO_CHECK;
        }
      } else {
        b = itBuckets + bucket * bs;
        checkBucket = NO_CHECK;
      }
      bucket++;
      if (bucket === 2 ** itB) {
        bucket = 0;
        m.u8[it + HITER_WRAPPED] = 1;
      }
      i = 0;
    }
    for (; i < BUCKET_CNT; i++) {
      const offi = (i + offset) & (BUCKET_CNT - 1);
      const th = m.u8[b + offi];
      if (isEmpty(th) || th === EVACUATED_EMPTY) continue;
      let k = b + 8 + offi * t.keySlot;
      if (t.indirectKey) k = loadPtr(m, k);
      let e = b + t.elemsOff + offi * t.elemSlot;
      if (checkBucket !== NO_CHECK && !sameSizeGrow(m, h)) {
        if (alg.reflexive || alg.equal(m, k, k)) {
          // Skip entries of this old bucket that go to the other new bucket.
          const hash = alg.hash(m, k, m.u32[(h + HMAP_HASH0) >>> 2]);
          if ((hash & bucketMask(itB)) !== checkBucket) continue;
        } else {
          // NaN keys: evacuation follows tophash's low bit; do the same.
          if (Math.floor(checkBucket / 2 ** (itB - 1)) !== (th & 1)) continue;
        }
      }
      if ((th !== EVACUATED_X && th !== EVACUATED_Y) || !(alg.reflexive || alg.equal(m, k, k))) {
        // The data here is current (or the key is NaN, which cannot have been
        // deleted or updated).
        if (t.indirectElem) e = loadPtr(m, e);
        m.writePtr(it + HITER_KEY, k);
        m.writePtr(it + HITER_ELEM, e);
      } else {
        // The table grew since the iterator started: the current data for
        // this key is elsewhere; it may have been deleted, updated or re-added.
        const re = m.u32[h >>> 2] === 0 ? 0 : lookup(m, t, h, k);
        if (re === 0) continue; // deleted
        m.writePtr(it + HITER_KEY, foundKey);
        m.writePtr(it + HITER_ELEM, re);
      }
      storeRaw(m, it + HITER_BUCKET, bucket);
      if (loadPtr(m, it + HITER_BPTR) !== b) m.writePtr(it + HITER_BPTR, b);
      m.u8[it + HITER_I] = i + 1;
      storeRaw(m, it + HITER_CHECKBUCKET, checkBucket);
      return;
    }
    b = overflowOf(m, t, b);
    i = 0;
  }
}
