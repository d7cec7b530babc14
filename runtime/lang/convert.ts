/*
 * Numeric conversions, as Go compiles them for amd64.
 *
 * What: T(x) for every pair of integer and floating-point types. The source is a JS
 * value in the ABI's form (abi.ts): a number for types of 32 bits or fewer and for
 * floats, the mixed number-or-bigint form (int64.ts) for int, int64, uint, uint64 and
 * uintptr.
 *
 * Integer to integer is wrapping (two's complement truncation, then sign or zero
 * extension). Many conversions need no call at all; the code generator emits:
 *
 *	source \ target          intN/uintN ≤ 32        int64/int    uint64/uint/uintptr
 *	int8..int32 (number)     toIntN/toUintN or      identity     toUint64 (negative
 *	                         the JS expression                   numbers become 2^64+x)
 *	uint8..uint32 (number)   same                   identity     identity
 *	int64, int (mixed)       toIntN/toUintN         identity     toUint64
 *	uint64, uint, uintptr    toIntN/toUintN         toInt64      identity
 *
 * where the JS expressions for a number source are: int8 `x << 24 >> 24`, int16
 * `x << 16 >> 16`, int32 `x | 0`, uint8 `x & 0xff`, uint16 `x & 0xffff`, uint32 `x >>> 0`
 * (ToInt32/ToUint32 take any integral double modulo 2^32 exactly).
 *
 * Float to integer is what amd64's truncating conversions do, and here Go differs from
 * the spec's "implementation-defined" in ways programs can observe:
 *   - int64, int: CVTTSD2SQ. Truncate toward zero; NaN or a value outside [-2^63, 2^63)
 *     gives MinInt64 (0x8000000000000000, the "integer indefinite").
 *   - int32, and through it int8, int16, uint8, uint16: CVTTSD2SL, then the low bits.
 *     NaN or outside [-2^31, 2^31) gives MinInt32, whose low 8 and 16 bits are 0: so
 *     int8(300.7) == 44, uint8(-1.5) == 255, int16(1e10) == 0.
 *   - uint32: CVTTSD2SQ, then the low 32 bits: uint32(1e10) == 1410065408,
 *     uint32(-1.0) == 4294967295, uint32(NaN) == 0.
 *   - uint64, uint, uintptr: below 2^63 (negative values included) CVTTSD2SQ reinterpreted,
 *     so uint64(-1.5) == 2^64-1 and uint64(-1e19) == 2^63; from 2^63 up Go subtracts 2^63,
 *     converts and sets the top bit, so values in [2^63, 2^64) are exact and 2^64, +Inf
 *     and NaN give 2^63.
 * float32 sources use the same functions: the value is already a double.
 *
 * Integer to float rounds to nearest, ties to even, once. For int64/uint64 beyond 2^53
 * Number(bigint) already rounds that way. float32 needs care: Math.fround(Number(b))
 * would round twice (to 53 bits, then to 24) and can land on the wrong side of a tie —
 * float32(int64(1<<60 + 1<<36 + 1)) is 1.1529216420458004e18 in Go, the double route
 * gives 1.152921504606847e18 — so a bigint is rounded to 24 bits directly.
 *
 * Example: floatToInt64(1e19) === -9223372036854775808n; floatToUint64(-1) ===
 * 18446744073709551615n; toInt8(200) === -56; intToFloat32(2n ** 60n + 2n ** 36n + 1n)
 * === 1152921642045800448.
 */

import { type Int64, MAX_SAFE, type Uint64 } from "./int64.js";

const TWO31 = 2147483648;
const TWO63 = 9223372036854775808; // exactly 2^63 as a double
const TWO64 = 18446744073709551616;
const MIN_INT64 = -(2n ** 63n);
const TWO63N = 2n ** 63n;

// --- integer to integer ---

export function toInt8(v: Int64): number {
  return typeof v === "number" ? (v << 24) >> 24 : Number(BigInt.asIntN(8, v));
}

export function toInt16(v: Int64): number {
  return typeof v === "number" ? (v << 16) >> 16 : Number(BigInt.asIntN(16, v));
}

export function toInt32(v: Int64): number {
  return typeof v === "number" ? v | 0 : Number(BigInt.asIntN(32, v));
}

export function toUint8(v: Int64): number {
  return typeof v === "number" ? v & 0xff : Number(BigInt.asUintN(8, v));
}

export function toUint16(v: Int64): number {
  return typeof v === "number" ? v & 0xffff : Number(BigInt.asUintN(16, v));
}

export function toUint32(v: Int64): number {
  return typeof v === "number" ? v >>> 0 : Number(BigInt.asUintN(32, v));
}

/** uint64(v) for a signed v of any width: the same 64 bits, read as unsigned. */
export function toUint64(v: Int64): Uint64 {
  if (typeof v === "number") return v >= 0 ? v : BigInt.asUintN(64, BigInt(v));
  return v >= 0n ? v : BigInt.asUintN(64, v);
}

/** int64(v) for a uint64 v: the same 64 bits, read as signed. */
export function toInt64(v: Uint64): Int64 {
  if (typeof v === "number" || v < TWO63N) return v;
  const r = v - 2n ** 64n;
  return r >= -BigInt(MAX_SAFE) ? Number(r) : r;
}

// --- float to integer ---

/** int32(x): CVTTSD2SL. */
export function floatToInt32(x: number): number {
  return x > -2147483649 && x < TWO31 ? x | 0 : -TWO31;
}

export function floatToInt8(x: number): number {
  return (floatToInt32(x) << 24) >> 24;
}

export function floatToInt16(x: number): number {
  return (floatToInt32(x) << 16) >> 16;
}

export function floatToUint8(x: number): number {
  return floatToInt32(x) & 0xff;
}

export function floatToUint16(x: number): number {
  return floatToInt32(x) & 0xffff;
}

/** uint32(x): the low 32 bits of CVTTSD2SQ (0 when that is MinInt64). */
export function floatToUint32(x: number): number {
  return x >= -TWO63 && x < TWO63 ? x >>> 0 : 0;
}

/** int64(x), int(x): CVTTSD2SQ. */
export function floatToInt64(x: number): Int64 {
  if (x >= -TWO63 && x < TWO63) {
    const t = Math.trunc(x) + 0;
    return t >= -MAX_SAFE && t <= MAX_SAFE ? t : BigInt(t);
  }
  return MIN_INT64;
}

/** uint64(x), uint(x), uintptr(x): Go's two-branch sequence around 2^63. */
export function floatToUint64(x: number): Uint64 {
  if (x < TWO63) return toUint64(floatToInt64(x));
  return x < TWO64 ? BigInt(x) : TWO63N;
}

// --- integer to float ---

/** float64(v) for any integer: one rounding to nearest even. */
export function intToFloat64(v: Int64): number {
  return typeof v === "number" ? v : Number(v);
}

/** float32(v) for any integer: one rounding to 24 bits, nearest even. */
export function intToFloat32(v: Int64): number {
  return typeof v === "number" ? Math.fround(v) : bigToFloat32(v);
}

/** float32(x) for a float64 x. */
export const float64ToFloat32: (x: number) => number = Math.fround;

const f64 = new Float64Array(1);
const f64Hi = new Uint32Array(f64.buffer, 4, 1);

/** The bigint v (|v| > 2^53, so a normal float32) rounded once to 24 significant bits. */
function bigToFloat32(v: bigint): number {
  const neg = v < 0n;
  const a = neg ? -v : v;
  // Bit length of a, from the double's exponent; the double may have rounded up to
  // the next power of two, which the check below corrects.
  f64[0] = Number(a);
  let bits = ((f64Hi[0]! >>> 20) & 0x7ff) - 1023 + 1;
  if (a >> BigInt(bits - 1) === 0n) bits--;
  const shift = BigInt(bits - 24);
  let keep = a >> shift;
  const rest = a - (keep << shift);
  const half = 1n << (shift - 1n);
  if (rest > half || (rest === half && (keep & 1n) === 1n)) keep++;
  const r = Number(keep) * 2 ** Number(shift); // exact: keep ≤ 2^24
  return neg ? -r : r;
}
