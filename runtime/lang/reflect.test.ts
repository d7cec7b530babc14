// Tests of the reflect hooks: a fake program state (a TestMachine with a real heap and
// an RType table built by hand) and direct calls through an ABI0 argument area, checked
// against what Go 1.19 does for the same operations (messages and allocation counts
// recorded from `go run`).

import { beforeEach, describe, expect, it } from "vitest";
import { Kind, type RField, type RMethod, type RType } from "./abi.js";
import {
  HITER_PTR_WORDS,
  HITER_SIZE,
  MAP_ZERO_VALUE,
  makemap,
  mapassign,
  mapSupportTypes,
} from "./map.js";
import { reflectHooks, unsupportedReflectHooks } from "./reflect.js";
import { GoPanicError, TestMachine, TypeTable, type TestMachineOptions } from "./testmachine.js";

// ---- the fake program ----

interface Fixture {
  tt: TypeTable;
  m: TestMachine;
  ids: Record<string, number>;
}

const FLAG_STICKY_RO = 32;
const FLAG_EMBED_RO = 64;
const FLAG_INDIR = 128;
const FLAG_ADDR = 256;

function patch(tt: TypeTable, id: number, change: Partial<RType>): void {
  tt.types[id] = { ...tt.types[id], ...change };
}

interface BuildOptions {
  /** reflect.MapIter embeds the hiter (as Go's does) instead of pointing to one. */
  inlineHiter?: boolean;
  gc?: TestMachineOptions;
}

function build(opts: BuildOptions = {}): Fixture {
  const tt = new TypeTable();
  const int = tt.int();
  const str = tt.string();
  const u8 = tt.uint8();
  const bool = tt.bool();
  const f64 = tt.float64();
  const f32 = tt.float32();
  const i8 = tt.int8();
  const c128 = tt.complex128();
  const uptr = tt.add({ kind: Kind.Uintptr, size: 8, align: 8, str: "uintptr" });
  const uint = tt.add({ kind: Kind.Uint, size: 8, align: 8, str: "uint" });
  const unsafePtr = tt.unsafePointer();
  const empty = tt.iface();

  // reflect's own types.
  const rtype = tt.struct("reflect.rtype", [{ name: "_", type: uptr }]);
  const rtypePtr = tt.ptr(rtype);
  const value = tt.struct("reflect.Value", [
    { name: "typ", type: rtypePtr },
    { name: "ptr", type: unsafePtr },
    { name: "flag", type: uptr },
  ]);
  const valueError = tt.struct("reflect.ValueError", [
    { name: "Method", type: str },
    { name: "Kind", type: uint },
  ]);
  const valueErrorPtr = tt.ptr(valueError);
  const hiter = tt.add({
    kind: Kind.Struct,
    size: HITER_SIZE,
    align: 8,
    str: "runtime.hiter",
    ptrWords: HITER_PTR_WORDS,
  });
  const mapIter = tt.struct("reflect.MapIter", [
    { name: "m", type: value },
    opts.inlineHiter === true ? { name: "hiter", type: hiter } : { name: "state", type: unsafePtr },
  ]);
  const ints = tt.slice(int);
  const bytes = tt.slice(u8);
  const strs = tt.slice(str);
  const values = tt.slice(value);
  const structField = tt.add({
    kind: Kind.Struct,
    size: 104,
    align: 8,
    str: "reflect.StructField",
    name: "StructField",
    pkgPath: "reflect",
    ptrWords: [0, 2, 4, 5, 6, 9],
  });

  // The user's types: type T struct { A int; b string; C []int }, *T, [2]uint8,
  // map[string]int, type Celsius float64 with String() and an unexported method.
  const T = tt.struct("main.T", [
    { name: "A", type: int },
    { name: "b", type: str },
    { name: "C", type: ints },
  ]);
  const tFields = tt.types[T].fields.map((f: RField) =>
    f.name === "b" ? { ...f, pkgPath: "main" } : f,
  );
  patch(tt, T, { fields: tFields });
  const Tptr = tt.ptr(T);
  patch(tt, T, { ptrTo: Tptr });
  patch(tt, int, { ptrTo: tt.ptr(int) });
  const intPtr = tt.types[int].ptrTo;
  const arr2 = tt.array(u8, 2);
  const msi = tt.map(str, int);
  for (const s of mapSupportTypes(tt.types, msi)) tt.add(s);
  const funcStr = tt.add({
    kind: Kind.Func,
    size: 8,
    align: 8,
    str: "func() string",
    ptrWords: [0],
    direct: true,
    comparable: false,
    results: [str],
  });
  const celsius = tt.add({
    kind: Kind.Float64,
    size: 8,
    align: 8,
    str: "main.Celsius",
    name: "Celsius",
    pkgPath: "main",
  });
  const methods: RMethod[] = [
    { name: "String", pkgPath: "", type: funcStr, fn: 7 },
    { name: "scale", pkgPath: "main", type: funcStr, fn: 8 },
  ];
  patch(tt, celsius, { methods });
  const stringer = tt.add({
    kind: Kind.Interface,
    size: 16,
    align: 8,
    str: "fmt.Stringer",
    name: "Stringer",
    pkgPath: "fmt",
    ptrWords: [1],
    methods: [{ name: "String", pkgPath: "", type: funcStr, fn: -1 }],
  });
  // type E struct { T; x int } embeds T.
  const E = tt.struct("main.E", [
    { name: "T", type: T, embedded: true },
    { name: "x", type: int },
  ]);
  patch(tt, E, {
    fields: tt.types[E].fields.map((f) => (f.name === "x" ? { ...f, pkgPath: "main" } : f)),
  });
  const anys = tt.slice(empty);
  const m = new TestMachine(tt.types, opts.gc);
  return {
    tt,
    m,
    ids: {
      int,
      str,
      u8,
      bool,
      f64,
      f32,
      i8,
      c128,
      uptr,
      uint,
      empty,
      rtype,
      rtypePtr,
      value,
      valueError,
      valueErrorPtr,
      mapIter,
      hiter,
      ints,
      bytes,
      strs,
      values,
      structField,
      T,
      Tptr,
      intPtr,
      arr2,
      msi,
      funcStr,
      celsius,
      stringer,
      E,
      anys,
    },
  };
}

// ---- calling hooks through an argument area ----

let fx: Fixture;
let m: TestMachine;
let ids: Record<string, number>;

beforeEach(() => {
  fx = build();
  m = fx.m;
  ids = fx.ids;
  argRoots = [];
  hookMachine = undefined;
});

/** Every word of an argument area, as roots (conservatively: the hooks' areas hold pointers). */
const ALL_WORDS = Array.from({ length: 64 }, (_, i) => 8 * i);
let argRoots: readonly number[] = [];
let hookMachine: TestMachine | undefined;

/**
 * A view of m under an adversarial but legal collector: before every allocation the
 * running cycle finishes (an assist completing the mark) and everything is swept (with
 * clobberfree); after it a new cycle starts, greying the new object (as afterSlowAlloc
 * does), and scans the roots at once. An object a hook holds only in JS across an
 * allocation without shading it (keepAlive) is then freed and clobbered, even if the hook
 * stores it into the argument area afterwards (stack stores have no barrier).
 */
function adversarialCollector(base: TestMachine): TestMachine {
  const view = Object.create(base) as TestMachine;
  const gc = base.gc;
  const before = () => {
    while (gc.phase === "mark") gc.gcIdleWork(1 << 30);
    while (gc.gcIdleWork(1 << 30));
  };
  const after = (p: number) => {
    gc.startCycle();
    gc.shade(p);
    gc.gcIdleWork(1); // scan the roots now: stores into them from here on go unseen
    return p;
  };
  view.alloc = (t, n) => (before(), after(base.alloc(t, n)));
  view.allocNoscan = (n) => (before(), after(base.allocNoscan(n)));
  view.newString = (s) => {
    before();
    const r = base.newString(s);
    after(r[0]);
    return r;
  };
  return view;
}

/**
 * Run hook reflect.name on a fresh argument area (so nested calls in `fill` are safe).
 * The areas stay allocated (and, with argRoots set, scanned) until the test ends.
 */
function call(name: string, fill: (a: number) => void = () => {}): number {
  const args = m.allocFrame(512, argRoots);
  fill(args);
  const h = reflectHooks[`reflect.${name}`];
  if (h === undefined) throw new Error(`no hook reflect.${name}`);
  // Under stress the "scheduler" gives the collector idle time between calls.
  try {
    h(hookMachine ?? m, args);
  } catch (e) {
    if (!(e instanceof GoPanicError)) console.log("IN", name);
    throw e;
  }
  if (argRoots.length > 0) m.gc.gcIdleWork(4096);
  return args;
}

function w(addr: number): number {
  return m.u32[addr >>> 2];
}

function setW(addr: number, v: number): void {
  m.u32[addr >>> 2] = v >>> 0;
  m.u32[(addr >>> 2) + 1] = Math.floor(v / 4294967296);
}

function i64(addr: number): number {
  return m.i32[(addr >>> 2) + 1] * 4294967296 + m.u32[addr >>> 2];
}

interface V {
  typ: number;
  ptr: number;
  flag: number;
}

function readV(addr: number): V {
  return { typ: w(addr), ptr: w(addr + 8), flag: w(addr + 16) };
}

function writeV(addr: number, v: V): void {
  setW(addr, v.typ);
  setW(addr + 8, v.ptr);
  setW(addr + 16, v.flag);
}

function str(addr: number): string {
  return m.readString(addr);
}

function putString(addr: number, s: string): void {
  const [p, n] = m.newString(s);
  setW(addr, p);
  setW(addr + 8, n);
}

/** A boxed T{A: a, b: b, C: c} and its interface words. */
function newT(a: number, b: string, c: number[]): number {
  const box = m.alloc(ids.T, 1);
  m.regs[0] = box;
  setW(box, a);
  m.storeString(box + 8, b);
  const arr = m.alloc(ids.int, c.length);
  c.forEach((x, i) => setW(arr + 8 * i, x));
  m.writePtr(box + 24, arr);
  setW(box + 32, c.length);
  setW(box + 40, c.length);
  return box;
}

function boxInt(x: number): number {
  const p = m.alloc(ids.int, 1);
  setW(p, x);
  return p;
}

function valueOf(typ: number, data: number): V {
  const a = call("ValueOf", (a) => {
    setW(a, typ);
    setW(a + 8, data);
  });
  return readV(a + 16);
}

/** Call a `func (v Value) X(...)` hook whose result is at `res`. */
function vcall(name: string, v: V, fill: (a: number) => void = () => {}): number {
  return call(`(Value).${name}`, (a) => {
    writeV(a, v);
    fill(a);
  });
}

function typeString(id: number): string {
  return str(call("(*rtype).String", (a) => setW(a, id)) + 8);
}

function panicOf(f: () => void): GoPanicError {
  try {
    f();
  } catch (e) {
    if (e instanceof GoPanicError) return e;
    throw e;
  }
  throw new Error("no panic");
}

// ---- tests ----

describe("ValueOf and the scalar accessors", () => {
  it("ValueOf(42) points into the interface's box without allocating", () => {
    const box = boxInt(42);
    const before = m.mallocs();
    const v = valueOf(ids.int, box);
    expect(m.mallocs()).toBe(before);
    expect(v).toEqual({ typ: ids.int, ptr: box, flag: Kind.Int | FLAG_INDIR });
    expect(i64(vcall("Int", v) + 24)).toBe(42);
  });

  it("ValueOf(nil) is the zero Value and its Type panics like Go", () => {
    expect(valueOf(0, 0)).toEqual({ typ: 0, ptr: 0, flag: 0 });
    const e = panicOf(() => vcall("Type", { typ: 0, ptr: 0, flag: 0 }));
    expect(e.kind).toBe("value");
    expect(e.typeId).toBe(ids.valueErrorPtr);
    expect(m.readString(e.data)).toBe("reflect.Value.Type");
    expect(w(e.data + 16)).toBe(0);
  });

  it("a pointer is direct: no flagIndir, ptr is the pointer", () => {
    const box = boxInt(7);
    const v = valueOf(ids.intPtr, box);
    expect(v).toEqual({ typ: ids.intPtr, ptr: box, flag: Kind.Pointer });
    expect(w(vcall("Pointer", v) + 24)).toBe(box);
    const e = readV(vcall("Elem", v) + 24);
    expect(e).toEqual({ typ: ids.int, ptr: box, flag: Kind.Int | FLAG_INDIR | FLAG_ADDR });
  });

  it("Int of int8, Uint of uint8, Float of float32, Bool, Complex", () => {
    const p = m.alloc(ids.c128, 1);
    m.u8[p] = 0xfe;
    expect(i64(vcall("Int", { typ: ids.i8, ptr: p, flag: Kind.Int8 | FLAG_INDIR }) + 24)).toBe(-2);
    expect(i64(vcall("Uint", { typ: ids.u8, ptr: p, flag: Kind.Uint8 | FLAG_INDIR }) + 24)).toBe(
      254,
    );
    m.f32[p >>> 2] = 1.5;
    expect(
      m.f64[(vcall("Float", { typ: ids.f32, ptr: p, flag: Kind.Float32 | FLAG_INDIR }) + 24) >>> 3],
    ).toBe(1.5);
    m.u8[p] = 1;
    expect(m.u8[vcall("Bool", { typ: ids.bool, ptr: p, flag: Kind.Bool | FLAG_INDIR }) + 24]).toBe(
      1,
    );
    m.f64[p >>> 3] = 2;
    m.f64[(p >>> 3) + 1] = -3;
    const a = vcall("Complex", { typ: ids.c128, ptr: p, flag: Kind.Complex128 | FLAG_INDIR });
    expect([m.f64[(a + 24) >>> 3], m.f64[(a + 32) >>> 3]]).toEqual([2, -3]);
  });

  it("a 64-bit value beyond 2^53 round-trips through Int", () => {
    const p = m.alloc(ids.int, 1);
    m.u32[p >>> 2] = 1;
    m.u32[(p >>> 2) + 1] = 0x80000000; // MinInt64 + 1
    const a = vcall("Int", { typ: ids.int, ptr: p, flag: Kind.Int | FLAG_INDIR });
    expect([w(a + 24), w(a + 28)]).toEqual([1, 0x80000000]);
  });

  it("Int of a string Value panics with *ValueError like Go", () => {
    const v = valueOf(ids.str, m.alloc(ids.str, 1));
    const e = panicOf(() => vcall("Int", v));
    expect(e.typeId).toBe(ids.valueErrorPtr);
    expect(m.readString(e.data)).toBe("reflect.Value.Int");
    expect(w(e.data + 16)).toBe(Kind.String);
  });

  it("String of a string, of an int, of the zero Value", () => {
    const s = m.alloc(ids.str, 1);
    m.storeString(s, "héllo");
    expect(str(vcall("String", valueOf(ids.str, s)) + 24)).toBe("héllo");
    expect(str(vcall("String", valueOf(ids.int, boxInt(1))) + 24)).toBe("<int Value>");
    expect(str(vcall("String", { typ: 0, ptr: 0, flag: 0 }) + 24)).toBe("<invalid Value>");
  });
});

describe("structs, slices, arrays, strings", () => {
  it("Field inherits indir/addr and marks unexported fields read-only", () => {
    const box = newT(5, "bee", [1, 2, 3]);
    const v = valueOf(ids.T, box);
    expect(i64(vcall("NumField", v) + 24)).toBe(3);
    const f0 = readV(vcall("Field", v, (a) => setW(a + 24, 0)) + 32);
    expect(f0).toEqual({ typ: ids.int, ptr: box, flag: Kind.Int | FLAG_INDIR });
    const f1 = readV(vcall("Field", v, (a) => setW(a + 24, 1)) + 32);
    expect(f1).toEqual({
      typ: ids.str,
      ptr: box + 8,
      flag: Kind.String | FLAG_INDIR | FLAG_STICKY_RO,
    });
    expect(str(vcall("String", f1) + 24)).toBe("bee");
    expect(panicOf(() => vcall("Field", v, (a) => setW(a + 24, 3))).message).toBe(
      "reflect: Field index out of range",
    );
  });

  it("Interface of an unexported field panics with Go's message", () => {
    const v = valueOf(ids.T, newT(1, "x", []));
    const f1 = readV(vcall("Field", v, (a) => setW(a + 24, 1)) + 32);
    expect(panicOf(() => vcall("Interface", f1)).message).toBe(
      "reflect.Value.Interface: cannot return value obtained from unexported field or method",
    );
  });

  it("Interface copies an addressable value into a new box (1 malloc), not a plain one", () => {
    const box = newT(9, "q", [4]);
    const v = valueOf(ids.T, box);
    let before = m.mallocs();
    let a = vcall("Interface", v);
    expect(m.mallocs()).toBe(before);
    expect([w(a + 24), w(a + 32)]).toEqual([ids.T, box]);
    const pv = valueOf(ids.Tptr, box);
    const elem = readV(vcall("Elem", pv) + 24);
    before = m.mallocs();
    a = vcall("Interface", elem);
    expect(m.mallocs()).toBe(before + 1);
    const copy = w(a + 32);
    expect(w(a + 24)).toBe(ids.T);
    expect(copy).not.toBe(box);
    expect(i64(copy)).toBe(9);
    expect(m.readString(copy + 8)).toBe("q");
    // A direct value: the interface's data word is the pointer itself.
    a = vcall("Interface", pv);
    expect([w(a + 24), w(a + 32)]).toEqual([ids.Tptr, box]);
  });

  it("Index, Len, Cap and bounds on a slice; its elements are addressable", () => {
    const box = newT(0, "", [10, 20, 30]);
    const c = readV(vcall("Field", valueOf(ids.T, box), (a) => setW(a + 24, 2)) + 32);
    expect(i64(vcall("Len", c) + 24)).toBe(3);
    expect(i64(vcall("Cap", c) + 24)).toBe(3);
    const e2 = readV(vcall("Index", c, (a) => setW(a + 24, 2)) + 32);
    expect(e2.flag).toBe(Kind.Int | FLAG_INDIR | FLAG_ADDR);
    expect(i64(vcall("Int", e2) + 24)).toBe(30);
    expect(panicOf(() => vcall("Index", c, (a) => setW(a + 24, 3))).message).toBe(
      "reflect: slice index out of range",
    );
    expect(w(vcall("Pointer", c) + 24)).toBe(w(box + 24));
  });

  it("Index of a string is a uint8; Bytes of a []byte shares its array", () => {
    const s = m.alloc(ids.str, 1);
    m.storeString(s, "AZ");
    const b = readV(vcall("Index", valueOf(ids.str, s), (a) => setW(a + 24, 1)) + 32);
    expect(b.typ).toBe(ids.u8);
    expect(i64(vcall("Uint", b) + 24)).toBe(90);
    const hdr = m.alloc(ids.bytes, 1);
    const data = m.allocNoscan(4);
    m.writePtr(hdr, data);
    setW(hdr + 8, 3);
    setW(hdr + 16, 4);
    const a = vcall("Bytes", valueOf(ids.bytes, hdr));
    expect([w(a + 24), w(a + 32), w(a + 40)]).toEqual([data, 3, 4]);
  });

  it("Slice of an addressable byte array makes a []uint8 header (1 malloc)", () => {
    const arr = m.alloc(ids.arr2, 1);
    m.u8[arr] = 7;
    m.u8[arr + 1] = 8;
    const v = { typ: ids.arr2, ptr: arr, flag: Kind.Array | FLAG_INDIR | FLAG_ADDR };
    const before = m.mallocs();
    const s = readV(vcall("Slice", v, (a) => setW(a + 32, 2)) + 40);
    expect(m.mallocs()).toBe(before + 1);
    expect(s.typ).toBe(ids.bytes);
    expect([w(s.ptr), w(s.ptr + 8), w(s.ptr + 16)]).toEqual([arr, 2, 2]);
    expect(panicOf(() => vcall("Slice", { ...v, flag: Kind.Array | FLAG_INDIR })).message).toBe(
      "reflect.Value.Slice: slice of unaddressable array",
    );
  });

  it("IsNil, IsZero", () => {
    expect(m.u8[vcall("IsNil", valueOf(ids.intPtr, 0)) + 24]).toBe(1);
    expect(m.u8[vcall("IsZero", valueOf(ids.T, m.alloc(ids.T, 1))) + 24]).toBe(1);
    expect(m.u8[vcall("IsZero", valueOf(ids.T, newT(0, "", [1]))) + 24]).toBe(0);
    const f = m.alloc(ids.f64, 1);
    m.f64[f >>> 3] = -0;
    expect(m.u8[vcall("IsZero", valueOf(ids.f64, f)) + 24]).toBe(0); // -0.0 is not zero
    expect(panicOf(() => vcall("IsNil", valueOf(ids.int, boxInt(1)))).typeId).toBe(
      ids.valueErrorPtr,
    );
  });

  it("Elem of an interface field unpacks it, keeping read-only-ness", () => {
    const slot = m.alloc(ids.empty, 1);
    const box = boxInt(3);
    m.writePtr(slot, ids.int);
    m.writePtr(slot + 8, box);
    const v = { typ: ids.empty, ptr: slot, flag: Kind.Interface | FLAG_INDIR | FLAG_STICKY_RO };
    expect(readV(vcall("Elem", v) + 24)).toEqual({
      typ: ids.int,
      ptr: box,
      flag: Kind.Int | FLAG_INDIR | FLAG_STICKY_RO,
    });
    expect(m.u8[vcall("IsNil", v) + 24]).toBe(0);
  });

  it("FieldByName finds promoted fields through embedding", () => {
    const e = m.alloc(ids.E, 1);
    setW(e, 11); // E.T.A
    const v = valueOf(ids.E, e);
    const a = vcall("FieldByName", v, (a) => putString(a + 24, "A"));
    const f = readV(a + 40);
    expect(f.typ).toBe(ids.int);
    expect(i64(vcall("Int", f) + 24)).toBe(11);
    expect(readV(vcall("FieldByName", v, (a) => putString(a + 24, "nope")) + 40).flag).toBe(0);
    const x = readV(vcall("FieldByName", v, (a) => putString(a + 24, "x")) + 40);
    expect(x.flag & FLAG_STICKY_RO).toBe(FLAG_STICKY_RO);
  });
});

describe("Type methods", () => {
  it("String, Name, PkgPath, Kind, Size of named and unnamed types", () => {
    expect(typeString(ids.T)).toBe("main.T");
    expect(typeString(ids.ints)).toBe("[]int");
    expect(str(call("(*rtype).Name", (a) => setW(a, ids.T)) + 8)).toBe("T");
    expect(str(call("(*rtype).PkgPath", (a) => setW(a, ids.T)) + 8)).toBe("main");
    expect(str(call("(*rtype).Name", (a) => setW(a, ids.ints)) + 8)).toBe("");
    expect(i64(call("(*rtype).Kind", (a) => setW(a, ids.Tptr)) + 8)).toBe(Kind.Pointer);
    expect(i64(call("(*rtype).Size", (a) => setW(a, ids.T)) + 8)).toBe(48);
  });

  it("Value.Type is an interface holding *rtype", () => {
    const a = vcall("Type", valueOf(ids.T, newT(0, "", [])));
    expect([w(a + 24), w(a + 32)]).toEqual([ids.rtypePtr, ids.T]);
  });

  it("Elem, Key, Len, and their panics", () => {
    let a = call("(*rtype).Elem", (a) => setW(a, ids.ints));
    expect([w(a + 8), w(a + 16)]).toEqual([ids.rtypePtr, ids.int]);
    a = call("(*rtype).Key", (a) => setW(a, ids.msi));
    expect(w(a + 16)).toBe(ids.str);
    expect(i64(call("(*rtype).Len", (a) => setW(a, ids.arr2)) + 8)).toBe(2);
    expect(panicOf(() => call("(*rtype).Elem", (a) => setW(a, ids.int))).message).toBe(
      "reflect: Elem of invalid type int",
    );
    expect(panicOf(() => call("(*rtype).Key", (a) => setW(a, ids.int))).message).toBe(
      "reflect: Key of non-map type int",
    );
  });

  it("Field returns a StructField with Index allocated as Go does", () => {
    const before = m.mallocs();
    const a = call("(*rtype).Field", (a) => {
      setW(a, ids.T);
      setW(a + 8, 1);
    });
    const sf = a + 16;
    expect(str(sf)).toBe("b");
    expect(str(sf + 16)).toBe("main");
    expect([w(sf + 32), w(sf + 40)]).toEqual([ids.rtypePtr, ids.str]);
    expect(i64(sf + 64)).toBe(8);
    expect([w(sf + 80), w(sf + 88)]).toEqual([1, 1]);
    expect(i64(w(sf + 72))).toBe(1);
    expect(m.u8[sf + 96]).toBe(0);
    // Index ([]int{1}) is Go's one allocation; "b" and "main" are two more here (no
    // static strings in the test machine).
    expect(m.mallocs() - before).toBe(3);
    expect(
      panicOf(() =>
        call("(*rtype).Field", (a) => {
          setW(a, ids.T);
          setW(a + 8, 5);
        }),
      ).message,
    ).toBe("reflect: Field index out of bounds");
  });

  it("FieldByName on the type reports the promoted index path", () => {
    const a = call("(*rtype).FieldByName", (a) => {
      setW(a, ids.E);
      putString(a + 8, "C");
    });
    expect(m.u8[a + 128]).toBe(1);
    const sf = a + 24;
    expect(str(sf)).toBe("C");
    expect(w(sf + 80)).toBe(2);
    expect([i64(w(sf + 72)), i64(w(sf + 72) + 8)]).toEqual([0, 2]);
  });

  it("methods: exported ones counted, looked up by name, Implements", () => {
    expect(i64(call("(*rtype).NumMethod", (a) => setW(a, ids.celsius)) + 8)).toBe(1);
    expect(i64(call("(*rtype).NumMethod", (a) => setW(a, ids.stringer)) + 8)).toBe(1);
    const a = call("(*rtype).Method", (a) => setW(a, ids.celsius));
    expect(str(a + 16)).toBe("String");
    expect(i64(a + 16 + 72)).toBe(0);
    const b = call("(*rtype).MethodByName", (a) => {
      setW(a, ids.celsius);
      putString(a + 8, "scale");
    });
    expect(m.u8[b + 104]).toBe(0);
    const impl = (t: number, u: number) =>
      m.u8[
        call("(*rtype).Implements", (a) => {
          setW(a, t);
          setW(a + 8, ids.rtypePtr);
          setW(a + 16, u);
        }) + 24
      ];
    expect(impl(ids.celsius, ids.stringer)).toBe(1);
    expect(impl(ids.T, ids.stringer)).toBe(0);
    expect(impl(ids.T, ids.empty)).toBe(1);
    expect(panicOf(() => impl(ids.T, ids.int)).message).toBe(
      "reflect: non-interface type passed to Type.Implements",
    );
  });

  it("AssignableTo and ConvertibleTo follow Go's identity rules", () => {
    const lit = fx.tt.struct("struct { A int; b string; C []int }", [
      { name: "A", type: ids.int },
      { name: "b", type: ids.str },
      { name: "C", type: ids.ints },
    ]);
    patch(fx.tt, lit, { fields: fx.tt.types[ids.T].fields });
    const ask = (hook: string, t: number, u: number) =>
      m.u8[
        call(`(*rtype).${hook}`, (a) => {
          setW(a, t);
          setW(a + 8, ids.rtypePtr);
          setW(a + 16, u);
        }) + 24
      ];
    expect(ask("AssignableTo", lit, ids.T)).toBe(1);
    expect(ask("AssignableTo", ids.T, ids.E)).toBe(0);
    expect(ask("AssignableTo", ids.celsius, ids.f64)).toBe(0);
    expect(ask("ConvertibleTo", ids.celsius, ids.f64)).toBe(1);
    expect(ask("ConvertibleTo", ids.int, ids.str)).toBe(1);
    expect(ask("ConvertibleTo", ids.str, ids.bytes)).toBe(1);
    expect(ask("ConvertibleTo", ids.T, ids.int)).toBe(0);
    expect(ask("AssignableTo", ids.celsius, ids.stringer)).toBe(1);
  });

  it("type constructors find existing types and refuse to invent new ones", () => {
    const a = call("SliceOf", (a) => {
      setW(a, ids.rtypePtr);
      setW(a + 8, ids.int);
    });
    expect(w(a + 24)).toBe(ids.ints);
    const p = call("PointerTo", (a) => {
      setW(a, ids.rtypePtr);
      setW(a + 8, ids.T);
    });
    expect(w(p + 24)).toBe(ids.Tptr);
    expect(
      panicOf(() =>
        call("SliceOf", (a) => {
          setW(a, ids.rtypePtr);
          setW(a + 8, ids.T);
        }),
      ).message,
    ).toMatch(/not supported by minigo/);
  });
});

describe("setting", () => {
  it("SetInt through a pointer's Elem; unaddressable and read-only values panic like Go", () => {
    const box = newT(1, "s", []);
    const elem = readV(vcall("Elem", valueOf(ids.Tptr, box)) + 24);
    const a = readV(vcall("Field", elem, (a) => setW(a + 24, 0)) + 32);
    vcall("SetInt", a, (x) => setW(x + 24, 77));
    expect(i64(box)).toBe(77);
    const plain = valueOf(ids.int, boxInt(3));
    expect(panicOf(() => vcall("SetInt", plain, (x) => setW(x + 24, 4))).message).toBe(
      "reflect: reflect.Value.SetInt using unaddressable value",
    );
    const b = readV(vcall("Field", elem, (a) => setW(a + 24, 1)) + 32);
    const s = valueOf(ids.str, m.alloc(ids.str, 1));
    expect(panicOf(() => vcall("Set", b, (x) => writeV(x + 24, s))).message).toBe(
      "reflect: reflect.Value.Set using value obtained using unexported field",
    );
  });

  it("Set copies a value of an assignable type and rejects others", () => {
    const dst = boxInt(0);
    const d = readV(vcall("Elem", valueOf(ids.intPtr, dst)) + 24);
    vcall("Set", d, (x) => writeV(x + 24, valueOf(ids.int, boxInt(123))));
    expect(i64(dst)).toBe(123);
    const s = valueOf(ids.str, m.alloc(ids.str, 1));
    expect(panicOf(() => vcall("Set", d, (x) => writeV(x + 24, s))).message).toBe(
      "reflect.Set: value of type string is not assignable to type int",
    );
  });

  it("Set of an interface-typed destination boxes the value into it", () => {
    const slot = m.alloc(ids.empty, 1);
    m.regs[1] = slot;
    const d = { typ: ids.empty, ptr: slot, flag: Kind.Interface | FLAG_INDIR | FLAG_ADDR };
    const box = boxInt(5);
    vcall("Set", d, (x) => writeV(x + 24, valueOf(ids.int, box)));
    expect([w(slot), w(slot + 8)]).toEqual([ids.int, box]);
  });

  it("New, Zero, MakeSlice, Append", () => {
    const typ = (a: number, id: number) => {
      setW(a, ids.rtypePtr);
      setW(a + 8, id);
    };
    const n = readV(call("New", (a) => typ(a, ids.T)) + 16);
    expect(n.typ).toBe(ids.Tptr);
    expect(n.flag).toBe(Kind.Pointer);
    const z = readV(call("Zero", (a) => typ(a, ids.Tptr)) + 16);
    expect(z).toEqual({ typ: ids.Tptr, ptr: 0, flag: Kind.Pointer });
    // A non-direct Zero points at the never-written nil page, without allocating (Go's zeroVal).
    let before = m.mallocs();
    const zt = readV(call("Zero", (a) => typ(a, ids.T)) + 16);
    expect(m.mallocs()).toBe(before);
    expect(zt).toEqual({ typ: ids.T, ptr: MAP_ZERO_VALUE, flag: Kind.Struct | FLAG_INDIR });
    expect(m.u8[vcall("IsZero", zt) + 24]).toBe(1);
    expect(w(vcall("Interface", zt) + 32)).toBe(MAP_ZERO_VALUE);
    before = m.mallocs();
    const s = readV(
      call("MakeSlice", (a) => {
        typ(a, ids.ints);
        setW(a + 16, 2);
        setW(a + 24, 3);
      }) + 32,
    );
    expect(m.mallocs() - before).toBe(2); // the array and the header, as Go
    m.regs[2] = s.ptr;
    expect([w(s.ptr + 8), w(s.ptr + 16)]).toEqual([2, 3]);
    // Append two ints: grows the array from 3 to 6 (Go's growslice rounding for 8-byte elems).
    const xs = m.alloc(ids.values, 2);
    m.regs[3] = xs;
    const one = valueOf(ids.int, boxInt(1));
    const two = valueOf(ids.int, boxInt(2));
    for (const [i, v] of [one, two].entries()) {
      m.writePtr(xs + 24 * i, v.typ);
      m.writePtr(xs + 24 * i + 8, v.ptr);
      setW(xs + 24 * i + 16, v.flag);
    }
    const r = readV(
      call("Append", (a) => {
        writeV(a, s);
        setW(a + 24, xs);
        setW(a + 32, 2);
        setW(a + 40, 2);
      }) + 48,
    );
    const data = w(r.ptr);
    expect([w(r.ptr + 8), w(r.ptr + 16)]).toEqual([4, 6]);
    expect([i64(data), i64(data + 8), i64(data + 16), i64(data + 24)]).toEqual([0, 0, 1, 2]);
  });

  it("Overflow*, SetLen/SetCap, Addr and Cap of an array pointer", () => {
    const p = m.alloc(ids.c128, 1);
    const ov = (name: string, typ: number, kind: Kind, put: (a: number) => void) =>
      m.u8[vcall(name, { typ, ptr: p, flag: kind | FLAG_INDIR }, put) + 32];
    expect(ov("OverflowInt", ids.i8, Kind.Int8, (a) => setW(a + 24, 128))).toBe(1);
    expect(ov("OverflowInt", ids.i8, Kind.Int8, (a) => setW(a + 24, -128))).toBe(0);
    expect(ov("OverflowUint", ids.u8, Kind.Uint8, (a) => setW(a + 24, 256))).toBe(1);
    expect(ov("OverflowFloat", ids.f32, Kind.Float32, (a) => (m.f64[(a + 24) >>> 3] = 1e39))).toBe(
      1,
    );
    expect(ov("OverflowFloat", ids.f64, Kind.Float64, (a) => (m.f64[(a + 24) >>> 3] = 1e39))).toBe(
      0,
    );
    // A slice reached through a pointer is settable: shrink its length, then its capacity.
    const box = newT(0, "", [1, 2, 3]);
    const t = readV(vcall("Elem", valueOf(ids.Tptr, box)) + 24);
    const c = readV(vcall("Field", t, (a) => setW(a + 24, 2)) + 32);
    vcall("SetLen", c, (a) => setW(a + 24, 1));
    vcall("SetCap", c, (a) => setW(a + 24, 2));
    expect([w(box + 32), w(box + 40)]).toEqual([1, 2]);
    expect(panicOf(() => vcall("SetLen", c, (a) => setW(a + 24, 5))).message).toBe(
      "reflect: slice length out of range in SetLen",
    );
    const addr = readV(vcall("Addr", t) + 24);
    expect(addr).toEqual({ typ: ids.Tptr, ptr: box, flag: Kind.Pointer });
    expect(panicOf(() => vcall("Addr", valueOf(ids.T, box))).message).toBe(
      "reflect.Value.Addr of unaddressable value",
    );
    const pa = fx.tt.ptr(ids.arr2);
    expect(i64(vcall("Cap", { typ: pa, ptr: 0, flag: Kind.Pointer }) + 24)).toBe(2);
    expect(i64(vcall("Len", { typ: pa, ptr: 0, flag: Kind.Pointer }) + 24)).toBe(2);
  });

  it("Convert int to float64 and string to []byte", () => {
    const f = readV(
      vcall("Convert", valueOf(ids.int, boxInt(-7)), (a) => {
        setW(a + 24, ids.rtypePtr);
        setW(a + 32, ids.f64);
      }) + 40,
    );
    expect(m.f64[f.ptr >>> 3]).toBe(-7);
    const s = m.alloc(ids.str, 1);
    m.storeString(s, "hi");
    const b = readV(
      vcall("Convert", valueOf(ids.str, s), (a) => {
        setW(a + 24, ids.rtypePtr);
        setW(a + 32, ids.bytes);
      }) + 40,
    );
    expect(w(b.ptr + 8)).toBe(2);
    expect(m.u8[w(b.ptr)]).toBe(104);
  });
});

describe("maps", () => {
  function newMap(entries: [string, number][]): number {
    const h = makemap(m, ids.msi, 0);
    m.regs[4] = h;
    const key = m.alloc(ids.str, 1);
    m.regs[5] = key;
    for (const [k, v] of entries) {
      m.storeString(key, k);
      const e = mapassign(m, ids.msi, h, key);
      setW(e, v);
    }
    return h;
  }

  it("Len, MapIndex, IsNil", () => {
    const h = newMap([
      ["a", 1],
      ["b", 2],
    ]);
    const v = valueOf(ids.msi, h);
    expect(v.flag).toBe(Kind.Map);
    expect(i64(vcall("Len", v) + 24)).toBe(2);
    const k = m.alloc(ids.str, 1);
    m.storeString(k, "b");
    const e = readV(vcall("MapIndex", v, (a) => writeV(a + 24, valueOf(ids.str, k))) + 48);
    expect(i64(vcall("Int", e) + 24)).toBe(2);
    m.storeString(k, "zz");
    expect(readV(vcall("MapIndex", v, (a) => writeV(a + 24, valueOf(ids.str, k))) + 48).flag).toBe(
      0,
    );
    expect(m.u8[vcall("IsNil", valueOf(ids.msi, 0)) + 24]).toBe(1);
    expect(i64(vcall("Len", valueOf(ids.msi, 0)) + 24)).toBe(0);
    expect(
      panicOf(() => vcall("MapIndex", v, (a) => writeV(a + 24, valueOf(ids.int, boxInt(1)))))
        .message,
    ).toBe("reflect.Value.MapIndex: value of type int is not assignable to type string");
  });

  it("MapRange: Next/Key/Value visit every entry once, then report exhaustion", () => {
    const want = new Map([
      ["x", 10],
      ["y", 20],
      ["z", 30],
    ]);
    const h = newMap([...want]);
    const it = w(vcall("MapRange", valueOf(ids.msi, h)) + 24);
    m.regs[6] = it;
    expect(panicOf(() => call("(*MapIter).Key", (a) => setW(a, it))).message).toBe(
      "MapIter.Key called before Next",
    );
    const got = new Map<string, number>();
    for (;;) {
      const more = m.u8[call("(*MapIter).Next", (a) => setW(a, it)) + 8];
      if (!more) break;
      const k = readV(call("(*MapIter).Key", (a) => setW(a, it)) + 8);
      const v = readV(call("(*MapIter).Value", (a) => setW(a, it)) + 8);
      got.set(str(vcall("String", k) + 24), i64(vcall("Int", v) + 24));
    }
    expect(got).toEqual(want);
    expect(panicOf(() => call("(*MapIter).Next", (a) => setW(a, it))).message).toBe(
      "MapIter.Next called on exhausted iterator",
    );
  });

  it("MapKeys returns every key; SetMapIndex inserts and deletes", () => {
    const h = newMap([
      ["p", 1],
      ["q", 2],
    ]);
    const v = valueOf(ids.msi, h);
    const a = vcall("MapKeys", v);
    const [data, len] = [w(a + 24), w(a + 32)];
    m.regs[7] = data;
    const keys = [0, 1].map((i) => str(vcall("String", readV(data + 24 * i)) + 24)).sort();
    expect(len).toBe(2);
    expect(keys).toEqual(["p", "q"]);
    const k = m.alloc(ids.str, 1);
    m.regs[8] = k;
    m.storeString(k, "r");
    vcall("SetMapIndex", v, (a) => {
      writeV(a + 24, valueOf(ids.str, k));
      writeV(a + 48, valueOf(ids.int, boxInt(3)));
    });
    expect(i64(vcall("Len", v) + 24)).toBe(3);
    m.storeString(k, "p");
    vcall("SetMapIndex", v, (a) => writeV(a + 24, valueOf(ids.str, k)));
    expect(i64(vcall("Len", v) + 24)).toBe(2);
  });

  it("survives a collection while iterating (the hiter is reachable from the MapIter)", () => {
    const h = newMap(Array.from({ length: 40 }, (_, i): [string, number] => [`k${i}`, i]));
    const it = w(vcall("MapRange", valueOf(ids.msi, h)) + 24);
    m.regs[6] = it;
    let n = 0;
    let sum = 0;
    while (m.u8[call("(*MapIter).Next", (a) => setW(a, it)) + 8]) {
      if (n % 10 === 0) m.gc.GC();
      sum += i64(vcall("Int", readV(call("(*MapIter).Value", (a) => setW(a, it)) + 8)) + 24);
      n++;
    }
    expect(n).toBe(40);
    expect(sum).toBe((39 * 40) / 2);
  });
});

describe("DeepEqual and swapSliceElems", () => {
  function deq(t1: number, d1: number, t2: number, d2: number): number {
    return m.u8[
      call("DeepEqual", (a) => {
        setW(a, t1);
        setW(a + 8, d1);
        setW(a + 16, t2);
        setW(a + 24, d2);
      }) + 32
    ];
  }

  it("structs with slices, pointers, NaN, nil", () => {
    const x = newT(1, "a", [1, 2]);
    m.regs[9] = x;
    const y = newT(1, "a", [1, 2]);
    m.regs[10] = y;
    const z = newT(1, "a", [1, 3]);
    m.regs[11] = z;
    expect(deq(ids.T, x, ids.T, y)).toBe(1);
    expect(deq(ids.T, x, ids.T, z)).toBe(0);
    expect(deq(ids.Tptr, x, ids.Tptr, y)).toBe(1);
    expect(deq(ids.T, x, ids.Tptr, x)).toBe(0);
    expect(deq(0, 0, 0, 0)).toBe(1);
    expect(deq(0, 0, ids.T, x)).toBe(0);
    const nan = m.alloc(ids.f64, 1);
    m.f64[nan >>> 3] = NaN;
    expect(deq(ids.f64, nan, ids.f64, nan)).toBe(0);
  });

  it("maps compare by content", () => {
    const h1 = makemap(m, ids.msi, 0);
    m.regs[12] = h1;
    const h2 = makemap(m, ids.msi, 0);
    m.regs[13] = h2;
    const k = m.alloc(ids.str, 1);
    m.regs[14] = k;
    for (const [h, order] of [
      [h1, ["a", "b", "c"]],
      [h2, ["c", "a", "b"]],
    ] as const) {
      for (const s of order) {
        m.storeString(k, s);
        setW(mapassign(m, ids.msi, h, k), s.charCodeAt(0));
      }
    }
    expect(deq(ids.msi, h1, ids.msi, h2)).toBe(1);
    m.storeString(k, "b");
    setW(mapassign(m, ids.msi, h2, k), 0);
    expect(deq(ids.msi, h1, ids.msi, h2)).toBe(0);
  });

  it("swapSliceElems swaps strings with the barrier and checks bounds like Go's Swapper", () => {
    const hdr = m.alloc(ids.strs, 1);
    m.regs[15] = hdr;
    const arr = m.alloc(ids.str, 3);
    m.writePtr(hdr, arr);
    setW(hdr + 8, 3);
    setW(hdr + 16, 3);
    ["a", "b", "c"].forEach((s, i) => m.storeString(arr + 16 * i, s));
    const v = valueOf(ids.strs, hdr);
    call("swapSliceElems", (a) => {
      writeV(a, v);
      setW(a + 24, 0);
      setW(a + 32, 2);
    });
    expect([0, 1, 2].map((i) => m.readString(arr + 16 * i))).toEqual(["c", "b", "a"]);
    const e = panicOf(() =>
      call("swapSliceElems", (a) => {
        writeV(a, v);
        setW(a + 24, 7);
        setW(a + 32, 5);
      }),
    );
    expect(e.message).toBe("runtime error: index out of range [7] with length 3");
  });
});

describe("VisibleFields and the inline hiter", () => {
  it("VisibleFields lists embedded fields followed by their promoted ones", () => {
    const a = call("VisibleFields", (a) => {
      setW(a, ids.rtypePtr);
      setW(a + 8, ids.E);
    });
    const [data, len] = [w(a + 16), w(a + 24)];
    const got = Array.from({ length: len }, (_, i) => {
      const sf = data + 104 * i;
      const idx = Array.from({ length: w(sf + 80) }, (_, k) => i64(w(sf + 72) + 8 * k));
      return `${str(sf)}${JSON.stringify(idx)}`;
    });
    expect(got).toEqual(["T[0]", "A[0,0]", "b[0,1]", "C[0,2]", "x[1]"]);
  });

  it("a MapIter that embeds its hiter iterates without a second allocation", () => {
    fx = build({ inlineHiter: true });
    m = fx.m;
    ids = fx.ids;
    const h = makemap(m, ids.msi, 0);
    m.regs[4] = h;
    const k = m.alloc(ids.str, 1);
    m.regs[5] = k;
    for (const s of ["u", "v"]) {
      m.storeString(k, s);
      setW(mapassign(m, ids.msi, h, k), 1);
    }
    const before = m.mallocs();
    const it = w(vcall("MapRange", valueOf(ids.msi, h)) + 24);
    m.regs[6] = it;
    let n = 0;
    while (m.u8[call("(*MapIter).Next", (a) => setW(a, it)) + 8]) n++;
    expect(n).toBe(2);
    expect(m.mallocs() - before).toBe(1); // the MapIter, as in Go
    call("(*MapIter).Reset", (a) => {
      setW(a, it);
      writeV(a + 8, valueOf(ids.msi, h));
    });
    expect(m.u8[call("(*MapIter).Next", (a) => setW(a, it)) + 8]).toBe(1);
  });
});

describe("under collector stress (GOGC=1, checkmark, clobberfree)", () => {
  it("values built by hooks stay intact while the collector runs constantly", () => {
    const [KEYS, ITEMS, ROUNDS] = [24, 8, 2];
    fx = build({ gc: { gogc: 1, godebug: "gccheckmark=1,clobberfree=1" } });
    m = fx.m;
    ids = fx.ids;
    argRoots = ALL_WORDS;
    // No 4 MB floor: with GOGC=1 the goal is 1% above the live heap, so cycles start
    // and finish inside the hooks' own allocations.
    hookMachine = adversarialCollector(m);
    const h = makemap(m, ids.msi, 0);
    m.regs[4] = h;
    const k = m.alloc(ids.str, 1);
    m.regs[5] = k;
    for (let i = 0; i < KEYS; i++) {
      m.storeString(k, `key${i}`);
      setW(mapassign(m, ids.msi, h, k), i);
    }
    const mv = valueOf(ids.msi, h);
    for (let round = 0; round < ROUNDS; round++) {
      // MapKeys: one boxed string per key.
      const ka = vcall("MapKeys", mv);
      const keys = Array.from({ length: w(ka + 32) }, (_, i) =>
        str(vcall("String", readV(w(ka + 24) + 24 * i)) + 24),
      );
      expect(keys.sort()).toEqual(Array.from({ length: KEYS }, (_, i) => `key${i}`).sort());
      // Interface copies of addressable structs, kept in a []any built with Append.
      let s = readV(
        call("MakeSlice", (a) => {
          setW(a, ids.rtypePtr);
          setW(a + 8, ids.anys);
        }) + 32,
      );
      for (let i = 0; i < ITEMS; i++) {
        const box = newT(i, `s${i}`, [i, i + 1]);
        const elem = readV(vcall("Elem", valueOf(ids.Tptr, box)) + 24);
        const ia = vcall("Interface", elem);
        const slot = m.alloc(ids.empty, 1);
        m.regs[2] = slot;
        m.writePtr(slot, w(ia + 24));
        m.writePtr(slot + 8, w(ia + 32));
        const x = { typ: ids.empty, ptr: slot, flag: Kind.Interface | FLAG_INDIR };
        const xs = m.alloc(ids.values, 1);
        m.regs[3] = xs;
        m.writePtr(xs, x.typ);
        m.writePtr(xs + 8, x.ptr);
        setW(xs + 16, x.flag);
        s = readV(
          call("Append", (a) => {
            writeV(a, s);
            setW(a + 24, xs);
            setW(a + 32, 1);
            setW(a + 40, 1);
          }) + 48,
        );
        m.regs[1] = s.ptr;
      }
      // MapRange: Key and Value copy out boxes.
      const it = w(vcall("MapRange", mv) + 24);
      m.regs[6] = it;
      let sum = 0;
      while (m.u8[call("(*MapIter).Next", (a) => setW(a, it)) + 8]) {
        const kv = readV(call("(*MapIter).Key", (a) => setW(a, it)) + 8);
        const vv = readV(call("(*MapIter).Value", (a) => setW(a, it)) + 8);
        expect(str(vcall("String", kv) + 24)).toBe(`key${i64(vv.ptr)}`);
        sum += i64(vv.ptr);
      }
      expect(sum).toBe(((KEYS - 1) * KEYS) / 2);
      // StructFields and conversions.
      const vf = call("VisibleFields", (a) => {
        setW(a, ids.rtypePtr);
        setW(a + 8, ids.E);
      });
      expect(str(w(vf + 16) + 104 * 4)).toBe("x");
      const k2 = m.alloc(ids.str, 1);
      m.regs[7] = k2;
      m.storeString(k2, `round${round}`);
      const b = readV(
        vcall("Convert", valueOf(ids.str, k2), (a) => {
          setW(a + 24, ids.rtypePtr);
          setW(a + 32, ids.bytes);
        }) + 40,
      );
      const back = readV(
        vcall("Convert", b, (a) => {
          setW(a + 24, ids.rtypePtr);
          setW(a + 32, ids.str);
        }) + 40,
      );
      expect(str(vcall("String", back) + 24)).toBe(`round${round}`);
      const data = w(s.ptr);
      expect(w(s.ptr + 8)).toBe(ITEMS);
      for (let i = 0; i < ITEMS; i++) {
        const [t, d] = [w(data + 16 * i), w(data + 16 * i + 8)];
        expect(t).toBe(ids.T);
        expect(i64(d)).toBe(i);
        expect(m.readString(d + 8)).toBe(`s${i}`);
        expect(i64(w(d + 24) + 8)).toBe(i + 1);
      }
    }
    expect(m.gc.numGC).toBeGreaterThan(50);
  });
});

describe("the hook table", () => {
  it("has a hook for every bodyless function of reflect", async () => {
    const { readFileSync } = await import("node:fs");
    const names: string[] = [];
    for (const file of ["type.go", "value.go"]) {
      const src = readFileSync(
        new URL(`../../compiler/stdlib/reflect/${file}`, import.meta.url),
        "utf8",
      );
      for (const line of src.split("\n")) {
        const mm = /^func (?:\((\w+) (\*?)(\w+)\) )?(\w+)\([^{]*$/.exec(line);
        if (mm === null) continue;
        const [, recv, star, rt, name] = mm;
        names.push(recv === undefined ? name : `(${star}${rt}).${name}`);
      }
    }
    expect(names.length).toBeGreaterThan(100);
    const missing = names.filter((n) => reflectHooks[`reflect.${n}`] === undefined);
    expect(missing).toEqual([]);
    for (const n of unsupportedReflectHooks) expect(reflectHooks[n]).toBeDefined();
  });
});
