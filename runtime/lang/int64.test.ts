// int64: every signed and unsigned 64-bit operation on the mixed form, checked against a
// BigInt oracle (BigInt.asIntN/asUintN) with values clustered near 0, ±2^31, ±2^32,
// ±2^53, ±2^63 and 2^64-1; canonical form of every result; memory load/store round trips.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  add64,
  addU64,
  and64,
  andnot64,
  andnotU64,
  andU64,
  div64,
  divU64,
  fromBig,
  type Int64,
  load64,
  loadU64,
  MAX_SAFE,
  mul64,
  mulU64,
  neg64,
  negU64,
  not64,
  notU64,
  or64,
  orU64,
  rem64,
  remU64,
  shiftCount,
  shl64,
  shlU64,
  shr64,
  shrU64,
  store64,
  storeU64,
  sub64,
  subU64,
  xor64,
  xorU64,
} from "./int64.js";

const I = (v: bigint): bigint => BigInt.asIntN(64, v);
const U = (v: bigint): bigint => BigInt.asUintN(64, v);

/** The canonical mixed form of a bigint (the oracle's side). */
const canon = (v: bigint): Int64 =>
  v >= -BigInt(MAX_SAFE) && v <= BigInt(MAX_SAFE) ? Number(v) : v;

/** Asserts r is canonical and equal to the oracle's value. */
function same(r: Int64, want: bigint): void {
  if (typeof r === "number") {
    expect(Number.isInteger(r)).toBe(true);
    expect(Object.is(r, -0)).toBe(false);
    expect(Math.abs(r) <= MAX_SAFE).toBe(true);
  } else {
    expect(r > BigInt(MAX_SAFE) || r < -BigInt(MAX_SAFE)).toBe(true);
  }
  expect(r).toBe(canon(want));
}

const edges = [0n, 1n, 2n, 31n, 32n, 52n, 53n, 54n, 62n, 63n, 64n];
const bases = edges.flatMap((e) => [1n << e, -(1n << e)]);
const nearEdge = (lo: bigint, hi: bigint) =>
  fc
    .tuple(fc.constantFrom(...bases), fc.integer({ min: -3, max: 3 }))
    .map(([b, d]) => b + BigInt(d))
    .filter((v) => v >= lo && v <= hi);

const signed = (): fc.Arbitrary<bigint> => {
  const lo = -(1n << 63n);
  const hi = (1n << 63n) - 1n;
  return fc.oneof(
    fc.integer({ min: -1000, max: 1000 }).map(BigInt),
    fc.integer().map(BigInt),
    fc.bigInt({ min: -BigInt(MAX_SAFE), max: BigInt(MAX_SAFE) }),
    fc.bigInt({ min: lo, max: hi }),
    nearEdge(lo, hi),
  );
};
const unsigned = (): fc.Arbitrary<bigint> => {
  const hi = (1n << 64n) - 1n;
  return fc.oneof(
    fc.integer({ min: 0, max: 1000 }).map(BigInt),
    fc.nat().map(BigInt),
    fc.bigInt({ min: 0n, max: BigInt(MAX_SAFE) }),
    fc.bigInt({ min: 0n, max: hi }),
    nearEdge(0n, hi),
  );
};
const counts = fc.oneof(
  fc.integer({ min: 0, max: 70 }),
  fc.constantFrom(0, 1, 31, 32, 52, 53, 63, 64, 65, 1000),
);
const runs = { numRuns: 3000 };

type Bin = (a: Int64, b: Int64) => Int64;
const signedBinary: [string, Bin, (a: bigint, b: bigint) => bigint][] = [
  ["add64", add64, (a, b) => I(a + b)],
  ["sub64", sub64, (a, b) => I(a - b)],
  ["mul64", mul64, (a, b) => I(a * b)],
  ["and64", and64, (a, b) => a & b],
  ["or64", or64, (a, b) => a | b],
  ["xor64", xor64, (a, b) => a ^ b],
  ["andnot64", andnot64, (a, b) => a & ~b],
];
const unsignedBinary: [string, Bin, (a: bigint, b: bigint) => bigint][] = [
  ["addU64", addU64, (a, b) => U(a + b)],
  ["subU64", subU64, (a, b) => U(a - b)],
  ["mulU64", mulU64, (a, b) => U(a * b)],
  ["andU64", andU64, (a, b) => a & b],
  ["orU64", orU64, (a, b) => a | b],
  ["xorU64", xorU64, (a, b) => a ^ b],
  ["andnotU64", andnotU64, (a, b) => a & ~b],
];

describe("signed 64-bit operations match the BigInt oracle", () => {
  for (const [name, op, oracle] of signedBinary) {
    it(name, () => {
      fc.assert(
        fc.property(signed(), signed(), (a, b) => same(op(canon(a), canon(b)), oracle(a, b))),
        runs,
      );
    });
  }
  it("div64 and rem64 truncate toward zero", () => {
    fc.assert(
      fc.property(
        signed(),
        signed().filter((b) => b !== 0n),
        (a, b) => {
          same(div64(canon(a), canon(b)), I(a / b));
          same(rem64(canon(a), canon(b)), a % b);
        },
      ),
      runs,
    );
  });
  it("neg64 and not64", () => {
    fc.assert(
      fc.property(signed(), (a) => {
        same(neg64(canon(a)), I(-a));
        same(not64(canon(a)), ~a);
      }),
      runs,
    );
  });
  it("shl64 and shr64 (arithmetic), counts past 64 included", () => {
    fc.assert(
      fc.property(signed(), counts, (a, s) => {
        same(shl64(canon(a), s), s >= 64 ? 0n : I(a << BigInt(s)));
        same(shr64(canon(a), s), a >> BigInt(Math.min(s, 64)));
      }),
      runs,
    );
  });
});

describe("unsigned 64-bit operations match the BigInt oracle", () => {
  for (const [name, op, oracle] of unsignedBinary) {
    it(name, () => {
      fc.assert(
        fc.property(unsigned(), unsigned(), (a, b) => same(op(canon(a), canon(b)), oracle(a, b))),
        runs,
      );
    });
  }
  it("divU64 and remU64", () => {
    fc.assert(
      fc.property(
        unsigned(),
        unsigned().filter((b) => b !== 0n),
        (a, b) => {
          same(divU64(canon(a), canon(b)), a / b);
          same(remU64(canon(a), canon(b)), a % b);
        },
      ),
      runs,
    );
  });
  it("negU64 and notU64", () => {
    fc.assert(
      fc.property(unsigned(), (a) => {
        same(negU64(canon(a)), U(-a));
        same(notU64(canon(a)), U(~a));
      }),
      runs,
    );
  });
  it("shlU64 and shrU64 (logical), counts past 64 included", () => {
    fc.assert(
      fc.property(unsigned(), counts, (a, s) => {
        same(shlU64(canon(a), s), s >= 64 ? 0n : U(a << BigInt(s)));
        same(shrU64(canon(a), s), s >= 64 ? 0n : a >> BigInt(s));
      }),
      runs,
    );
  });
});

describe("Go's corner cases", () => {
  const minInt64 = -(2n ** 63n);
  const maxInt64 = 2n ** 63n - 1n;
  it("MinInt64 / -1 is MinInt64 and MinInt64 % -1 is 0", () => {
    expect(div64(minInt64, -1)).toBe(minInt64);
    expect(rem64(minInt64, -1)).toBe(0);
    expect(neg64(minInt64)).toBe(minInt64);
    expect(mul64(minInt64, -1)).toBe(minInt64);
  });
  it("wraps at the ends of both ranges", () => {
    expect(add64(maxInt64, 1)).toBe(minInt64);
    expect(sub64(minInt64, 1)).toBe(maxInt64);
    expect(subU64(0, 1)).toBe(2n ** 64n - 1n);
    expect(addU64(2n ** 64n - 1n, 1)).toBe(0);
    expect(add64(MAX_SAFE, 1)).toBe(2n ** 53n);
    expect(sub64(2n ** 53n, 1)).toBe(MAX_SAFE);
    expect(shl64(1, 63)).toBe(minInt64);
    expect(shl64(1, 64)).toBe(0);
    expect(shlU64(1, 63)).toBe(2n ** 63n);
  });
  it("never produces -0", () => {
    for (const r of [mul64(0, -5), div64(-1, 2), rem64(-4, 2), neg64(0), shr64(0, 3), div64(0, -3)])
      expect(Object.is(r, -0)).toBe(false);
  });
  it("shiftCount maps a bigint count to 64", () => {
    expect(shiftCount(5)).toBe(5);
    expect(shiftCount(2n ** 60n)).toBe(64);
    expect(shr64(-(2n ** 62n), shiftCount(2n ** 60n))).toBe(-1);
  });
  it("fromBig is canonical", () => {
    expect(fromBig(5n)).toBe(5);
    expect(fromBig(BigInt(-MAX_SAFE))).toBe(-MAX_SAFE);
    expect(fromBig(-(2n ** 53n))).toBe(-(2n ** 53n));
  });
  it("mixed-form comparisons are plain operators", () => {
    const a: Int64 = MAX_SAFE;
    const b: Int64 = 2n ** 53n;
    expect(a < b).toBe(true);
    expect(b > -1).toBe(true);
    expect(add64(a, 1) === b).toBe(true);
  });
});

describe("memory words", () => {
  const buf = new ArrayBuffer(64);
  const u32 = new Uint32Array(buf);
  const i32 = new Int32Array(buf);
  const big64 = new BigInt64Array(buf);
  const bigU64 = new BigUint64Array(buf);
  it("store64/load64 round-trip and use little-endian two's complement", () => {
    fc.assert(
      fc.property(signed(), fc.integer({ min: 0, max: 7 }), (a, slot) => {
        const addr = slot * 8;
        store64(u32, addr, canon(a));
        expect(big64[slot]).toBe(a);
        same(load64(u32, i32, addr), a);
        same(loadU64(u32, addr), U(a));
      }),
      runs,
    );
  });
  it("storeU64/loadU64 round-trip", () => {
    fc.assert(
      fc.property(unsigned(), fc.integer({ min: 0, max: 7 }), (a, slot) => {
        const addr = slot * 8;
        storeU64(u32, addr, canon(a));
        expect(bigU64[slot]).toBe(a);
        same(loadU64(u32, addr), a);
        same(load64(u32, i32, addr), I(a));
      }),
      runs,
    );
  });
  it("reads -1 and -2^53 exactly", () => {
    big64[0] = -1n;
    expect(load64(u32, i32, 0)).toBe(-1);
    expect(loadU64(u32, 0)).toBe(2n ** 64n - 1n);
    big64[0] = -(2n ** 53n);
    expect(load64(u32, i32, 0)).toBe(-(2n ** 53n));
    big64[0] = -(2n ** 53n) + 1n;
    expect(load64(u32, i32, 0)).toBe(-MAX_SAFE);
  });
});
