/*
 * Exact constant values and arithmetic for Go's constant expressions.
 *
 * Go evaluates constant expressions exactly, at compile time, with no overflow until a
 * value meets a type. gc (types2 on top of go/constant) models this with big numbers;
 * this file does the same with JavaScript bigints so that the checker reaches gc's
 * values and prints them the way gc prints them in its messages:
 *
 *	const big = 1 << 100      // int 1267650600228229401496703205376
 *	const third = 1.0 / 3     // float 1/3 exactly; third*3 == 1 is true
 *	var b byte = 300          // representable → "overflows"
 *	var i int = 1.5           // representable → "truncated"
 *
 * Representation. Integers are bigints. Floats are rationals num/den (Rat, reduced,
 * den > 0). Complex numbers are pairs of Rats. Strings hold one JS char per byte, so a
 * constant string is a Go byte string (len() is `.length`, UTF-8 is explicit).
 *
 * go/constant keeps three representations of a number below its Kind, and they are
 * observable in gc's output, so a Rat may carry a marker of the one it stands for:
 *
 *	- exact fraction (go's ratVal): the default, no marker;
 *	- `rounded` (go's floatVal): a binary float with a 512-bit mantissa and big.Float's
 *	  exponent range (±2^31 bits). A fraction whose numerator or denominator reaches
 *	  4096 bits, or a literal whose binary exponent reaches ±4096, becomes one, and every
 *	  result computed from it is rounded to 512 bits again (go/constant never goes back
 *	  to fractions). Past 2^±65536 the bigints would be needlessly large, so the value is
 *	  num·2^exp2 with the mantissa in num (den 1): 1e10000000 is legal Go;
 *	- `isInt` (go's int64Val/intVal), only on the parts of complex values: the parts of
 *	  `1234567 + 1i` keep their integer representation, and gc prints integer parts in
 *	  full but fractional parts with 6 digits: (1234567 + 1i) vs (1.23457e+06 + 1i).
 *
 * Values built elsewhere without markers are exact fractions, which is always safe.
 * Internally each real number is a Num: an int or fraction (Rat) or a BinaryFloat, and
 * mixed operands are first brought to the larger form, as go/constant's match does.
 *
 * Limits, in types2's words: an untyped integer result wider than 512 bits is an error
 * ("constant addition overflow", …); a shift count above 1074 is an "invalid shift
 * count"; a float beyond big.Float's exponent range is "constant result is not
 * representable" (a literal, "malformed constant"). Division by an (underflowed) zero
 * is "division by zero". The checker adds "invalid operation: " where gc does.
 *
 * Rounding to float32/float64 (representable, float64Value) is round-to-nearest-even
 * on the exact value, with subnormals and overflow to ±Inf as Go's big.Rat.Float64
 * does. constString reproduces go/constant's String: ints in full, floats as %.6g of
 * the nearest float64 (or an approximate "1e+4000" form out of float64 range), strings
 * as strconv.Quote cut to 72 runes, complex as "(re + imi)".
 */
import type { BinaryOp, LitKind, UnaryOp } from "../syntax/ast.js";
import type { BasicName } from "./types.js";

/**
 * An exact rational number num/den, den > 0, reduced to lowest terms.
 * The optional markers record go/constant's representation (see the header): `rounded`
 * for a 512-bit float, whose value is num/den·2^exp2 when exp2 is present (only for
 * magnitudes beyond 2^±65536); `isInt` for an integer-represented part of a complex
 * value. Use the functions here (float64Value, compare, …) rather than num/den directly
 * when a value may be that large.
 */
export interface Rat {
  num: bigint;
  den: bigint;
  rounded?: boolean;
  exp2?: number;
  isInt?: boolean;
}

/**
 * A constant value. Strings are Go strings, i.e. byte sequences: `value` holds one JS char
 * per byte (each char code 0..255), so `value.length` is Go's len().
 */
export type ConstValue =
  | { kind: "bool"; value: boolean }
  | { kind: "string"; value: string }
  | { kind: "int"; value: bigint }
  | { kind: "float"; value: Rat }
  | { kind: "complex"; re: Rat; im: Rat };

/** A failed operation; `error` is gc's wording, e.g. "division by zero". */
export interface ConstError {
  error: string;
}

/** The basic types a typed constant can have (untyped constants use the "untyped …" kinds). */
export type ConstBasic = Exclude<BasicName, "invalid type" | "unsafe.Pointer">;

/** Reports whether r is a ConstError rather than a value. */
export function isConstError(r: ConstValue | ConstError | undefined): r is ConstError {
  return r !== undefined && "error" in r;
}

// ---------------------------------------------------------------------------
// Limits

/** go/constant's float precision: mantissas of 512 bits. */
const FLOAT_PREC = 512;
/** go/constant's maxExp: fractions with a part of this many bits become 512-bit floats. */
const MAX_FRACTION_BITS = 4096;
/** types2: an untyped integer constant may not need more than 512 bits. */
const UNTYPED_INT_BITS = 512;
/** types2: the largest constant shift count (1023 - 1 + 52, to reach the smallest float64). */
const MAX_SHIFT = 1074;
/** big.Float's exponent range (MantExp exponents: x = 0.mant × 2^exp). */
const MAX_FLOAT_EXP = 2147483647;
const MIN_FLOAT_EXP = -2147483648;
/** Floats within 2^±65536 are stored with materialized num/den; beyond, with exp2. */
const MATERIALIZE_EXP = 65536;
/** Ours: the bits an integer or a complex part's integer may grow to before we give up. */
const MAX_INT_BITS = 1 << 20;
/** Decimal exponents of literals we evaluate exactly; larger ones go through big floats. */
const EXACT_EXP10 = 5000;

const NOT_REPRESENTABLE: ConstError = { error: "constant result is not representable" };
/** A literal parseLiteral rejects (it reports gc's "malformed constant: <text>"). */
const MALFORMED: ConstError = { error: "malformed constant" };

// ---------------------------------------------------------------------------
// Bigint helpers

function abs(x: bigint): bigint {
  return x < 0n ? -x : x;
}

/** Number of bits of |x| (0 for 0), like big.Int.BitLen. */
export function bitLen(x: bigint): number {
  if (x < 0n) x = -x;
  if (x === 0n) return 0;
  const hex = x.toString(16);
  return (hex.length - 1) * 4 + (32 - Math.clz32(parseInt(hex[0]!, 16)));
}

function gcd(a: bigint, b: bigint): bigint {
  a = abs(a);
  b = abs(b);
  while (b !== 0n) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}

/** The reduced fraction num/den (den ≠ 0). */
function makeRat(num: bigint, den: bigint): Rat {
  if (den < 0n) {
    num = -num;
    den = -den;
  }
  if (num === 0n) return { num: 0n, den: 1n };
  if (den === 1n) return { num, den };
  const g = gcd(num, den);
  return g === 1n ? { num, den } : { num: num / g, den: den / g };
}

function ratCmp(a: Rat, b: Rat): number {
  const l = a.num * b.den;
  const r = b.num * a.den;
  return l < r ? -1 : l > r ? 1 : 0;
}

function isIntegral(a: Rat): boolean {
  return a.den === 1n;
}

function pow10(n: number): bigint {
  return 10n ** BigInt(n);
}

/** The binary exponent e of r ≠ 0, with 2^(e-1) ≤ |r| < 2^e (big.Float's MantExp). */
function binaryExponent(r: Rat): number {
  const n = abs(r.num);
  let e = bitLen(n) - bitLen(r.den);
  // 2^(e-1) ≤ |r| < 2^(e+1); decide which half.
  const ge = e >= 0 ? n >= r.den << BigInt(e) : n << BigInt(-e) >= r.den;
  if (ge) e++;
  return e;
}

// ---------------------------------------------------------------------------
// Binary floats
//
// A BinaryFloat is mant·2^exp, exact; precision is whatever rounding made it. It is
// the form of go/constant's 512-bit floats (big.Float with prec 512, nearest even),
// and the intermediate of rounding to float32/float64.

type RoundingMode = "nearestEven" | "toZero" | "awayFromZero";

interface BinaryFloat {
  mant: bigint;
  exp: number;
}

/** The MantExp exponent of f ≠ 0: 2^(e-1) ≤ |f| < 2^e. */
function bfTop(f: BinaryFloat): number {
  return bitLen(f.mant) + f.exp;
}

/** mant·2^exp rounded to `prec` bits. */
function bfRound(f: BinaryFloat, prec: number, mode: RoundingMode = "nearestEven"): BinaryFloat {
  const n = bitLen(f.mant);
  if (n <= prec) return f;
  const s = n - prec;
  const neg = f.mant < 0n;
  const m = abs(f.mant);
  const S = BigInt(s);
  let q = m >> S;
  const rem = m - (q << S);
  if (rem !== 0n) {
    if (mode === "awayFromZero") q++;
    else if (mode === "nearestEven") {
      const half = 1n << (S - 1n);
      if (rem > half || (rem === half && (q & 1n) === 1n)) q++;
    }
  }
  return { mant: neg ? -q : q, exp: f.exp + s };
}

/**
 * Rounds r to a binary float with a `prec`-bit mantissa. With `minExp`, the quantum
 * never drops below 2^minExp (gradual underflow: float64 uses -1074, float32 -149).
 */
function roundBinary(r: Rat, prec: number, mode: RoundingMode, minExp?: number): BinaryFloat {
  if (r.num === 0n) return { mant: 0n, exp: 0 };
  const neg = r.num < 0n;
  let q = binaryExponent(r) - prec;
  if (minExp !== undefined && q < minExp) q = minExp;
  let num = abs(r.num);
  let den = r.den;
  if (q <= 0) num <<= BigInt(-q);
  else den <<= BigInt(q);
  let m = num / den;
  const rem = num - m * den;
  if (rem !== 0n) {
    if (mode === "awayFromZero") m++;
    else if (mode === "nearestEven") {
      const twice = rem * 2n;
      if (twice > den || (twice === den && (m & 1n) === 1n)) m++;
    }
  }
  return { mant: neg ? -m : m, exp: q };
}

/** The exact fraction of f (callers keep |exp| moderate). */
function binaryToRat(f: BinaryFloat): Rat {
  if (f.mant === 0n) return { num: 0n, den: 1n };
  return f.exp >= 0 ? makeRat(f.mant << BigInt(f.exp), 1n) : makeRat(f.mant, 1n << BigInt(-f.exp));
}

/**
 * A 512-bit result as go/constant's makeFloat sees it: zero underflows below big.Float's
 * exponent range, overflow is an error (gc: "constant result is not representable").
 */
function bfFinish(f: BinaryFloat): BinaryFloat | ConstError {
  const r = bfRound(f, FLOAT_PREC);
  if (r.mant === 0n) return { mant: 0n, exp: 0 };
  const top = bfTop(r);
  if (top > MAX_FLOAT_EXP) return NOT_REPRESENTABLE;
  if (top < MIN_FLOAT_EXP) return { mant: 0n, exp: 0 };
  return r;
}

function bfAdd(a: BinaryFloat, b: BinaryFloat): BinaryFloat | ConstError {
  if (a.mant === 0n) return bfFinish(b);
  if (b.mant === 0n) return bfFinish(a);
  // A much smaller operand only decides the rounding direction (as a sticky bit), so
  // replace it by a tiny number of its sign just below the larger one's precision.
  const ta = bfTop(a);
  const tb = bfTop(b);
  const gap = FLOAT_PREC + 4;
  if (tb < ta - gap) b = { mant: b.mant < 0n ? -1n : 1n, exp: ta - gap };
  else if (ta < tb - gap) a = { mant: a.mant < 0n ? -1n : 1n, exp: tb - gap };
  const e = Math.min(a.exp, b.exp);
  return bfFinish({
    mant: (a.mant << BigInt(a.exp - e)) + (b.mant << BigInt(b.exp - e)),
    exp: e,
  });
}

function bfMul(a: BinaryFloat, b: BinaryFloat): BinaryFloat | ConstError {
  return bfFinish({ mant: a.mant * b.mant, exp: a.exp + b.exp });
}

function bfQuo(a: BinaryFloat, b: BinaryFloat): BinaryFloat | ConstError {
  if (a.mant === 0n) return { mant: 0n, exp: 0 };
  // Enough quotient bits for the precision plus a sticky bit for the remainder.
  let k = FLOAT_PREC + 2 + bitLen(b.mant) - bitLen(a.mant);
  if (k < 0) k = 0;
  const num = abs(a.mant) << BigInt(k);
  const den = abs(b.mant);
  let q = num / den;
  let exp = a.exp - b.exp - k;
  if (q * den !== num) {
    q = (q << 1n) | 1n;
    exp--;
  }
  const neg = a.mant < 0n !== b.mant < 0n;
  return bfFinish({ mant: neg ? -q : q, exp });
}

function bfCmp(a: BinaryFloat, b: BinaryFloat): number {
  const sa = a.mant < 0n ? -1 : a.mant > 0n ? 1 : 0;
  const sb = b.mant < 0n ? -1 : b.mant > 0n ? 1 : 0;
  if (sa !== sb || sa === 0) return sa < sb ? -1 : sa > sb ? 1 : 0;
  const ta = bfTop(a);
  const tb = bfTop(b);
  if (ta !== tb) return ta < tb ? -sa : sa;
  const e = Math.min(a.exp, b.exp);
  const ma = a.mant << BigInt(a.exp - e);
  const mb = b.mant << BigInt(b.exp - e);
  return ma < mb ? -1 : ma > mb ? 1 : 0;
}

/** 10^n to `prec` bits by repeated squaring (for literals with huge exponents). */
function bfPow10(n: number, prec: number): BinaryFloat {
  let result: BinaryFloat = { mant: 1n, exp: 0 };
  let base: BinaryFloat = { mant: 10n, exp: 0 };
  while (n > 0) {
    if (n % 2 === 1)
      result = bfRound({ mant: result.mant * base.mant, exp: result.exp + base.exp }, prec);
    n = Math.floor(n / 2);
    if (n > 0) base = bfRound({ mant: base.mant * base.mant, exp: base.exp * 2 }, prec);
  }
  return result;
}

/**
 * Nearest IEEE value of r with a `prec`-bit significand (53 or 24), quanta down to
 * 2^minExp (subnormals) and ±Infinity from 2^maxExp, rounding half to even. A value
 * that underflows is +0, as gc's rounded constants are (MakeFloat64 drops -0).
 */
function ratToIEEE(r: Rat, prec: number, minExp: number, maxExp: number): number {
  if (r.num === 0n) return 0;
  const g = roundBinary(r, prec, "nearestEven", minExp);
  const neg = g.mant < 0n;
  let m = abs(g.mant);
  let e = g.exp;
  if (m === 0n) return 0;
  if (bitLen(m) + e > maxExp) return neg ? -Infinity : Infinity;
  // A rounding carry may leave 2^prec: drop its trailing zero. Then m < 2^53 converts
  // exactly, 2^e is a double for e ≥ -1074, and the product is representable.
  while (bitLen(m) > prec) {
    m >>= 1n;
    e++;
  }
  const x = Number(m) * 2 ** e;
  return neg ? -x : x;
}

/** ratToIEEE for a binary float, without materializing huge or tiny exponents. */
function bfToIEEE(f: BinaryFloat, prec: number, minExp: number, maxExp: number): number {
  if (f.mant === 0n) return 0;
  const neg = f.mant < 0n;
  const top = bfTop(f);
  if (top > maxExp + 1) return neg ? -Infinity : Infinity;
  if (top < minExp - 1) return 0; // below half the smallest subnormal (gc: +0)
  return ratToIEEE(binaryToRat(f), prec, minExp, maxExp);
}

function ratToBinaryExact(r: Rat): BinaryFloat | undefined {
  // den is a power of two?
  if ((r.den & (r.den - 1n)) !== 0n) return undefined;
  return { mant: r.num, exp: -(bitLen(r.den) - 1) };
}

/** The exact value of a finite double. */
function float64ToRat(x: number): Rat {
  if (x === 0 || !Number.isFinite(x)) return { num: 0n, den: 1n };
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, x);
  const hi = buf.getUint32(0);
  const lo = buf.getUint32(4);
  const neg = hi >>> 31 === 1;
  const bexp = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e: number;
  if (bexp === 0) {
    e = -1074;
  } else {
    mant |= 1n << 52n;
    e = bexp - 1075;
  }
  return binaryToRat({ mant: neg ? -mant : mant, exp: e });
}

// ---------------------------------------------------------------------------
// Numbers with go/constant's representation
//
// A Num is one real number (an int, a float, or a part of a complex value) together
// with the representation go/constant would hold it in: "int" (int64Val/intVal),
// "rat" (ratVal, an exact fraction) or "float" (floatVal, 512 bits).

type Num = { form: "int" | "rat"; r: Rat } | { form: "float"; f: BinaryFloat };
type Form = Num["form"];

const formRank: Record<Form, number> = { int: 0, rat: 1, float: 2 };

function intNum(x: bigint): Num {
  return { form: "int", r: { num: x, den: 1n } };
}

function ratNum(r: Rat): Num {
  return { form: "rat", r: { num: r.num, den: r.den } };
}

function floatNum(f: BinaryFloat): Num {
  return { form: "float", f };
}

/** The Num of a float constant's value or of a complex part. */
function numOf(r: Rat, inComplex: boolean): Num {
  if (r.rounded || r.exp2 !== undefined) {
    // A 512-bit float: num/den is mant·2^k (a rational from elsewhere is rounded).
    const base = ratToBinaryExact(r) ?? roundBinary(r, FLOAT_PREC, "nearestEven");
    return floatNum(
      bfRound(trimZeros({ mant: base.mant, exp: base.exp + (r.exp2 ?? 0) }), FLOAT_PREC),
    );
  }
  if (inComplex && r.isInt && r.den === 1n) return intNum(r.num);
  return ratNum(r);
}

/** f with the trailing zero bits of its mantissa moved into the exponent. */
function trimZeros(f: BinaryFloat): BinaryFloat {
  if (f.mant === 0n) return { mant: 0n, exp: 0 };
  const tz = bitLen(f.mant & -f.mant) - 1;
  return tz === 0 ? f : { mant: f.mant >> BigInt(tz), exp: f.exp + tz };
}

/** The Rat, with markers, that stores n as a float constant's value or a complex part. */
function ratOf(n: Num, inComplex: boolean): Rat {
  if (n.form === "float") {
    const f = n.f;
    if (f.mant === 0n) return { num: 0n, den: 1n, rounded: true };
    const top = bfTop(f);
    if (-MATERIALIZE_EXP < top && top < MATERIALIZE_EXP)
      return { ...binaryToRat(f), rounded: true };
    return { num: f.mant, den: 1n, rounded: true, exp2: f.exp };
  }
  const r: Rat = { num: n.r.num, den: n.r.den };
  if (n.form === "int" && inComplex) r.isInt = true;
  return r;
}

/** go/constant's 512-bit float of a fraction (rtof/itof). */
function toBinary(n: Num): BinaryFloat {
  return n.form === "float" ? n.f : roundBinary(n.r, FLOAT_PREC, "nearestEven");
}

/** n in representation `form` (≥ n's): ints become fractions, large ones floats. */
function convertNum(n: Num, form: Form): Num {
  if (formRank[form] <= formRank[n.form]) return n;
  if (form === "float" || n.form === "float") return floatNum(toBinary(n));
  // int → rat: go/constant's ToFloat makes a float of an int with 4096 bits or more.
  if (bitLen(n.r.num) >= MAX_FRACTION_BITS) return floatNum(toBinary(n));
  return { form: "rat", r: n.r };
}

/** An exact result in form int or rat: fractions with a 4096-bit part become floats. */
function finishExact(r: Rat, form: "int" | "rat"): Num | ConstError {
  if (form === "int") {
    if (bitLen(r.num) > MAX_INT_BITS) return NOT_REPRESENTABLE;
    return { form, r };
  }
  if (bitLen(r.num) < MAX_FRACTION_BITS && bitLen(r.den) < MAX_FRACTION_BITS) return { form, r };
  const f = bfFinish(roundBinary(r, FLOAT_PREC, "nearestEven"));
  return "error" in f ? f : floatNum(f);
}

type NumOp = "+" | "-" | "*" | "/";

/** a op b with go/constant's representation rules; b ≠ 0 for "/". */
function numOp(op: NumOp, a: Num, b: Num): Num | ConstError {
  const form: Form = formRank[a.form] >= formRank[b.form] ? a.form : b.form;
  a = convertNum(a, form);
  b = convertNum(b, form);
  if (a.form === "float" || b.form === "float") {
    const x = toBinary(a);
    const y = toBinary(b);
    let f: BinaryFloat | ConstError;
    switch (op) {
      case "+":
        f = bfAdd(x, y);
        break;
      case "-":
        f = bfAdd(x, { mant: -y.mant, exp: y.exp });
        break;
      case "*":
        f = bfMul(x, y);
        break;
      case "/":
        f = bfQuo(x, y);
        break;
    }
    return "error" in f ? f : floatNum(f);
  }
  const x = a.r;
  const y = b.r;
  const exactForm = form === "int" ? "int" : "rat";
  switch (op) {
    case "+":
      return finishExact(makeRat(x.num * y.den + y.num * x.den, x.den * y.den), exactForm);
    case "-":
      return finishExact(makeRat(x.num * y.den - y.num * x.den, x.den * y.den), exactForm);
    case "*":
      return finishExact(makeRat(x.num * y.num, x.den * y.den), exactForm);
    case "/":
      // go/constant's QUO on ints is exact division: the result is a fraction.
      return finishExact(makeRat(x.num * y.den, x.den * y.num), "rat");
  }
}

function numNeg(a: Num): Num {
  if (a.form === "float") return floatNum({ mant: -a.f.mant, exp: a.f.exp });
  return { form: a.form, r: { num: -a.r.num, den: a.r.den } };
}

function numSign(a: Num): number {
  const v = a.form === "float" ? a.f.mant : a.r.num;
  return v < 0n ? -1 : v > 0n ? 1 : 0;
}

/** a <=> b after go/constant's match (a fraction meets a float as its 512-bit rounding). */
function numCmp(a: Num, b: Num): number {
  if (a.form !== "float" && b.form !== "float") return ratCmp(a.r, b.r);
  return bfCmp(toBinary(a), toBinary(b));
}

/** Whether a float is in go/constant's "small" range, where it may become a fraction. */
function smallFloat(f: BinaryFloat): boolean {
  if (f.mant === 0n) return true;
  const e = bfTop(f);
  return -MAX_FRACTION_BITS < e && e < MAX_FRACTION_BITS;
}

/**
 * The integer value of n, if any. A 512-bit float that is within rounding distance of
 * an integer counts as that integer, as in go/constant's ToInt (its last 4 bits are
 * assumed to be noise from earlier roundings).
 */
function numToInt(n: Num): bigint | undefined {
  if (n.form !== "float") return isIntegral(n.r) ? n.r.num : undefined;
  if (!smallFloat(n.f)) return undefined;
  const exact = binaryToRat(n.f);
  if (isIntegral(exact)) return exact.num;
  for (const mode of ["toZero", "awayFromZero"] as const) {
    const t = binaryToRat(bfRound(n.f, FLOAT_PREC - 4, mode));
    if (isIntegral(t)) return t.num;
  }
  return undefined;
}

/** Nearest float64 of n (±Infinity past the largest double). */
function numToFloat64(n: Num): number {
  if (n.form === "float") return bfToIEEE(n.f, 53, -1074, 1024);
  return ratToIEEE(n.r, 53, -1074, 1024);
}

/** Nearest float32 of n, as a double (±Infinity past the largest float32). */
function numToFloat32(n: Num): number {
  if (n.form === "float") return bfToIEEE(n.f, 24, -149, 128);
  return ratToIEEE(n.r, 24, -149, 128);
}

// ---------------------------------------------------------------------------
// Values ↔ numbers

/** Real and imaginary parts of a numeric value (im undefined for int and float). */
interface Parts {
  kind: "int" | "float" | "complex";
  re: Num;
  im?: Num;
}

function partsOf(x: ConstValue): Parts | undefined {
  switch (x.kind) {
    case "int":
      return { kind: "int", re: intNum(x.value) };
    case "float":
      return { kind: "float", re: numOf(x.value, false) };
    case "complex":
      return { kind: "complex", re: numOf(x.re, true), im: numOf(x.im, true) };
    default:
      return undefined;
  }
}

/** A float constant of n (an int becomes a fraction, as go/constant's ToFloat). */
function floatValue(n: Num): ConstValue {
  return { kind: "float", value: ratOf(convertNum(n, "rat"), false) };
}

function complexValue(re: Num, im: Num): ConstValue {
  return { kind: "complex", re: ratOf(re, true), im: ratOf(im, true) };
}

function intConst(x: bigint): ConstValue {
  return { kind: "int", value: x };
}

function isZero(x: ConstValue): boolean {
  const p = partsOf(x);
  if (p === undefined) return false;
  return numSign(p.re) === 0 && (p.im === undefined || numSign(p.im) === 0);
}

// ---------------------------------------------------------------------------
// Literals

/** The UTF-8 encoding of code point c as a byte string (surrogates become U+FFFD). */
function utf8Encode(c: number): string {
  if (c < 0 || c > 0x10ffff || (c >= 0xd800 && c < 0xe000)) c = 0xfffd;
  if (c < 0x80) return String.fromCharCode(c);
  if (c < 0x800) return String.fromCharCode(0xc0 | (c >> 6), 0x80 | (c & 0x3f));
  if (c < 0x10000) {
    return String.fromCharCode(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
  }
  return String.fromCharCode(
    0xf0 | (c >> 18),
    0x80 | ((c >> 12) & 0x3f),
    0x80 | ((c >> 6) & 0x3f),
    0x80 | (c & 0x3f),
  );
}

/** Converts source text (a JS string of code points) to a Go byte string (UTF-8). */
export function utf8Bytes(s: string): string {
  if (!nonAscii.test(s)) return s;
  const bytes = utf8Encoder.encode(s);
  let out = "";
  for (let i = 0; i < bytes.length; i += byteChunk) {
    out += String.fromCharCode(...bytes.subarray(i, i + byteChunk));
  }
  return out;
}

const nonAscii = /[^\x00-\x7f]/;
const utf8Encoder = new TextEncoder();
/** Bytes per String.fromCharCode call: well under every engine's argument limit. */
const byteChunk = 8192;

function parseIntLiteral(text: string): ConstValue | ConstError {
  const t = text.replace(/_/g, "");
  let m: RegExpMatchArray | null;
  if ((m = /^0[xX]([0-9a-fA-F]+)$/.exec(t))) return intConst(BigInt("0x" + m[1]));
  if ((m = /^0[bB]([01]+)$/.exec(t))) return intConst(BigInt("0b" + m[1]));
  if ((m = /^0[oO]?([0-7]+)$/.exec(t))) return intConst(BigInt("0o" + m[1]));
  if (/^(0|[1-9][0-9]*)$/.test(t)) return intConst(BigInt(t));
  return MALFORMED;
}

/** A literal's exponent digits as a number (±Infinity if absurdly long). */
function expValue(s: string | undefined): number {
  if (s === undefined) return 0;
  const v = Number(s);
  return Number.isFinite(v) ? v : s.startsWith("-") ? -Infinity : Infinity;
}

/**
 * The value of a float literal's text as go/constant's MakeFromLiteral makes it: an
 * exact fraction when its binary exponent is within ±4096, else a 512-bit float.
 * Also accepts the integer forms an imaginary literal's mantissa may have (0x10,
 * 0b101, 0o17, and 017, which is decimal 17).
 */
function floatLiteral(text: string): Num | ConstError {
  const t = text.replace(/_/g, "");
  let m: RegExpMatchArray | null;
  if ((m = /^0[xX]([0-9a-fA-F]*)(?:\.([0-9a-fA-F]*))?(?:[pP]([+-]?[0-9]+))?$/.exec(t))) {
    const intDigits = m[1] ?? "";
    const fracDigits = m[2] ?? "";
    if (intDigits === "" && fracDigits === "") return MALFORMED;
    // A hex mantissa with a point needs a p exponent (0x10 alone is an imaginary's int).
    if (m[2] !== undefined && m[3] === undefined) return MALFORMED;
    const mant = BigInt("0x" + intDigits + fracDigits);
    return literalValue({ mant, exp: expValue(m[3]) - 4 * fracDigits.length });
  }
  if ((m = /^0[bB]([01]+)$/.exec(t))) return ratNum({ num: BigInt("0b" + m[1]), den: 1n });
  if ((m = /^0[oO]([0-7]+)$/.exec(t))) return ratNum({ num: BigInt("0o" + m[1]), den: 1n });
  if ((m = /^([0-9]*)(?:\.([0-9]*))?(?:[eE]([+-]?[0-9]+))?$/.exec(t))) {
    const intDigits = m[1] ?? "";
    const fracDigits = m[2] ?? "";
    if (intDigits === "" && fracDigits === "") return MALFORMED;
    const mant = BigInt(intDigits + fracDigits || "0");
    const exp10 = expValue(m[3]) - fracDigits.length;
    if (mant === 0n) return ratNum({ num: 0n, den: 1n });
    if (Math.abs(exp10) <= EXACT_EXP10) {
      const p = pow10(Math.abs(exp10));
      return literalValue(undefined, exp10 >= 0 ? makeRat(mant * p, 1n) : makeRat(mant, p));
    }
    // Far out of the fraction range: compute in binary floating point, with extra
    // precision for the power of ten, as big.Float's parser does.
    const top = bitLen(mant) + exp10 * Math.log2(10);
    if (!(top < MAX_FLOAT_EXP + 2)) return MALFORMED; // overflows big.Float
    if (!(top > MIN_FLOAT_EXP - 2)) return ratNum({ num: 0n, den: 1n }); // underflows to 0
    const p = bfPow10(Math.abs(exp10), FLOAT_PREC + 64);
    const x: BinaryFloat = { mant, exp: 0 };
    const f = exp10 >= 0 ? bfMul(x, p) : bfQuo(x, p);
    if ("error" in f) return MALFORMED;
    return f.mant === 0n ? ratNum({ num: 0n, den: 1n }) : floatNum(f);
  }
  return MALFORMED;
}

/** A literal's exact value (binary mantissa and exponent, or a fraction), in go's form. */
function literalValue(bin: BinaryFloat | undefined, rat?: Rat): Num | ConstError {
  let top: number;
  if (bin !== undefined) {
    if (bin.mant === 0n) return ratNum({ num: 0n, den: 1n });
    if (!Number.isFinite(bin.exp)) return bin.exp > 0 ? MALFORMED : ratNum({ num: 0n, den: 1n });
    top = bfTop(bin);
  } else {
    top = binaryExponent(rat!);
  }
  if (-MAX_FRACTION_BITS < top && top < MAX_FRACTION_BITS) {
    return ratNum(rat ?? binaryToRat(bin!));
  }
  if (top > MAX_FLOAT_EXP) return MALFORMED;
  if (top < MIN_FLOAT_EXP) return ratNum({ num: 0n, den: 1n });
  const f =
    bin !== undefined ? bfRound(bin, FLOAT_PREC) : roundBinary(rat!, FLOAT_PREC, "nearestEven");
  return floatNum(f);
}

/**
 * Decodes one character or escape of a rune or interpreted string literal body at i.
 * Returns the code point or byte, whether it is a single byte (\x, \ooo), and the next
 * index; undefined when malformed.
 */
function unquoteChar(
  s: string,
  i: number,
  quote: "'" | '"',
): { value: number; isByte: boolean; next: number } | undefined {
  const c = s.codePointAt(i);
  if (c === undefined) return undefined;
  if (c !== 0x5c) {
    if (c === quote.charCodeAt(0) || c === 0x0a) return undefined;
    return { value: c, isByte: false, next: i + (c > 0xffff ? 2 : 1) };
  }
  const e = s[i + 1];
  if (e === undefined) return undefined;
  const simple = SIMPLE_ESCAPES[e];
  if (simple !== undefined) return { value: simple, isByte: false, next: i + 2 };
  if (e === quote) return { value: quote.charCodeAt(0), isByte: false, next: i + 2 };
  if (e >= "0" && e <= "7") {
    const oct = s.slice(i + 1, i + 4);
    if (!/^[0-7]{3}$/.test(oct)) return undefined;
    const v = parseInt(oct, 8);
    if (v > 255) return undefined;
    return { value: v, isByte: true, next: i + 4 };
  }
  const digits = e === "x" ? 2 : e === "u" ? 4 : e === "U" ? 8 : 0;
  if (digits === 0) return undefined;
  const hex = s.slice(i + 2, i + 2 + digits);
  if (hex.length !== digits || !/^[0-9a-fA-F]+$/.test(hex)) return undefined;
  const v = parseInt(hex, 16);
  if (e === "x") return { value: v, isByte: true, next: i + 2 + digits };
  if (v > 0x10ffff || (v >= 0xd800 && v < 0xe000)) return undefined;
  return { value: v, isByte: false, next: i + 2 + digits };
}

const SIMPLE_ESCAPES: Record<string, number> = {
  a: 7,
  b: 8,
  f: 12,
  n: 10,
  r: 13,
  t: 9,
  v: 11,
  "\\": 0x5c,
};

function parseCharLiteral(text: string): ConstValue | ConstError {
  if (text.length < 3 || text[0] !== "'" || text[text.length - 1] !== "'") return MALFORMED;
  const body = text.slice(1, -1);
  const ch = unquoteChar(body, 0, "'");
  if (ch === undefined || ch.next !== body.length) return MALFORMED;
  return intConst(BigInt(ch.value));
}

/**
 * The end of the run of characters from i that stand for themselves in an interpreted
 * string: ASCII other than backslash, quote and newline. Copying such runs whole keeps a
 * multi-megabyte literal from costing one small object per character.
 */
function plainRunEnd(body: string, i: number): number {
  let j = i;
  while (j < body.length) {
    const c = body.charCodeAt(j);
    if (c >= 0x80 || c === 0x5c || c === 0x22 || c === 0x0a) break;
    j++;
  }
  return j;
}

function parseStringLiteral(text: string): ConstValue | ConstError {
  if (text.length >= 2 && text[0] === "`" && text[text.length - 1] === "`") {
    // Raw strings: carriage returns are discarded (spec), the rest is UTF-8 as written.
    return { kind: "string", value: utf8Bytes(text.slice(1, -1).replace(/\r/g, "")) };
  }
  if (text.length < 2 || text[0] !== '"' || text[text.length - 1] !== '"') return MALFORMED;
  const body = text.slice(1, -1);
  let out = "";
  for (let i = 0; i < body.length;) {
    const plain = plainRunEnd(body, i);
    if (plain > i) {
      out += body.slice(i, plain);
      i = plain;
      continue;
    }
    const ch = unquoteChar(body, i, '"');
    if (ch === undefined) return MALFORMED;
    out += ch.isByte ? String.fromCharCode(ch.value) : utf8Encode(ch.value);
    i = ch.next;
  }
  return { kind: "string", value: out };
}

/**
 * The value of a literal's source text (INT "0x_1F", FLOAT "1e3", IMAG "2i", CHAR "'\\n'",
 * STRING "`a`"). Runes are int values (the code point); strings are UTF-8 byte strings.
 * Never throws: bad text, or a float beyond big.Float's range (1e+1000000000), gives
 * "malformed constant", which gc prints as `malformed constant: <literal>`.
 */
export function parseLiteral(kind: LitKind, text: string): ConstValue | ConstError {
  const v = parseLiteralValue(kind, text);
  return "error" in v ? { error: `malformed constant: ${text}` } : v;
}

function parseLiteralValue(kind: LitKind, text: string): ConstValue | ConstError {
  switch (kind) {
    case "INT":
      return parseIntLiteral(text);
    case "FLOAT": {
      const n = floatLiteral(text);
      return "error" in n ? n : floatValue(n);
    }
    case "IMAG": {
      if (!text.endsWith("i")) return MALFORMED;
      const n = floatLiteral(text.slice(0, -1));
      return "error" in n ? n : complexValue(intNum(0n), n);
    }
    case "CHAR":
      return parseCharLiteral(text);
    case "STRING":
      return parseStringLiteral(text);
    default:
      return MALFORMED;
  }
}

// ---------------------------------------------------------------------------
// Operations

/** types2's check on untyped integer results: at most 512 bits, else "constant <op> overflow". */
function checkIntSize(x: bigint, opName: string): ConstValue | ConstError {
  if (bitLen(x) > UNTYPED_INT_BITS) return { error: `constant ${opName} overflow` };
  return intConst(x);
}

const opNames: Partial<Record<BinaryOp, string>> = {
  "+": "addition",
  "-": "subtraction",
  "*": "multiplication",
  "^": "bitwise XOR",
};

/**
 * `op x` for + - ^ !; for ^ on a typed unsigned constant, `unsignedBits` is its size (8..64).
 * Messages: "constant bitwise complement overflow" past 512 bits.
 */
export function unaryOp(
  op: UnaryOp,
  x: ConstValue,
  unsignedBits?: number,
): ConstValue | ConstError {
  switch (op) {
    case "+":
      if (x.kind === "bool" || x.kind === "string") break;
      return x;
    case "-":
      switch (x.kind) {
        case "int":
          return intConst(-x.value);
        case "float":
          return floatValue(numNeg(numOf(x.value, false)));
        case "complex":
          return complexValue(numNeg(numOf(x.re, true)), numNeg(numOf(x.im, true)));
        default:
          break;
      }
      break;
    case "^": {
      if (x.kind !== "int") break;
      let z = ~x.value;
      if (unsignedBits !== undefined && unsignedBits > 0) {
        z &= (1n << BigInt(unsignedBits)) - 1n;
      }
      return checkIntSize(z, "bitwise complement");
    }
    case "!":
      if (x.kind === "bool") return { kind: "bool", value: !x.value };
      break;
    default:
      break;
  }
  return { error: `operator ${op} not defined on ${constString(x)}` };
}

/**
 * `x op y` for arithmetic, bitwise and logical operators (not comparisons, not shifts), on two
 * values of the same kind (call `matchKinds` first; mixed numeric kinds are matched here too).
 * `integerDivision` selects truncated integer division for `/` (operands of integer type,
 * typed or untyped int/rune).
 *
 * Errors, in gc's words (the checker adds "invalid operation: " where gc does):
 * "division by zero" (also for a complex divisor whose squared parts underflow to 0);
 * "constant addition overflow" (subtraction, multiplication, bitwise XOR) when an integer
 * result needs more than 512 bits, which only untyped constants can reach; "constant
 * result is not representable" when a float leaves big.Float's exponent range.
 */
export function binaryOp(
  op: BinaryOp,
  x: ConstValue,
  y: ConstValue,
  integerDivision: boolean,
): ConstValue | ConstError {
  if ((op === "/" || op === "%") && isZero(y)) return { error: "division by zero" };
  [x, y] = matchKinds(x, y);
  if (x.kind === "bool" && y.kind === "bool") {
    if (op === "&&") return { kind: "bool", value: x.value && y.value };
    if (op === "||") return { kind: "bool", value: x.value || y.value };
  } else if (x.kind === "string" && y.kind === "string") {
    if (op === "+") return { kind: "string", value: x.value + y.value };
  } else if (x.kind === "int" && y.kind === "int") {
    const a = x.value;
    const b = y.value;
    switch (op) {
      case "+":
        return checkIntSize(a + b, opNames[op]!);
      case "-":
        return checkIntSize(a - b, opNames[op]!);
      case "*":
        return checkIntSize(a * b, opNames[op]!);
      case "^":
        return checkIntSize(a ^ b, opNames[op]!);
      case "/":
        if (integerDivision) return intConst(a / b);
        return numResult(numOp("/", intNum(a), intNum(b)));
      case "%":
        return intConst(a % b);
      case "&":
        return intConst(a & b);
      case "|":
        return intConst(a | b);
      case "&^":
        return intConst(a & ~b);
      default:
        break;
    }
  } else if (x.kind === "float" && y.kind === "float") {
    if (op === "+" || op === "-" || op === "*" || op === "/") {
      if (integerDivision && op === "/") {
        const a = intValue(x);
        const b = intValue(y);
        if (a !== undefined && b !== undefined) return intConst(a / b);
      }
      return numResult(numOp(op, numOf(x.value, false), numOf(y.value, false)));
    }
  } else if (x.kind === "complex" && y.kind === "complex") {
    if (op === "+" || op === "-" || op === "*" || op === "/") {
      return complexOp(op, x, y);
    }
  }
  return { error: `operator ${op} not defined on ${constString(x)}` };
}

function numResult(n: Num | ConstError): ConstValue | ConstError {
  return "error" in n ? n : floatValue(n);
}

/** Complex arithmetic with go/constant's formulas, part by part (so parts keep their forms). */
function complexOp(
  op: NumOp,
  x: ConstValue & { kind: "complex" },
  y: ConstValue & { kind: "complex" },
): ConstValue | ConstError {
  const a = numOf(x.re, true);
  const b = numOf(x.im, true);
  const c = numOf(y.re, true);
  const d = numOf(y.im, true);
  const f = (o: NumOp, p: Num | ConstError, q: Num | ConstError): Num | ConstError => {
    if ("error" in p) return p;
    if ("error" in q) return q;
    return numOp(o, p, q);
  };
  let re: Num | ConstError;
  let im: Num | ConstError;
  switch (op) {
    case "+":
      re = f("+", a, c);
      im = f("+", b, d);
      break;
    case "-":
      re = f("-", a, c);
      im = f("-", b, d);
      break;
    case "*":
      // (ac - bd) + i(bc + ad)
      re = f("-", f("*", a, c), f("*", b, d));
      im = f("+", f("*", b, c), f("*", a, d));
      break;
    case "/": {
      // ((ac + bd) + i(bc - ad)) / (cc + dd); types2 reports "division by zero" when
      // both squares are 0, which 512-bit floats reach by underflow (1e-600000000i).
      const cc = f("*", c, c);
      const dd = f("*", d, d);
      if ("error" in cc) return cc;
      if ("error" in dd) return dd;
      if (numSign(cc) === 0 && numSign(dd) === 0) return { error: "division by zero" };
      const s = f("+", cc, dd);
      re = f("/", f("+", f("*", a, c), f("*", b, d)), s);
      im = f("/", f("-", f("*", b, c), f("*", a, d)), s);
      break;
    }
  }
  if ("error" in re) return re;
  if ("error" in im) return im;
  return complexValue(re, im);
}

/**
 * `x << s` / `x >> s` with x an int value (or a float/complex value that is an integer);
 * errors as gc: "negative shift count", "invalid shift count" (s > 1074; the checker
 * formats them as `invalid operation: invalid shift count <operand>`), "shifted operand
 * must be integer", and "constant shift overflow" when an untyped result needs more than
 * 512 bits ("constant  overflow" for >>, which can only happen to a huge integral float). Pass `typed` for a typed x: its overflow is the checker's representable check
 * ("… overflows int64"), not a size error.
 */
export function shift(
  op: "<<" | ">>",
  x: ConstValue,
  s: bigint,
  typed?: boolean,
): ConstValue | ConstError {
  const v = intValue(x);
  if (v === undefined) return { error: "shifted operand must be integer" };
  if (s < 0n) return { error: "negative shift count" };
  if (s > BigInt(MAX_SHIFT)) return { error: "invalid shift count" };
  const z = op === "<<" ? v << s : v >> s;
  if (typed) return intConst(z);
  // types2 names only << in its overflow message; a >> of an integral float wider than
  // 512 bits (1e300 >> 0) reads "constant  overflow", with the empty name.
  return checkIntSize(z, op === "<<" ? "shift" : "");
}

/** `x op y` for == != < <= > >= on values of the same kind (numeric kinds are matched). */
export function compare(op: BinaryOp, x: ConstValue, y: ConstValue): boolean {
  [x, y] = matchKinds(x, y);
  let c: number;
  if (x.kind === "bool" && y.kind === "bool") {
    c = x.value === y.value ? 0 : 1;
    if (op !== "==" && op !== "!=") return false;
  } else if (x.kind === "string" && y.kind === "string") {
    c = x.value < y.value ? -1 : x.value > y.value ? 1 : 0;
  } else if (x.kind === "int" && y.kind === "int") {
    c = x.value < y.value ? -1 : x.value > y.value ? 1 : 0;
  } else if (x.kind === "float" && y.kind === "float") {
    c = numCmp(numOf(x.value, false), numOf(y.value, false));
  } else if (x.kind === "complex" && y.kind === "complex") {
    const eq =
      numCmp(numOf(x.re, true), numOf(y.re, true)) === 0 &&
      numCmp(numOf(x.im, true), numOf(y.im, true)) === 0;
    c = eq ? 0 : 1;
    if (op !== "==" && op !== "!=") return false;
  } else {
    return false;
  }
  switch (op) {
    case "==":
      return c === 0;
    case "!=":
      return c !== 0;
    case "<":
      return c < 0;
    case "<=":
      return c <= 0;
    case ">":
      return c > 0;
    case ">=":
      return c >= 0;
    default:
      return false;
  }
}

const kindRank: Record<"int" | "float" | "complex", number> = { int: 0, float: 1, complex: 2 };

/** Promotes both to the larger kind (int < float < complex) for untyped arithmetic. */
export function matchKinds(x: ConstValue, y: ConstValue): [ConstValue, ConstValue] {
  const px = partsOf(x);
  const py = partsOf(y);
  if (px === undefined || py === undefined || px.kind === py.kind) return [x, y];
  if (kindRank[px.kind] < kindRank[py.kind]) return [promote(px, py.kind), y];
  return [x, promote(py, px.kind)];
}

/** go/constant's ToFloat/ToComplex on a smaller kind: an int part stays an int in a complex. */
function promote(p: Parts, kind: "int" | "float" | "complex"): ConstValue {
  if (kind === "complex") return complexValue(p.re, p.im ?? intNum(0n));
  return floatValue(p.re);
}

/**
 * Converts to the given numeric kind exactly (int → float → complex; float → int only
 * when exact; complex → float/int only with a zero imaginary part); undefined otherwise.
 */
export function toKind(x: ConstValue, kind: "int" | "float" | "complex"): ConstValue | undefined {
  const p = partsOf(x);
  if (p === undefined) return undefined;
  if (p.im !== undefined && kind !== "complex" && numSign(p.im) !== 0) return undefined;
  switch (kind) {
    case "int": {
      if (x.kind === "int") return x;
      const v = numToInt(p.re);
      return v === undefined ? undefined : intConst(v);
    }
    case "float":
      return x.kind === "float" ? x : floatValue(p.re);
    case "complex":
      return x.kind === "complex" ? x : complexValue(p.re, intNum(0n));
  }
}

/** Integer value as a bigint if x is (or converts exactly to) an integer; else undefined. */
export function intValue(x: ConstValue): bigint | undefined {
  const v = toKind(x, "int");
  return v !== undefined && v.kind === "int" ? v.value : undefined;
}

/**
 * Nearest float64 of x, rounding half to even, with subnormals and ±Infinity past the
 * largest double (for codegen and for float constant printing). For a complex value,
 * its real part (see float64Parts); NaN for bools and strings.
 */
export function float64Value(x: ConstValue): number {
  const p = partsOf(x);
  return p === undefined ? NaN : numToFloat64(p.re);
}

/** Nearest float32 of x (as a JS number), like float64Value. */
export function float32Value(x: ConstValue): number {
  const p = partsOf(x);
  return p === undefined ? NaN : numToFloat32(p.re);
}

/** Nearest float64s of the real and imaginary parts (imaginary 0 for int and float). */
export function float64Parts(x: ConstValue): { re: number; im: number } {
  const p = partsOf(x);
  if (p === undefined) return { re: NaN, im: NaN };
  return { re: numToFloat64(p.re), im: p.im === undefined ? 0 : numToFloat64(p.im) };
}

/** The exact value of a double as a float constant (0 for -0; NaN and ±Inf are not constants). */
export function fromFloat64(f: number): ConstValue {
  return { kind: "float", value: float64ToRat(f) };
}

const intRanges: Partial<Record<ConstBasic, { min: bigint; max: bigint }>> = {
  int8: { min: -(1n << 7n), max: (1n << 7n) - 1n },
  int16: { min: -(1n << 15n), max: (1n << 15n) - 1n },
  int32: { min: -(1n << 31n), max: (1n << 31n) - 1n },
  int64: { min: -(1n << 63n), max: (1n << 63n) - 1n },
  int: { min: -(1n << 63n), max: (1n << 63n) - 1n },
  uint8: { min: 0n, max: (1n << 8n) - 1n },
  uint16: { min: 0n, max: (1n << 16n) - 1n },
  uint32: { min: 0n, max: (1n << 32n) - 1n },
  uint64: { min: 0n, max: (1n << 64n) - 1n },
  uint: { min: 0n, max: (1n << 64n) - 1n },
  uintptr: { min: 0n, max: (1n << 64n) - 1n },
};

/** The range of an integer type (amd64 sizes: int, uint and uintptr are 64 bits). */
export function intRange(t: ConstBasic): { min: bigint; max: bigint } | undefined {
  return intRanges[t];
}

/** n rounded to float32/float64, kept exactly as that double (go: MakeFloat64). */
function roundedFloat(n: Num, bits: 32 | 64): Num | undefined {
  const f = bits === 32 ? numToFloat32(n) : numToFloat64(n);
  if (!Number.isFinite(f)) return undefined;
  return ratNum(float64ToRat(f));
}

/**
 * Checks that x is representable in type t (rounding floats to float32/float64 as Go does)
 * and returns the rounded value; on failure, the reason gc gives: "overflows" (integers out
 * of range, floats to ±Inf), "truncated" (a float or complex value to an integer type, even
 * an integral one out of range: gc decides by the operand's type, which here is the
 * value's kind), "cannot represent" (a string or bool meets another type).
 */
export function representable(
  x: ConstValue,
  t: ConstBasic,
): { value: ConstValue } | { error: "overflows" | "truncated" | "cannot represent" } {
  const p = partsOf(x);
  const numericFailure = (): { error: "overflows" | "truncated" | "cannot represent" } => {
    if (p === undefined) return { error: "cannot represent" };
    const toInteger = intRanges[t] !== undefined || t === "untyped int" || t === "untyped rune";
    return { error: x.kind !== "int" && toInteger ? "truncated" : "overflows" };
  };
  switch (t) {
    case "bool":
    case "untyped bool":
      return x.kind === "bool" ? { value: x } : { error: "cannot represent" };
    case "string":
    case "untyped string":
      return x.kind === "string" ? { value: x } : { error: "cannot represent" };
    case "untyped nil":
      return { error: "cannot represent" };
    case "untyped int":
    case "untyped rune":
    case "untyped float":
    case "untyped complex": {
      if (p === undefined) return { error: "cannot represent" };
      const kind = t === "untyped float" ? "float" : t === "untyped complex" ? "complex" : "int";
      const v = toKind(x, kind);
      return v === undefined ? numericFailure() : { value: v };
    }
    case "float32":
    case "float64": {
      if (p === undefined) return { error: "cannot represent" };
      if (p.im !== undefined && numSign(p.im) !== 0) return numericFailure();
      const r = roundedFloat(p.re, t === "float32" ? 32 : 64);
      return r === undefined ? numericFailure() : { value: floatValue(r) };
    }
    case "complex64":
    case "complex128": {
      if (p === undefined) return { error: "cannot represent" };
      const bits = t === "complex64" ? 32 : 64;
      const re = roundedFloat(p.re, bits);
      const im = roundedFloat(p.im ?? intNum(0n), bits);
      if (re === undefined || im === undefined) return numericFailure();
      return { value: complexValue(re, im) };
    }
    default: {
      const range = intRanges[t];
      if (range === undefined || p === undefined) return { error: "cannot represent" };
      const v = toKind(x, "int");
      if (v === undefined || v.kind !== "int") return numericFailure();
      if (v.value < range.min || v.value > range.max) return numericFailure();
      return { value: v };
    }
  }
}

// ---------------------------------------------------------------------------
// Printing

/**
 * The constant as gc prints it inside messages (go/constant's String): 1, 1.5, 1e+100,
 * "abc", true, (1 + 2i). Ints print in full; floats as %.6g of their nearest float64;
 * strings quoted (strconv.Quote) and cut to 72 runes with "..."; runes are ints (97).
 */
export function constString(x: ConstValue): string {
  switch (x.kind) {
    case "bool":
      return x.value ? "true" : "false";
    case "string":
      return shortQuote(x.value);
    case "int":
      return x.value.toString();
    case "float":
      return floatString(numOf(x.value, false));
    case "complex":
      return `(${partString(x.re)} + ${partString(x.im)}i)`;
  }
}

/** The constant exactly (go/constant's ExactString): fractions as "1/3", strings unabridged. */
export function exactString(x: ConstValue): string {
  switch (x.kind) {
    case "string":
      return quote(x.value);
    case "float":
      return exactRatString(x.value);
    case "complex":
      return `(${exactRatString(x.re)} + ${exactRatString(x.im)}i)`;
    default:
      return constString(x);
  }
}

function exactRatString(r: Rat): string {
  const n = numOf(r, true);
  if (n.form === "float") {
    // big.Float's Text('p'): mantissa p exponent, e.g. 0x1p+10000000 as "1p+10000000".
    const f = n.f;
    return f.mant === 0n ? "0" : `${f.mant}p${f.exp >= 0 ? "+" : ""}${f.exp}`;
  }
  return r.den === 1n ? r.num.toString() : `${r.num}/${r.den}`;
}

function partString(r: Rat): string {
  const n = numOf(r, true);
  return n.form === "int" ? n.r.num.toString() : floatString(n);
}

/** log10(2) as the nearest double (Go's math.Ln2/math.Ln10 constant expression). */
const LOG10_2 = 0.30102999566398119521373889472449302676818988146210854131043;

/**
 * go/constant's float String: the value is rounded to 512 bits, then to float64; inside
 * the float64 range it prints as %.6g, outside (or underflowing to 0) as an approximate
 * mantissa computed in float64 arithmetic followed by an exact decimal exponent.
 */
function floatString(n: Num): string {
  const f = toBinary(n);
  if (f.mant === 0n) return "0";
  const x = bfToIEEE(f, 53, -1074, 1024);
  if (x !== 0 && Number.isFinite(x)) return formatG6(x);
  // f = mant * 2^exp with 0.5 ≤ |mant| < 1.
  const exp = bfTop(f);
  let m = bfToIEEE({ mant: f.mant, exp: -bitLen(f.mant) }, 53, -1074, 1024);
  const d = exp * LOG10_2;
  let e = Math.trunc(d);
  m *= Math.pow(10, d - e);
  const am = Math.abs(m);
  if (am < 1 - 0.5e-6) {
    m *= 10;
    e--;
  } else if (am >= 10) {
    m /= 10;
    e++;
  }
  return `${formatG6(m)}e${e >= 0 ? "+" : ""}${e}`;
}

/**
 * Go's fmt %.6g of a double: 6 significant digits rounded half to even from the exact
 * binary value, trailing zeros dropped, exponent form (e+06, e-05) when the decimal
 * exponent is < -4 or ≥ 6.
 */
export function formatG6(x: number): string {
  if (Number.isNaN(x)) return "NaN";
  if (!Number.isFinite(x)) return x > 0 ? "+Inf" : "-Inf";
  if (x === 0) return Object.is(x, -0) ? "-0" : "0";
  const r = float64ToRat(x);
  const neg = r.num < 0n;
  const { digits, dp } = decimalDigits(abs(r.num), r.den, 6);
  const exp = dp - 1;
  let s: string;
  if (exp < -4 || exp >= 6) {
    s = digits[0]! + (digits.length > 1 ? "." + digits.slice(1) : "");
    const ae = Math.abs(exp);
    s += "e" + (exp < 0 ? "-" : "+") + (ae < 10 ? "0" : "") + ae;
  } else if (dp <= 0) {
    s = "0." + "0".repeat(-dp) + digits;
  } else if (dp >= digits.length) {
    s = digits + "0".repeat(dp - digits.length);
  } else {
    s = digits.slice(0, dp) + "." + digits.slice(dp);
  }
  return neg ? "-" + s : s;
}

/**
 * The first n significant decimal digits of num/den > 0, rounded half to even, without
 * trailing zeros; the value is 0.digits × 10^dp.
 */
function decimalDigits(num: bigint, den: bigint, n: number): { digits: string; dp: number } {
  // Estimate the decimal exponent k with 10^k ≤ num/den < 10^(k+1), then correct it.
  let k = Math.floor((bitLen(num) - bitLen(den)) * LOG10_2);
  const ge = (kk: number): boolean => (kk >= 0 ? num >= den * pow10(kk) : num * pow10(-kk) >= den);
  while (!ge(k)) k--;
  while (ge(k + 1)) k++;
  // q = num/den × 10^(n-1-k), in [10^(n-1), 10^n).
  const s = n - 1 - k;
  let a = num;
  let b = den;
  if (s >= 0) a *= pow10(s);
  else b *= pow10(-s);
  let q = a / b;
  const rem = a - q * b;
  const twice = rem * 2n;
  if (twice > b || (twice === b && (q & 1n) === 1n)) q++;
  let digits = q.toString();
  let dp = k + 1;
  if (digits.length > n) {
    digits = digits.slice(0, n);
    dp++;
  }
  digits = digits.replace(/0+$/, "");
  return { digits, dp };
}

// Printable runes (Go 1.19's strconv.IsPrint, Unicode 13), as ranges: each entry is
// "gap.length" in base 36, the gap counted from the end of the previous range.
// Generated by a Go program that scanned strconv.IsPrint over all code points.
const PRINTABLE_RANGES =
  "w.2n,y.c,1.ju,2.6,4.7,1.1,1.k,1.b1,1.12,2.1e,2.3,1.1j,8.r,4.6,h.m,2.5b,1.1c,2.1n,2.2t," +
  "e.1n,2.1d,2.f,1.s,2.1,1.b,1h.l,1.i,b.f,1.4h,1.8,2.2,2.m,1.7,1.1,3.4,2.9,2.2,2.4,8.1,4.2," +
  "1.5,2.p,2.3,1.6,4.2,2.m,1.7,1.2,1.2,1.2,2.1,1.5,4.2,2.3,3.1,7.4,1.1,7.h,a.3,1.9,1.3,1.m," +
  "1.7,1.2,1.5,2.a,1.3,1.3,2.1,f.4,2.c,7.7,1.3,1.8,2.2,2.m,1.7,1.2,1.5,2.9,2.2,2.3,7.3,4.2," +
  "1.5,2.i,a.2,1.6,3.3,1.4,3.2,1.1,1.2,3.2,3.3,3.c,4.5,3.3,1.4,2.1,6.1,e.l,5.d,1.3,1.n,1.g," +
  "3.8,1.3,1.4,7.2,1.3,5.4,2.a,7.m,1.3,1.n,1.a,1.5,2.9,1.3,1.4,7.2,7.1,1.4,2.a,1.2,d.d,1.3," +
  "1.1f,1.3,1.6,4.g,2.q,1.3,1.i,3.o,1.9,1.1,2.7,3.1,4.6,1.1,1.8,6.a,2.3,c.1m,4.t,11.2,1.1," +
  "1.5,1.o,1.1,1.n,2.5,1.1,1.6,2.a,2.4,w.20,1.10,4.13,1.10,1.f,1.d,11.5i,1.1,5.1,2.ah,1.4," +
  "2.7,1.1,1.4,2.15,1.4,2.x,1.4,2.7,1.1,1.4,2.f,1.1l,1.4,2.1v,2.w,3.q,6.2e,2.6,2.hs,1.s,3.2h," +
  "7.d,1.7,b.n,9.k,c.d,1.3,1.2,c.2m,2.a,6.a,6.e,2.a,6.2h,7.17,5.1y,a.v,1.c,4.c,4.1,3.16,2.5," +
  "b.18,4.q,6.b,3.1q,2.1t,1.t,2.b,6.a,6.e,2.h,1r.24,4.19,3.38,8.1o,3.f,3.1o,7.17,2.b,8.17," +
  "5.6y,1.7v,2.6,2.12,2.6,2.8,1.1,1.1,1.1,1.v,2.1h,1.f,1.e,2.6,1.j,2.3,1.9,h.o,8.1b,h.2,2.r," +
  "1.d,3.w,g.x,f.3w,4.if,p.b,l.1ec,2.w,1.48,1.1b,1.44,5.19,1.1,5.1,2.1k,7.2,e.o,9.7,1.7,1.7," +
  "1.7,1.7,1.7,1.7,1.7,1.37,19.q,1.2h,c.5y,q.c,5.1r,1.2e,2.2v,5.17,1.2m,1.2c,c.1b,1.lp9,3.wd," +
  "3.1j,9.9o,k.54,8.5c,2.9,16.1k,3.a,6.1k,8.1y,8.c,6.38,b.u,3.26,1.b,4.x,1.1j,9.e,2.a,2.2v," +
  "o.s,a.6,2.6,2.6,9.7,1.7,1.1o,4.3i,2.a,6.8mc,c.n,4.1d,6is.a6,2.2y,12.7,c.5,5.q,1.5,1.1,1.2," +
  "1.2,1.3g,h.a5,g.1s,2.1i,14.e,2.q,6.1f,1.j,1.4,4.5,1.3r,4.5a,3.6,2.6,2.6,2.3,3.7,1.7,d.2," +
  "2.c,1.q,1.j,1.2,1.f,2.e,y.3f,5.3,4.19,3.2g,1.d,3.1,1b.1a,3m.t,3.1d,f.s,4.10,9.u,5.17,5.u," +
  "1.11,4.e,16.4e,2.a,6.10,4.10,4.14,8.1g,b.1,40.8n,9.m,a.8,48.6,2.1,1.18,1.2,3.1,2.n,1.20," +
  "8.9,1c.j,1.2,5.x,3.r,5.1,1s.1k,4.k,2.1e,1.2,5.8,1.3,1.t,2.3,4.a,7.9,7.1s,w.13,4.c,9.1i," +
  "3.t,2.r,5.q,7.4,c.7,28.21,1j.1f,d.1f,7.1a,8.a,86.v,1.16,1.3,2.2,26.14,8.16,2e.s,k.n,9.26," +
  "4.u,f.1q,1.4,e.p,7.a,6.1h,1.i,8.13,9.2o,1.k,b.i,1.18,1t.7,1.1,1.4,1.f,1.b,6.1n,5.a,6.4," +
  "1.8,2.2,2.m,1.7,1.2,1.5,1.a,2.2,2.3,2.1,6.1,5.7,2.7,3.5,3v.2k,1.5,u.20,8.a,4m.1i,2.12," +
  "y.1x,b.a,6.d,j.1l,7.a,1i.r,2.f,4.g,5c.1o,2s.2b,c.8,2.1,2.8,1.2,1.u,1.2,2.c,9.a,1y.8,2.1a," +
  "2.b,r.20,8.2b,t.1l,7b.9,1.19,1.e,a.t,3.w,2.m,1.e,21.7,1.2,1.18,3.1,1.2,1.9,8.a,6.6,1.2," +
  "1.11,1.2,1.6,7.a,8m.p,53.1,f.1e,d.pn,2u.33,1.5,b.5g,24c.tr,34h.g7,6nt.ft,7.v,1.a,4.2,2o.u," +
  "2.6,a.1y,a.a,1.7,1.l,5.j,j4.2j,2t.23,4.1l,7.h,1s.5,b.2,e.4qg,8.ye,16.9,6wn.7z,1d.3,h.4," +
  "8.b0,1s4.2z,5.d,3.9,7.a,2.4,3ts.6u,a.13,2.22,8.32,n.1y,4a.k,c.2f,9.p,3r.2d,1.1z,1.2,2.1," +
  "2.2,2.4,1.c,1.1,1.7,1.1t,1.4,2.8,1.7,1.s,1.4,1.5,1.1,3.7,1.9g,2.84,2.ji,f.5,1.f,11s.7,1.h," +
  "2.7,1.2,1.5,5x.19,3.e,2.a,4.2,a8.1m,5.1,zk.5h,2.g,15.24,4.a,4.2,lt.1w,24.1p,5e.4,1.r,1.2," +
  "1.1,2.1,1.a,1.4,1.1,1.1,6.1,4.1,1.1,1.1,1.3,1.2,1.1,2.1,1.1,1.1,1.1,1.1,1.2,1.1,2.4,1.7," +
  "1.4,1.4,1.1,1.a,1.h,5.3,1.5,1.h,1g.2,7i.18,4.2s,c.f,2.f,1.f,1.11,a.4u,1k.t,d.18,4.9,7.2," +
  "e.6,4a.rc,8.d,3.d,3.38,c.2h,7.c,k.c,4.1k,8.a,6.14,8.u,2.2,26.3d,1.2a,1.3r,c.e,2.5,3.3,5.7," +
  "9.p,7.7,9.3,d.7,15.43,1.1j,11.a,sm.wym,y.379,b.66,2.4g2,e.5rl,2e7.f2,15u.3t7,fcmt.6o";

let printStarts: Uint32Array | undefined;
let printEnds: Uint32Array | undefined;

/** Reports whether the code point is printable as Go's strconv.IsPrint decides. */
export function isPrint(c: number): boolean {
  if (printStarts === undefined || printEnds === undefined) {
    const entries = PRINTABLE_RANGES.split(",");
    printStarts = new Uint32Array(entries.length);
    printEnds = new Uint32Array(entries.length);
    let end = 0;
    entries.forEach((entry, i) => {
      const [gap, len] = entry.split(".");
      const start = end + parseInt(gap!, 36);
      end = start + parseInt(len!, 36);
      printStarts![i] = start;
      printEnds![i] = end;
    });
  }
  let lo = 0;
  let hi = printStarts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (printEnds[mid]! <= c) lo = mid + 1;
    else hi = mid;
  }
  return lo < printStarts.length && printStarts[lo]! <= c;
}

/**
 * Decodes the UTF-8 rune at i of byte string s: the code point and its width, or
 * { rune: -1, width: 1 } for an invalid byte (as utf8.DecodeRuneInString's RuneError).
 */
export function decodeRune(s: string, i: number): { rune: number; width: number } {
  const b0 = s.charCodeAt(i);
  if (b0 < 0x80) return { rune: b0, width: 1 };
  const cont = (j: number): number => {
    const b = s.charCodeAt(i + j);
    return b >= 0x80 && b <= 0xbf ? b & 0x3f : -1;
  };
  if (b0 >= 0xc2 && b0 <= 0xdf) {
    const b1 = cont(1);
    if (b1 >= 0) return { rune: ((b0 & 0x1f) << 6) | b1, width: 2 };
  } else if (b0 >= 0xe0 && b0 <= 0xef) {
    const b1 = cont(1);
    const b2 = cont(2);
    if (b1 >= 0 && b2 >= 0) {
      const r = ((b0 & 0x0f) << 12) | (b1 << 6) | b2;
      if (r >= 0x800 && (r < 0xd800 || r > 0xdfff)) return { rune: r, width: 3 };
    }
  } else if (b0 >= 0xf0 && b0 <= 0xf4) {
    const b1 = cont(1);
    const b2 = cont(2);
    const b3 = cont(3);
    if (b1 >= 0 && b2 >= 0 && b3 >= 0) {
      const r = ((b0 & 0x07) << 18) | (b1 << 12) | (b2 << 6) | b3;
      if (r >= 0x10000 && r <= 0x10ffff) return { rune: r, width: 4 };
    }
  }
  return { rune: -1, width: 1 };
}

function hex(v: number, width: number): string {
  return v.toString(16).padStart(width, "0");
}

/**
 * Go's strconv.Quote of a byte string, as a JS string: printable runes as themselves,
 * \a \b \f \n \r \t \v \\ \" escapes, \xhh for invalid bytes and ASCII controls,
 * \uhhhh and \Uhhhhhhhh for other non-printable runes.
 */
export function quote(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length;) {
    const { rune, width } = decodeRune(s, i);
    if (rune < 0) {
      out += "\\x" + hex(s.charCodeAt(i), 2);
      i += width;
      continue;
    }
    i += width;
    if (rune === 0x22 || rune === 0x5c) {
      out += "\\" + String.fromCharCode(rune);
    } else if (isPrint(rune)) {
      out += String.fromCodePoint(rune);
    } else {
      switch (rune) {
        case 7:
          out += "\\a";
          break;
        case 8:
          out += "\\b";
          break;
        case 12:
          out += "\\f";
          break;
        case 10:
          out += "\\n";
          break;
        case 13:
          out += "\\r";
          break;
        case 9:
          out += "\\t";
          break;
        case 11:
          out += "\\v";
          break;
        default:
          if (rune < 0x20 || rune === 0x7f) out += "\\x" + hex(rune, 2);
          else if (rune < 0x10000) out += "\\u" + hex(rune, 4);
          else out += "\\U" + hex(rune, 8);
      }
    }
  }
  return out + '"';
}

/** go/constant's shortened quote: more than 72 runes keep the first 69 and add "...". */
function shortQuote(s: string): string {
  const q = quote(s);
  const runes = Array.from(q);
  if (runes.length <= 72) return q;
  return runes.slice(0, 69).join("") + "...";
}
