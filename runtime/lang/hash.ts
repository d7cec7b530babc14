// Hashing and equality of Go values by type (Go's runtime/alg.go), and the
// runtime's fast random numbers.
//
// Maps hash keys with a per-map seed and compare them with `==`; interface
// comparisons `x == y` in emitted code compare dynamic types and then values.
// Both work on values in the linear memory, by RType:
//
//	bool, ints, uintptr,       the bytes of the value (canonical in memory)
//	pointers, chans,
//	unsafe.Pointer
//	float32/float64            +0 and -0 hash alike and are equal; every NaN is
//	                           unequal to everything and hashes to a random value,
//	                           so each NaN key is a distinct map entry (as Go)
//	complex64/128              real part then imaginary part, as floats
//	string                     length and bytes (not the pointer)
//	interface                  nil hashes to the seed; otherwise the dynamic
//	                           type's hash of the value (the data word itself for
//	                           pointer-shaped types, else the boxed value), with
//	                           the seed perturbed; an uncomparable dynamic type
//	                           panics `runtime error: hash of unhashable type T`
//	                           (equality: `comparing uncomparable type T`)
//	array                      element by element
//	struct                     field by field, skipping blank (`_`) fields
//
// The hash is 32 bits (JavaScript's fast integer width), built from murmur3's
// block mix and finalizer: maps use the low B bits to pick a bucket and the top
// 8 bits as the tophash, which stay independent up to 2^24 buckets.
//
// For speed every type gets, on first use, a pair of closures (hash, equal)
// specialised to its layout; they are cached per type table. A struct or array
// that is plain memory (integers and pointers, no padding, no blank fields) is
// hashed and compared as bytes, like Go's tflagRegularMemory types.
//
// Invariant: equal values hash equally under the same seed (x == y implies
// typehash(x, s) == typehash(y, s)); a NaN is never equal to itself.
//
// Example:
//
//	const h = typehash(m, intType, addr, seed);    // uint32
//	typeequal(m, stringType, a, b);                 // "ab" == "ab" → true
//	efaceeq(m, t, x, y);                            // same dynamic type t, data words x, y

import { Kind, Machine, RType } from "./abi.js";

// ---- fastrand ----

// A 32-bit xorshift generator, one per process (Go keeps one per M). The seed
// is random unless a test fixes it with seedFastrand.
let randState = (Math.random() * 0x100000000) >>> 0 || 0x9e3779b9;

/** Go's fastrand: a uint32 (map seeds, iteration start, NaN hashes, select order). */
export function fastrand(): number {
  let x = randState;
  x ^= x << 13;
  x ^= x >>> 17;
  x ^= x << 5;
  randState = x >>> 0;
  return Math.imul(randState, 0x9e3779bb) >>> 0;
}

/** Make fastrand's sequence reproducible (tests). A zero seed is replaced by a fixed one. */
export function seedFastrand(seed: number): void {
  randState = seed >>> 0 || 0x9e3779b9;
}

// ---- the mixing function ----

const C0 = 0x2545f491;
const C1 = 0x9e3779b1;

/** murmur3's block step: fold the 32-bit word k into h. */
function mix(h: number, k: number): number {
  k = Math.imul(k, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

/** murmur3's finalizer: every input bit affects every output bit. Returns a uint32. */
function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Hash of the 8 bytes at addr (4-aligned). */
export function memhash64(m: Machine, addr: number, seed: number): number {
  const u32 = m.u32;
  const i = addr >>> 2;
  return fmix(mix(mix(seed, u32[i]), u32[i + 1]) ^ 8);
}

/** Hash of n bytes at addr (any alignment). */
export function memhash(m: Machine, addr: number, n: number, seed: number): number {
  const u8 = m.u8;
  let h = seed | 0;
  let i = addr;
  const end = addr + n;
  if ((addr & 3) === 0) {
    const u32 = m.u32;
    for (; i + 4 <= end; i += 4) h = mix(h, u32[i >>> 2]);
  } else {
    for (; i + 4 <= end; i += 4)
      h = mix(h, u8[i] | (u8[i + 1] << 8) | (u8[i + 2] << 16) | (u8[i + 3] << 24));
  }
  const rest = end - i;
  if (rest > 0) {
    let k = u8[i];
    if (rest > 1) k |= u8[i + 1] << 8;
    if (rest > 2) k |= u8[i + 2] << 16;
    k = Math.imul(k, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    h ^= Math.imul(k, 0x1b873593);
  }
  return fmix(h ^ n);
}

/** Hash of the Go string whose header is at addr. */
export function strhash(m: Machine, addr: number, seed: number): number {
  const u32 = m.u32;
  return memhash(m, u32[addr >>> 2], u32[(addr + 8) >>> 2], seed);
}

/** String equality of the headers at a and b. */
export function strequal(m: Machine, a: number, b: number): boolean {
  const u32 = m.u32;
  const n = u32[(a + 8) >>> 2];
  if (n !== u32[(b + 8) >>> 2]) return false;
  const pa = u32[a >>> 2];
  const pb = u32[b >>> 2];
  if (pa === pb) return true;
  const u8 = m.u8;
  for (let i = 0; i < n; i++) if (u8[pa + i] !== u8[pb + i]) return false;
  return true;
}

function f64hash(m: Machine, addr: number, seed: number): number {
  const f = m.f64[addr >>> 3];
  if (f === 0) return fmix(seed ^ C0);
  if (f !== f) return fmix(seed ^ C0 ^ fastrand());
  return memhash64(m, addr, seed);
}

function f32hash(m: Machine, addr: number, seed: number): number {
  const f = m.f32[addr >>> 2];
  if (f === 0) return fmix(seed ^ C0);
  if (f !== f) return fmix(seed ^ C0 ^ fastrand());
  return fmix(mix(seed, m.u32[addr >>> 2]) ^ 4);
}

// ---- per-type closures ----

type HashFn = (m: Machine, addr: number, seed: number) => number;
type EqualFn = (m: Machine, a: number, b: number) => boolean;

/** What maps need to know about a key type, computed once per type. */
export interface TypeAlg {
  readonly hash: HashFn;
  readonly equal: EqualFn;
  /** k == k for every k (no floats or interfaces inside): Go's reflexivekey. */
  readonly reflexive: boolean;
  /** An equal key may differ in representation (±0, strings, interfaces): overwrite the key on update. */
  readonly needKeyUpdate: boolean;
  /** Hashing may panic (an interface inside): Go's hashMightPanic. */
  readonly hashMightPanic: boolean;
}

const algCache = new WeakMap<readonly RType[], (TypeAlg | undefined)[]>();

/** The hash/equal closures and key properties of type `typeId` in `types`. */
export function typeAlg(types: readonly RType[], typeId: number): TypeAlg {
  let cache = algCache.get(types);
  if (cache === undefined) {
    cache = [];
    algCache.set(types, cache);
  }
  let a = cache[typeId];
  if (a === undefined) {
    a = buildAlg(types, typeId, cache);
    cache[typeId] = a;
  }
  return a;
}

/** True for types hashed and compared as raw bytes (no floats, strings, interfaces, padding, blanks). */
function plainMemory(types: readonly RType[], t: RType): boolean {
  switch (t.kind) {
    case Kind.Bool:
    case Kind.Int:
    case Kind.Int8:
    case Kind.Int16:
    case Kind.Int32:
    case Kind.Int64:
    case Kind.Uint:
    case Kind.Uint8:
    case Kind.Uint16:
    case Kind.Uint32:
    case Kind.Uint64:
    case Kind.Uintptr:
    case Kind.Pointer:
    case Kind.Chan:
    case Kind.UnsafePointer:
      return true;
    case Kind.Array:
      return plainMemory(types, types[t.elem]);
    case Kind.Struct: {
      let off = 0;
      for (const f of t.fields) {
        if (f.name === "_" || f.offset !== off) return false;
        const ft = types[f.type];
        if (!plainMemory(types, ft)) return false;
        off += ft.size;
      }
      return off === t.size;
    }
    default:
      return false;
  }
}

function unhashable(m: Machine, t: RType): never {
  return m.panicRuntimeError(`hash of unhashable type ${t.str}`);
}

function buildAlg(
  types: readonly RType[],
  typeId: number,
  cache: (TypeAlg | undefined)[],
): TypeAlg {
  const t = types[typeId];
  const sub = (id: number): TypeAlg => {
    let a = cache[id];
    if (a === undefined) {
      a = buildAlg(types, id, cache);
      cache[id] = a;
    }
    return a;
  };
  if (plainMemory(types, t)) {
    const n = t.size;
    let hash: HashFn;
    let equal: EqualFn;
    if (n === 8 && t.align >= 4) {
      hash = memhash64;
      equal = (m, a, b) => {
        const u32 = m.u32;
        return u32[a >>> 2] === u32[b >>> 2] && u32[(a >>> 2) + 1] === u32[(b >>> 2) + 1];
      };
    } else if (n === 4 && t.align === 4) {
      hash = (m, addr, seed) => fmix(mix(seed, m.u32[addr >>> 2]) ^ 4);
      equal = (m, a, b) => m.u32[a >>> 2] === m.u32[b >>> 2];
    } else if (n === 1) {
      hash = (m, addr, seed) => fmix(mix(seed, m.u8[addr]) ^ 1);
      equal = (m, a, b) => m.u8[a] === m.u8[b];
    } else {
      hash = (m, addr, seed) => memhash(m, addr, n, seed);
      equal = (m, a, b) => {
        const u8 = m.u8;
        for (let i = 0; i < n; i++) if (u8[a + i] !== u8[b + i]) return false;
        return true;
      };
    }
    return { hash, equal, reflexive: true, needKeyUpdate: false, hashMightPanic: false };
  }
  switch (t.kind) {
    case Kind.Float64:
      return {
        hash: f64hash,
        equal: (m, a, b) => m.f64[a >>> 3] === m.f64[b >>> 3],
        reflexive: false,
        needKeyUpdate: true,
        hashMightPanic: false,
      };
    case Kind.Float32:
      return {
        hash: f32hash,
        equal: (m, a, b) => m.f32[a >>> 2] === m.f32[b >>> 2],
        reflexive: false,
        needKeyUpdate: true,
        hashMightPanic: false,
      };
    case Kind.Complex64:
      return {
        hash: (m, addr, seed) => f32hash(m, addr + 4, f32hash(m, addr, seed)),
        equal: (m, a, b) => {
          const f = m.f32;
          return f[a >>> 2] === f[b >>> 2] && f[(a >>> 2) + 1] === f[(b >>> 2) + 1];
        },
        reflexive: false,
        needKeyUpdate: true,
        hashMightPanic: false,
      };
    case Kind.Complex128:
      return {
        hash: (m, addr, seed) => f64hash(m, addr + 8, f64hash(m, addr, seed)),
        equal: (m, a, b) => {
          const f = m.f64;
          return f[a >>> 3] === f[b >>> 3] && f[(a >>> 3) + 1] === f[(b >>> 3) + 1];
        },
        reflexive: false,
        needKeyUpdate: true,
        hashMightPanic: false,
      };
    case Kind.String:
      return {
        hash: strhash,
        equal: strequal,
        reflexive: true,
        needKeyUpdate: true,
        hashMightPanic: false,
      };
    case Kind.Interface:
      return {
        hash: interhash,
        equal: interequal,
        reflexive: false,
        needKeyUpdate: true,
        hashMightPanic: true,
      };
    case Kind.Array: {
      const e = sub(t.elem);
      const esize = types[t.elem].size;
      const len = t.len;
      return {
        hash: (m, addr, seed) => {
          for (let i = 0; i < len; i++) seed = e.hash(m, addr + i * esize, seed);
          return seed;
        },
        equal: (m, a, b) => {
          for (let i = 0; i < len; i++) if (!e.equal(m, a + i * esize, b + i * esize)) return false;
          return true;
        },
        reflexive: e.reflexive,
        needKeyUpdate: e.needKeyUpdate,
        hashMightPanic: e.hashMightPanic,
      };
    }
    case Kind.Struct: {
      const fs = t.fields.filter((f) => f.name !== "_");
      const algs = fs.map((f) => sub(f.type));
      const offs = fs.map((f) => f.offset);
      const n = fs.length;
      return {
        hash: (m, addr, seed) => {
          for (let i = 0; i < n; i++) seed = algs[i].hash(m, addr + offs[i], seed);
          return seed;
        },
        equal: (m, a, b) => {
          for (let i = 0; i < n; i++) if (!algs[i].equal(m, a + offs[i], b + offs[i])) return false;
          return true;
        },
        reflexive: algs.every((a) => a.reflexive),
        needKeyUpdate: algs.some((a) => a.needKeyUpdate),
        hashMightPanic: algs.some((a) => a.hashMightPanic),
      };
    }
    default:
      // Slices, maps, funcs: not comparable. Reaching here means a dynamic
      // check was missed; fail as Go's typehash does.
      return {
        hash: (m) => unhashable(m, t),
        equal: (m) => m.panicRuntimeError(`comparing uncomparable type ${t.str}`),
        reflexive: true,
        needKeyUpdate: false,
        hashMightPanic: true,
      };
  }
}

// ---- interfaces ----

/** Address of an interface value's payload: the data word itself for direct types, else the box. */
function payload(m: Machine, t: RType, addr: number): number {
  return t.direct ? addr + 8 : m.u32[(addr + 8) >>> 2];
}

/** Hash of the interface value (16 bytes: type id, data) at addr. */
export function interhash(m: Machine, addr: number, seed: number): number {
  const tid = m.u32[addr >>> 2];
  if (tid === 0) return seed >>> 0;
  const t = m.types[tid];
  if (!t.comparable) unhashable(m, t);
  const h = typeAlg(m.types, tid).hash(m, payload(m, t, addr), seed ^ C0);
  return fmix(Math.imul(h, C1));
}

/** Equality of the interface values at a and b (types, then values). */
export function interequal(m: Machine, a: number, b: number): boolean {
  const u32 = m.u32;
  const ta = u32[a >>> 2];
  if (ta !== u32[b >>> 2]) return false;
  return efaceeq(m, ta, u32[(a + 8) >>> 2], u32[(b + 8) >>> 2]);
}

/**
 * Go's efaceeq: the values of two interfaces whose dynamic type is `typeId` (0: both
 * nil), given their data words. Panics `comparing uncomparable type T`.
 */
export function efaceeq(m: Machine, typeId: number, x: number, y: number): boolean {
  if (typeId === 0) return true;
  const t = m.types[typeId];
  if (!t.comparable) m.panicRuntimeError(`comparing uncomparable type ${t.str}`);
  if (t.direct) return x === y;
  return typeAlg(m.types, typeId).equal(m, x, y);
}

/** Go's ifaceeq: empty and non-empty interfaces look the same in minigo (abi.ts). */
export const ifaceeq = efaceeq;

// ---- entry points by type id ----

/** Hash of the value of type `typeId` at addr with `seed` (a uint32). */
export function typehash(m: Machine, typeId: number, addr: number, seed: number): number {
  return typeAlg(m.types, typeId).hash(m, addr, seed) >>> 0;
}

/** `*a == *b` for values of type `typeId` (panics for uncomparable dynamic types). */
export function typeequal(m: Machine, typeId: number, a: number, b: number): boolean {
  return typeAlg(m.types, typeId).equal(m, a, b);
}
