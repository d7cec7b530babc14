/*
 * Complex arithmetic where plain JS float operations are not enough.
 *
 * What: complex64 and complex128 values live in memory as two floats (real, then
 * imaginary: 2×float32 or 2×float64, abi.ts). Emitted code loads the four parts of the
 * operands into JS numbers and computes:
 *
 *	a+b, a-b   componentwise, inline (complex64: Math.fround each part)
 *	a*b        re = ar*br - ai*bi, im = ar*bi + ai*br, inline. Go has no C99 infinity
 *	           repair for multiplication: (Inf+0i)*(1+0i) is (+Inf+NaNi). complex64 is
 *	           computed in float64 and rounded once at the end (Go widens to avoid
 *	           cancellation), which is exactly JS doubles then Math.fround:
 *	           complexMul64Re/Im below spell it out.
 *	a==b       ar === br && ai === bi (NaN parts are unequal, 0 == -0): complexEq.
 *	a/b        complexDiv: Go calls its runtime's complex128div (complex64 operands are
 *	           widened, divided, and each part rounded with Math.fround). Division by
 *	           zero does not panic.
 *
 * complexDiv returns two numbers, so it writes them to the scratch array COMPLEX_DIV
 * ([re, im]); emitted code reads both right after the call, before any other call.
 * complexDivTo128/To64 write the quotient straight into memory instead (the form most
 * emitted code wants: the destination temporary is in the frame).
 *
 * The division is Smith's (1962): divide by the larger of |c| and |d| so that no
 * intermediate overflows needlessly. When both parts of the quotient come out NaN, the
 * C99 Annex G rules recover the infinities and zeros the operands imply:
 *   - a non-NaN dividend over a zero divisor is an infinity with the signs of the
 *     dividend's parts (times the sign of the divisor's real part);
 *   - an infinite dividend over a finite divisor is infinite;
 *   - a finite dividend over an infinite divisor is zero.
 *
 * Example: (1+2i)/(3+4i) = 0.44+0.08i; (1+2i)/0 = (+Inf+Infi); (1+1i)/(Inf+0i) = 0+0i.
 */

/** [re, im] of the last complexDiv. */
export const COMPLEX_DIV = new Float64Array(2);

/** Signed 1 for an infinity, signed 0 otherwise (the sign of f either way). */
function unitIfInf(f: number): number {
  const g = f === Infinity || f === -Infinity ? 1 : 0;
  return f < 0 || Object.is(f, -0) ? -g : g;
}

function finite(f: number): boolean {
  return f - f === 0;
}

function isInf(f: number): boolean {
  return f === Infinity || f === -Infinity;
}

/** (a+bi)/(c+di) as Go's complex128 division; the result is in COMPLEX_DIV. */
export function complexDiv(a: number, b: number, c: number, d: number): void {
  let e: number;
  let f: number;
  if (Math.abs(c) >= Math.abs(d)) {
    const ratio = d / c;
    const denom = c + ratio * d;
    e = (a + b * ratio) / denom;
    f = (b - a * ratio) / denom;
  } else {
    const ratio = c / d;
    const denom = d + ratio * c;
    e = (a * ratio + b) / denom;
    f = (b * ratio - a) / denom;
  }
  if (e !== e && f !== f) {
    if (c === 0 && d === 0 && (a === a || b === b)) {
      const inf = c < 0 || Object.is(c, -0) ? -Infinity : Infinity;
      e = inf * a;
      f = inf * b;
    } else if ((isInf(a) || isInf(b)) && finite(c) && finite(d)) {
      const a1 = unitIfInf(a);
      const b1 = unitIfInf(b);
      e = Infinity * (a1 * c + b1 * d);
      f = Infinity * (b1 * c - a1 * d);
    } else if ((isInf(c) || isInf(d)) && finite(a) && finite(b)) {
      const c1 = unitIfInf(c);
      const d1 = unitIfInf(d);
      e = 0 * (a * c1 + b * d1);
      f = 0 * (b * c1 - a * d1);
    }
  }
  COMPLEX_DIV[0] = e;
  COMPLEX_DIV[1] = f;
}

/** Store (a+bi)/(c+di) as a complex128 at byte address addr (8-aligned). */
export function complexDivTo128(
  f64: Float64Array,
  addr: number,
  a: number,
  b: number,
  c: number,
  d: number,
): void {
  complexDiv(a, b, c, d);
  f64[addr >>> 3] = COMPLEX_DIV[0]!;
  f64[(addr >>> 3) + 1] = COMPLEX_DIV[1]!;
}

/** Store (a+bi)/(c+di) as a complex64 at byte address addr (4-aligned). */
export function complexDivTo64(
  f32: Float32Array,
  addr: number,
  a: number,
  b: number,
  c: number,
  d: number,
): void {
  complexDiv(a, b, c, d);
  f32[addr >>> 2] = COMPLEX_DIV[0]!; // a Float32Array store rounds like Math.fround
  f32[(addr >>> 2) + 1] = COMPLEX_DIV[1]!;
}

/** Real part of (a+bi)*(c+di) for complex64 operands: float64 products, one rounding. */
export function complexMul64Re(a: number, b: number, c: number, d: number): number {
  return Math.fround(a * c - b * d);
}

/** Imaginary part of (a+bi)*(c+di) for complex64 operands. */
export function complexMul64Im(a: number, b: number, c: number, d: number): number {
  return Math.fround(a * d + b * c);
}

/** a+bi == c+di. */
export function complexEq(a: number, b: number, c: number, d: number): boolean {
  return a === c && b === d;
}
