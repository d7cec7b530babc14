// hooks-atomic: the sync/atomic and runtime/internal/atomic hooks on a fake Machine over
// plain typed arrays — argument offsets from the Go signatures, 64-bit carries and
// wrap-around, compare-and-swap results, pointer stores through writePtr, nil panics.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Machine, RType } from "./abi.js";
import { atomicHooks } from "./hooks-atomic.js";

class FakeMachine implements Machine {
  readonly buf = new ArrayBuffer(1 << 12);
  readonly u8 = new Uint8Array(this.buf);
  readonly u32 = new Uint32Array(this.buf);
  readonly i32 = new Int32Array(this.buf);
  readonly f32 = new Float32Array(this.buf);
  readonly f64 = new Float64Array(this.buf);
  readonly i64 = new BigInt64Array(this.buf);
  readonly types: readonly RType[] = [];
  readonly barriers: [number, number][] = [];
  alloc(): number {
    throw new Error("alloc");
  }
  allocNoscan(): number {
    throw new Error("allocNoscan");
  }
  writePtr(slot: number, val: number): void {
    this.barriers.push([slot, val]);
    this.u32[slot >>> 2] = val;
    this.u32[(slot >>> 2) + 1] = 0;
  }
  typedmemmove(): void {
    throw new Error("typedmemmove");
  }
  newString(): [number, number] {
    throw new Error("newString");
  }
  readString(): string {
    throw new Error("readString");
  }
  panicValue(): never {
    throw new Error("panicValue");
  }
  panicRuntimeError(msg: string): never {
    throw new Error(`runtime error: ${msg}`);
  }
  panicString(msg: string): never {
    throw new Error(msg);
  }
  fatal(msg: string): never {
    throw new Error(`fatal error: ${msg}`);
  }
  write(): void {}
}

/** Names of the functions declared without a body in a shipped stdlib file. */
function bodyless(file: string): string[] {
  const src = readFileSync(new URL(`../../compiler/stdlib/${file}`, import.meta.url), "utf8");
  return [...src.matchAll(/^func (\w+)\([^{\n]*$/gm)].map((m) => m[1]!);
}

const ARGS = 256; // the argument block
const X = 1024; // the variable operated on

function call(m: FakeMachine, name: string, ...words: bigint[]): void {
  const hook = atomicHooks[name];
  if (!hook) throw new Error(`no hook ${name}`);
  m.i64.fill(0n, ARGS / 8, ARGS / 8 + 8);
  words.forEach((w, i) => (m.i64[ARGS / 8 + i] = w));
  hook(m, ARGS);
}

const i32At = (m: FakeMachine, off: number) => m.i32[(ARGS + off) >>> 2];
const u32At = (m: FakeMachine, off: number) => m.u32[(ARGS + off) >>> 2];
const i64At = (m: FakeMachine, off: number) => m.i64[(ARGS + off) >>> 3];

describe("sync/atomic", () => {
  it("AddInt32 wraps and returns the new value at +16", () => {
    const m = new FakeMachine();
    m.i32[X / 4] = 0x7fffffff;
    call(m, "sync/atomic.AddInt32", BigInt(X), 1n);
    expect(m.i32[X / 4]).toBe(-0x80000000);
    expect(i32At(m, 16)).toBe(-0x80000000);
    call(m, "sync/atomic.AddUint32", BigInt(X), 0xffffffffn); // += ^uint32(0), i.e. -1
    expect(m.u32[X / 4]).toBe(0x7fffffff);
  });
  it("AddInt64 carries across the halves and wraps at 2^63", () => {
    const m = new FakeMachine();
    m.i64[X / 8] = 0xffffffffn;
    call(m, "sync/atomic.AddInt64", BigInt(X), 1n);
    expect(m.i64[X / 8]).toBe(0x100000000n);
    expect(i64At(m, 16)).toBe(0x100000000n);
    call(m, "sync/atomic.AddInt64", BigInt(X), -0x100000001n);
    expect(m.i64[X / 8]).toBe(-1n);
    m.i64[X / 8] = 2n ** 63n - 1n;
    call(m, "sync/atomic.AddInt64", BigInt(X), 1n);
    expect(m.i64[X / 8]).toBe(-(2n ** 63n));
    m.i64[X / 8] = -1n;
    call(m, "sync/atomic.AddUint64", BigInt(X), 1n);
    expect(m.i64[X / 8]).toBe(0n);
    expect(i64At(m, 16)).toBe(0n);
  });
  it("CompareAndSwapInt32: old at +8, new at +12, swapped at +16", () => {
    const m = new FakeMachine();
    m.i32[X / 4] = 5;
    m.i64.fill(0n, ARGS / 8, ARGS / 8 + 4);
    m.u32[ARGS / 4] = X;
    m.i32[(ARGS + 8) / 4] = 5;
    m.i32[(ARGS + 12) / 4] = -7;
    atomicHooks["sync/atomic.CompareAndSwapInt32"]!(m, ARGS);
    expect(m.u8[ARGS + 16]).toBe(1);
    expect(m.i32[X / 4]).toBe(-7);
    atomicHooks["sync/atomic.CompareAndSwapInt32"]!(m, ARGS);
    expect(m.u8[ARGS + 16]).toBe(0);
    expect(m.i32[X / 4]).toBe(-7);
  });
  it("CompareAndSwapInt64: old at +8, new at +16, swapped at +24; all 64 bits compared", () => {
    const m = new FakeMachine();
    m.i64[X / 8] = 2n ** 40n;
    call(m, "sync/atomic.CompareAndSwapInt64", BigInt(X), 0n, 9n); // low halves equal
    expect(m.u8[ARGS + 24]).toBe(0);
    expect(m.i64[X / 8]).toBe(2n ** 40n);
    call(m, "sync/atomic.CompareAndSwapUint64", BigInt(X), 2n ** 40n, -9n);
    expect(m.u8[ARGS + 24]).toBe(1);
    expect(m.i64[X / 8]).toBe(-9n);
  });
  it("Swap, Load and Store, 32 and 64 bits", () => {
    const m = new FakeMachine();
    m.i32[X / 4] = 3;
    call(m, "sync/atomic.SwapInt32", BigInt(X), 4n);
    expect([m.i32[X / 4], i32At(m, 16)]).toEqual([4, 3]);
    call(m, "sync/atomic.LoadUint32", BigInt(X));
    expect(u32At(m, 8)).toBe(4);
    call(m, "sync/atomic.StoreInt32", BigInt(X), -2n);
    expect(m.i32[X / 4]).toBe(-2);
    m.i64[X / 8] = -(2n ** 50n);
    call(m, "sync/atomic.SwapUint64", BigInt(X), 2n ** 60n + 1n);
    expect([m.i64[X / 8], i64At(m, 16)]).toEqual([2n ** 60n + 1n, -(2n ** 50n)]);
    call(m, "sync/atomic.LoadInt64", BigInt(X));
    expect(i64At(m, 8)).toBe(2n ** 60n + 1n);
    call(m, "sync/atomic.StoreUintptr", BigInt(X), 77n);
    expect(m.i64[X / 8]).toBe(77n);
  });
  it("pointer stores go through writePtr", () => {
    const m = new FakeMachine();
    call(m, "sync/atomic.StorePointer", BigInt(X), 0x500n);
    call(m, "sync/atomic.SwapPointer", BigInt(X), 0x600n);
    expect(i64At(m, 16)).toBe(0x500n);
    call(m, "sync/atomic.CompareAndSwapPointer", BigInt(X), 0x500n, 0x700n);
    expect(m.u8[ARGS + 24]).toBe(0);
    call(m, "sync/atomic.CompareAndSwapPointer", BigInt(X), 0x600n, 0x700n);
    expect(m.u8[ARGS + 24]).toBe(1);
    call(m, "sync/atomic.LoadPointer", BigInt(X));
    expect(i64At(m, 8)).toBe(0x700n);
    expect(m.barriers).toEqual([
      [X, 0x500],
      [X, 0x600],
      [X, 0x700],
    ]);
  });
  it("a nil address panics with Go's nil dereference error", () => {
    const m = new FakeMachine();
    expect(() => call(m, "sync/atomic.AddInt64", 0n, 1n)).toThrow(
      "runtime error: invalid memory address or nil pointer dereference",
    );
  });
  it("has a hook for every bodyless function of doc.go", () => {
    const names = bodyless("sync/atomic/doc.go");
    expect(names.length).toBe(29);
    for (const n of names) expect(atomicHooks).toHaveProperty([`sync/atomic.${n}`]);
  });
});

describe("runtime/internal/atomic", () => {
  it("Xadd takes an int32 delta for a uint32", () => {
    const m = new FakeMachine();
    m.u32[X / 4] = 1;
    call(m, "runtime/internal/atomic.Xadd", BigInt(X), -2n);
    expect(m.u32[X / 4]).toBe(0xffffffff);
    expect(u32At(m, 16)).toBe(0xffffffff);
  });
  it("Xadd64, Cas64, Xchg, And8/Or8, Load8/Store8", () => {
    const m = new FakeMachine();
    call(m, "runtime/internal/atomic.Xadd64", BigInt(X), -1n);
    expect(m.i64[X / 8]).toBe(-1n);
    call(m, "runtime/internal/atomic.Cas64", BigInt(X), -1n, 5n);
    expect([m.u8[ARGS + 24], m.i64[X / 8]]).toEqual([1, 5n]);
    call(m, "runtime/internal/atomic.Xchg", BigInt(X), 9n);
    expect([u32At(m, 16), m.u32[X / 4]]).toEqual([5, 9]);
    m.u8[X] = 0b1100;
    call(m, "runtime/internal/atomic.And8", BigInt(X), 0b0110n);
    expect(m.u8[X]).toBe(0b0100);
    call(m, "runtime/internal/atomic.Or8", BigInt(X), 0b0001n);
    expect(m.u8[X]).toBe(0b0101);
    call(m, "runtime/internal/atomic.Load8", BigInt(X));
    expect(m.u8[ARGS + 8]).toBe(0b0101);
    call(m, "runtime/internal/atomic.Store8", BigInt(X + 1), 0xabn);
    expect(m.u8[X + 1]).toBe(0xab);
  });
  it("StorepNoWB and Casp1 still tell the collector", () => {
    const m = new FakeMachine();
    call(m, "runtime/internal/atomic.StorepNoWB", BigInt(X), 0x40n);
    call(m, "runtime/internal/atomic.Casp1", BigInt(X), 0x40n, 0x80n);
    expect(m.u8[ARGS + 24]).toBe(1);
    expect(m.barriers).toEqual([
      [X, 0x40],
      [X, 0x80],
    ]);
  });
  it("has a hook for every bodyless function of atomic.go", () => {
    const names = bodyless("runtime/internal/atomic/atomic.go");
    expect(names.length).toBe(32);
    for (const n of names) expect(atomicHooks).toHaveProperty([`runtime/internal/atomic.${n}`]);
  });
});
