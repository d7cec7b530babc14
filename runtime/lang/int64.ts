/*
 * 64-bit integer arithmetic on the mixed form.
 *
 * What: Go's int, int64, uint, uint64 and uintptr as emitted code holds them in JS
 * variables (abi.ts): a plain number when |v| ≤ 2^53-1, otherwise a bigint. The form is
 * canonical — a value that fits in a number is never a bigint — so `===` and `!==`
 * compare correctly, and so do `<`, `<=`, `>`, `>=`, which JavaScript defines on the
 * mathematical values even between a number and a bigint. Comparisons therefore need no
 * helper: emit plain operators. Signed values lie in [-2^63, 2^63), unsigned ones in
 * [0, 2^64), so for the same bits int64 and uint64 differ in representation (-1 is
 * 18446744073709551615n as a uint64): see `u64FromI64`/`i64FromU64` in convert.ts.
 *
 * Why: almost every integer a Go program computes is small. Doing all 64-bit arithmetic
 * in BigInt would cost a heap allocation per operation; doing it in doubles alone would
 * lose bits past 2^53. So every operation has a fast path on numbers whose result is
 * checked against the safe range (a double result that lies in the safe range is exact:
 * rounding is monotonic and 2^53-1 is representable), and a slow path, kept in a
 * separate function so that the fast path stays small enough for V8 to inline, that
 * wraps with BigInt.asIntN/asUintN and turns the result back into canonical form.
 *
 * Invariants the emitted code keeps and these functions rely on:
 *   - arguments are canonical and in range for their signedness;
 *   - a divisor is never zero: emitted code checks `b === 0` and panics with
 *     "integer divide by zero" before calling div/rem;
 *   - a shift count is a non-negative JS number (it may be ≥ 64): emitted code panics
 *     on a negative signed count ("negative shift amount") and turns a 64-bit count with
 *     `shiftCount` (a bigint count is ≥ 2^53, which shifts everything out).
 *   - no result is -0 (Go integers have no negative zero; float64(x) must not print -0).
 *
 * Division truncates toward zero as in Go; MinInt64 / -1 wraps to MinInt64 and
 * MinInt64 % -1 is 0, exactly as Go specifies (the spec's "x / -1 == -x" with wrapping).
 *
 * In memory a 64-bit word is two little-endian 32-bit halves; load64/store64 assemble and
 * split it with two typed-array accesses and no BigInt in the common case.
 *
 * Example: add64(9007199254740991, 1) === 9007199254740992n;
 * add64(9223372036854775807n, 1) === -9223372036854775808n; subU64(0, 1) ===
 * 18446744073709551615n; shr64(-5, 1) === -3.
 */

/** A value of int, int64 or uintptr-as-signed in the mixed form: [-2^63, 2^63). */
export type Int64 = number | bigint;
/** A value of uint, uint64 or uintptr in the mixed form: [0, 2^64). */
export type Uint64 = number | bigint;

/** 2^53 - 1: the largest magnitude held as a number. */
export const MAX_SAFE = 9007199254740991;
const MAX_SAFE_N = 9007199254740991n;
const TWO32 = 4294967296;

/** 2^s for s in [0, 64): a multiplication by it is an exact shift of a double. */
const POW2 = new Float64Array(64);
for (let s = 0; s < 64; s++) POW2[s] = 2 ** s;

/** The canonical form of a bigint already wrapped to 64 bits. */
export function fromBig(v: bigint): Int64 {
  return v >= -MAX_SAFE_N && v <= MAX_SAFE_N ? Number(v) : v;
}

function wrapI(v: bigint): Int64 {
  return fromBig(BigInt.asIntN(64, v));
}

function wrapU(v: bigint): Uint64 {
  return fromBig(BigInt.asUintN(64, v));
}

function big(v: Int64): bigint {
  return typeof v === "number" ? BigInt(v) : v;
}

/** A shift count of a 64-bit type as a JS number; a bigint count (≥ 2^53) becomes 64. */
export function shiftCount(s: Int64): number {
  return typeof s === "number" ? s : 64;
}

// --- signed: int, int64 ---

export function add64(a: Int64, b: Int64): Int64 {
  if (typeof a === "number" && typeof b === "number") {
    const r = a + b;
    if (r >= -MAX_SAFE && r <= MAX_SAFE) return r;
  }
  return wrapI(big(a) + big(b));
}

export function sub64(a: Int64, b: Int64): Int64 {
  if (typeof a === "number" && typeof b === "number") {
    const r = a - b;
    if (r >= -MAX_SAFE && r <= MAX_SAFE) return r;
  }
  return wrapI(big(a) - big(b));
}

export function mul64(a: Int64, b: Int64): Int64 {
  if (typeof a === "number" && typeof b === "number") {
    const r = a * b + 0; // + 0 turns -0 into 0
    if (r >= -MAX_SAFE && r <= MAX_SAFE) return r;
  }
  return wrapI(big(a) * big(b));
}

/** a / b truncated toward zero; b !== 0 (checked by the caller). */
export function div64(a: Int64, b: Int64): Int64 {
  if (typeof a === "number" && typeof b === "number") return Math.trunc(a / b) + 0;
  return wrapI(big(a) / big(b));
}

/**
 * a % b with the sign of a; b !== 0 (checked by the caller). For numbers the remainder
 * is a - b*trunc(a/b), which is exact: |a| < 2^53, so a/b rounds to no other integer
 * than the true quotient's truncation, and b*trunc(a/b) is at most |a|. It is several
 * times faster than `%` on doubles (a call into fmod).
 */
export function rem64(a: Int64, b: Int64): Int64 {
  if (typeof a === "number" && typeof b === "number") return a - b * Math.trunc(a / b) + 0;
  return fromBig(big(a) % big(b));
}

export function neg64(a: Int64): Int64 {
  if (typeof a === "number") return 0 - a;
  return wrapI(-a);
}

export function and64(a: Int64, b: Int64): Int64 {
  if (typeof a === "number" && typeof b === "number") {
    if ((a | 0) === a && (b | 0) === b) return a & b;
    return splitOp(a, b, OP_AND);
  }
  return fromBig(big(a) & big(b));
}

export function or64(a: Int64, b: Int64): Int64 {
  if (typeof a === "number" && typeof b === "number") {
    if ((a | 0) === a && (b | 0) === b) return a | b;
    return splitOp(a, b, OP_OR);
  }
  return fromBig(big(a) | big(b));
}

export function xor64(a: Int64, b: Int64): Int64 {
  if (typeof a === "number" && typeof b === "number") {
    if ((a | 0) === a && (b | 0) === b) return a ^ b;
    return splitOp(a, b, OP_XOR);
  }
  return fromBig(big(a) ^ big(b));
}

/** a &^ b (AND NOT). */
export function andnot64(a: Int64, b: Int64): Int64 {
  if (typeof a === "number" && typeof b === "number") {
    if ((a | 0) === a && (b | 0) === b) return a & ~b;
    return splitOp(a, b, OP_ANDNOT);
  }
  return fromBig(big(a) & ~big(b));
}

/** ^a (bitwise complement) = -a-1; the only number that leaves the safe range is -(2^53-1). */
export function not64(a: Int64): Int64 {
  if (typeof a === "number") {
    const r = -a - 1;
    if (r >= -MAX_SAFE) return r;
  }
  return fromBig(~big(a));
}

/** a << s, s ≥ 0 (may be ≥ 64). */
export function shl64(a: Int64, s: number): Int64 {
  if (typeof a === "number" && s < 64) {
    const r = a * POW2[s]; // exact: a power of two only moves the exponent
    if (r >= -MAX_SAFE && r <= MAX_SAFE) return r;
  }
  return s >= 64 ? 0 : wrapI(big(a) << BigInt(s));
}

/** a >> s arithmetic (sign-filling), s ≥ 0 (may be ≥ 64). */
export function shr64(a: Int64, s: number): Int64 {
  if (typeof a === "number") {
    if ((a | 0) === a && s < 32) return a >> s;
    return s < 64 ? Math.floor(a / POW2[s]) : a < 0 ? -1 : 0;
  }
  return s < 64 ? fromBig(a >> BigInt(s)) : a < 0n ? -1 : 0;
}

// --- unsigned: uint, uint64, uintptr ---

export function addU64(a: Uint64, b: Uint64): Uint64 {
  if (typeof a === "number" && typeof b === "number") {
    const r = a + b;
    if (r <= MAX_SAFE) return r;
  }
  return wrapU(big(a) + big(b));
}

export function subU64(a: Uint64, b: Uint64): Uint64 {
  if (typeof a === "number" && typeof b === "number") {
    const r = a - b;
    if (r >= 0) return r;
  }
  return wrapU(big(a) - big(b));
}

export function mulU64(a: Uint64, b: Uint64): Uint64 {
  if (typeof a === "number" && typeof b === "number") {
    const r = a * b;
    if (r <= MAX_SAFE) return r;
  }
  return wrapU(big(a) * big(b));
}

/** a / b; b !== 0 (checked by the caller). */
export function divU64(a: Uint64, b: Uint64): Uint64 {
  if (typeof a === "number" && typeof b === "number") return Math.floor(a / b);
  return fromBig(big(a) / big(b));
}

/** a % b; b !== 0 (checked by the caller). */
export function remU64(a: Uint64, b: Uint64): Uint64 {
  // As rem64 (both operands are non-negative here).
  if (typeof a === "number" && typeof b === "number") return a - b * Math.floor(a / b);
  return fromBig(big(a) % big(b));
}

/** -a modulo 2^64. */
export function negU64(a: Uint64): Uint64 {
  if (a === 0) return 0;
  return wrapU(-big(a));
}

export function andU64(a: Uint64, b: Uint64): Uint64 {
  if (typeof a === "number" && typeof b === "number") {
    if (a <= 0x7fffffff && b <= 0x7fffffff) return a & b;
    return splitOp(a, b, OP_AND);
  }
  return fromBig(big(a) & big(b));
}

export function orU64(a: Uint64, b: Uint64): Uint64 {
  if (typeof a === "number" && typeof b === "number") {
    if (a <= 0x7fffffff && b <= 0x7fffffff) return a | b;
    return splitOp(a, b, OP_OR);
  }
  return fromBig(big(a) | big(b));
}

export function xorU64(a: Uint64, b: Uint64): Uint64 {
  if (typeof a === "number" && typeof b === "number") {
    if (a <= 0x7fffffff && b <= 0x7fffffff) return a ^ b;
    return splitOp(a, b, OP_XOR);
  }
  return fromBig(big(a) ^ big(b));
}

/** a &^ b. Non-negative operands give a non-negative result, so andnot64 serves too. */
export function andnotU64(a: Uint64, b: Uint64): Uint64 {
  if (typeof a === "number" && typeof b === "number") {
    if (a <= 0x7fffffff && b <= 0x7fffffff) return a & ~b;
    return splitOp(a, b, OP_ANDNOT);
  }
  return fromBig(big(a) & ~big(b));
}

/** ^a = 2^64-1-a: always a bigint unless a > 2^64-2^53. */
export function notU64(a: Uint64): Uint64 {
  return wrapU(~big(a));
}

/** a << s modulo 2^64, s ≥ 0 (may be ≥ 64). */
export function shlU64(a: Uint64, s: number): Uint64 {
  if (typeof a === "number" && s < 64) {
    const r = a * POW2[s];
    if (r <= MAX_SAFE) return r;
  }
  return s >= 64 ? 0 : wrapU(big(a) << BigInt(s));
}

/** a >> s logical, s ≥ 0 (may be ≥ 64). */
export function shrU64(a: Uint64, s: number): Uint64 {
  if (typeof a === "number") {
    if (a <= 0x7fffffff && s < 32) return a >>> s;
    return s < 64 ? Math.floor(a / POW2[s]) : 0;
  }
  return s < 64 ? fromBig(a >> BigInt(s)) : 0;
}

// --- bitwise operations on numbers beyond 32 bits ---
//
// A safe integer is split into a low 32-bit half (x >>> 0: ToUint32 is the value modulo
// 2^32, exact for any integral double) and a high half floor(x / 2^32), which lies in
// [-2^21, 2^21) and so is a valid int32 for the bitwise operators. The result's high half
// is again in that range, so hi * 2^32 + lo is exact; only -2^53 leaves the safe range.

const OP_AND = 0;
const OP_OR = 1;
const OP_XOR = 2;
const OP_ANDNOT = 3;

function splitOp(a: number, b: number, op: number): Int64 {
  const aLo = a >>> 0;
  const bLo = b >>> 0;
  const aHi = Math.floor(a / TWO32);
  const bHi = Math.floor(b / TWO32);
  let lo: number;
  let hi: number;
  switch (op) {
    case OP_AND:
      lo = aLo & bLo;
      hi = aHi & bHi;
      break;
    case OP_OR:
      lo = aLo | bLo;
      hi = aHi | bHi;
      break;
    case OP_XOR:
      lo = aLo ^ bLo;
      hi = aHi ^ bHi;
      break;
    default:
      lo = aLo & ~bLo;
      hi = aHi & ~bHi;
  }
  const r = hi * TWO32 + (lo >>> 0);
  return r >= -MAX_SAFE ? r : BigInt(r);
}

// --- memory: a 64-bit word as two little-endian 32-bit halves ---

/** The int64 at byte address addr (4-aligned). `u32` and `i32` view the same memory. */
export function load64(u32: Uint32Array, i32: Int32Array, addr: number): Int64 {
  const w = addr >>> 2;
  const hi = i32[w + 1];
  if (hi > -0x200000 && hi < 0x200000) return hi * TWO32 + u32[w];
  return load64Slow(hi, u32[w]);
}

function load64Slow(hi: number, lo: number): Int64 {
  return fromBig((BigInt(hi) << 32n) | BigInt(lo));
}

/** The uint64 at byte address addr (4-aligned). */
export function loadU64(u32: Uint32Array, addr: number): Uint64 {
  const w = addr >>> 2;
  const hi = u32[w + 1];
  if (hi < 0x200000) return hi * TWO32 + u32[w];
  return (BigInt(hi) << 32n) | BigInt(u32[w]);
}

/** Store the int64 or uint64 v at byte address addr (4-aligned). */
export function store64(u32: Uint32Array, addr: number, v: Int64): void {
  const w = addr >>> 2;
  if (typeof v === "number") {
    if ((v | 0) === v) {
      u32[w] = v; // a typed-array store wraps modulo 2^32
      u32[w + 1] = v >> 31;
    } else {
      u32[w] = v >>> 0;
      u32[w + 1] = Math.floor(v / TWO32);
    }
  } else {
    u32[w] = Number(v & 0xffffffffn);
    u32[w + 1] = Number((v >> 32n) & 0xffffffffn);
  }
}

/** Store the uint64 v: the bits are the same as for store64. */
export const storeU64: (u32: Uint32Array, addr: number, v: Uint64) => void = store64;
