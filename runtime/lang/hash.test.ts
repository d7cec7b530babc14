// Tests of hash.ts: hashing and equality by type, interface comparison panics,
// and the quality of the hash for map buckets.
import { describe, expect, it } from "vitest";
import { efaceeq, fastrand, interequal, seedFastrand, typeequal, typehash } from "./hash.js";
import { GoPanicError, TestMachine, TypeTable } from "./testmachine.js";

function setup() {
  const tt = new TypeTable();
  const int = tt.int();
  const int32 = tt.int32();
  const int8 = tt.int8();
  const f64 = tt.float64();
  const f32 = tt.float32();
  const c128 = tt.complex128();
  const c64 = tt.complex64();
  const str = tt.string();
  const eface = tt.iface();
  const sliceInt = tt.slice(int);
  const ptrInt = tt.ptr(int);
  const arr3 = tt.array(int, 3);
  const bytes3 = tt.array(tt.uint8(), 3);
  // struct { a int; _ int; b string }
  const blank = tt.struct("main.S", [
    { name: "a", type: int },
    { name: "_", type: int },
    { name: "b", type: str },
  ]);
  // struct { a int8; b int64 } has padding: not plain memory.
  const padded = tt.struct("main.P", [
    { name: "a", type: int8 },
    { name: "b", type: tt.int64() },
  ]);
  const withIface = tt.struct("main.W", [{ name: "x", type: eface }]);
  const badStruct = tt.struct("main.Bad", [{ name: "s", type: sliceInt }]);
  const m = new TestMachine(tt.types, { arenaBytes: 1 << 20 });
  const frame = m.allocFrame(4096, [
    ...Array.from({ length: 64 }, (_, i) => i * 8), // every word a root: tests store strings and boxes anywhere
  ]);
  return {
    tt,
    m,
    frame,
    int,
    int32,
    int8,
    f64,
    f32,
    c128,
    c64,
    str,
    eface,
    sliceInt,
    ptrInt,
    arr3,
    bytes3,
    blank,
    padded,
    withIface,
    badStruct,
  };
}

describe("typehash and typeequal", () => {
  it("hash equal ints alike and depend on the seed", () => {
    const s = setup();
    const { m, frame: f } = s;
    m.heap.mem.storeWord(f, 12345);
    m.heap.mem.storeWord(f + 8, 12345);
    m.heap.mem.storeWord(f + 16, 12346);
    expect(typeequal(m, s.int, f, f + 8)).toBe(true);
    expect(typeequal(m, s.int, f, f + 16)).toBe(false);
    expect(typehash(m, s.int, f, 7)).toBe(typehash(m, s.int, f + 8, 7));
    expect(typehash(m, s.int, f, 7)).not.toBe(typehash(m, s.int, f + 16, 7));
    expect(typehash(m, s.int, f, 7)).not.toBe(typehash(m, s.int, f, 8));
    // High word matters (int64 beyond 32 bits).
    m.heap.mem.storeI64(f + 24, 1n << 40n);
    m.heap.mem.storeI64(f + 32, 1n << 41n);
    expect(typeequal(m, s.int, f + 24, f + 32)).toBe(false);
    expect(typehash(m, s.int, f + 24, 1)).not.toBe(typehash(m, s.int, f + 32, 1));
  });

  it("compare strings by content, not pointer", () => {
    const s = setup();
    const { m, frame: f } = s;
    m.storeString(f, "hello, world");
    m.storeString(f + 16, "hello, world");
    m.storeString(f + 32, "hello, worle");
    m.storeString(f + 48, "");
    m.storeString(f + 64, "");
    expect(m.heap.mem.loadPtr(f)).not.toBe(m.heap.mem.loadPtr(f + 16));
    expect(typeequal(m, s.str, f, f + 16)).toBe(true);
    expect(typehash(m, s.str, f, 3)).toBe(typehash(m, s.str, f + 16, 3));
    expect(typeequal(m, s.str, f, f + 32)).toBe(false);
    expect(typehash(m, s.str, f, 3)).not.toBe(typehash(m, s.str, f + 32, 3));
    expect(typeequal(m, s.str, f + 48, f + 64)).toBe(true);
    expect(typeequal(m, s.str, f, f + 48)).toBe(false);
    // Every length 0..9 hashes differently from its neighbours (tail handling).
    const hashes = new Set<number>();
    for (let n = 0; n < 10; n++) {
      m.storeString(f + 80, "abcdefghij".slice(0, n));
      hashes.add(typehash(m, s.str, f + 80, 0));
    }
    expect(hashes.size).toBe(10);
  });

  it("floats: +0 == -0 with one hash; NaN unequal to itself with random hashes", () => {
    const s = setup();
    const { m, frame: f } = s;
    const f64 = m.f64;
    f64[f >>> 3] = 0;
    f64[(f >>> 3) + 1] = -0;
    f64[(f >>> 3) + 2] = NaN;
    expect(typeequal(m, s.f64, f, f + 8)).toBe(true);
    expect(typehash(m, s.f64, f, 99)).toBe(typehash(m, s.f64, f + 8, 99));
    expect(typeequal(m, s.f64, f + 16, f + 16)).toBe(false);
    const nanHashes = new Set<number>();
    for (let i = 0; i < 20; i++) nanHashes.add(typehash(m, s.f64, f + 16, 99));
    expect(nanHashes.size).toBeGreaterThan(15);
    // float32
    const f32 = m.f32;
    f32[(f + 32) >>> 2] = 0;
    f32[(f + 36) >>> 2] = -0;
    f32[(f + 40) >>> 2] = 1.5;
    expect(typeequal(m, s.f32, f + 32, f + 36)).toBe(true);
    expect(typehash(m, s.f32, f + 32, 5)).toBe(typehash(m, s.f32, f + 36, 5));
    expect(typeequal(m, s.f32, f + 32, f + 40)).toBe(false);
  });

  it("complex numbers compare part by part", () => {
    const s = setup();
    const { m, frame: f } = s;
    const f64 = m.f64;
    const w = f >>> 3;
    f64[w] = 1;
    f64[w + 1] = 0;
    f64[w + 2] = 1;
    f64[w + 3] = -0;
    f64[w + 4] = 1;
    f64[w + 5] = 2;
    expect(typeequal(m, s.c128, f, f + 16)).toBe(true);
    expect(typehash(m, s.c128, f, 1)).toBe(typehash(m, s.c128, f + 16, 1));
    expect(typeequal(m, s.c128, f, f + 32)).toBe(false);
    const f32 = m.f32;
    f32[(f + 48) >>> 2] = 3;
    f32[(f + 52) >>> 2] = NaN;
    expect(typeequal(m, s.c64, f + 48, f + 48)).toBe(false);
  });

  it("structs skip blank fields; arrays go element by element", () => {
    const s = setup();
    const { m, frame: f } = s;
    const mem = m.heap.mem;
    // S{1, 2, "x"} and S{1, 3, "x"} are equal (Go: the blank field is ignored).
    mem.storeWord(f, 1);
    mem.storeWord(f + 8, 2);
    m.storeString(f + 16, "x");
    mem.storeWord(f + 32, 1);
    mem.storeWord(f + 40, 3);
    m.storeString(f + 48, "x");
    expect(typeequal(m, s.blank, f, f + 32)).toBe(true);
    expect(typehash(m, s.blank, f, 11)).toBe(typehash(m, s.blank, f + 32, 11));
    mem.storeWord(f + 32, 4);
    expect(typeequal(m, s.blank, f, f + 32)).toBe(false);
    // [3]int
    for (let i = 0; i < 3; i++) {
      mem.storeWord(f + 64 + i * 8, i + 1);
      mem.storeWord(f + 88 + i * 8, i + 1);
    }
    expect(typeequal(m, s.arr3, f + 64, f + 88)).toBe(true);
    expect(typehash(m, s.arr3, f + 64, 2)).toBe(typehash(m, s.arr3, f + 88, 2));
    mem.storeWord(f + 104, 9);
    expect(typeequal(m, s.arr3, f + 64, f + 88)).toBe(false);
    // [3]byte at odd addresses (byte-wise path).
    m.u8.set([1, 2, 3], f + 121);
    m.u8.set([1, 2, 3], f + 131);
    expect(typeequal(m, s.bytes3, f + 121, f + 131)).toBe(true);
    expect(typehash(m, s.bytes3, f + 121, 0)).toBe(typehash(m, s.bytes3, f + 131, 0));
    m.u8[f + 133] = 4;
    expect(typeequal(m, s.bytes3, f + 121, f + 131)).toBe(false);
    // Padding bytes do not take part in equality.
    m.u8.fill(0, f + 160, f + 192);
    m.u8[f + 160] = 7;
    m.u8[f + 176] = 7;
    m.u8[f + 163] = 0xaa; // padding garbage
    expect(typeequal(m, s.padded, f + 160, f + 176)).toBe(true);
    expect(typehash(m, s.padded, f + 160, 0)).toBe(typehash(m, s.padded, f + 176, 0));
  });

  it("interfaces: dynamic type then value; nil; direct types by word", () => {
    const s = setup();
    const { m, frame: f } = s;
    const mem = m.heap.mem;
    const box = (v: number, at: number) => {
      const p = m.alloc(s.int, 1);
      mem.storeWord(p, v);
      mem.storeWord(at, s.int);
      m.writePtr(at + 8, p);
    };
    box(42, f);
    box(42, f + 16);
    box(43, f + 32);
    expect(interequal(m, f, f + 16)).toBe(true);
    expect(typehash(m, s.eface, f, 5)).toBe(typehash(m, s.eface, f + 16, 5));
    expect(interequal(m, f, f + 32)).toBe(false);
    // Same bits, different dynamic type: unequal.
    mem.storeWord(f + 48, s.int32);
    const p32 = m.alloc(s.int32, 1);
    mem.u32[p32 >>> 2] = 42;
    m.writePtr(f + 56, p32);
    expect(interequal(m, f, f + 48)).toBe(false);
    // nil == nil, nil != 42; nil hashes to the seed.
    mem.storeWord(f + 64, 0);
    mem.storeWord(f + 72, 0);
    mem.storeWord(f + 80, 0);
    mem.storeWord(f + 88, 0);
    expect(interequal(m, f + 64, f + 80)).toBe(true);
    expect(interequal(m, f + 64, f)).toBe(false);
    expect(typehash(m, s.eface, f + 64, 1234)).toBe(1234);
    // Pointers are direct: the data word is the value.
    const obj = m.alloc(s.int, 1);
    mem.storeWord(f + 96, s.ptrInt);
    m.writePtr(f + 104, obj);
    mem.storeWord(f + 112, s.ptrInt);
    m.writePtr(f + 120, obj);
    expect(interequal(m, f + 96, f + 112)).toBe(true);
    expect(efaceeq(m, s.ptrInt, obj, obj)).toBe(true);
    expect(efaceeq(m, s.ptrInt, obj, obj + 8)).toBe(false);
    expect(efaceeq(m, 0, 1, 2)).toBe(true);
  });

  it("panics as Go for unhashable and uncomparable dynamic types", () => {
    const s = setup();
    const { m, frame: f } = s;
    const mem = m.heap.mem;
    const sl = m.alloc(s.sliceInt, 1);
    mem.storeWord(f, s.sliceInt);
    m.writePtr(f + 8, sl);
    mem.storeWord(f + 16, s.sliceInt);
    m.writePtr(f + 24, sl);
    expect(() => typehash(m, s.eface, f, 0)).toThrow(
      new GoPanicError("runtimeError", "runtime error: hash of unhashable type []int"),
    );
    let err: unknown;
    try {
      interequal(m, f, f + 16);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(GoPanicError);
    expect((err as GoPanicError).kind).toBe("runtimeError");
    expect((err as GoPanicError).message).toBe("runtime error: comparing uncomparable type []int");
    // The topmost uncomparable type is reported: a struct holding a slice.
    const b = m.alloc(s.badStruct, 1);
    mem.storeWord(f + 32, s.badStruct);
    m.writePtr(f + 40, b);
    expect(() => typehash(m, s.eface, f + 32, 0)).toThrow(
      "runtime error: hash of unhashable type main.Bad",
    );
    // A struct with an interface field holding a slice: the slice type is reported.
    mem.storeWord(f + 48, s.sliceInt);
    m.writePtr(f + 56, sl);
    expect(() => typehash(m, s.withIface, f + 48, 0)).toThrow(
      "runtime error: hash of unhashable type []int",
    );
    // Different dynamic types compare unequal without panicking.
    mem.storeWord(f + 64, s.int);
    m.writePtr(f + 72, m.alloc(s.int, 1));
    expect(interequal(m, f, f + 64)).toBe(false);
  });

  it("spreads sequential ints over buckets and tophash values", () => {
    const s = setup();
    const { m, frame: f } = s;
    const buckets = new Array<number>(256).fill(0);
    const tops = new Array<number>(256).fill(0);
    const n = 256 * 64;
    for (let i = 0; i < n; i++) {
      m.heap.mem.storeWord(f, i);
      const h = typehash(m, s.int, f, 0x1234567);
      buckets[h & 255]++;
      tops[h >>> 24]++;
    }
    // Expected 64 per cell; a decent hash stays well within ±50%.
    expect(Math.min(...buckets)).toBeGreaterThan(32);
    expect(Math.max(...buckets)).toBeLessThan(96);
    expect(Math.min(...tops)).toBeGreaterThan(32);
    expect(Math.max(...tops)).toBeLessThan(96);
  });
});

describe("fastrand", () => {
  it("is reproducible when seeded and covers 32 bits", () => {
    seedFastrand(42);
    const a = [fastrand(), fastrand(), fastrand()];
    seedFastrand(42);
    expect([fastrand(), fastrand(), fastrand()]).toEqual(a);
    let or = 0;
    let and = 0xffffffff;
    for (let i = 0; i < 1000; i++) {
      const x = fastrand();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(2 ** 32);
      or |= x;
      and &= x;
    }
    expect(or >>> 0).toBe(0xffffffff);
    expect(and).toBe(0);
  });
});
