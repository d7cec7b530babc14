// complex: division as Go's runtime complex128div (Smith's algorithm with the C99
// infinity/zero repair), complex64 division and multiplication, equality — against
// facts recorded from Go 1.19 (//go:noinline a/b and a*b on amd64).
import { describe, expect, it } from "vitest";
import {
  COMPLEX_DIV,
  complexDiv,
  complexDivTo128,
  complexDivTo64,
  complexEq,
  complexMul64Im,
  complexMul64Re,
} from "./complex.js";

/** Go: a, b, c, d, then real and imag of (a+bi)/(c+di) as complex128. */
const div128Facts: number[][] = [
  [1, 2, 3, 4, 0.44, 0.08],
  [1, 2, 0, 0, Infinity, Infinity],
  [-1, 2, -0, 0, Infinity, -Infinity],
  [1, 2, -0, -0, -Infinity, -Infinity],
  [0, 0, 0, 0, NaN, NaN],
  [NaN, 1, 0, 0, NaN, Infinity],
  [NaN, NaN, 0, 0, NaN, NaN],
  [Infinity, 0, 1, 1, Infinity, -Infinity],
  [Infinity, Infinity, 1, -2, NaN, Infinity],
  [NaN, Infinity, 1, 1, Infinity, Infinity],
  [1, 1, Infinity, 0, 0, 0],
  [1, 1, Infinity, Infinity, 0, 0],
  [-1, 1, -0, Infinity, 0, 0],
  [1, 1, NaN, Infinity, 0, -0],
  [Infinity, Infinity, Infinity, Infinity, NaN, NaN],
  [1e300, 1e300, 1e-300, 1e-300, Infinity, 0],
  [1e-300, 1, 1e300, 1e-300, 0, 1e-300],
  [5, 7, 2, 1e200, 7e-200, -5e-200],
  [1, 0, 0, 1, 0, -1],
  [-0, -0, 1, 1, -0, 0],
  [3, -0, NaN, 0, NaN, NaN],
];

/** Go: complex64 a, b, c, d, then (a+bi)/(c+di), then (a+bi)*(c+di), all complex64. */
const c64Facts: number[][] = [
  [1, 2, 3, 4, 0.4399999976158142, 0.07999999821186066, -5, 10],
  [1, 2, 0, 0, Infinity, Infinity, 0, 0],
  [-1, 2, -0, 0, Infinity, -Infinity, 0, -0],
  [1, 2, -0, -0, -Infinity, -Infinity, 0, -0],
  [0, 0, 0, 0, NaN, NaN, 0, 0],
  [NaN, 1, 0, 0, NaN, Infinity, NaN, NaN],
  [NaN, NaN, 0, 0, NaN, NaN, NaN, NaN],
  [Infinity, 0, 1, 1, Infinity, -Infinity, Infinity, Infinity],
  [Infinity, Infinity, 1, -2, NaN, Infinity, Infinity, NaN],
  [NaN, Infinity, 1, 1, Infinity, Infinity, NaN, NaN],
  [1, 1, Infinity, 0, 0, 0, Infinity, Infinity],
  [1, 1, Infinity, Infinity, 0, 0, NaN, Infinity],
  [-1, 1, -0, Infinity, 0, 0, -Infinity, -Infinity],
  [1, 1, NaN, Infinity, 0, -0, NaN, NaN],
  [Infinity, Infinity, Infinity, Infinity, NaN, NaN, NaN, Infinity],
  [Infinity, Infinity, 0, 0, Infinity, Infinity, NaN, NaN],
  [0, 1, Infinity, 0, 0, 0, NaN, Infinity],
  [5, 7, 2, Infinity, 0, -0, -Infinity, Infinity],
  [1, 0, 0, 1, 0, -1, 0, 1],
  [-0, -0, 1, 1, -0, 0, 0, -0],
  [3, -0, NaN, 0, NaN, NaN, NaN, NaN],
];

describe("complexDiv", () => {
  it("matches Go's complex128 division, special cases included", () => {
    for (const [a, b, c, d, re, im] of div128Facts) {
      complexDiv(a!, b!, c!, d!);
      expect([a, b, c, d, COMPLEX_DIV[0], COMPLEX_DIV[1]]).toEqual([a, b, c, d, re, im]);
    }
  });
  it("writes complex128 and complex64 quotients to memory", () => {
    const buf = new ArrayBuffer(32);
    const f64 = new Float64Array(buf);
    const f32 = new Float32Array(buf);
    for (const [a, b, c, d, re, im] of div128Facts) {
      complexDivTo128(f64, 8, a!, b!, c!, d!);
      expect([f64[1], f64[2]]).toEqual([re, im]);
    }
    for (const [a, b, c, d, re, im] of c64Facts) {
      complexDivTo64(f32, 4, a!, b!, c!, d!);
      expect([a, b, c, d, f32[1], f32[2]]).toEqual([a, b, c, d, re, im]);
    }
  });
});

describe("complex64 multiplication and equality", () => {
  it("computes in float64 and rounds once, as Go", () => {
    for (const [a, b, c, d, , , re, im] of c64Facts) {
      expect([a, b, c, d, complexMul64Re(a!, b!, c!, d!), complexMul64Im(a!, b!, c!, d!)]).toEqual([
        a,
        b,
        c,
        d,
        re,
        im,
      ]);
    }
    // complex64(0.1+0.7i) * complex64(0.3+0.9i) in Go
    const [a, b, c, d] = [0.1, 0.7, 0.3, 0.9].map(Math.fround) as [number, number, number, number];
    expect([complexMul64Re(a, b, c, d), complexMul64Im(a, b, c, d)]).toEqual([
      -0.5999999642372131, 0.30000001192092896,
    ]);
  });
  it("compares parts with ==", () => {
    expect(complexEq(1, 0, 1, -0)).toBe(true);
    expect(complexEq(NaN, 0, NaN, 0)).toBe(false);
    expect(complexEq(1, 2, 1, 3)).toBe(false);
  });
});
