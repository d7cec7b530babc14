/*
 * Math hooks: the bodies of the bodyless functions of package math
 * (compiler/stdlib/math/hooks.go) and math/bits (its two run-time errors).
 *
 * What: each hook reads float64 parameters from the ABI0 argument block at `args`
 * (abi.ts: each parameter in an 8-byte slot here, the result in the slot after them) and
 * writes the result:
 *
 *	Sqrt(x float64) float64              x +0, result +8
 *	Pow(x, y float64) float64            x +0, y +8, result +16
 *	FMA(x, y, z float64) float64         x +0, y +8, z +16, result +24
 *	Lgamma(x float64) (float64, int)     x +0, lgamma +8, sign +16 (int, mixed form)
 *	Jn(n int, x float64) float64         n +0 (int), x +8, result +16
 *	divideError() error                  result +0 (type id word), +8 (data word)
 *
 * How the values are computed, and how close they are to Go's:
 *   - Sqrt is correctly rounded in both: identical.
 *   - The host's functions (V8's fdlibm ports: Exp, Expm1, Log1p, Sin, Cos, Tan, Asin,
 *     Atan, Atan2, Tanh, Asinh, Acosh, Atanh, Cbrt) with Go's special cases. Go uses its
 *     own algorithms (Cephes ports, amd64 assembly for Exp and Log), so a finite result
 *     may differ from Go's in the last one or two bits (measured: up to 11 ulp for Tan,
 *     7 for Sin/Cos, mostly 0-1 elsewhere); special values (NaN, ±Inf, ±0) agree.
 *   - Where Go's formula, not its last bit, is what a program sees, the formula is
 *     Go's: Log of a subnormal (amd64's assembly treats the exponent field 0 as 2^-1023,
 *     so Log(5e-324) is -709.09, not -744.44); Log10 = Log·(1/ln 10) (Log10(1000) is not
 *     exactly 3 in Go either); Log2 via Frexp (exact on powers of two); Acos = π/2 −
 *     Asin (Go's cancellation near 1); Sinh and Cosh via Exp above 21 (they overflow at
 *     709.78, as Go's do, not at 710.48); Pow by Go's decomposition — x^yi by repeated
 *     squaring of Frexp's mantissa, x^yf by Exp(yf·Log x), one Ldexp at the end — so
 *     integral powers are bit-identical to Go's.
 *   - FMA: exact, with BigInt (one rounding), so identical to Go's.
 *   - Functions the host lacks, written here: Erf, Erfc (Taylor series below ½, Laplace's
 *     continued fraction above; ≤ 3 ulp from Go's), Erfinv, Erfcinv (Halley's iteration
 *     on Erf; Erfcinv(x) = Erfinv(1−x) as in Go), Gamma (the series of 1/Γ on [½, 3/2],
 *     the recurrence, Stirling from 15, reflection; exact factorials up to 22!), Lgamma
 *     (ζ-series near its zeros 1 and 2, Stirling, reflection), J0, J1, Jn (power series
 *     summed in double-double up to x = 34, Hankel's expansion with a cancellation-free
 *     phase beyond, the trapezoidal rule on Bessel's integral in between for high
 *     orders), Y0, Y1, Yn (power series below 2, Neumann series over Miller's backward
 *     recurrence to 25, Hankel beyond, forward recurrence in n). They follow Go's
 *     special cases exactly; finite values are within a few ulp of the true value
 *     (Y within ~2e-16 absolute), which is not always Go's value: Go's own Gamma, Lgamma
 *     and Jn are off by up to 13, 300 and 200 ulp in places where these are not.
 *
 * math/bits.divideError and overflowError return the runtime's error values
 * (runtime.errorString "integer divide by zero" / "integer overflow", boxed); when the
 * program's type table has no runtime.errorString the hook panics with the same
 * run-time error directly, which is what their only caller (panic(...)) would do.
 *
 * Example: the hook "math.Pow" with 2 at args+0 and 10 at args+8 writes 1024 at args+16.
 */

import type { Hook, Machine } from "./abi.js";
import { type Int64, load64, store64 } from "./int64.js";

// --- float64 bits ---

const scratch = new Float64Array(1);
const scratchBits = new Uint32Array(scratch.buffer); // [low, high], little-endian

const TWO54 = 18014398509481984;
const MIN_NORMAL = 2.2250738585072014e-308;
const LN2 = Math.LN2;

/** The exponent that frexp() returned with its fraction. */
let frexpExp = 0;

/** Go's Frexp: x = frac · 2^frexpExp with |frac| in [½, 1); 0, ±Inf, NaN unchanged (exp 0). */
function frexp(x: number): number {
  frexpExp = 0;
  if (x === 0 || x - x !== 0) return x;
  let e = 0;
  if (Math.abs(x) < MIN_NORMAL) {
    x *= TWO54;
    e = -54;
  }
  scratch[0] = x;
  const hi = scratchBits[1]!;
  frexpExp = e + ((hi >>> 20) & 0x7ff) - 1022;
  scratchBits[1] = (hi & 0x800fffff) | (1022 << 20);
  return scratch[0]!;
}

/** frac · 2^exp, rounded once (as Go's Ldexp, subnormal results included). */
function ldexp(frac: number, exp: number): number {
  if (frac === 0 || frac - frac !== 0) return frac;
  const f = frexp(frac);
  const e = exp + frexpExp;
  if (e > 1024) return f < 0 ? -Infinity : Infinity;
  if (e < -1074) return f < 0 ? -0 : 0;
  if (e >= -1021) return f * 2 * 2 ** (e - 1);
  return f * 2 ** (e + 54) * 2 ** -54; // normal, exact; then one rounding to subnormal
}

function isOddInt(y: number): boolean {
  return Math.abs(y) < 2 ** 53 && Math.abs(y) % 2 === 1;
}

// --- logarithms and exponentials with Go's formulas ---

/** Go's Log on amd64, including its reading of subnormals as (1 + mantissa) · 2^-1023. */
function goLog(x: number): number {
  if (x > 0 && x < MIN_NORMAL) {
    const mant = x * 2 ** 1022 * 2 ** 52; // the 52 mantissa bits, as an integer
    return Math.log(1 + mant * 2 ** -52) + -1023 * LN2;
  }
  return Math.log(x);
}

function log10(x: number): number {
  return goLog(x) * Math.LOG10E;
}

function log2(x: number): number {
  const frac = frexp(x);
  const exp = frexpExp;
  if (frac === 0.5) return exp - 1; // an exact power of two
  return goLog(frac) * Math.LOG2E + exp;
}

function acos(x: number): number {
  return Math.PI / 2 - Math.asin(x);
}

function sinh(x: number): number {
  const ax = Math.abs(x);
  if (ax > 21) {
    const r = Math.exp(ax) * 0.5;
    return x < 0 ? -r : r;
  }
  return Math.sinh(x);
}

function cosh(x: number): number {
  const ax = Math.abs(x);
  return ax > 21 ? Math.exp(ax) * 0.5 : Math.cosh(x);
}

/** Go's Pow: its special cases in its order, then the Frexp/squaring decomposition. */
function pow(x: number, y: number): number {
  if (y === 0 || x === 1) return 1;
  if (y === 1) return x;
  if (x !== x || y !== y) return NaN;
  if (x === 0) {
    if (y < 0) return isOddInt(y) ? (Object.is(x, -0) ? -Infinity : Infinity) : Infinity;
    return isOddInt(y) ? x : 0;
  }
  if (y === Infinity || y === -Infinity) {
    if (x === -1) return 1;
    return Math.abs(x) < 1 === (y === Infinity) ? 0 : Infinity;
  }
  if (x === Infinity || x === -Infinity) {
    if (x === -Infinity) return pow(1 / x, -y); // Pow(-0, -y)
    return y < 0 ? 0 : Infinity;
  }
  if (y === 0.5) return Math.sqrt(x);
  if (y === -0.5) return 1 / Math.sqrt(x);

  let yi = Math.trunc(Math.abs(y));
  let yf = Math.abs(y) - yi;
  if (yf !== 0 && x < 0) return NaN;
  if (yi >= 2 ** 63) {
    if (x === -1) return 1;
    return Math.abs(x) < 1 === y > 0 ? 0 : Infinity;
  }
  // ans = a1 · 2^ae
  let a1 = 1.0;
  let ae = 0;
  if (yf !== 0) {
    if (yf > 0.5) {
      yf--;
      yi++;
    }
    a1 = Math.exp(yf * goLog(x));
  }
  let x1 = frexp(x);
  let xe = frexpExp;
  for (let i = yi; i !== 0; i = Math.floor(i / 2)) {
    if (xe < -(1 << 12) || 1 << 12 < xe) {
      // the exponent already guarantees overflow or underflow
      ae += xe;
      break;
    }
    if (i % 2 === 1) {
      a1 *= x1;
      ae += xe;
    }
    x1 *= x1;
    xe *= 2;
    if (x1 < 0.5) {
      x1 += x1;
      xe--;
    }
  }
  if (y < 0) {
    a1 = 1 / a1;
    ae = -ae;
  }
  return ldexp(a1, ae);
}

// --- FMA: x·y + z exactly, then one rounding ---

/** Mantissa and exponent of a finite nonzero double: |x| = mant · 2^exp. */
let decompExp = 0;
function decompose(x: number): bigint {
  scratch[0] = x;
  const lo = scratchBits[0]!;
  const hi = scratchBits[1]!;
  const bexp = (hi >>> 20) & 0x7ff;
  const frac = (hi & 0xfffff) * 4294967296 + lo;
  if (bexp === 0) {
    decompExp = -1074;
    return BigInt(frac);
  }
  decompExp = bexp - 1075;
  return BigInt(frac + 4503599627370496);
}

function fma(x: number, y: number, z: number): number {
  // Zero, infinite or NaN factors: the product is exact, so one rounding happens anyway.
  if (x === 0 || y === 0 || x - x !== 0 || y - y !== 0) return x * y + z;
  // A finite product never changes an infinite or NaN addend (even if x*y overflows).
  if (z - z !== 0) return z;
  // x·y rounded once; adding a zero must not change the sign of an underflowed product.
  if (z === 0) return x * y;
  const mx = decompose(x);
  const ex = decompExp;
  const my = decompose(y);
  const ey = decompExp;
  const mz = decompose(z);
  const ez = decompExp;
  const ep = ex + ey;
  const e = Math.min(ep, ez);
  let p = (mx * my) << BigInt(ep - e);
  if (x < 0 !== y < 0) p = -p;
  let q = mz << BigInt(ez - e);
  if (z < 0) q = -q;
  const s = p + q;
  if (s === 0n) return 0; // exact cancellation is +0 when rounding to nearest
  return roundBig(s, e);
}

/** s · 2^e rounded once to a double (ties to even). */
function roundBig(s: bigint, e: number): number {
  const neg = s < 0n;
  let a = neg ? -s : s;
  const len = a.toString(2).length;
  // Keep 53 bits, or fewer where the result is subnormal (its last bit is 2^-1074).
  let shift = Math.max(len - 53, -1074 - e);
  if (shift > 0) {
    const sh = BigInt(shift);
    const rest = a & ((1n << sh) - 1n);
    a >>= sh;
    const half = 1n << (sh - 1n);
    if (rest > half || (rest === half && (a & 1n) === 1n)) a++;
  } else shift = 0;
  const r = ldexp(Number(a), e + shift); // a ≤ 2^53: exact as a number
  return neg ? -r : r;
}

// --- the error function ---

const TWO_OVER_SQRT_PI = 1.1283791670955126;
const INV_SQRT_PI = 0.5641895835477563;

/** e^(-x²) with x² split into an exact high part and a small low part. */
function expMinusSquare(x: number): number {
  const hi = Math.fround(x); // 24 bits: hi·hi is exact in a double
  const lo = x - hi;
  return Math.exp(-hi * hi) * Math.exp(-lo * (x + hi));
}

/** erf(x) for |x| < ½ by its Taylor series (2/√π) Σ (-1)^n x^(2n+1) / (n!(2n+1)). */
function erfTaylor(x: number): number {
  const q = -x * x;
  let power = 1; // (-x²)^n / n!
  let sum = 1;
  for (let n = 1; n < 40; n++) {
    power *= q / n;
    const term = power / (2 * n + 1);
    sum += term;
    if (Math.abs(term) < 1e-18) break;
  }
  return TWO_OVER_SQRT_PI * x * sum;
}

/**
 * erfc(x) for x ≥ ½ by Laplace's continued fraction
 *	erfc x = e^(-x²)/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + 2/(x + …)))))
 * evaluated from a fixed depth backwards, which is numerically stable. It converges
 * like e^(-2x√(2n)): 200/x² levels give 1e-17 at x = ½ and fewer further out.
 */
function erfcFraction(x: number): number {
  const depth = Math.ceil(200 / (x * x)) + 20;
  let t = x;
  for (let k = depth; k >= 1; k--) t = x + k / 2 / t;
  return (expMinusSquare(x) * INV_SQRT_PI) / t;
}

function erf(x: number): number {
  if (x !== x || x === 0) return x;
  const ax = Math.abs(x);
  let r: number;
  if (ax < 1e-300) r = ax * TWO_OVER_SQRT_PI;
  else if (ax < 0.5) r = erfTaylor(ax);
  else if (ax < 6) r = 1 - erfcFraction(ax);
  else r = 1;
  return x < 0 ? -r : r;
}

function erfc(x: number): number {
  if (x !== x) return NaN;
  if (x < 0.5) {
    if (x > -0.5) return 1 - erf(x);
    return x < -6 ? 2 : 2 - erfcFraction(-x);
  }
  if (x > 27.3) return 0; // below the smallest subnormal
  return erfcFraction(x);
}

function erfinv(y: number): number {
  if (y !== y || y < -1 || y > 1) return NaN;
  if (y === 1) return Infinity;
  if (y === -1) return -Infinity;
  if (y === 0) return y;
  const ay = Math.abs(y);
  // Winitzki's closed form (error below 2e-3) as a start, then Halley's iteration.
  const w = -Math.log((1 - ay) * (1 + ay));
  const t = 2 / (Math.PI * 0.147) - w / 2;
  let x = Math.sqrt(Math.sqrt(t * t + w / 0.147) - t);
  if (ay < 1e-8) x = ay / TWO_OVER_SQRT_PI;
  for (let i = 0; i < 4; i++) {
    // f = erf(x) - ay, computed from erfc where erf is near 1.
    const f = ay > 0.5 ? 1 - ay - erfc(x) : erf(x) - ay;
    const fp = TWO_OVER_SQRT_PI * expMinusSquare(x);
    if (fp === 0) break;
    const step = f / (fp + x * f);
    x -= step;
    if (Math.abs(step) <= Math.abs(x) * 1e-17) break;
  }
  return y < 0 ? -x : x;
}

function erfcinv(x: number): number {
  return erfinv(1 - x);
}

// --- gamma ---
//
// Γ on [½, 3/2] from the power series of its reciprocal, 1/Γ(z) = Σ c_k z^k (the
// coefficients of Abramowitz & Stegun 6.1.34), which needs no rounding of the argument:
// Γ(1+z) = 1/P(z) with P(z) = Σ c_k z^(k-1), Γ(z) = 1/(z·P(z)). Elsewhere below 15 the
// recurrence Γ(x+1) = x·Γ(x) moves the argument there; from 15 Stirling's series takes
// over (error below 3e-18 there); below zero, the recurrence again, and reflection
// Γ(x)Γ(1-x) = π/sin(πx) for large negative x. ln Γ near 1 and 2, where it vanishes,
// comes from its Taylor series in ζ(k), so its relative accuracy holds there too.

const RECIP_GAMMA = [
  1.0, 0.5772156649015329, -0.6558780715202538, -0.0420026350340952, 0.1665386113822915,
  -0.0421977345555443, -0.009621971527877, 0.007218943246663, -0.0011651675918591,
  -0.0002152416741149, 0.0001280502823882, -0.0000201348547807, -0.0000012504934821,
  0.000001133027232, -0.0000002056338417, 0.000000006116095, 0.0000000050020075,
  -0.0000000011812746, 0.0000000001043427, 0.0000000000077823, -0.0000000000036968,
  0.00000000000051, -0.0000000000000206, -0.0000000000000054, 0.0000000000000014,
  0.0000000000000001,
];

/** P(z) = (1/Γ(z))/z, for |z| ≤ 1/2 (Horner). */
function recipGammaOverZ(z: number): number {
  let s = 0;
  for (let k = RECIP_GAMMA.length - 1; k >= 0; k--) s = s * z + RECIP_GAMMA[k]!;
  return s;
}

const HALF_LN_2PI = 0.9189385332046728;
const EULER = 0.5772156649015329;
const STIRLING_FROM = 15;

/** Stirling's correction S(x) in ln Γ(x) = (x-½)ln x - x + ½ln 2π + S(x), x ≥ 15. */
function stirlingSeries(x: number): number {
  const inv = 1 / x;
  const inv2 = inv * inv;
  return (
    inv *
    (1 / 12 -
      inv2 *
        (1 / 360 -
          inv2 * (1 / 1260 - inv2 * (1 / 1680 - inv2 * (1 / 1188 - inv2 * (691 / 360360))))))
  );
}

/** Γ(x) for 0 < x < STIRLING_FROM. */
function gammaSmall(x: number): number {
  if (x < 0.5) return 1 / (x * recipGammaOverZ(x));
  let prod = 1;
  while (x > 1.5) {
    x -= 1; // exact
    prod *= x;
  }
  return prod / recipGammaOverZ(x - 1);
}

/** Γ(x) for x ≥ STIRLING_FROM: √(2π/x) · x^(x/2) · x^(x/2)e^(-x) · e^S(x). */
function gammaStirling(x: number): number {
  if (x > 171.61447887182298) return Infinity;
  const half = Math.pow(x, x / 2);
  return Math.sqrt((2 * Math.PI) / x) * half * (half * Math.exp(-x)) * Math.exp(stirlingSeries(x));
}

/** n! for n = 0..170, the products rounded step by step. */
const FACTORIAL: number[] = [1];
for (let n = 1; n <= 170; n++) FACTORIAL.push(FACTORIAL[n - 1]! * n);

/** sin(πx) with the argument reduced exactly first (exact zeros at integers). */
function sinPi(x: number): number {
  let r = x % 2; // exact
  if (r > 1) r -= 2;
  else if (r < -1) r += 2;
  if (r === 0 || r === 1 || r === -1) return 0 * x;
  if (Math.abs(r) > 0.5) r = (r > 0 ? 1 : -1) - r;
  return Math.sin(Math.PI * r);
}

function gamma(x: number): number {
  if (x !== x || x === -Infinity) return NaN;
  if (x === Infinity) return Infinity;
  if (x === 0) return Object.is(x, -0) ? -Infinity : Infinity;
  if (x < 0 && Math.trunc(x) === x) return NaN;
  if (x === Math.trunc(x) && x <= 23) return FACTORIAL[x - 1]!; // exact below 23!
  if (x >= STIRLING_FROM) return gammaStirling(x);
  if (x > 0) return gammaSmall(x);
  if (x > -STIRLING_FROM) {
    // Γ(x) = Γ(d) / (x(x+1)…(d-1)) with d = x + n in (0, 1).
    let d = x;
    let r = 1;
    while (d < 0) {
      r *= d;
      d += 1;
    }
    return gammaSmall(d) / r;
  }
  // Reflection, Γ(x) = π / (sin(πx) Γ(1-x)) with Γ(1-x) = -x Γ(-x): -x is exact where
  // 1-x may not be, and Γ's steepness would magnify that rounding a hundredfold. Then
  // Γ(y) = (y-1)Γ(y-1) is peeled off while it would overflow (Γ(-171.5) is a
  // subnormal, not 0).
  const s = sinPi(x);
  if (x < -190) return s < 0 ? -0 : 0;
  let r = -Math.PI / (s * x);
  let y = -x;
  while (y > 171) {
    y -= 1;
    r /= y;
  }
  return r / gammaStirling(y);
}

/** ζ(k) - 1 = Σ_{n≥2} n^-k for k = 2..LOG_GAMMA_TERMS (Euler–Maclaurin from n = 100). */
const LOG_GAMMA_TERMS = 64;
const ZETA_M1: number[] = [NaN, NaN];
for (let k = 2; k <= LOG_GAMMA_TERMS; k++) {
  const n = 100;
  let s = 0;
  for (let i = n - 1; i >= 2; i--) s += i ** -k;
  s +=
    n ** (1 - k) / (k - 1) +
    n ** -k / 2 +
    (k * n ** (-k - 1)) / 12 -
    (k * (k + 1) * (k + 2) * n ** (-k - 3)) / 720 +
    (k * (k + 1) * (k + 2) * (k + 3) * (k + 4) * n ** (-k - 5)) / 30240;
  ZETA_M1.push(s);
}
ZETA_M1[2] = (Math.PI * Math.PI) / 6 - 1;

/**
 * ln Γ near its zeros 1 and 2, by Taylor series whose coefficients are ψ's derivatives:
 *	ln Γ(1+z) = -γz + Σ_{k≥2} (-1)^k ζ(k) z^k / k
 *	ln Γ(2+z) = (1-γ)z + Σ_{k≥2} (-1)^k (ζ(k)-1) z^k / k
 * for |z| ≤ ½ (the second converges like (z/2)^k).
 */
function lgammaNear(z: number, two: boolean): number {
  let s = 0;
  for (let k = LOG_GAMMA_TERMS; k >= 2; k--) {
    const zeta = two ? ZETA_M1[k]! : 1 + ZETA_M1[k]!;
    s = s * z + ((k % 2 === 0 ? 1 : -1) * zeta) / k;
  }
  return z * (s * z + (two ? 1 - EULER : -EULER));
}

/** The sign lgamma() computed alongside its result. */
let lgammaSign = 1;

/** ln Γ(x) for x > 0. */
function lgammaPositive(x: number): number {
  if (x < 1e-300) return -goLog(x);
  if (x >= 0.5 && x < 1.5) return lgammaNear(x - 1, false);
  if (x >= 1.5 && x <= 2.5) return lgammaNear(x - 2, true);
  if (x < STIRLING_FROM) return Math.log(gammaSmall(x));
  return (x - 0.5) * Math.log(x) - x + HALF_LN_2PI + stirlingSeries(x);
}

function lgamma(x: number): number {
  lgammaSign = 1;
  if (x !== x) return NaN;
  if (x === Infinity) return Infinity;
  if (x === -Infinity) return -Infinity;
  if (x === 0) return Infinity;
  if (x > 0) {
    if (x === 1 || x === 2) return 0;
    return lgammaPositive(x);
  }
  if (Math.trunc(x) === x) return Infinity;
  // ln|Γ(x)| = ln(π / |sin(πx)|) - ln Γ(1-x); the sign is sin(πx)'s.
  const s = sinPi(x);
  if (s < 0) lgammaSign = -1;
  if (x > -STIRLING_FROM) return Math.log(Math.abs(gamma(x)));
  // ln Γ(1-x) = ln(-x) + ln Γ(-x), -x being exact
  return Math.log(Math.PI / Math.abs(s * x)) - lgammaPositive(-x);
}

// --- Bessel functions of integer order ---

/** Jn(x) for x ≥ 0 small against n: Σ (-1)^k (x/2)^(2k+n) / (k!(k+n)!). */
function besselJSeries(n: number, x: number): number {
  const h = x / 2;
  // (x/2)^n / n!, built without overflow
  let term = 1;
  for (let k = 1; k <= n && term !== 0; k++) term *= h / k;
  if (term === 0) return 0;
  let sum = term;
  const q = -h * h;
  for (let k = 1; k < 500; k++) {
    term *= q / (k * (k + n));
    sum += term;
    if (Math.abs(term) < Math.abs(sum) * 1e-17) break;
  }
  return sum;
}

/**
 * Jn(x) = (1/2π) ∫₀^2π cos(nθ - x sin θ) dθ by the trapezoidal rule: for a smooth
 * periodic integrand it converges geometrically once the points outnumber n + x.
 */
function besselJIntegral(n: number, x: number): number {
  const points = 2 * Math.ceil((Math.abs(x) + n + 40) / 2);
  let sum = 0;
  for (let k = 0; k < points; k++) {
    const t = (2 * Math.PI * k) / points;
    sum += Math.cos(n * t - x * Math.sin(t));
  }
  return sum / points;
}

/** Hankel's asymptotic expansion for large x: writes J and Y of order n. */
let hankelY = 0;
function besselHankel(n: number, x: number): number {
  const mu = 4 * n * n;
  let p = 1;
  let q = 0;
  let term = 1;
  const z8 = 8 * x;
  for (let k = 1; k < 60; k++) {
    const next = (term * (mu - (2 * k - 1) * (2 * k - 1))) / (k * z8);
    if (Math.abs(next) > Math.abs(term)) break;
    term = next;
    if (k % 2 === 1) q += k % 4 === 1 ? term : -term;
    else p += k % 4 === 2 ? -term : term;
    if (Math.abs(term) < 1e-17) break;
  }
  // χ = x - (2n+1)π/4. cos χ and sin χ are ±(cos x ± sin x)/√2; whichever of
  // cos x + sin x and cos x - sin x cancels is computed as cos 2x over the other, since
  // (cos x + sin x)(cos x - sin x) = cos 2x: so χ keeps full relative accuracy near the
  // zeros of J and Y.
  const s = Math.sin(x);
  const c = Math.cos(x);
  let sum = c + s;
  let diff = c - s;
  if (x < 1e307) {
    if (s * c < 0) sum = Math.cos(2 * x) / diff;
    else diff = Math.cos(2 * x) / sum;
  }
  const r = Math.SQRT1_2;
  let cosChi: number;
  let sinChi: number;
  switch ((2 * n + 1) % 8) {
    case 1:
      cosChi = sum * r;
      sinChi = -diff * r;
      break;
    case 3:
      cosChi = -diff * r;
      sinChi = -sum * r;
      break;
    case 5:
      cosChi = -sum * r;
      sinChi = diff * r;
      break;
    default:
      cosChi = diff * r;
      sinChi = sum * r;
  }
  const amp = Math.sqrt(2 / (Math.PI * x));
  hankelY = amp * (p * sinChi + q * cosChi);
  return amp * (p * cosChi - q * sinChi);
}

const HANKEL_FROM = 25;

// Double-double arithmetic (a value is hi + lo with |lo| ≤ ulp(hi)/2), enough to sum
// the power series of Jn up to x = 34, whose terms cancel by up to e^34 ≈ 6e14.

let ddHi = 0;
let ddLo = 0;

/** Splits a into two 26-bit halves (Veltkamp): returns the high one, low in splitLo. */
let splitLo = 0;
function split(a: number): number {
  const c = 134217729 * a;
  const hi = c - (c - a);
  splitLo = a - hi;
  return hi;
}

/** (ah + al) · (bh + bl) into ddHi, ddLo. */
function ddMul(ah: number, al: number, bh: number, bl: number): void {
  const p = ah * bh;
  const a1 = split(ah);
  const a2 = splitLo;
  const b1 = split(bh);
  const b2 = splitLo;
  const err = a1 * b1 - p + a1 * b2 + a2 * b1 + a2 * b2 + (ah * bl + al * bh);
  ddHi = p + err;
  ddLo = err - (ddHi - p);
}

/** (ah + al) / b into ddHi, ddLo. */
function ddDiv(ah: number, al: number, b: number): void {
  const q1 = ah / b;
  ddMul(q1, 0, b, 0); // q1·b exactly
  const q2 = (ah - ddHi - ddLo + al) / b;
  ddHi = q1 + q2;
  ddLo = q2 - (ddHi - q1);
}

/** (ah + al) + (bh + bl) into ddHi, ddLo. */
function ddAdd(ah: number, al: number, bh: number, bl: number): void {
  const s = ah + bh;
  const v = s - ah;
  const e = ah - (s - v) + (bh - v) + al + bl;
  ddHi = s + e;
  ddLo = e - (ddHi - s);
}

/** Jn(x) for 0 ≤ x ≤ 34 by its power series summed in double-double. */
function besselJSeriesDD(n: number, x: number): number {
  const h = x / 2; // exact
  let th = 1; // the term (-1)^k (x/2)^(2k+n) / (k!(k+n)!), as th + tl
  let tl = 0;
  for (let k = 1; k <= n; k++) {
    ddMul(th, tl, h, 0);
    ddDiv(ddHi, ddLo, k);
    th = ddHi;
    tl = ddLo;
  }
  ddMul(h, 0, h, 0);
  const qh = -ddHi; // -(x/2)², exactly
  const ql = -ddLo;
  let sh = th;
  let sl = tl;
  for (let k = 1; k < 200; k++) {
    ddMul(th, tl, qh, ql);
    ddDiv(ddHi, ddLo, k * (k + n));
    th = ddHi;
    tl = ddLo;
    ddAdd(sh, sl, th, tl);
    sh = ddHi;
    sl = ddLo;
    if (Math.abs(th) < Math.abs(sh) * 1e-33 || th === 0) break;
  }
  return sh + sl;
}

/** Jn(x) for n ≥ 0, x ≥ 0. */
function besselJPositive(n: number, x: number): number {
  if (x === 0) return n === 0 ? 1 : 0;
  if (x * x < 4 * (n + 1) || x < 1) return besselJSeries(n, x);
  if (x >= HANKEL_FROM + n * n) return besselHankel(n, x);
  if (x <= 34) return besselJSeriesDD(n, x);
  return besselJIntegral(n, x);
}

function jn(n: number, x: number): number {
  if (x !== x) return NaN;
  if (x === Infinity || x === -Infinity) return 0;
  let sign = 1;
  if (n < 0) {
    n = -n;
    if (n % 2 === 1) sign = -sign;
  }
  if (x < 0) {
    x = -x;
    if (n % 2 === 1) sign = -sign;
  }
  const r = besselJPositive(n, x);
  return sign < 0 ? -r : r;
}

/** Y0(x) and, in besselY1, Y1(x) for 0 < x < HANKEL_FROM by Neumann series. */
let besselY1 = 0;
function besselYNeumann(x: number): number {
  // J_k(x) for k = 0..M by Miller's backward recurrence, normalized by J0 + 2ΣJ2k = 1.
  const m = 2 * Math.ceil((x + 40) / 2);
  const j = new Float64Array(m + 2);
  j[m + 1] = 0;
  j[m] = 1e-300;
  for (let k = m; k >= 1; k--) {
    j[k - 1] = ((2 * k) / x) * j[k]! - j[k + 1]!;
    if (Math.abs(j[k - 1]!) > 1e250) {
      for (let i = k - 1; i <= m; i++) j[i]! *= 1e-250;
    }
  }
  let norm = j[0]!;
  for (let k = 2; k <= m; k += 2) norm += 2 * j[k]!;
  for (let k = 0; k <= m; k++) j[k]! /= norm;
  const lx = Math.log(x / 2) + EULER;
  // Y0 = (2/π)[(ln(x/2)+γ) J0 + 2 Σ_{k≥1} (-1)^(k+1) J_{2k} / k]
  let s0 = 0;
  for (let k = 1; 2 * k <= m; k++) s0 += ((k % 2 === 1 ? 1 : -1) * j[2 * k]!) / k;
  const y0 = (2 / Math.PI) * (lx * j[0]! + 2 * s0);
  // Y1 = (2/π)[(ln(x/2)+γ-1) J1 - J0/x - Σ_{k≥1} (-1)^k (2k+1)/(k(k+1)) J_{2k+1}]
  let s1 = 0;
  for (let k = 1; 2 * k + 1 <= m; k++)
    s1 += ((k % 2 === 1 ? -1 : 1) * (2 * k + 1) * j[2 * k + 1]!) / (k * (k + 1));
  besselY1 = (2 / Math.PI) * ((lx - 1) * j[1]! - j[0]! / x - s1);
  return y0;
}

/**
 * Y0(x), and Y1(x) in besselY1, for 0 < x < 2 by their power series:
 *	Y0 = (2/π)(ln(x/2)+γ)J0 + (2/π) Σ_{k≥1} (-1)^(k+1) H_k (x²/4)^k / (k!)²
 *	Y1 = (2/π)ln(x/2)J1 - 2/(πx) - (x/2π) Σ_{k≥0} (-1)^k (ψ(k+1)+ψ(k+2)) (x²/4)^k / (k!(k+1)!)
 * where H_k is the harmonic number and ψ(k+1) = H_k - γ.
 */
function besselYSeries(x: number): number {
  const q = (x * x) / 4;
  const lx = goLog(x) - LN2; // ln(x/2) without underflow (and Go's Log for subnormals)
  let t0 = 1; // (-1)^k (x²/4)^k / (k!)²
  let t1 = 1; // (-1)^k (x²/4)^k / (k!(k+1)!)
  let h = 0; // H_k
  let s0 = 0;
  let s1 = 1 - 2 * EULER; // k = 0: ψ(1) + ψ(2)
  for (let k = 1; k < 100; k++) {
    t0 *= -q / (k * k);
    t1 *= -q / (k * (k + 1));
    h += 1 / k;
    s0 -= h * t0;
    s1 += (2 * h + 1 / (k + 1) - 2 * EULER) * t1;
    if (Math.abs(t0) < 1e-18) break;
  }
  const j0 = besselJSeries(0, x);
  const j1 = besselJSeries(1, x);
  besselY1 = (2 / Math.PI) * lx * j1 - 2 / (Math.PI * x) - (x / (2 * Math.PI)) * s1;
  return (2 / Math.PI) * ((lx + EULER) * j0 + s0);
}

/** Yn(x) for n ≥ 0, x > 0 finite. */
function besselYPositive(n: number, x: number): number {
  let y0: number;
  let y1: number;
  if (x < 2) {
    y0 = besselYSeries(x);
    y1 = besselY1;
  } else if (x >= HANKEL_FROM) {
    besselHankel(0, x);
    y0 = hankelY;
    besselHankel(1, x);
    y1 = hankelY;
  } else {
    y0 = besselYNeumann(x);
    y1 = besselY1;
  }
  if (n === 0) return y0;
  // Forward recurrence Y_{k+1} = (2k/x) Y_k - Y_{k-1} is stable for Y.
  for (let k = 1; k < n; k++) {
    const y2 = ((2 * k) / x) * y1 - y0;
    y0 = y1;
    y1 = y2;
    if (y1 === -Infinity) break;
  }
  return y1;
}

function yn(n: number, x: number): number {
  let sign = 1;
  if (n < 0) {
    n = -n;
    if (n % 2 === 1) sign = -1;
  }
  if (x !== x || x < 0) return NaN;
  if (x === Infinity) return 0;
  if (x === 0) return sign < 0 ? Infinity : -Infinity;
  const r = besselYPositive(n, x);
  return sign < 0 ? -r : r;
}

// --- the hooks ---

function unary(f: (x: number) => number): Hook {
  return (m: Machine, args: number): void => {
    const f64 = m.f64;
    const i = args >>> 3;
    f64[i + 1] = f(f64[i]!);
  };
}

function binary(f: (x: number, y: number) => number): Hook {
  return (m: Machine, args: number): void => {
    const f64 = m.f64;
    const i = args >>> 3;
    f64[i + 2] = f(f64[i]!, f64[i + 1]!);
  };
}

function intOrder(m: Machine, args: number): number {
  const n: Int64 = load64(m.u32, m.i32, args);
  return typeof n === "number" ? n : Number(n); // |n| ≥ 2^53 underflows to 0 anyway
}

function withOrder(f: (n: number, x: number) => number): Hook {
  return (m: Machine, args: number): void => {
    const n = intOrder(m, args);
    const f64 = m.f64;
    const i = args >>> 3;
    f64[i + 2] = f(n, f64[i + 1]!);
  };
}

/** The runtime error value (runtime.errorString msg) as an interface at args. */
function runtimeError(msg: string): Hook {
  return (m: Machine, args: number): void => {
    const typeId = errorStringType(m);
    if (typeId < 0) m.panicRuntimeError(msg);
    const [ptr, len] = m.newString(msg);
    const box = m.alloc(typeId, 1);
    m.writePtr(box, ptr); // also keeps the bytes alive if the collector is marking
    const u32 = m.u32;
    u32[(box + 8) >>> 2] = len;
    u32[(box + 12) >>> 2] = 0;
    u32[args >>> 2] = typeId;
    u32[(args + 4) >>> 2] = 0;
    u32[(args + 8) >>> 2] = box;
    u32[(args + 12) >>> 2] = 0;
  };
}

const errorStringTypes = new WeakMap<Machine, number>();
function errorStringType(m: Machine): number {
  let id = errorStringTypes.get(m);
  if (id === undefined) {
    id = m.types.findIndex((t) => t && t.name === "errorString" && t.pkgPath === "runtime");
    errorStringTypes.set(m, id);
  }
  return id;
}

/**
 * The math functions that are exactly a JavaScript Math method: compiled code calls the
 * method in place of the hook (codegen's emit.ts), and the hook is the method too.
 */
export const jsMathHooks: Readonly<Record<string, (...x: number[]) => number>> = {
  "math.Sqrt": Math.sqrt,
  "math.Cbrt": Math.cbrt,
  "math.Exp": Math.exp,
  "math.Expm1": Math.expm1,
  "math.Log1p": Math.log1p,
  "math.Sin": Math.sin,
  "math.Cos": Math.cos,
  "math.Tan": Math.tan,
  "math.Asin": Math.asin,
  "math.Atan": Math.atan,
  "math.Atan2": Math.atan2,
  "math.Tanh": Math.tanh,
  "math.Asinh": Math.asinh,
  "math.Acosh": Math.acosh,
  "math.Atanh": Math.atanh,
};

/** The hooks of packages math and math/bits, keyed `math.${name}`, `math/bits.${name}`. */
export const mathHooks: Record<string, Hook> = {
  ...Object.fromEntries(
    Object.entries(jsMathHooks).map(([k, f]) => [k, f.length === 2 ? binary(f) : unary(f)]),
  ),
  "math.Pow": binary(pow),
  "math.Exp2": unary((x) => 2 ** x),
  "math.Log": unary(goLog),
  "math.Log2": unary(log2),
  "math.Log10": unary(log10),
  "math.Acos": unary(acos),
  "math.Sinh": unary(sinh),
  "math.Cosh": unary(cosh),
  "math.Erf": unary(erf),
  "math.Erfc": unary(erfc),
  "math.Erfinv": unary(erfinv),
  "math.Erfcinv": unary(erfcinv),
  "math.Gamma": unary(gamma),
  "math.Lgamma": (m: Machine, args: number): void => {
    const f64 = m.f64;
    const i = args >>> 3;
    f64[i + 1] = lgamma(f64[i]!);
    store64(m.u32, args + 16, lgammaSign);
  },
  "math.FMA": (m: Machine, args: number): void => {
    const f64 = m.f64;
    const i = args >>> 3;
    f64[i + 3] = fma(f64[i]!, f64[i + 1]!, f64[i + 2]!);
  },
  "math.J0": unary((x) => jn(0, x)),
  "math.J1": unary((x) => jn(1, x)),
  "math.Jn": withOrder(jn),
  "math.Y0": unary((x) => yn(0, x)),
  "math.Y1": unary((x) => yn(1, x)),
  "math.Yn": withOrder(yn),
  "math/bits.divideError": runtimeError("integer divide by zero"),
  "math/bits.overflowError": runtimeError("integer overflow"),
};

/** The pure functions behind the hooks, for tests and for the runtime's own use. */
export const mathFuncs = {
  pow,
  fma,
  log: goLog,
  log2,
  log10,
  acos,
  sinh,
  cosh,
  erf,
  erfc,
  erfinv,
  erfcinv,
  gamma,
  lgamma: (x: number): [number, number] => [lgamma(x), lgammaSign],
  jn,
  yn,
  frexp: (x: number): [number, number] => [frexp(x), frexpExp],
  ldexp,
};
