/*
 * The bodies of minigo's reflect package: the bodyless functions of
 * compiler/stdlib/reflect (type.go, value.go), written over the type table and the
 * linear memory.
 *
 * What: a reflect.Value is the Go struct {typ *rtype; ptr unsafe.Pointer; flag} — 24
 * bytes, word 0 the type id (an *rtype is a type id used as a pointer-sized word: ids are
 * below 8192 and page 0 is never allocated, so the collector ignores them), word 1 the
 * data pointer, word 2 the flag. The flag's low 5 bits are the Kind; then flagStickyRO
 * (32), flagEmbedRO (64), flagIndir (128), flagAddr (256), flagMethod (512) and, above
 * bit 10, a method index — exactly as value.go declares them, so the Go half (Kind,
 * IsValid, CanSet, CanInterface...) and this half agree. With flagIndir, ptr points to
 * the value; without it, ptr is the value (a pointer-shaped type, abi.ts's `direct`). A
 * reflect.Type is an interface holding an *rtype: its type word is the id of
 * `*reflect.rtype`, its data word the type id.
 *
 * Each hook reads its parameters from, and writes its results to, the ABI0 argument area
 * (abi.ts): parameters in order, the receiver first, each at its alignment; results from
 * the next multiple of 8. For `func (v Value) Field(i int) Value`: v at +0, i at +24, the
 * result at +32. The offsets of every hook are written beside it.
 *
 * Why here and not in Go: the descriptors belong to the runtime (the Go side sees only an
 * opaque *rtype), and copying values of any type needs typedmemmove and the write barrier.
 *
 * Allocation follows Go so that MemStats.Mallocs agree: ValueOf, Elem, Field, Index,
 * Len, Int... never allocate; Interface() of an addressable non-direct value copies into
 * a new box (Go's packEface); MapKeys/MapIter.Key/Value copy non-direct keys and values
 * (Go's copyVal); Slice, MakeSlice, New, Append allocate as Go does. Where Go points at
 * static data and minigo must allocate (names and type strings), the hooks use the
 * machine's `staticString` when it has one (see StaticData); Zero points at the nil
 * page, as map lookups of absent keys do.
 *
 * Invariants: a hook that allocates more than once stores every new object into the
 * argument area or into an earlier object before its next allocation (or, where it
 * cannot, shades it right after that allocation: keepAlive), so everything it made is
 * reachable. This relies on the collector scanning a running hook's argument area by the
 * pointer map of its Go signature, as it scans a compiled callee's. Results are written
 * last when they alias parameters.
 *
 * Calling Go code: Value.Call and MakeFunc use the runner's GoCalls (below): Call fills
 * a fresh argument block from the []Value, runs the function on a nested trampoline and
 * boxes its results; MakeFunc makes a closure over a frameless stub (one per func type)
 * that boxes its caller's arguments into a []Value, calls fn, and stores fn's results
 * back into its caller's result slots. What is still not done: FieldByNameFunc, method
 * values (Method, MethodByName as callable funcs), making new types (SliceOf & co. find
 * existing ones only), channel operations; these panic with "reflect: ... not supported
 * by minigo".
 *
 * Example: fmt.Println(T{1, "a"}) calls ValueOf(arg): the interface {T, box} becomes
 * Value{T, box, Struct|flagIndir}; Field(1) is Value{string, box+8, String|flagIndir},
 * and String() copies the 16-byte header at box+8 into the result.
 */

import { Kind, type Hook, type Machine, type RField, type RType } from "./abi.js";
import { load64, loadU64, store64, type Int64 } from "./int64.js";
import {
  assignable,
  convertible,
  implementsInterface,
  methodIndexByName,
  typeIndex,
  typeName,
  typePkgPath,
  visibleMethods,
  type TypeIndex,
} from "./typestr.js";
import { roundupsize } from "../memory/sizeclasses.js";
import {
  HITER_ELEM,
  HITER_KEY,
  HITER_PTR_WORDS,
  HITER_SIZE,
  MAP_ZERO_SIZE,
  MAP_ZERO_VALUE,
  makemap,
  mapaccess2,
  mapassign,
  mapdelete,
  mapiterinit,
  mapiternext,
  maplen,
} from "./map.js";

// --- flags (value.go) ---

const KIND_MASK = 31;
const FLAG_STICKY_RO = 1 << 5;
const FLAG_EMBED_RO = 1 << 6;
const FLAG_INDIR = 1 << 7;
const FLAG_ADDR = 1 << 8;
const FLAG_METHOD = 1 << 9;
const FLAG_METHOD_SHIFT = 10;
const FLAG_RO = FLAG_STICKY_RO | FLAG_EMBED_RO;

/** reflect.Kind.String's names. */
const KIND_NAMES = [
  "invalid",
  "bool",
  "int",
  "int8",
  "int16",
  "int32",
  "int64",
  "uint",
  "uint8",
  "uint16",
  "uint32",
  "uint64",
  "uintptr",
  "float32",
  "float64",
  "complex64",
  "complex128",
  "array",
  "chan",
  "func",
  "interface",
  "map",
  "ptr",
  "slice",
  "string",
  "struct",
  "unsafe.Pointer",
];

function kindName(k: number): string {
  return KIND_NAMES[k] ?? `kind${k}`;
}

/**
 * Optional services of a Machine that let reflect avoid allocations Go does not make
 * (proposed for abi.ts): a string in the static data segment, not counted in MemStats and
 * never freed (Go's names and type strings are static data).
 */
export interface StaticData {
  staticString?(s: string): [number, number];
  /** Grey p if the collector is marking (p is held only in JS across an allocation). */
  shade?(p: number): void;
}

/** Keep p, held only in JS, alive across the allocation just made (see StaticData.shade). */
function keepAlive(m: Machine, p: number): void {
  const sd = m as Machine & StaticData;
  if (sd.shade !== undefined && p !== 0) sd.shade(p);
}

/**
 * Go's maxZero: reflect.Zero of a type this small points at Go's shared zeroVal instead of
 * allocating. minigo's zeroVal is the map runtime's zero value (MAP_ZERO_VALUE): the nil
 * page, which is never allocated nor written, and a Zero Value is never addressable.
 */
const MAX_ZERO = 1024;

/** A reflect.Value held in JS. */
interface Val {
  typ: number;
  ptr: number;
  flag: number;
}

const ZERO: Val = { typ: 0, ptr: 0, flag: 0 };

// --- per-machine state ---

/** The ids reflect needs that are not passed to it, found once per type table. */
class Ctx {
  readonly ix: TypeIndex;
  readonly types: readonly RType[];
  private rtypePtrId = -1;

  constructor(readonly m: Machine) {
    this.types = m.types;
    this.ix = typeIndex(m.types);
  }

  /** The id of *reflect.rtype: the type word of every reflect.Type. */
  get rtypePtr(): number {
    if (this.rtypePtrId < 0) {
      this.rtypePtrId = this.ix.byString("*reflect.rtype");
      if (this.rtypePtrId === 0)
        this.m.fatal("reflect: the program has no *reflect.rtype descriptor");
    }
    return this.rtypePtrId;
  }

  /** The id of the type printed as `str`, or a fatal error naming what is missing. */
  need(str: string): number {
    const id = this.ix.byString(str);
    if (id === 0) this.m.fatal(`reflect: the program has no ${str} descriptor`);
    return id;
  }

  t(id: number): RType {
    return this.types[id];
  }
}

const contexts = new WeakMap<Machine, Ctx>();

function ctx(m: Machine): Ctx {
  let c = contexts.get(m);
  if (c === undefined || c.types !== m.types) {
    c = new Ctx(m);
    contexts.set(m, c);
  }
  return c;
}

// --- memory helpers ---

function word(m: Machine, addr: number): number {
  return m.u32[addr >>> 2];
}

/** Store a non-pointer word (or a pointer into a stack frame: the argument area). */
function setWord(m: Machine, addr: number, v: number): void {
  const w = addr >>> 2;
  m.u32[w] = v;
  m.u32[w + 1] = 0;
}

function intArg(m: Machine, addr: number): number {
  return Number(load64(m.u32, m.i32, addr));
}

function readVal(m: Machine, addr: number): Val {
  return { typ: word(m, addr), ptr: word(m, addr + 8), flag: word(m, addr + 16) };
}

function writeVal(m: Machine, addr: number, v: Val): void {
  setWord(m, addr, v.typ);
  setWord(m, addr + 8, v.ptr);
  setWord(m, addr + 16, v.flag);
}

/** Store a Value into heap memory (its ptr word through the write barrier). */
function storeValHeap(m: Machine, addr: number, v: Val): void {
  m.writePtr(addr, v.typ);
  m.writePtr(addr + 8, v.ptr);
  setWord(m, addr + 16, v.flag);
}

/** A Go string of s: static when the machine can, else a new heap string. */
function goString(m: Machine, s: string): [number, number] {
  if (s === "") return [0, 0];
  const sd = m as Machine & StaticData;
  if (sd.staticString !== undefined) return sd.staticString(s);
  return m.newString(s);
}

function writeString(m: Machine, addr: number, s: string): void {
  const [p, n] = goString(m, s);
  setWord(m, addr, p);
  setWord(m, addr + 8, n);
}

/** Write a Go string into heap memory (pointer word through the barrier). */
function storeStringHeap(m: Machine, addr: number, s: string): void {
  const [p, n] = goString(m, s);
  m.writePtr(addr, p);
  setWord(m, addr + 8, n);
}

function readGoString(m: Machine, addr: number): Uint8Array {
  const p = word(m, addr);
  const n = word(m, addr + 8);
  return m.u8.subarray(p, p + n);
}

/** A reflect.Type interface value for type id (0: nil Type). */
function writeType(m: Machine, c: Ctx, addr: number, id: number): void {
  setWord(m, addr, id === 0 ? 0 : c.rtypePtr);
  setWord(m, addr + 8, id);
}

/** The *rtype inside a reflect.Type argument (0 for a nil Type). */
function typeArg(m: Machine, addr: number): number {
  return word(m, addr) === 0 ? 0 : word(m, addr + 8);
}

function writeBool(m: Machine, addr: number, b: boolean): void {
  m.u8[addr] = b ? 1 : 0;
}

function writeInt(m: Machine, addr: number, v: Int64): void {
  store64(m.u32, addr, v);
}

// --- panics ---

/** panic(&ValueError{method, kind}) with Go's message. */
function valueError(m: Machine, method: string, kind: number): never {
  const c = ctx(m);
  const ptrId = c.ix.byString("*reflect.ValueError");
  const id = c.ix.byString("reflect.ValueError");
  if (ptrId !== 0 && id !== 0) {
    const [sp, sn] = goString(m, method);
    const p = m.alloc(id, 1);
    keepAlive(m, sp);
    m.writePtr(p, sp);
    setWord(m, p + 8, sn);
    setWord(m, p + 16, kind);
    m.panicValue(ptrId, p);
  }
  m.panicString(
    kind === 0
      ? `reflect: call of ${method} on zero Value`
      : `reflect: call of ${method} on ${kindName(kind)} Value`,
  );
}

function unsupported(m: Machine, what: string): never {
  m.panicString(`reflect: ${what} not supported by minigo`);
}

function kindOf(v: Val): Kind {
  return (v.flag & KIND_MASK) as Kind;
}

function mustBe(m: Machine, v: Val, k: Kind, method: string): void {
  if (kindOf(v) !== k) valueError(m, method, kindOf(v));
}

function mustBeExported(m: Machine, v: Val, method: string): void {
  if (v.flag === 0) valueError(m, method, 0);
  if (v.flag & FLAG_RO)
    m.panicString(`reflect: ${method} using value obtained using unexported field`);
}

function mustBeAssignable(m: Machine, v: Val, method: string): void {
  if (v.flag === 0) valueError(m, method, 0);
  if (v.flag & FLAG_RO)
    m.panicString(`reflect: ${method} using value obtained using unexported field`);
  if ((v.flag & FLAG_ADDR) === 0) m.panicString(`reflect: ${method} using unaddressable value`);
}

/** Go's flag.ro(): flagStickyRO when v was obtained through an unexported field. */
function ro(flag: number): number {
  return flag & FLAG_RO ? FLAG_STICKY_RO : 0;
}

// --- reading and writing scalars by kind ---

/** The address of v's data: ptr with flagIndir, else the word holding it (for direct values a temp). */
function pointerWord(m: Machine, v: Val): number {
  return v.flag & FLAG_INDIR ? word(m, v.ptr) : v.ptr;
}

function loadInt(m: Machine, k: Kind, p: number): Int64 {
  switch (k) {
    case Kind.Int8:
      return (m.u8[p] << 24) >> 24;
    case Kind.Int16:
      return ((m.u8[p] | (m.u8[p + 1] << 8)) << 16) >> 16;
    case Kind.Int32:
      return m.i32[p >>> 2];
    default:
      return load64(m.u32, m.i32, p);
  }
}

function loadUint(m: Machine, k: Kind, p: number): Int64 {
  switch (k) {
    case Kind.Uint8:
      return m.u8[p];
    case Kind.Uint16:
      return m.u8[p] | (m.u8[p + 1] << 8);
    case Kind.Uint32:
      return m.u32[p >>> 2];
    default:
      return loadU64(m.u32, p);
  }
}

/** Store the low bits of integer x into an integer of kind k at p. */
function storeInteger(m: Machine, k: Kind, p: number, x: Int64): void {
  switch (k) {
    case Kind.Int8:
    case Kind.Uint8:
      m.u8[p] = Number(BigInt.asUintN(8, BigInt(x)));
      return;
    case Kind.Int16:
    case Kind.Uint16: {
      const b = Number(BigInt.asUintN(16, BigInt(x)));
      m.u8[p] = b & 0xff;
      m.u8[p + 1] = b >>> 8;
      return;
    }
    case Kind.Int32:
    case Kind.Uint32:
      m.u32[p >>> 2] = Number(BigInt.asUintN(32, BigInt(x)));
      return;
    default:
      store64(m.u32, p, typeof x === "number" ? x : BigInt.asUintN(64, x));
  }
}

function loadFloat(m: Machine, k: Kind, p: number): number {
  return k === Kind.Float32 ? m.f32[p >>> 2] : m.f64[p >>> 3];
}

function loadComplex(m: Machine, k: Kind, p: number): [number, number] {
  if (k === Kind.Complex64) return [m.f32[p >>> 2], m.f32[(p >>> 2) + 1]];
  return [m.f64[p >>> 3], m.f64[(p >>> 3) + 1]];
}

function isIntKind(k: Kind): boolean {
  return k >= Kind.Int && k <= Kind.Int64;
}

function isUintKind(k: Kind): boolean {
  return k >= Kind.Uint && k <= Kind.Uintptr;
}

/**
 * The address of v's data for reading it in place. A direct value (no flagIndir) is the
 * ptr word itself, which lives in the argument area at `selfAddr` + 8.
 */
function dataAddr(v: Val, selfAddr: number): number {
  return v.flag & FLAG_INDIR ? v.ptr : selfAddr + 8;
}

// --- values from interfaces and back ---

/** Go's unpackEface: the Value held by the interface (typ, data). */
function unpackEface(c: Ctx, typ: number, data: number): Val {
  if (typ === 0) return ZERO;
  const t = c.t(typ);
  return { typ, ptr: data, flag: t.kind | (t.direct ? 0 : FLAG_INDIR) };
}

/**
 * Go's packEface: the interface words for v. A non-direct value that is addressable is
 * copied into a new box (so later changes through reflect do not show); otherwise the
 * interface shares v's memory, which is immutable.
 */
function packEface(m: Machine, c: Ctx, v: Val): [number, number] {
  const t = c.t(v.typ);
  if (!t.direct) {
    let p = v.ptr;
    if (v.flag & FLAG_ADDR) {
      p = m.alloc(v.typ, 1);
      m.typedmemmove(v.typ, p, v.ptr);
    }
    return [v.typ, p];
  }
  if (v.flag & FLAG_INDIR) return [v.typ, word(m, v.ptr)];
  return [v.typ, v.ptr];
}

/** Go's valueInterface(v, safe=true). */
function valueInterface(m: Machine, c: Ctx, v: Val, method: string): [number, number] {
  if (v.flag === 0) valueError(m, method, 0);
  if (v.flag & FLAG_RO)
    m.panicString(`${method}: cannot return value obtained from unexported field or method`);
  if (v.flag & FLAG_METHOD) unsupported(m, "Interface of a method value");
  if (kindOf(v) === Kind.Interface) return [word(m, v.ptr), word(m, v.ptr + 8)];
  return packEface(m, c, v);
}

/** Go's copyVal: a Value of the map key or element at p, copied when non-direct. */
function copyVal(m: Machine, c: Ctx, typ: number, fl: number, p: number): Val {
  const t = c.t(typ);
  if (!t.direct) {
    const box = m.alloc(typ, 1);
    m.typedmemmove(typ, box, p);
    return { typ, ptr: box, flag: fl | FLAG_INDIR };
  }
  return { typ, ptr: word(m, p), flag: fl };
}

/**
 * Go's Value.assignTo: v converted for assignment to type dst (same representation, or
 * boxed into an interface). `target` is where an interface result goes (0: allocate).
 */
function assignTo(m: Machine, c: Ctx, v: Val, context: string, dst: number, target: number): Val {
  if (v.flag & FLAG_METHOD) unsupported(m, "assigning a method value");
  const types = c.types;
  if (v.typ === dst || (assignable(types, dst, v.typ) && c.t(dst).kind !== Kind.Interface)) {
    const fl = (v.flag & (FLAG_ADDR | FLAG_INDIR)) | ro(v.flag) | c.t(dst).kind;
    return { typ: dst, ptr: v.ptr, flag: fl };
  }
  if (c.t(dst).kind === Kind.Interface && implementsInterface(types, dst, v.typ)) {
    if (kindOf(v) === Kind.Interface && word(m, v.ptr) === 0) {
      return { typ: dst, ptr: 0, flag: Kind.Interface };
    }
    const [et, ed] = valueInterface(m, c, v, context);
    if (target === 0) {
      target = m.alloc(dst, 1);
      keepAlive(m, ed);
    }
    m.writePtr(target, et);
    m.writePtr(target + 8, ed);
    return { typ: dst, ptr: target, flag: FLAG_INDIR | Kind.Interface };
  }
  m.panicString(
    `${context}: value of type ${c.t(v.typ).str} is not assignable to type ${c.t(dst).str}`,
  );
}

// --- composite access ---

function fieldOf(m: Machine, c: Ctx, v: Val, i: number): Val {
  mustBe(m, v, Kind.Struct, "reflect.Value.Field");
  const t = c.t(v.typ);
  if (i < 0 || i >= t.fields.length) m.panicString("reflect: Field index out of range");
  const f = t.fields[i];
  let fl = (v.flag & (FLAG_STICKY_RO | FLAG_INDIR | FLAG_ADDR)) | c.t(f.type).kind;
  if (f.pkgPath !== "") fl |= f.embedded ? FLAG_EMBED_RO : FLAG_STICKY_RO;
  return { typ: f.type, ptr: v.ptr + f.offset, flag: fl };
}

function indexOf(m: Machine, c: Ctx, v: Val, i: number): Val {
  const t = c.t(v.typ);
  switch (kindOf(v)) {
    case Kind.Array: {
      if (i < 0 || i >= t.len) m.panicString("reflect: array index out of range");
      const e = c.t(t.elem);
      const fl = (v.flag & (FLAG_INDIR | FLAG_ADDR)) | ro(v.flag) | e.kind;
      return { typ: t.elem, ptr: v.ptr + i * e.size, flag: fl };
    }
    case Kind.Slice: {
      const len = word(m, v.ptr + 8);
      if (i < 0 || i >= len) m.panicString("reflect: slice index out of range");
      const e = c.t(t.elem);
      const fl = FLAG_ADDR | FLAG_INDIR | ro(v.flag) | e.kind;
      return { typ: t.elem, ptr: word(m, v.ptr) + i * e.size, flag: fl };
    }
    case Kind.String: {
      const len = word(m, v.ptr + 8);
      if (i < 0 || i >= len) m.panicString("reflect: string index out of range");
      return {
        typ: c.need("uint8"),
        ptr: word(m, v.ptr) + i,
        flag: ro(v.flag) | Kind.Uint8 | FLAG_INDIR,
      };
    }
  }
  valueError(m, "reflect.Value.Index", kindOf(v));
}

function elemOf(m: Machine, c: Ctx, v: Val): Val {
  switch (kindOf(v)) {
    case Kind.Interface: {
      const x = unpackEface(c, word(m, v.ptr), word(m, v.ptr + 8));
      if (x.flag !== 0) x.flag |= ro(v.flag);
      return x;
    }
    case Kind.Pointer: {
      const p = v.flag & FLAG_INDIR ? word(m, v.ptr) : v.ptr;
      if (p === 0) return ZERO;
      const e = c.t(v.typ).elem;
      return { typ: e, ptr: p, flag: (v.flag & FLAG_RO) | FLAG_INDIR | FLAG_ADDR | c.t(e).kind };
    }
  }
  valueError(m, "reflect.Value.Elem", kindOf(v));
}

function lenOf(m: Machine, c: Ctx, v: Val): number {
  switch (kindOf(v)) {
    case Kind.Slice:
    case Kind.String:
      return word(m, v.ptr + 8);
    case Kind.Array:
      return c.t(v.typ).len;
    case Kind.Map:
      return maps().maplen(m, pointerWord(m, v));
    case Kind.Chan:
      unsupported(m, "Len of a channel");
    // falls through (unsupported never returns)
    case Kind.Pointer: {
      const e = c.t(c.t(v.typ).elem);
      if (e.kind === Kind.Array) return e.len;
      m.panicString("reflect: call of reflect.Value.Len on ptr to non-array Value");
    }
  }
  valueError(m, "reflect.Value.Len", kindOf(v));
}

function isNil(m: Machine, v: Val): boolean {
  switch (kindOf(v)) {
    case Kind.Chan:
    case Kind.Func:
    case Kind.Map:
    case Kind.Pointer:
    case Kind.UnsafePointer:
      if (v.flag & FLAG_METHOD) return false;
      return pointerWord(m, v) === 0;
    case Kind.Interface:
    case Kind.Slice:
      return word(m, v.ptr) === 0;
  }
  valueError(m, "reflect.Value.IsNil", kindOf(v));
}

function isZero(m: Machine, c: Ctx, v: Val): boolean {
  const k = kindOf(v);
  switch (k) {
    case Kind.Bool:
      return m.u8[v.ptr] === 0;
    case Kind.Int:
    case Kind.Int8:
    case Kind.Int16:
    case Kind.Int32:
    case Kind.Int64:
    case Kind.Uint:
    case Kind.Uint8:
    case Kind.Uint16:
    case Kind.Uint32:
    case Kind.Uint64:
    case Kind.Uintptr:
    case Kind.Float32:
    case Kind.Float64:
    case Kind.Complex64:
    case Kind.Complex128: {
      // All-zero bits (so -0.0 is not zero, as in Go).
      const n = c.t(v.typ).size;
      for (let i = 0; i < n; i++) if (m.u8[v.ptr + i] !== 0) return false;
      return true;
    }
    case Kind.Array: {
      const n = c.t(v.typ).len;
      for (let i = 0; i < n; i++) if (!isZero(m, c, indexOf(m, c, v, i))) return false;
      return true;
    }
    case Kind.Chan:
    case Kind.Func:
    case Kind.Interface:
    case Kind.Map:
    case Kind.Pointer:
    case Kind.Slice:
    case Kind.UnsafePointer:
      return isNil(m, v);
    case Kind.String:
      return word(m, v.ptr + 8) === 0;
    case Kind.Struct: {
      const n = c.t(v.typ).fields.length;
      for (let i = 0; i < n; i++) if (!isZero(m, c, fieldOf(m, c, v, i))) return false;
      return true;
    }
  }
  valueError(m, "reflect.Value.IsZero", k);
}

function typeOfValue(m: Machine, c: Ctx, v: Val): number {
  if (v.flag === 0) valueError(m, "reflect.Value.Type", 0);
  if (v.flag & FLAG_METHOD) {
    const ms = visibleMethods(c.t(v.typ));
    return ms[v.flag >>> FLAG_METHOD_SHIFT].type;
  }
  return v.typ;
}

/** A new slice header of slice type `typ` {data, len, cap}: Value with flagIndir. */
function newSliceValue(
  m: Machine,
  typ: number,
  data: number,
  len: number,
  cap: number,
  fl: number,
): Val {
  const h = m.alloc(typ, 1);
  m.writePtr(h, data);
  setWord(m, h + 8, len);
  setWord(m, h + 16, cap);
  return { typ, ptr: h, flag: fl | FLAG_INDIR | Kind.Slice };
}

function sliceOp(m: Machine, c: Ctx, v: Val, i: number, j: number, k: number, three: boolean): Val {
  const name = three ? "reflect.Value.Slice3" : "reflect.Value.Slice";
  let typ: number;
  let base: number;
  let cap: number;
  switch (kindOf(v)) {
    case Kind.Array: {
      if ((v.flag & FLAG_ADDR) === 0) m.panicString(`${name}: slice of unaddressable array`);
      const t = c.t(v.typ);
      typ = c.ix.sliceOf(t.elem);
      if (typ === 0)
        unsupported(m, `slicing ${t.str} (the program has no []${c.t(t.elem).str} type)`);
      base = v.ptr;
      cap = t.len;
      break;
    }
    case Kind.Slice:
      typ = v.typ;
      base = word(m, v.ptr);
      cap = word(m, v.ptr + 16);
      break;
    case Kind.String: {
      if (three) m.panicString("reflect.Value.Slice3: string slice");
      const len = word(m, v.ptr + 8);
      if (i < 0 || j < i || j > len)
        m.panicString("reflect.Value.Slice: string slice index out of bounds");
      const h = m.alloc(v.typ, 1);
      if (i < len) {
        m.writePtr(h, word(m, v.ptr) + i);
        setWord(m, h + 8, j - i);
      }
      return { typ: v.typ, ptr: h, flag: ro(v.flag) | FLAG_INDIR | Kind.String };
    }
    default:
      valueError(m, name, kindOf(v));
  }
  if (three) {
    if (i < 0 || j < i || k < j || k > cap)
      m.panicString("reflect.Value.Slice3: slice index out of bounds");
  } else {
    k = cap;
    if (i < 0 || j < i || j > cap) m.panicString("reflect.Value.Slice: slice index out of bounds");
  }
  const esize = c.t(c.t(typ).elem).size;
  const data = k - i > 0 ? base + i * esize : base;
  return newSliceValue(m, typ, data, j - i, k - i, ro(v.flag));
}

// --- setting ---

/** Go's Value.Set: *v = x (x assignable to v's type). */
function setValue(m: Machine, c: Ctx, v: Val, x: Val): void {
  mustBeAssignable(m, v, "reflect.Value.Set");
  mustBeExported(m, x, "reflect.Value.Set");
  const target = kindOf(v) === Kind.Interface ? v.ptr : 0;
  x = assignTo(m, c, x, "reflect.Set", v.typ, target);
  if (x.flag & FLAG_INDIR) {
    if (x.ptr !== v.ptr) m.typedmemmove(v.typ, v.ptr, x.ptr);
  } else {
    m.writePtr(v.ptr, x.ptr);
  }
}

/** Go's growslice capacity rule (1.19), rounded up to the allocation size class. */
function grownCap(oldCap: number, needed: number, esize: number): number {
  let newcap = oldCap;
  const doublecap = newcap + newcap;
  if (needed > doublecap) {
    newcap = needed;
  } else {
    const threshold = 256;
    if (oldCap < threshold) {
      newcap = doublecap;
    } else {
      while (0 < newcap && newcap < needed) newcap += (newcap + 3 * threshold) / 4;
      newcap = Math.floor(newcap);
      if (newcap <= 0) newcap = needed;
    }
  }
  if (esize === 0) return newcap;
  return Math.floor(roundupsize(newcap * esize) / esize);
}

/**
 * Go's Value.extendSlice: a new header for s with n more elements, growing the backing
 * array (a new one of the slice's element type) when the capacity is short.
 */
function extendSlice(m: Machine, c: Ctx, s: Val, n: number): Val {
  const t = c.t(s.typ);
  const esize = c.t(t.elem).size;
  const data = word(m, s.ptr);
  const len = word(m, s.ptr + 8);
  const cap = word(m, s.ptr + 16);
  const h = m.alloc(s.typ, 1);
  if (len + n <= cap) {
    m.writePtr(h, data);
    setWord(m, h + 8, len + n);
    setWord(m, h + 16, cap);
  } else {
    const newCap = grownCap(cap, len + n, esize);
    // The header first holds the old array so that it stays reachable.
    m.writePtr(h, data);
    const arr = m.alloc(t.elem, newCap);
    keepAlive(m, h);
    if (len > 0) copyElems(m, t.elem, esize, arr, word(m, h), len);
    m.writePtr(h, arr);
    setWord(m, h + 8, len + n);
    setWord(m, h + 16, newCap);
  }
  return { typ: s.typ, ptr: h, flag: FLAG_INDIR | Kind.Slice };
}

/** Copy n elements of type elem (overlap allowed), pointer words through the barrier. */
function copyElems(
  m: Machine,
  elem: number,
  esize: number,
  dst: number,
  src: number,
  n: number,
): void {
  if (n <= 0 || esize === 0 || dst === src) return;
  if (m.types[elem].ptrWords.length === 0) {
    m.u8.copyWithin(dst, src, src + n * esize);
    return;
  }
  if (dst < src) for (let i = 0; i < n; i++) m.typedmemmove(elem, dst + i * esize, src + i * esize);
  else for (let i = n - 1; i >= 0; i--) m.typedmemmove(elem, dst + i * esize, src + i * esize);
}

// --- conversions (Value.Convert) ---

function convertValue(m: Machine, c: Ctx, v: Val, dst: number): Val {
  if (v.flag & FLAG_METHOD) unsupported(m, "Convert of a method value");
  const types = c.types;
  const st = c.t(v.typ);
  const dt = c.t(dst);
  if (!convertible(types, dst, v.typ))
    m.panicString(
      `reflect.Value.Convert: value of type ${st.str} cannot be converted to type ${dt.str}`,
    );
  const sk = st.kind;
  const dk = dt.kind;
  const fl = ro(v.flag);
  const numeric = (k: Kind) =>
    isIntKind(k) || isUintKind(k) || k === Kind.Float32 || k === Kind.Float64;
  if (numeric(sk) && numeric(dk)) {
    const box = m.alloc(dst, 1);
    let x: number | bigint;
    if (isIntKind(sk)) x = loadInt(m, sk, v.ptr);
    else if (isUintKind(sk)) x = loadUint(m, sk, v.ptr);
    else x = loadFloat(m, sk, v.ptr);
    if (dk === Kind.Float32) m.f32[box >>> 2] = Number(x);
    else if (dk === Kind.Float64) m.f64[box >>> 3] = Number(x);
    else
      storeInteger(m, dk, box, typeof x === "number" && !Number.isInteger(x) ? floatToInt(x) : x);
    return { typ: dst, ptr: box, flag: fl | FLAG_INDIR | dk };
  }
  if (
    (sk === Kind.Complex64 || sk === Kind.Complex128) &&
    (dk === Kind.Complex64 || dk === Kind.Complex128)
  ) {
    const [re, im] = loadComplex(m, sk, v.ptr);
    const box = m.alloc(dst, 1);
    if (dk === Kind.Complex64) {
      m.f32[box >>> 2] = re;
      m.f32[(box >>> 2) + 1] = im;
    } else {
      m.f64[box >>> 3] = re;
      m.f64[(box >>> 3) + 1] = im;
    }
    return { typ: dst, ptr: box, flag: fl | FLAG_INDIR | dk };
  }
  if (dk === Kind.String && (isIntKind(sk) || isUintKind(sk))) {
    const x = isIntKind(sk) ? loadInt(m, sk, v.ptr) : loadUint(m, sk, v.ptr);
    const r =
      typeof x === "number" && x >= 0 && x <= 0x10ffff && !(x >= 0xd800 && x < 0xe000) ? x : 0xfffd;
    return newStringValue(m, dst, String.fromCodePoint(r), fl);
  }
  if (dk === Kind.String && sk === Kind.Slice) {
    const data = word(m, v.ptr);
    const len = word(m, v.ptr + 8);
    if (c.t(st.elem).kind === Kind.Uint8) {
      const h = m.alloc(dst, 1);
      if (len > 0) {
        const p = m.allocNoscan(len);
        keepAlive(m, h);
        m.u8.copyWithin(p, data, data + len);
        m.writePtr(h, p);
        setWord(m, h + 8, len);
      }
      return { typ: dst, ptr: h, flag: fl | FLAG_INDIR | Kind.String };
    }
    let s = "";
    for (let i = 0; i < len; i++) {
      const r = m.i32[(data >>> 2) + i];
      s += String.fromCodePoint(
        r >= 0 && r <= 0x10ffff && !(r >= 0xd800 && r < 0xe000) ? r : 0xfffd,
      );
    }
    return newStringValue(m, dst, s, fl);
  }
  if (dk === Kind.Slice && sk === Kind.String) {
    const bytes = readGoString(m, v.ptr).slice();
    if (c.t(dt.elem).kind === Kind.Uint8) {
      const h = m.alloc(dst, 1);
      const p = bytes.length > 0 ? m.allocNoscan(bytes.length) : 0;
      keepAlive(m, h);
      if (p !== 0) m.u8.set(bytes, p);
      m.writePtr(h, p);
      setWord(m, h + 8, bytes.length);
      setWord(m, h + 16, bytes.length);
      return { typ: dst, ptr: h, flag: fl | FLAG_INDIR | Kind.Slice };
    }
    const runes = Array.from(new TextDecoder().decode(bytes), (ch) => ch.codePointAt(0) ?? 0xfffd);
    const h = m.alloc(dst, 1);
    const p = runes.length > 0 ? m.allocNoscan(runes.length * 4) : 0;
    keepAlive(m, h);
    runes.forEach((r, i) => (m.i32[(p >>> 2) + i] = r));
    m.writePtr(h, p);
    setWord(m, h + 8, runes.length);
    setWord(m, h + 16, runes.length);
    return { typ: dst, ptr: h, flag: fl | FLAG_INDIR | Kind.Slice };
  }
  if (dk === Kind.Pointer && sk === Kind.Slice && c.t(dt.elem).kind === Kind.Array) {
    const n = c.t(dt.elem).len;
    const len = word(m, v.ptr + 8);
    if (n > len)
      m.panicString(
        `reflect: cannot convert slice with length ${len} to pointer to array with length ${n}`,
      );
    return {
      typ: dst,
      ptr: word(m, v.ptr),
      flag: (v.flag & ~(FLAG_INDIR | FLAG_ADDR | KIND_MASK)) | Kind.Pointer,
    };
  }
  if (dk === Kind.Interface) {
    const [et, ed] = valueInterface(m, c, v, "reflect.Value.Convert");
    if (et === 0) return { typ: dst, ptr: 0, flag: Kind.Interface };
    const box = m.alloc(dst, 1);
    keepAlive(m, ed);
    m.writePtr(box, et);
    m.writePtr(box + 8, ed);
    return { typ: dst, ptr: box, flag: FLAG_INDIR | Kind.Interface };
  }
  // Same representation: only the type changes.
  return { typ: dst, ptr: v.ptr, flag: (v.flag & (FLAG_ADDR | FLAG_INDIR | FLAG_RO)) | dk };
}

function floatToInt(x: number): Int64 {
  const t = Math.trunc(x);
  if (Number.isSafeInteger(t)) return t;
  if (!Number.isFinite(t)) return -9223372036854775808n; // amd64's CVTTSD2SQ result
  return BigInt(t);
}

function newStringValue(m: Machine, typ: number, s: string, fl: number): Val {
  const [p, n] = m.newString(s);
  const h = m.alloc(typ, 1);
  keepAlive(m, p);
  m.writePtr(h, p);
  setWord(m, h + 8, n);
  return { typ, ptr: h, flag: fl | FLAG_INDIR | Kind.String };
}

// --- maps: a small adapter over runtime/lang/map.ts ---

/**
 * What reflect needs of the map runtime. `h` is the map (the *hmap word); keys and
 * elements are read and written in place; an iterator is Go's hiter in linear memory,
 * whose key address is 0 once it is exhausted.
 */
interface MapRuntime {
  maplen(m: Machine, h: number): number;
  /** The address of the element for the key at `key`, or 0 when absent (h may be nil). */
  access(m: Machine, mapType: number, h: number, key: number): number;
  /** The address of the element slot for the key at `key`, inserting it. */
  assign(m: Machine, mapType: number, h: number, key: number): number;
  delete(m: Machine, mapType: number, h: number, key: number): void;
  make(m: Machine, mapType: number, hint: number): number;
  iterInit(m: Machine, mapType: number, h: number, it: number): void;
  iterNext(m: Machine, it: number): void;
  iterKey(m: Machine, it: number): number;
  iterElem(m: Machine, it: number): number;
  /**
   * Every entry's key and element addresses, in the map's random order. The iteration
   * itself allocates nothing but its hiter, so the addresses stay valid while the map is
   * not written (allocation by the caller afterwards does not move them).
   */
  entries(m: Machine, mapType: number, h: number): [number, number][];
}

const mapRuntime: MapRuntime = {
  maplen,
  access: mapaccess2,
  assign: mapassign,
  delete: mapdelete,
  make: (m, t, hint) => makemap(m, t, hint),
  iterInit: mapiterinit,
  iterNext: mapiternext,
  iterKey: (m, it) => word(m, it + HITER_KEY),
  iterElem: (m, it) => word(m, it + HITER_ELEM),
  entries(m, t, h) {
    const out: [number, number][] = [];
    if (maplen(m, h) === 0) return out;
    // Go keeps this hiter in MapKeys' frame; a hook has no frame, so it is a heap block.
    const it = m.allocNoscan(HITER_SIZE);
    mapiterinit(m, t, h, it);
    keepAlive(m, it);
    for (; word(m, it + HITER_KEY) !== 0; mapiternext(m, it))
      out.push([word(m, it + HITER_KEY), word(m, it + HITER_ELEM)]);
    return out;
  },
};

function maps(): MapRuntime {
  return mapRuntime;
}

/** The address of a key Value's data, for map calls (a direct key is its ptr word at selfAddr+8). */
function keyAddr(k: Val, selfAddr: number): number {
  return dataAddr(k, selfAddr);
}

// --- DeepEqual ---

interface Visit {
  a: number;
  b: number;
  typ: number;
}

function deepValueEqual(m: Machine, c: Ctx, a: Val, b: Val, visited: Visit[]): boolean {
  if (a.flag === 0 || b.flag === 0) return a.flag === b.flag;
  if (a.typ !== b.typ) return false;
  const k = kindOf(a);
  // Cycles: a pair of references already being compared is assumed equal.
  if (k === Kind.Map || k === Kind.Slice || k === Kind.Pointer || k === Kind.Interface) {
    const pa = k === Kind.Map || k === Kind.Pointer ? pointerWord(m, a) : a.ptr;
    const pb = k === Kind.Map || k === Kind.Pointer ? pointerWord(m, b) : b.ptr;
    if (pa !== 0 && pb !== 0) {
      const [lo, hi] = pa < pb ? [pa, pb] : [pb, pa];
      if (visited.some((v) => v.a === lo && v.b === hi && v.typ === a.typ)) return true;
      visited.push({ a: lo, b: hi, typ: a.typ });
    }
  }
  const t = c.t(a.typ);
  switch (k) {
    case Kind.Array:
      for (let i = 0; i < t.len; i++)
        if (!deepValueEqual(m, c, indexOf(m, c, a, i), indexOf(m, c, b, i), visited)) return false;
      return true;
    case Kind.Slice: {
      const na = word(m, a.ptr) === 0;
      const nb = word(m, b.ptr) === 0;
      if (na !== nb) return false;
      const len = word(m, a.ptr + 8);
      if (len !== word(m, b.ptr + 8)) return false;
      if (word(m, a.ptr) === word(m, b.ptr)) return true;
      for (let i = 0; i < len; i++)
        if (!deepValueEqual(m, c, indexOf(m, c, a, i), indexOf(m, c, b, i), visited)) return false;
      return true;
    }
    case Kind.Interface: {
      const na = word(m, a.ptr) === 0;
      const nb = word(m, b.ptr) === 0;
      if (na || nb) return na === nb;
      return deepValueEqual(m, c, elemOf(m, c, a), elemOf(m, c, b), visited);
    }
    case Kind.Pointer:
      if (pointerWord(m, a) === pointerWord(m, b)) return true;
      return deepValueEqual(m, c, elemOf(m, c, a), elemOf(m, c, b), visited);
    case Kind.Struct:
      for (let i = 0; i < t.fields.length; i++)
        if (!deepValueEqual(m, c, fieldOf(m, c, a, i), fieldOf(m, c, b, i), visited)) return false;
      return true;
    case Kind.Map: {
      const ha = pointerWord(m, a);
      const hb = pointerWord(m, b);
      if ((ha === 0) !== (hb === 0)) return false;
      const mr = maps();
      const len = mr.maplen(m, ha);
      if (len !== mr.maplen(m, hb)) return false;
      if (ha === hb) return true;
      const et = c.t(t.elem);
      for (const [kp, ep] of mr.entries(m, a.typ, ha)) {
        const ep2 = mr.access(m, a.typ, hb, kp);
        if (ep2 === 0) return false;
        const va: Val = { typ: t.elem, ptr: ep, flag: FLAG_INDIR | et.kind };
        const vb: Val = { typ: t.elem, ptr: ep2, flag: FLAG_INDIR | et.kind };
        if (!deepValueEqual(m, c, va, vb, visited)) return false;
      }
      return true;
    }
    case Kind.Func:
      return pointerWord(m, a) === 0 && pointerWord(m, b) === 0;
    case Kind.Float32:
    case Kind.Float64:
      return loadFloat(m, k, a.ptr) === loadFloat(m, k, b.ptr);
    case Kind.Complex64:
    case Kind.Complex128: {
      const [ar, ai] = loadComplex(m, k, a.ptr);
      const [br, bi] = loadComplex(m, k, b.ptr);
      return ar === br && ai === bi;
    }
    case Kind.String: {
      const sa = readGoString(m, a.ptr);
      const sb = readGoString(m, b.ptr);
      return sa.length === sb.length && sa.every((x, i) => x === sb[i]);
    }
    default: {
      // Bool, integers, chan, unsafe.Pointer: compare the bits.
      if (t.direct) return pointerWord(m, a) === pointerWord(m, b);
      for (let i = 0; i < t.size; i++) if (m.u8[a.ptr + i] !== m.u8[b.ptr + i]) return false;
      return true;
    }
  }
}

// --- StructField and Method results ---

/** StructField: Name 0, PkgPath 16, Type 32, Tag 48, Offset 64, Index 72 ([]int), Anonymous 96. */
const STRUCT_FIELD_SIZE = 104;

function writeStructField(
  m: Machine,
  c: Ctx,
  addr: number,
  f: RField,
  index: readonly number[],
): void {
  // Index first: it is the one allocation Go makes too.
  const intSlice = c.ix.sliceOf(c.ix.byString("int"));
  let arr = 0;
  if (index.length > 0) {
    arr = m.alloc(intSlice !== 0 ? c.t(intSlice).elem : c.need("int"), index.length);
    index.forEach((x, i) => store64(m.u32, arr + 8 * i, x));
  }
  setWord(m, addr + 72, arr);
  setWord(m, addr + 80, index.length);
  setWord(m, addr + 88, index.length);
  writeString(m, addr, f.name);
  writeString(m, addr + 16, f.pkgPath);
  writeType(m, c, addr + 32, f.type);
  writeString(m, addr + 48, f.tag);
  setWord(m, addr + 64, f.offset);
  writeBool(m, addr + 96, f.embedded);
  for (let i = 97; i < STRUCT_FIELD_SIZE; i++) m.u8[addr + i] = 0;
}

/** Method: Name 0, PkgPath 16, Type 32, Func 48 (Value), Index 72. */
function writeMethod(m: Machine, c: Ctx, addr: number, t: RType, i: number): void {
  const mt = visibleMethods(t)[i];
  writeString(m, addr, mt.name);
  writeString(m, addr + 16, mt.pkgPath);
  let typ = mt.type;
  if (t.kind !== Kind.Interface) {
    // Go's Method.Type has the receiver as the first parameter.
    const ft = c.t(mt.type);
    const withRecv = c.ix.funcOf([t.id, ...ft.params], ft.results, ft.variadic);
    if (withRecv !== 0) typ = withRecv;
  }
  writeType(m, c, addr + 32, typ);
  writeVal(m, addr + 48, ZERO);
  setWord(m, addr + 72, i);
}

/**
 * Go's FieldByName search: breadth-first over embedded structs (and pointers to them);
 * the shallowest depth with a match decides, and two matches there — or one inside an
 * embedded type reached twice at that depth — make the name ambiguous (not found).
 */
function fieldByName(
  c: Ctx,
  typ: number,
  match: (name: string) => boolean,
): { field: RField; index: number[] } | undefined {
  interface Scan {
    typ: number;
    index: number[];
    /** Reached more than once at this depth. */
    multiple: boolean;
  }
  let next: Scan[] = [{ typ, index: [], multiple: false }];
  const visited = new Set<number>();
  while (next.length > 0) {
    const current = next;
    next = [];
    const nextAt = new Map<number, Scan>();
    let found: { field: RField; index: number[] } | undefined;
    let count = 0;
    for (const scan of current) {
      if (visited.has(scan.typ)) continue;
      visited.add(scan.typ);
      const t = c.t(scan.typ);
      t.fields.forEach((f, i) => {
        let fname = f.name;
        let ntyp = 0;
        if (f.embedded) {
          let ft = c.t(f.type);
          if (ft.kind === Kind.Pointer) ft = c.t(ft.elem);
          if (ft.kind === Kind.Struct) ntyp = ft.id;
          if (fname === "") fname = ft.name;
        }
        if (match(fname)) {
          count += scan.multiple ? 2 : 1;
          if (found === undefined) found = { field: f, index: [...scan.index, i] };
          return;
        }
        if (ntyp === 0 || count > 0) return;
        const seen = nextAt.get(ntyp);
        if (seen !== undefined) {
          seen.multiple = true;
          return;
        }
        const s: Scan = { typ: ntyp, index: [...scan.index, i], multiple: scan.multiple };
        nextAt.set(ntyp, s);
        next.push(s);
      });
    }
    if (count > 1) return undefined;
    if (count === 1) return found;
  }
  return undefined;
}

/**
 * Go's VisibleFields: every field, promoted ones right after their embedded field, minus
 * those hidden by a shallower field of the same name or made ambiguous by another at the
 * same depth.
 */
function visibleFields(c: Ctx, typ: number): { field: RField; index: number[] }[] {
  const out: { field: RField; index: number[]; hidden: boolean }[] = [];
  const byName = new Map<string, number>();
  const visiting = new Set<number>();
  const walk = (t: number, index: number[]): void => {
    if (visiting.has(t)) return;
    visiting.add(t);
    c.t(t).fields.forEach((f, i) => {
      const idx = [...index, i];
      let add = true;
      const old = byName.get(f.name);
      if (old !== undefined) {
        const o = out[old];
        if (idx.length === o.index.length) {
          o.hidden = true;
          add = false;
        } else if (idx.length < o.index.length) {
          o.hidden = true;
        } else {
          add = false;
        }
      }
      if (add) {
        byName.set(f.name, out.length);
        out.push({ field: f, index: idx, hidden: false });
      }
      if (f.embedded) {
        let ft = c.t(f.type);
        if (ft.kind === Kind.Pointer) ft = c.t(ft.elem);
        if (ft.kind === Kind.Struct) walk(ft.id, idx);
      }
    });
    visiting.delete(t);
  };
  walk(typ, []);
  return out.filter((f) => !f.hidden);
}

// --- hooks ---

const hooks: Record<string, Hook> = {};

function def(name: string, h: Hook): void {
  hooks[`reflect.${name}`] = h;
}

// ValueOf(i any) Value — i +0, result +16.
def("ValueOf", (m, a) => {
  writeVal(m, a + 16, unpackEface(ctx(m), word(m, a), word(m, a + 8)));
});

// ---- *rtype methods: the receiver (a type id) at +0. ----

function rt(m: Machine, a: number): RType {
  return ctx(m).t(word(m, a));
}

def("(*rtype).Align", (m, a) => writeInt(m, a + 8, rt(m, a).align));
def("(*rtype).FieldAlign", (m, a) => writeInt(m, a + 8, rt(m, a).align));
def("(*rtype).Size", (m, a) => writeInt(m, a + 8, rt(m, a).size));
def("(*rtype).Kind", (m, a) => writeInt(m, a + 8, rt(m, a).kind));
def("(*rtype).Comparable", (m, a) => writeBool(m, a + 8, rt(m, a).comparable));
def("(*rtype).String", (m, a) => writeString(m, a + 8, rt(m, a).str));
def("(*rtype).Name", (m, a) => writeString(m, a + 8, typeName(rt(m, a))));
def("(*rtype).PkgPath", (m, a) => writeString(m, a + 8, typePkgPath(rt(m, a))));
def("(*rtype).NumMethod", (m, a) => writeInt(m, a + 8, visibleMethods(rt(m, a)).length));

def("(*rtype).Bits", (m, a) => {
  const t = rt(m, a);
  if (t.kind < Kind.Int || t.kind > Kind.Complex128)
    m.panicString(`reflect: Bits of non-arithmetic Type ${t.str}`);
  writeInt(m, a + 8, t.size * 8);
});

def("(*rtype).ChanDir", (m, a) => {
  const t = rt(m, a);
  if (t.kind !== Kind.Chan) m.panicString(`reflect: ChanDir of non-chan type ${t.str}`);
  writeInt(m, a + 8, t.dir);
});

def("(*rtype).IsVariadic", (m, a) => {
  const t = rt(m, a);
  if (t.kind !== Kind.Func) m.panicString(`reflect: IsVariadic of non-func type ${t.str}`);
  writeBool(m, a + 8, t.variadic);
});

// Elem() Type — result +8.
def("(*rtype).Elem", (m, a) => {
  const t = rt(m, a);
  switch (t.kind) {
    case Kind.Array:
    case Kind.Chan:
    case Kind.Map:
    case Kind.Pointer:
    case Kind.Slice:
      writeType(m, ctx(m), a + 8, t.elem);
      return;
  }
  m.panicString(`reflect: Elem of invalid type ${t.str}`);
});

def("(*rtype).Key", (m, a) => {
  const t = rt(m, a);
  if (t.kind !== Kind.Map) m.panicString(`reflect: Key of non-map type ${t.str}`);
  writeType(m, ctx(m), a + 8, t.key);
});

def("(*rtype).Len", (m, a) => {
  const t = rt(m, a);
  if (t.kind !== Kind.Array) m.panicString(`reflect: Len of non-array type ${t.str}`);
  writeInt(m, a + 8, t.len);
});

def("(*rtype).NumField", (m, a) => {
  const t = rt(m, a);
  if (t.kind !== Kind.Struct) m.panicString(`reflect: NumField of non-struct type ${t.str}`);
  writeInt(m, a + 8, t.fields.length);
});

def("(*rtype).NumIn", (m, a) => {
  const t = rt(m, a);
  if (t.kind !== Kind.Func) m.panicString(`reflect: NumIn of non-func type ${t.str}`);
  writeInt(m, a + 8, t.params.length);
});

def("(*rtype).NumOut", (m, a) => {
  const t = rt(m, a);
  if (t.kind !== Kind.Func) m.panicString(`reflect: NumOut of non-func type ${t.str}`);
  writeInt(m, a + 8, t.results.length);
});

// In(i int) Type — i +8, result +16.
def("(*rtype).In", (m, a) => {
  const t = rt(m, a);
  if (t.kind !== Kind.Func) m.panicString(`reflect: In of non-func type ${t.str}`);
  const i = intArg(m, a + 8);
  if (i < 0 || i >= t.params.length)
    m.panicRuntimeError(`index out of range [${i}] with length ${t.params.length}`);
  writeType(m, ctx(m), a + 16, t.params[i]);
});

def("(*rtype).Out", (m, a) => {
  const t = rt(m, a);
  if (t.kind !== Kind.Func) m.panicString(`reflect: Out of non-func type ${t.str}`);
  const i = intArg(m, a + 8);
  if (i < 0 || i >= t.results.length)
    m.panicRuntimeError(`index out of range [${i}] with length ${t.results.length}`);
  writeType(m, ctx(m), a + 16, t.results[i]);
});

// Field(i int) StructField — i +8, result +16.
def("(*rtype).Field", (m, a) => {
  const c = ctx(m);
  const t = rt(m, a);
  if (t.kind !== Kind.Struct) m.panicString(`reflect: Field of non-struct type ${t.str}`);
  const i = intArg(m, a + 8);
  if (i < 0 || i >= t.fields.length) m.panicString("reflect: Field index out of bounds");
  writeStructField(m, c, a + 16, t.fields[i], [i]);
});

// FieldByIndex(index []int) StructField — index +8, result +32.
def("(*rtype).FieldByIndex", (m, a) => {
  const c = ctx(m);
  let t = rt(m, a);
  if (t.kind !== Kind.Struct) m.panicString(`reflect: FieldByIndex of non-struct type ${t.str}`);
  const data = word(m, a + 8);
  const n = word(m, a + 16);
  const index: number[] = [];
  for (let k = 0; k < n; k++) index.push(Number(load64(m.u32, m.i32, data + 8 * k)));
  let f: RField | undefined;
  for (let k = 0; k < index.length; k++) {
    if (k > 0) {
      let ft = c.t(f!.type);
      if (ft.kind === Kind.Pointer && c.t(ft.elem).kind === Kind.Struct) ft = c.t(ft.elem);
      t = ft;
    }
    if (t.kind !== Kind.Struct) m.panicString(`reflect: Field of non-struct type ${t.str}`);
    if (index[k] < 0 || index[k] >= t.fields.length)
      m.panicString("reflect: Field index out of bounds");
    f = t.fields[index[k]];
  }
  if (f === undefined) return m.panicRuntimeError("index out of range [0] with length 0");
  writeStructField(m, c, a + 32, f, index);
});

// FieldByName(name string) (StructField, bool) — name +8, results +24 and +128.
def("(*rtype).FieldByName", (m, a) => {
  const c = ctx(m);
  const t = rt(m, a);
  if (t.kind !== Kind.Struct) m.panicString(`reflect: FieldByName of non-struct type ${t.str}`);
  const name = m.readString(a + 8);
  const r = fieldByName(c, t.id, (n) => n === name);
  if (r === undefined) {
    m.u8.fill(0, a + 24, a + 24 + STRUCT_FIELD_SIZE);
    writeBool(m, a + 128, false);
    return;
  }
  writeStructField(m, c, a + 24, r.field, r.index);
  writeBool(m, a + 128, true);
});

def("(*rtype).FieldByNameFunc", (m) => unsupported(m, "Type.FieldByNameFunc"));

// Method(i int) Method — i +8, result +16.
def("(*rtype).Method", (m, a) => {
  const t = rt(m, a);
  const i = intArg(m, a + 8);
  if (i < 0 || i >= visibleMethods(t).length) m.panicString("reflect: Method index out of range");
  writeMethod(m, ctx(m), a + 16, t, i);
});

// MethodByName(name string) (Method, bool) — name +8, results +24 and +104.
def("(*rtype).MethodByName", (m, a) => {
  const t = rt(m, a);
  const i = methodIndexByName(t, m.readString(a + 8));
  if (i < 0) {
    m.u8.fill(0, a + 24, a + 104);
    writeBool(m, a + 104, false);
    return;
  }
  writeMethod(m, ctx(m), a + 24, t, i);
  writeBool(m, a + 104, true);
});

// Implements(u Type) bool — u +8, result +24.
def("(*rtype).Implements", (m, a) => {
  const c = ctx(m);
  const u = typeArg(m, a + 8);
  if (u === 0) m.panicString("reflect: nil type passed to Type.Implements");
  if (c.t(u).kind !== Kind.Interface)
    m.panicString("reflect: non-interface type passed to Type.Implements");
  writeBool(m, a + 24, implementsInterface(c.types, u, word(m, a)));
});

def("(*rtype).AssignableTo", (m, a) => {
  const c = ctx(m);
  const u = typeArg(m, a + 8);
  if (u === 0) m.panicString("reflect: nil type passed to Type.AssignableTo");
  writeBool(m, a + 24, assignable(c.types, u, word(m, a)));
});

def("(*rtype).ConvertibleTo", (m, a) => {
  const c = ctx(m);
  const u = typeArg(m, a + 8);
  if (u === 0) m.panicString("reflect: nil type passed to Type.ConvertibleTo");
  writeBool(m, a + 24, convertible(c.types, u, word(m, a)));
});

// ---- type constructors: only types the program already has ----

function needType(m: Machine, id: number, what: string): number {
  if (id === 0) unsupported(m, `${what} of a type the program does not use`);
  return id;
}

// PointerTo(t Type) Type — t +0, result +16.
def("PointerTo", (m, a) => {
  const c = ctx(m);
  writeType(m, c, a + 16, needType(m, c.ix.pointerTo(typeArg(m, a)), "PointerTo"));
});
def("SliceOf", (m, a) => {
  const c = ctx(m);
  writeType(m, c, a + 16, needType(m, c.ix.sliceOf(typeArg(m, a)), "SliceOf"));
});
// MapOf(key, elem Type) Type — key +0, elem +16, result +32.
def("MapOf", (m, a) => {
  const c = ctx(m);
  const k = typeArg(m, a);
  if (!c.t(k).comparable) m.panicString(`reflect.MapOf: invalid key type ${c.t(k).str}`);
  writeType(m, c, a + 32, needType(m, c.ix.mapOf(k, typeArg(m, a + 16)), "MapOf"));
});
// ArrayOf(length int, elem Type) Type — length +0, elem +8, result +24.
def("ArrayOf", (m, a) => {
  const c = ctx(m);
  const n = intArg(m, a);
  if (n < 0) m.panicString("reflect: negative length passed to ArrayOf");
  writeType(m, c, a + 24, needType(m, c.ix.arrayOf(n, typeArg(m, a + 8)), "ArrayOf"));
});
// ChanOf(dir ChanDir, t Type) Type — dir +0, t +8, result +24.
def("ChanOf", (m, a) => {
  const c = ctx(m);
  const dir = intArg(m, a);
  if (dir < 1 || dir > 3) m.panicString("reflect.ChanOf: invalid dir");
  writeType(m, c, a + 24, needType(m, c.ix.chanOf(dir, typeArg(m, a + 8)), "ChanOf"));
});
// FuncOf(in, out []Type, variadic bool) Type — in +0, out +24, variadic +48, result +56.
def("FuncOf", (m, a) => {
  const c = ctx(m);
  const list = (s: number) => {
    const out: number[] = [];
    const data = word(m, s);
    for (let i = 0; i < word(m, s + 8); i++) out.push(typeArg(m, data + 16 * i));
    return out;
  };
  const ins = list(a);
  const variadic = m.u8[a + 48] !== 0;
  if (variadic && (ins.length === 0 || c.t(ins[ins.length - 1]).kind !== Kind.Slice))
    m.panicString("reflect.FuncOf: last arg of variadic func must be slice");
  writeType(m, c, a + 56, needType(m, c.ix.funcOf(ins, list(a + 24), variadic), "FuncOf"));
});
def("StructOf", (m) => unsupported(m, "StructOf"));

// VisibleFields(t Type) []StructField — t +0, result +16.
def("VisibleFields", (m, a) => {
  const c = ctx(m);
  const t = typeArg(m, a);
  if (t === 0) m.panicString("reflect: VisibleFields(nil)");
  if (c.t(t).kind !== Kind.Struct) m.panicString("reflect.VisibleFields of non-struct type");
  const fs = visibleFields(c, t);
  const sfType = c.need("reflect.StructField");
  const arr = fs.length > 0 ? m.alloc(sfType, fs.length) : 0;
  setWord(m, a + 16, arr);
  setWord(m, a + 24, fs.length);
  setWord(m, a + 32, fs.length);
  // Each element is filled in place: the array is reachable from the result.
  fs.forEach((f, i) =>
    writeStructFieldHeap(m, c, word(m, a + 16) + i * STRUCT_FIELD_SIZE, f.field, f.index),
  );
});

/** writeStructField into a heap object (pointer words through the barrier). */
function writeStructFieldHeap(
  m: Machine,
  c: Ctx,
  addr: number,
  f: RField,
  index: readonly number[],
): void {
  const intType = c.need("int");
  const arr = index.length > 0 ? m.alloc(intType, index.length) : 0;
  index.forEach((x, i) => store64(m.u32, arr + 8 * i, x));
  m.writePtr(addr + 72, arr);
  setWord(m, addr + 80, index.length);
  setWord(m, addr + 88, index.length);
  storeStringHeap(m, addr, f.name);
  storeStringHeap(m, addr + 16, f.pkgPath);
  m.writePtr(addr + 32, c.rtypePtr);
  m.writePtr(addr + 40, f.type);
  storeStringHeap(m, addr + 48, f.tag);
  setWord(m, addr + 64, f.offset);
  writeBool(m, addr + 96, f.embedded);
}

// ---- Value methods: v at +0 (24 bytes). ----

function v0(m: Machine, a: number): Val {
  return readVal(m, a);
}

// Type() Type — result +24.
def("(Value).Type", (m, a) => {
  const c = ctx(m);
  writeType(m, c, a + 24, typeOfValue(m, c, v0(m, a)));
});

def("(Value).Bool", (m, a) => {
  const v = v0(m, a);
  mustBe(m, v, Kind.Bool, "reflect.Value.Bool");
  writeBool(m, a + 24, m.u8[dataAddr(v, a)] !== 0);
});

def("(Value).Int", (m, a) => {
  const v = v0(m, a);
  const k = kindOf(v);
  if (!isIntKind(k)) valueError(m, "reflect.Value.Int", k);
  writeInt(m, a + 24, loadInt(m, k, dataAddr(v, a)));
});

def("(Value).Uint", (m, a) => {
  const v = v0(m, a);
  const k = kindOf(v);
  if (!isUintKind(k)) valueError(m, "reflect.Value.Uint", k);
  writeInt(m, a + 24, loadUint(m, k, dataAddr(v, a)));
});

def("(Value).Float", (m, a) => {
  const v = v0(m, a);
  const k = kindOf(v);
  if (k !== Kind.Float32 && k !== Kind.Float64) valueError(m, "reflect.Value.Float", k);
  m.f64[(a + 24) >>> 3] = loadFloat(m, k, dataAddr(v, a));
});

// Complex() complex128 — result +24 (16 bytes).
def("(Value).Complex", (m, a) => {
  const v = v0(m, a);
  const k = kindOf(v);
  if (k !== Kind.Complex64 && k !== Kind.Complex128) valueError(m, "reflect.Value.Complex", k);
  const [re, im] = loadComplex(m, k, v.ptr);
  m.f64[(a + 24) >>> 3] = re;
  m.f64[(a + 32) >>> 3] = im;
});

// String() string — result +24.
def("(Value).String", (m, a) => {
  const v = v0(m, a);
  const k = kindOf(v);
  if (k === Kind.String) {
    setWord(m, a + 24, word(m, v.ptr));
    setWord(m, a + 32, word(m, v.ptr + 8));
    return;
  }
  if (k === Kind.Invalid) {
    writeString(m, a + 24, "<invalid Value>");
    return;
  }
  const c = ctx(m);
  const [p, n] = m.newString(`<${c.t(typeOfValue(m, c, v)).str} Value>`);
  setWord(m, a + 24, p);
  setWord(m, a + 32, n);
});

def("(Value).CanInt", (m, a) => writeBool(m, a + 24, isIntKind(kindOf(v0(m, a)))));
def("(Value).CanUint", (m, a) => writeBool(m, a + 24, isUintKind(kindOf(v0(m, a)))));
def("(Value).CanFloat", (m, a) => {
  const k = kindOf(v0(m, a));
  writeBool(m, a + 24, k === Kind.Float32 || k === Kind.Float64);
});
def("(Value).CanComplex", (m, a) => {
  const k = kindOf(v0(m, a));
  writeBool(m, a + 24, k === Kind.Complex64 || k === Kind.Complex128);
});

// Bytes() []byte — result +24.
def("(Value).Bytes", (m, a) => {
  const c = ctx(m);
  const v = v0(m, a);
  switch (kindOf(v)) {
    case Kind.Slice:
      if (c.t(c.t(v.typ).elem).kind !== Kind.Uint8)
        m.panicString("reflect.Value.Bytes of non-byte slice");
      setWord(m, a + 24, word(m, v.ptr));
      setWord(m, a + 32, word(m, v.ptr + 8));
      setWord(m, a + 40, word(m, v.ptr + 16));
      return;
    case Kind.Array: {
      const t = c.t(v.typ);
      if (c.t(t.elem).kind !== Kind.Uint8) m.panicString("reflect.Value.Bytes of non-byte array");
      if ((v.flag & FLAG_ADDR) === 0)
        m.panicString("reflect.Value.Bytes of unaddressable byte array");
      setWord(m, a + 24, v.ptr);
      setWord(m, a + 32, t.len);
      setWord(m, a + 40, t.len);
      return;
    }
  }
  valueError(m, "reflect.Value.Bytes", kindOf(v));
});

// Elem() Value — result +24.
def("(Value).Elem", (m, a) => writeVal(m, a + 24, elemOf(m, ctx(m), v0(m, a))));

// Field(i int) Value — i +24, result +32.
def("(Value).Field", (m, a) =>
  writeVal(m, a + 32, fieldOf(m, ctx(m), v0(m, a), intArg(m, a + 24))),
);

// FieldByIndex(index []int) Value — index +24, result +48.
def("(Value).FieldByIndex", (m, a) => {
  const c = ctx(m);
  let v = v0(m, a);
  const data = word(m, a + 24);
  const n = word(m, a + 32);
  if (n === 1) {
    writeVal(m, a + 48, fieldOf(m, c, v, intArg(m, data)));
    return;
  }
  mustBe(m, v, Kind.Struct, "reflect.Value.FieldByIndex");
  for (let k = 0; k < n; k++) {
    if (k > 0 && kindOf(v) === Kind.Pointer && c.t(c.t(v.typ).elem).kind === Kind.Struct) {
      if (isNil(m, v)) m.panicString("reflect: indirection through nil pointer to embedded struct");
      v = elemOf(m, c, v);
    }
    v = fieldOf(m, c, v, intArg(m, data + 8 * k));
  }
  writeVal(m, a + 48, v);
});

// FieldByIndexErr(index []int) (Value, error) — index +24, results +48 and +72.
def("(Value).FieldByIndexErr", (m, a) => {
  const c = ctx(m);
  let v = v0(m, a);
  const data = word(m, a + 24);
  const n = word(m, a + 32);
  mustBe(m, v, Kind.Struct, "reflect.Value.FieldByIndexErr");
  for (let k = 0; k < n; k++) {
    if (k > 0 && kindOf(v) === Kind.Pointer && c.t(c.t(v.typ).elem).kind === Kind.Struct) {
      if (isNil(m, v))
        unsupported(
          m,
          `FieldByIndexErr's error (nil pointer to embedded struct ${c.t(c.t(v.typ).elem).name})`,
        );
      v = elemOf(m, c, v);
    }
    v = fieldOf(m, c, v, intArg(m, data + 8 * k));
  }
  writeVal(m, a + 48, v);
  setWord(m, a + 72, 0);
  setWord(m, a + 80, 0);
});

// FieldByName(name string) Value — name +24, result +40.
def("(Value).FieldByName", (m, a) => {
  const c = ctx(m);
  let v = v0(m, a);
  mustBe(m, v, Kind.Struct, "reflect.Value.FieldByName");
  const name = m.readString(a + 24);
  const r = fieldByName(c, v.typ, (n) => n === name);
  if (r === undefined) {
    writeVal(m, a + 40, ZERO);
    return;
  }
  for (let k = 0; k < r.index.length; k++) {
    if (k > 0 && kindOf(v) === Kind.Pointer) {
      if (isNil(m, v)) m.panicString("reflect: indirection through nil pointer to embedded struct");
      v = elemOf(m, c, v);
    }
    v = fieldOf(m, c, v, r.index[k]);
  }
  writeVal(m, a + 40, v);
});

def("(Value).FieldByNameFunc", (m) => unsupported(m, "Value.FieldByNameFunc"));

// Index(i int) Value — i +24, result +32.
def("(Value).Index", (m, a) =>
  writeVal(m, a + 32, indexOf(m, ctx(m), v0(m, a), intArg(m, a + 24))),
);

// Interface() any — result +24.
def("(Value).Interface", (m, a) => {
  const c = ctx(m);
  const [t, d] = valueInterface(m, c, v0(m, a), "reflect.Value.Interface");
  setWord(m, a + 24, t);
  setWord(m, a + 32, d);
});

def("(Value).IsNil", (m, a) => writeBool(m, a + 24, isNil(m, v0(m, a))));
def("(Value).IsZero", (m, a) => writeBool(m, a + 24, isZero(m, ctx(m), v0(m, a))));
def("(Value).Len", (m, a) => writeInt(m, a + 24, lenOf(m, ctx(m), v0(m, a))));

def("(Value).Cap", (m, a) => {
  const c = ctx(m);
  const v = v0(m, a);
  switch (kindOf(v)) {
    case Kind.Slice:
      writeInt(m, a + 24, word(m, v.ptr + 16));
      return;
    case Kind.Array:
      writeInt(m, a + 24, c.t(v.typ).len);
      return;
    case Kind.Chan:
      unsupported(m, "Cap of a channel");
    // falls through (unsupported never returns)
    case Kind.Pointer: {
      const e = c.t(c.t(v.typ).elem);
      if (e.kind === Kind.Array) {
        writeInt(m, a + 24, e.len);
        return;
      }
      m.panicString("reflect: call of reflect.Value.Cap on ptr to non-array Value");
    }
  }
  valueError(m, "reflect.Value.Cap", kindOf(v));
});

def("(Value).NumField", (m, a) => {
  const v = v0(m, a);
  mustBe(m, v, Kind.Struct, "reflect.Value.NumField");
  writeInt(m, a + 24, ctx(m).t(v.typ).fields.length);
});

def("(Value).NumMethod", (m, a) => {
  const v = v0(m, a);
  if (v.flag === 0) valueError(m, "reflect.Value.NumMethod", 0);
  if (v.flag & FLAG_METHOD) {
    writeInt(m, a + 24, 0);
    return;
  }
  writeInt(m, a + 24, visibleMethods(ctx(m).t(v.typ)).length);
});

// Method(i int) Value — i +24, result +32.
def("(Value).Method", (m, a) => {
  const c = ctx(m);
  const v = v0(m, a);
  if (v.flag === 0) valueError(m, "reflect.Value.Method", 0);
  const n = visibleMethods(c.t(v.typ)).length;
  const i = intArg(m, a + 24);
  if (v.flag & FLAG_METHOD || i < 0 || i >= n) m.panicString("reflect: Method index out of range");
  if (kindOf(v) === Kind.Interface && isNil(m, v))
    m.panicString("reflect: Method on nil interface value");
  const fl =
    (v.flag & (FLAG_STICKY_RO | FLAG_INDIR)) | (i << FLAG_METHOD_SHIFT) | FLAG_METHOD | Kind.Func;
  writeVal(m, a + 32, { typ: v.typ, ptr: v.ptr, flag: fl });
});

// MethodByName(name string) Value — name +24, result +40.
def("(Value).MethodByName", (m, a) => {
  const c = ctx(m);
  const v = v0(m, a);
  if (v.flag === 0) valueError(m, "reflect.Value.MethodByName", 0);
  if (v.flag & FLAG_METHOD) m.panicString("reflect: MethodByName of method value");
  const i = methodIndexByName(c.t(v.typ), m.readString(a + 24));
  if (i < 0) {
    writeVal(m, a + 40, ZERO);
    return;
  }
  if (kindOf(v) === Kind.Interface && isNil(m, v))
    m.panicString("reflect: Method on nil interface value");
  const fl =
    (v.flag & (FLAG_STICKY_RO | FLAG_INDIR)) | (i << FLAG_METHOD_SHIFT) | FLAG_METHOD | Kind.Func;
  writeVal(m, a + 40, { typ: v.typ, ptr: v.ptr, flag: fl });
});

// Pointer() uintptr — result +24.
def("(Value).Pointer", (m, a) => {
  const v = v0(m, a);
  switch (kindOf(v)) {
    case Kind.Pointer:
    case Kind.Chan:
    case Kind.Map:
    case Kind.UnsafePointer:
      writeInt(m, a + 24, pointerWord(m, v));
      return;
    case Kind.Func: {
      if (v.flag & FLAG_METHOD) unsupported(m, "Pointer of a method value");
      const p = pointerWord(m, v);
      // Go returns the code pointer, the closure's first word: here the function id.
      writeInt(m, a + 24, p === 0 ? 0 : word(m, p));
      return;
    }
    case Kind.Slice:
      writeInt(m, a + 24, word(m, v.ptr));
      return;
  }
  valueError(m, "reflect.Value.Pointer", kindOf(v));
});

def("(Value).UnsafePointer", (m, a) => {
  const v = v0(m, a);
  switch (kindOf(v)) {
    case Kind.Pointer:
    case Kind.Chan:
    case Kind.Map:
    case Kind.UnsafePointer:
      setWord(m, a + 24, pointerWord(m, v));
      return;
    case Kind.Func: {
      const p = pointerWord(m, v);
      setWord(m, a + 24, p === 0 ? 0 : word(m, p));
      return;
    }
    case Kind.Slice:
      setWord(m, a + 24, word(m, v.ptr));
      return;
  }
  valueError(m, "reflect.Value.UnsafePointer", kindOf(v));
});

def("(Value).UnsafeAddr", (m, a) => {
  const v = v0(m, a);
  if (v.flag === 0) valueError(m, "reflect.Value.UnsafeAddr", 0);
  if ((v.flag & FLAG_ADDR) === 0) m.panicString("reflect.Value.UnsafeAddr of unaddressable value");
  writeInt(m, a + 24, v.ptr);
});

// Addr() Value — result +24.
def("(Value).Addr", (m, a) => {
  const c = ctx(m);
  const v = v0(m, a);
  if ((v.flag & FLAG_ADDR) === 0) m.panicString("reflect.Value.Addr of unaddressable value");
  const pt = c.ix.pointerTo(v.typ);
  if (pt === 0)
    unsupported(m, `Addr of a ${c.t(v.typ).str} (the program has no *${c.t(v.typ).str} type)`);
  writeVal(m, a + 24, { typ: pt, ptr: v.ptr, flag: (v.flag & FLAG_RO) | Kind.Pointer });
});

// Slice(i, j int) Value — i +24, j +32, result +40.
def("(Value).Slice", (m, a) => {
  const r = sliceOp(m, ctx(m), v0(m, a), intArg(m, a + 24), intArg(m, a + 32), 0, false);
  writeVal(m, a + 40, r);
});

// Slice3(i, j, k int) Value — +24, +32, +40, result +48.
def("(Value).Slice3", (m, a) => {
  const r = sliceOp(
    m,
    ctx(m),
    v0(m, a),
    intArg(m, a + 24),
    intArg(m, a + 32),
    intArg(m, a + 40),
    true,
  );
  writeVal(m, a + 48, r);
});

// ---- overflow checks: x at +24, result +32 (+40 for complex). ----

def("(Value).OverflowInt", (m, a) => {
  const v = v0(m, a);
  const k = kindOf(v);
  if (!isIntKind(k)) valueError(m, "reflect.Value.OverflowInt", k);
  const bits = BigInt(ctx(m).t(v.typ).size * 8);
  const x = BigInt(load64(m.u32, m.i32, a + 24));
  writeBool(m, a + 32, BigInt.asIntN(Number(bits), x) !== x);
});

def("(Value).OverflowUint", (m, a) => {
  const v = v0(m, a);
  const k = kindOf(v);
  if (!isUintKind(k)) valueError(m, "reflect.Value.OverflowUint", k);
  const bits = ctx(m).t(v.typ).size * 8;
  const x = BigInt(loadU64(m.u32, a + 24));
  writeBool(m, a + 32, BigInt.asUintN(bits, x) !== x);
});

function overflowFloat32(x: number): boolean {
  const ax = Math.abs(x);
  return 3.4028234663852886e38 < ax && ax <= Number.MAX_VALUE;
}

def("(Value).OverflowFloat", (m, a) => {
  const v = v0(m, a);
  const k = kindOf(v);
  if (k !== Kind.Float32 && k !== Kind.Float64) valueError(m, "reflect.Value.OverflowFloat", k);
  const x = m.f64[(a + 24) >>> 3];
  writeBool(m, a + 32, k === Kind.Float32 && overflowFloat32(x));
});

def("(Value).OverflowComplex", (m, a) => {
  const v = v0(m, a);
  const k = kindOf(v);
  if (k !== Kind.Complex64 && k !== Kind.Complex128)
    valueError(m, "reflect.Value.OverflowComplex", k);
  const re = m.f64[(a + 24) >>> 3];
  const im = m.f64[(a + 32) >>> 3];
  writeBool(m, a + 40, k === Kind.Complex64 && (overflowFloat32(re) || overflowFloat32(im)));
});

// ---- setters: x at +24. ----

def("(Value).Set", (m, a) => setValue(m, ctx(m), v0(m, a), readVal(m, a + 24)));

def("(Value).SetBool", (m, a) => {
  const v = v0(m, a);
  mustBeAssignable(m, v, "reflect.Value.SetBool");
  mustBe(m, v, Kind.Bool, "reflect.Value.SetBool");
  m.u8[v.ptr] = m.u8[a + 24] !== 0 ? 1 : 0;
});

def("(Value).SetInt", (m, a) => {
  const v = v0(m, a);
  mustBeAssignable(m, v, "reflect.Value.SetInt");
  const k = kindOf(v);
  if (!isIntKind(k)) valueError(m, "reflect.Value.SetInt", k);
  storeInteger(m, k, v.ptr, load64(m.u32, m.i32, a + 24));
});

def("(Value).SetUint", (m, a) => {
  const v = v0(m, a);
  mustBeAssignable(m, v, "reflect.Value.SetUint");
  const k = kindOf(v);
  if (!isUintKind(k)) valueError(m, "reflect.Value.SetUint", k);
  storeInteger(m, k, v.ptr, loadU64(m.u32, a + 24));
});

def("(Value).SetFloat", (m, a) => {
  const v = v0(m, a);
  mustBeAssignable(m, v, "reflect.Value.SetFloat");
  const k = kindOf(v);
  const x = m.f64[(a + 24) >>> 3];
  if (k === Kind.Float32) m.f32[v.ptr >>> 2] = x;
  else if (k === Kind.Float64) m.f64[v.ptr >>> 3] = x;
  else valueError(m, "reflect.Value.SetFloat", k);
});

def("(Value).SetComplex", (m, a) => {
  const v = v0(m, a);
  mustBeAssignable(m, v, "reflect.Value.SetComplex");
  const k = kindOf(v);
  const re = m.f64[(a + 24) >>> 3];
  const im = m.f64[(a + 32) >>> 3];
  if (k === Kind.Complex64) {
    m.f32[v.ptr >>> 2] = re;
    m.f32[(v.ptr >>> 2) + 1] = im;
  } else if (k === Kind.Complex128) {
    m.f64[v.ptr >>> 3] = re;
    m.f64[(v.ptr >>> 3) + 1] = im;
  } else valueError(m, "reflect.Value.SetComplex", k);
});

def("(Value).SetBytes", (m, a) => {
  const c = ctx(m);
  const v = v0(m, a);
  mustBeAssignable(m, v, "reflect.Value.SetBytes");
  mustBe(m, v, Kind.Slice, "reflect.Value.SetBytes");
  if (c.t(c.t(v.typ).elem).kind !== Kind.Uint8)
    m.panicString("reflect.Value.SetBytes of non-byte slice");
  m.writePtr(v.ptr, word(m, a + 24));
  setWord(m, v.ptr + 8, word(m, a + 32));
  setWord(m, v.ptr + 16, word(m, a + 40));
});

def("(Value).SetLen", (m, a) => {
  const v = v0(m, a);
  mustBeAssignable(m, v, "reflect.Value.SetLen");
  mustBe(m, v, Kind.Slice, "reflect.Value.SetLen");
  const n = intArg(m, a + 24);
  if (n < 0 || n > word(m, v.ptr + 16))
    m.panicString("reflect: slice length out of range in SetLen");
  setWord(m, v.ptr + 8, n);
});

def("(Value).SetCap", (m, a) => {
  const v = v0(m, a);
  mustBeAssignable(m, v, "reflect.Value.SetCap");
  mustBe(m, v, Kind.Slice, "reflect.Value.SetCap");
  const n = intArg(m, a + 24);
  if (n < word(m, v.ptr + 8) || n > word(m, v.ptr + 16))
    m.panicString("reflect: slice capacity out of range in SetCap");
  setWord(m, v.ptr + 16, n);
});

def("(Value).SetPointer", (m, a) => {
  const v = v0(m, a);
  mustBeAssignable(m, v, "reflect.Value.SetPointer");
  mustBe(m, v, Kind.UnsafePointer, "reflect.Value.SetPointer");
  m.writePtr(v.ptr, word(m, a + 24));
});

// ---- conversions ----

// Convert(t Type) Value — t +24, result +40.
def("(Value).Convert", (m, a) => {
  const c = ctx(m);
  const t = typeArg(m, a + 24);
  writeVal(m, a + 40, convertValue(m, c, v0(m, a), t));
});

// CanConvert(t Type) bool — t +24, result +40.
def("(Value).CanConvert", (m, a) => {
  const c = ctx(m);
  const v = v0(m, a);
  const t = typeArg(m, a + 24);
  if (!convertible(c.types, t, v.typ)) {
    writeBool(m, a + 40, false);
    return;
  }
  // A slice converts to an array pointer only when it is long enough.
  if (
    kindOf(v) === Kind.Slice &&
    c.t(t).kind === Kind.Pointer &&
    c.t(c.t(t).elem).kind === Kind.Array
  ) {
    writeBool(m, a + 40, c.t(c.t(t).elem).len <= word(m, v.ptr + 8));
    return;
  }
  writeBool(m, a + 40, true);
});

// ---- package-level constructors ----

// Zero(typ Type) Value — typ +0, result +16.
def("Zero", (m, a) => {
  const c = ctx(m);
  const typ = typeArg(m, a);
  if (typ === 0) m.panicString("reflect: Zero(nil)");
  const t = c.t(typ);
  if (t.direct) {
    writeVal(m, a + 16, { typ, ptr: 0, flag: t.kind });
    return;
  }
  const p = t.size <= MAX_ZERO && t.size <= MAP_ZERO_SIZE ? MAP_ZERO_VALUE : m.alloc(typ, 1);
  writeVal(m, a + 16, { typ, ptr: p, flag: t.kind | FLAG_INDIR });
});

// New(typ Type) Value — typ +0, result +16.
def("New", (m, a) => {
  const c = ctx(m);
  const typ = typeArg(m, a);
  if (typ === 0) m.panicString("reflect: New(nil)");
  const pt = c.ix.pointerTo(typ);
  if (pt === 0) unsupported(m, `New(${c.t(typ).str}) (the program has no *${c.t(typ).str} type)`);
  const p = m.alloc(typ, 1);
  writeVal(m, a + 16, { typ: pt, ptr: p, flag: Kind.Pointer });
});

// NewAt(typ Type, p unsafe.Pointer) Value — typ +0, p +16, result +24.
def("NewAt", (m, a) => {
  const c = ctx(m);
  const typ = typeArg(m, a);
  const pt = c.ix.pointerTo(typ);
  if (pt === 0) unsupported(m, `NewAt(${c.t(typ).str}) (the program has no *${c.t(typ).str} type)`);
  writeVal(m, a + 24, { typ: pt, ptr: word(m, a + 16), flag: Kind.Pointer });
});

// MakeSlice(typ Type, len, cap int) Value — typ +0, len +16, cap +24, result +32.
def("MakeSlice", (m, a) => {
  const c = ctx(m);
  const typ = typeArg(m, a);
  const t = c.t(typ);
  if (t.kind !== Kind.Slice) m.panicString("reflect.MakeSlice of non-slice type");
  const len = intArg(m, a + 16);
  const cap = intArg(m, a + 24);
  if (len < 0) m.panicString("reflect.MakeSlice: negative len");
  if (cap < 0) m.panicString("reflect.MakeSlice: negative cap");
  if (len > cap) m.panicString("reflect.MakeSlice: len > cap");
  const data = m.alloc(t.elem, cap);
  // The result slot holds the array while the header is allocated.
  writeVal(m, a + 32, { typ, ptr: 0, flag: 0 });
  setWord(m, a + 40, data);
  const h = m.alloc(typ, 1);
  m.writePtr(h, word(m, a + 40));
  setWord(m, h + 8, len);
  setWord(m, h + 16, cap);
  writeVal(m, a + 32, { typ, ptr: h, flag: FLAG_INDIR | Kind.Slice });
});

// Append(s Value, x ...Value) Value — s +0, x +24, result +48.
def("Append", (m, a) => {
  const c = ctx(m);
  let s = readVal(m, a);
  mustBe(m, s, Kind.Slice, "reflect.Append");
  const n = word(m, s.ptr + 8);
  const xs = word(m, a + 24);
  const nx = word(m, a + 32);
  mustBeExported(m, s, "reflect.Append");
  s = extendSlice(m, c, s, nx);
  writeVal(m, a + 48, s);
  for (let i = 0; i < nx; i++) {
    const dst = indexOf(m, c, s, n + i);
    setValue(m, c, dst, readVal(m, xs + 24 * i));
  }
});

// AppendSlice(s, t Value) Value — s +0, t +24, result +48.
def("AppendSlice", (m, a) => {
  const c = ctx(m);
  let s = readVal(m, a);
  const t = readVal(m, a + 24);
  mustBe(m, s, Kind.Slice, "reflect.AppendSlice");
  mustBe(m, t, Kind.Slice, "reflect.AppendSlice");
  if (c.t(s.typ).elem !== c.t(t.typ).elem)
    m.panicString(`reflect.AppendSlice: ${c.t(s.typ).str} != ${c.t(t.typ).str}`);
  const ns = word(m, s.ptr + 8);
  const nt = word(m, t.ptr + 8);
  s = extendSlice(m, c, s, nt);
  writeVal(m, a + 48, s);
  const elem = c.t(s.typ).elem;
  const esize = c.t(elem).size;
  copyElems(m, elem, esize, word(m, s.ptr) + ns * esize, word(m, t.ptr), nt);
});

// Copy(dst, src Value) int — dst +0, src +24, result +48.
def("Copy", (m, a) => {
  const c = ctx(m);
  const dst = readVal(m, a);
  const src = readVal(m, a + 24);
  const dk = kindOf(dst);
  if (dk !== Kind.Array && dk !== Kind.Slice) valueError(m, "reflect.Copy", dk);
  if (dk === Kind.Array) mustBeAssignable(m, dst, "reflect.Copy");
  mustBeExported(m, dst, "reflect.Copy");
  const sk = kindOf(src);
  let isString = false;
  if (sk !== Kind.Array && sk !== Kind.Slice) {
    isString = sk === Kind.String && c.t(c.t(dst.typ).elem).kind === Kind.Uint8;
    if (!isString) valueError(m, "reflect.Copy", sk);
  }
  mustBeExported(m, src, "reflect.Copy");
  const de = c.t(dst.typ).elem;
  if (!isString && de !== c.t(src.typ).elem)
    m.panicString(`reflect.Copy: ${c.t(de).str} != ${c.t(c.t(src.typ).elem).str}`);
  const span = (v: Val, k: Kind): [number, number] =>
    k === Kind.Array ? [v.ptr, c.t(v.typ).len] : [word(m, v.ptr), word(m, v.ptr + 8)];
  const [dp, dn] = span(dst, dk);
  const [sp, sn] = isString ? [word(m, src.ptr), word(m, src.ptr + 8)] : span(src, sk);
  const n = Math.min(dn, sn);
  copyElems(m, de, c.t(de).size, dp, sp, n);
  writeInt(m, a + 48, n);
});

// DeepEqual(x, y any) bool — x +0, y +16, result +32.
def("DeepEqual", (m, a) => {
  const c = ctx(m);
  const xt = word(m, a);
  const yt = word(m, a + 16);
  if (xt === 0 || yt === 0) {
    writeBool(m, a + 32, xt === yt);
    return;
  }
  if (xt !== yt) {
    writeBool(m, a + 32, false);
    return;
  }
  // Direct values are compared through their data words in the argument area.
  const x = unpackEface(c, xt, word(m, a + 8));
  const y = unpackEface(c, yt, word(m, a + 24));
  const xv = x.flag & FLAG_INDIR ? x : { typ: xt, ptr: a + 8, flag: x.flag | FLAG_INDIR };
  const yv = y.flag & FLAG_INDIR ? y : { typ: yt, ptr: a + 24, flag: y.flag | FLAG_INDIR };
  writeBool(m, a + 32, deepValueEqual(m, c, xv, yv, []));
});

// Swapper needs a closure whose code is a hook: see swapSliceElems.
def("Swapper", (m) => unsupported(m, "Swapper (value.go should build it on swapSliceElems)"));

// swapSliceElems(v Value, i, j int) — v +0, i +24, j +32. The body of the closure that
// reflect.Swapper returns (proposed Go side: `return func(i, j int) { swapSliceElems(v, i, j) }`).
def("swapSliceElems", (m, a) => {
  const c = ctx(m);
  const v = readVal(m, a);
  const i = intArg(m, a + 24);
  const j = intArg(m, a + 32);
  const len = word(m, v.ptr + 8);
  const elem = c.t(c.t(v.typ).elem);
  // Go's Swapper: small slices and general element types check with reflect's message;
  // its fast paths (word-sized, string, pointer elements) fail as an index expression.
  const fast =
    elem.ptrWords.length === 0
      ? [1, 2, 4, 8].includes(elem.size)
      : elem.size === 8 || elem.kind === Kind.String;
  if (len <= 1 || !fast) {
    if (i < 0 || i >= len || j < 0 || j >= len) m.panicString("reflect: slice index out of range");
  } else {
    if (i < 0 || i >= len) m.panicRuntimeError(`index out of range [${i}] with length ${len}`);
    if (j < 0 || j >= len) m.panicRuntimeError(`index out of range [${j}] with length ${len}`);
  }
  if (i === j) return;
  const base = word(m, v.ptr);
  const pa = base + i * elem.size;
  const pb = base + j * elem.size;
  const saved = m.u8.slice(pa, pa + elem.size);
  if (elem.ptrWords.length === 0) {
    m.u8.copyWithin(pa, pb, pb + elem.size);
    m.u8.set(saved, pb);
    return;
  }
  // No allocation happens between these stores, so `saved` cannot go stale.
  m.typedmemmove(elem.id, pa, pb);
  const ptrs = new Set(elem.ptrWords);
  for (let w = 0; w < elem.size / 8; w++) {
    const off = w * 8;
    const lo = saved[off] | (saved[off + 1] << 8) | (saved[off + 2] << 16) | (saved[off + 3] << 24);
    if (ptrs.has(w)) m.writePtr(pb + off, lo >>> 0);
    else m.u8.set(saved.subarray(off, off + 8), pb + off);
  }
  const tail = elem.size % 8;
  if (tail > 0) m.u8.set(saved.subarray(elem.size - tail), pb + elem.size - tail);
});

// ---- maps ----

// MapIndex(key Value) Value — key +24, result +48.
def("(Value).MapIndex", (m, a) => {
  const c = ctx(m);
  const v = v0(m, a);
  mustBe(m, v, Kind.Map, "reflect.Value.MapIndex");
  const t = c.t(v.typ);
  let key = readVal(m, a + 24);
  key = assignTo(m, c, key, "reflect.Value.MapIndex", t.key, 0);
  // assignTo may have boxed the key: keep it where the map reads it.
  writeVal(m, a + 24, key);
  const h = pointerWord(m, v);
  const e = h === 0 ? 0 : maps().access(m, v.typ, h, keyAddr(key, a + 24));
  if (e === 0) {
    writeVal(m, a + 48, ZERO);
    return;
  }
  const fl = ro(v.flag | key.flag) | c.t(t.elem).kind;
  writeVal(m, a + 48, copyVal(m, c, t.elem, fl, e));
});

// MapKeys() []Value — result +24.
def("(Value).MapKeys", (m, a) => {
  const c = ctx(m);
  const v = v0(m, a);
  mustBe(m, v, Kind.Map, "reflect.Value.MapKeys");
  const t = c.t(v.typ);
  const kt = t.key;
  const fl = ro(v.flag) | c.t(kt).kind;
  const h = pointerWord(m, v);
  const mr = maps();
  const n = h === 0 ? 0 : mr.maplen(m, h);
  const valueType = c.need("reflect.Value");
  const arr = n > 0 ? m.alloc(valueType, n) : 0;
  setWord(m, a + 24, arr);
  setWord(m, a + 32, 0);
  setWord(m, a + 40, n);
  if (n === 0) {
    if (arr === 0) {
      // Go makes a zero-length slice that is not nil.
      setWord(m, a + 24, m.alloc(valueType, 0));
    }
    return;
  }
  // Collect the keys first (no allocation while iterating), then copy them out.
  const keys = mr.entries(m, v.typ, h);
  keys.forEach(([kp], i) => {
    const kv = copyVal(m, c, kt, fl, kp);
    storeValHeap(m, word(m, a + 24) + 24 * i, kv);
  });
  setWord(m, a + 32, keys.length);
});

// SetMapIndex(key, elem Value) — key +24, elem +48.
def("(Value).SetMapIndex", (m, a) => {
  const c = ctx(m);
  const v = v0(m, a);
  mustBe(m, v, Kind.Map, "reflect.Value.SetMapIndex");
  mustBeExported(m, v, "reflect.Value.SetMapIndex");
  let key = readVal(m, a + 24);
  mustBeExported(m, key, "reflect.Value.SetMapIndex");
  const t = c.t(v.typ);
  key = assignTo(m, c, key, "reflect.Value.SetMapIndex", t.key, 0);
  writeVal(m, a + 24, key);
  const h = pointerWord(m, v);
  let elem = readVal(m, a + 48);
  if (elem.typ === 0 && elem.flag === 0) {
    if (h !== 0) maps().delete(m, v.typ, h, keyAddr(key, a + 24));
    return;
  }
  mustBeExported(m, elem, "reflect.Value.SetMapIndex");
  elem = assignTo(m, c, elem, "reflect.Value.SetMapIndex", t.elem, 0);
  writeVal(m, a + 48, elem);
  if (h === 0) m.panicString("assignment to entry in nil map");
  const slot = maps().assign(m, v.typ, h, keyAddr(key, a + 24));
  if (elem.flag & FLAG_INDIR) m.typedmemmove(t.elem, slot, elem.ptr);
  else m.writePtr(slot, elem.ptr);
});

// MakeMap(typ Type) Value — typ +0, result +16.
def("MakeMap", (m, a) => makeMap(m, a, a + 16, 0));
// MakeMapWithSize(typ Type, n int) Value — typ +0, n +16, result +24.
def("MakeMapWithSize", (m, a) => makeMap(m, a, a + 24, intArg(m, a + 16)));

function makeMap(m: Machine, a: number, res: number, hint: number): void {
  const c = ctx(m);
  const typ = typeArg(m, a);
  if (c.t(typ).kind !== Kind.Map) m.panicString(`reflect.MakeMapWithSize of non-map type`);
  const h = maps().make(m, typ, hint);
  writeVal(m, res, { typ, ptr: h, flag: Kind.Map });
}

// MapRange() *MapIter — result +24.
def("(Value).MapRange", (m, a) => {
  const c = ctx(m);
  const v = v0(m, a);
  if (kindOf(v) !== Kind.Map) valueError(m, "reflect.Value.MapRange", kindOf(v));
  const it = m.alloc(c.need("reflect.MapIter"), 1);
  storeValHeap(m, it, v);
  setWord(m, a + 24, it);
});

/**
 * MapIter: m Value at +0, then the iteration state at +24. value.go declares the state as
 * `state unsafe.Pointer`: a hiter allocated by the first Next (type runtime.hiter). When
 * MapIter instead embeds the hiter (its size is 24 + HITER_SIZE, as in Go, where
 * MapRange is one allocation), the state is that inline hiter, started iff its map-type
 * word (at +16) is set.
 */
const ITER_STATE = 24;
const HITER_TYPE_WORD = 16;

function inlineHiter(c: Ctx): boolean {
  return c.t(c.need("reflect.MapIter")).size >= ITER_STATE + HITER_SIZE;
}

/** The hiter of the MapIter at it, or 0 before the first Next. */
function iterState(m: Machine, c: Ctx, it: number): number {
  if (it === 0) m.panicRuntimeError("invalid memory address or nil pointer dereference");
  if (inlineHiter(c)) return word(m, it + ITER_STATE + HITER_TYPE_WORD) !== 0 ? it + ITER_STATE : 0;
  return word(m, it + ITER_STATE);
}

// (*MapIter).Next() bool — iter +0, result +8.
def("(*MapIter).Next", (m, a) => {
  const c = ctx(m);
  const it = word(m, a);
  let st = iterState(m, c, it);
  const mv = readVal(m, it);
  if (mv.flag === 0)
    m.panicString("MapIter.Next called on an iterator that does not have an associated map Value");
  const mr = maps();
  if (st === 0) {
    if (inlineHiter(c)) {
      st = it + ITER_STATE;
    } else {
      // Without a runtime.hiter descriptor the state is a pointer-free block: safe while
      // the map does not grow during the iteration (its buckets are then reachable from
      // the map itself), which is all fmt needs. See the report on embedding the hiter.
      const hiterType = c.ix.byString("runtime.hiter");
      st = hiterType !== 0 ? m.alloc(hiterType, 1) : m.allocNoscan(HITER_SIZE);
      m.writePtr(word(m, a) + ITER_STATE, st);
    }
    mr.iterInit(m, mv.typ, pointerWord(m, mv), st);
  } else {
    if (mr.iterKey(m, st) === 0) m.panicString("MapIter.Next called on exhausted iterator");
    mr.iterNext(m, st);
  }
  writeBool(m, a + 8, mr.iterKey(m, st) !== 0);
});

function iterEntry(m: Machine, a: number, which: "Key" | "Value"): void {
  const c = ctx(m);
  const it = word(m, a);
  const st = iterState(m, c, it);
  if (st === 0) m.panicString(`MapIter.${which} called before Next`);
  const mr = maps();
  if (mr.iterKey(m, st) === 0) m.panicString(`MapIter.${which} called on exhausted iterator`);
  const p = which === "Key" ? mr.iterKey(m, st) : mr.iterElem(m, st);
  const mv = readVal(m, it);
  const t = c.t(mv.typ);
  const typ = which === "Key" ? t.key : t.elem;
  writeVal(m, a + 8, copyVal(m, c, typ, ro(mv.flag) | c.t(typ).kind, p));
}

// (*MapIter).Key() Value / Value() Value — iter +0, result +8.
def("(*MapIter).Key", (m, a) => iterEntry(m, a, "Key"));
def("(*MapIter).Value", (m, a) => iterEntry(m, a, "Value"));

// (*MapIter).Reset(v Value) — iter +0, v +8.
def("(*MapIter).Reset", (m, a) => {
  const it = word(m, a);
  if (it === 0) m.panicRuntimeError("invalid memory address or nil pointer dereference");
  const v = readVal(m, a + 8);
  if (v.flag !== 0 && kindOf(v) !== Kind.Map) valueError(m, "reflect.MapIter.Reset", kindOf(v));
  storeValHeap(m, it, v);
  if (inlineHiter(ctx(m))) {
    const ptrs = new Set(HITER_PTR_WORDS);
    for (let w = 0; w < HITER_SIZE / 8; w++) {
      if (ptrs.has(w)) m.writePtr(it + ITER_STATE + 8 * w, 0);
      else setWord(m, it + ITER_STATE + 8 * w, 0);
    }
  } else {
    m.writePtr(it + ITER_STATE, 0);
  }
});

function setIter(m: Machine, a: number, which: "Key" | "Value", method: string): void {
  const c = ctx(m);
  const v = v0(m, a);
  mustBeAssignable(m, v, method);
  const it = word(m, a + 24);
  const st = iterState(m, c, it);
  if (st === 0) m.panicString(`MapIter.${which} called before Next`);
  const mr = maps();
  if (mr.iterKey(m, st) === 0) m.panicString(`MapIter.${which} called on exhausted iterator`);
  const mv = readVal(m, it);
  mustBeExported(m, mv, method);
  const t = c.t(mv.typ);
  const typ = which === "Key" ? t.key : t.elem;
  const p = which === "Key" ? mr.iterKey(m, st) : mr.iterElem(m, st);
  const src: Val = { typ, ptr: p, flag: ro(mv.flag) | c.t(typ).kind | FLAG_INDIR };
  const target = kindOf(v) === Kind.Interface ? v.ptr : 0;
  const x = assignTo(m, c, src, method, v.typ, target);
  if (x.ptr !== v.ptr) m.typedmemmove(v.typ, v.ptr, x.ptr);
}

// SetIterKey(iter *MapIter) / SetIterValue — iter +24.
def("(Value).SetIterKey", (m, a) => setIter(m, a, "Key", "reflect.Value.SetIterKey"));
def("(Value).SetIterValue", (m, a) => setIter(m, a, "Value", "reflect.Value.SetIterValue"));

// ---- what a hook cannot do ----

def("(Value).Call", (m, a) => callValue(m, a, "reflect.Value.Call"));
def("(Value).CallSlice", (m) => unsupported(m, "Value.CallSlice"));
def("MakeFunc", (m, a) => makeFunc(m, a));
def("MakeChan", (m) => unsupported(m, "MakeChan"));
def("Select", (m) => unsupported(m, "Select"));
def("(Value).Close", (m) => unsupported(m, "Value.Close"));
def("(Value).Send", (m) => unsupported(m, "Value.Send"));
def("(Value).Recv", (m) => unsupported(m, "Value.Recv"));
def("(Value).TrySend", (m) => unsupported(m, "Value.TrySend"));
def("(Value).TryRecv", (m) => unsupported(m, "Value.TryRecv"));

// --- calling Go code: Value.Call and MakeFunc ---

/** What Value.Call and MakeFunc need from the runner: Go calls from inside a hook. */
export interface GoCalls {
  /**
   * Call function fid (closure context ctx, 0 for none) with a fresh argument block of
   * `size` bytes whose pointer words `ptrs` are GC roots while it lives: fill writes the
   * arguments, read reads the results (the block's address is valid in each callback).
   */
  callGo(
    fid: number,
    ctx: number,
    size: number,
    ptrs: readonly number[],
    fill: (args: number) => void,
    read: (args: number) => void,
  ): void;
  /** Register a frameless function taking an argument block (size, ptrs); its id. */
  addFunc(name: string, size: number, ptrs: readonly number[], body: () => void): number;
  /** Inside such a function: its argument block (caller's SP + 8) and closure context. */
  callerArgs(): { args: number; ctx: number };
  /** Run f with the argument block at args (pointer words ptrs) a GC root. */
  withRoots(args: number, ptrs: readonly number[], f: () => void): void;
  /** The running goroutine's stack top: addresses in the stack keep their distance to it. */
  stackHi(): number;
  /** An object of `size` bytes whose pointer words are ptrWords (a closure). */
  allocObject(size: number, ptrWords: readonly number[]): number;
}

function goCalls(m: Machine, what: string): GoCalls {
  const g = m as Machine & Partial<GoCalls>;
  if (g.callGo === undefined) unsupported(m, what);
  return g as GoCalls;
}

interface FuncLayout {
  size: number;
  params: number[];
  results: number[];
  ptrs: number[];
}

/** abi.ts's argument block of a func type: parameters, then results from a multiple of 8. */
function funcLayout(c: Ctx, ftid: number): FuncLayout {
  const ft = c.t(ftid);
  let off = 0;
  const ptrs: number[] = [];
  const place = (tid: number): number => {
    const t = c.t(tid);
    off = Math.ceil(off / t.align) * t.align;
    const at = off;
    for (const w of t.ptrWords) ptrs.push(at + w * 8);
    off += t.size;
    return at;
  };
  const params = ft.params.map(place);
  off = Math.ceil(off / 8) * 8;
  const results = ft.results.map(place);
  return { size: Math.ceil(off / 8) * 8, params, results, ptrs };
}

/** Store Value x into the slot at addr of type tid (converted as for assignment). */
function storeAs(m: Machine, c: Ctx, x: Val, tid: number, addr: number, context: string): void {
  const iface = c.t(tid).kind === Kind.Interface;
  x = assignTo(m, c, x, context, tid, iface ? addr : 0);
  if (x.flag & FLAG_INDIR) {
    if (x.ptr !== addr) m.typedmemmove(tid, addr, x.ptr);
  } else setWord(m, addr, x.ptr);
}

/** A []Value of the values of types tids at addrs (boxed copies), its header at hdr. */
function boxValues(
  m: Machine,
  c: Ctx,
  tids: readonly number[],
  addr: (i: number) => number,
  hdr: number,
): void {
  const n = tids.length;
  const arr = n === 0 ? 0 : m.alloc(c.need("reflect.Value"), n);
  setWord(m, hdr, arr);
  store64(m.u32, hdr + 8, n);
  store64(m.u32, hdr + 16, n);
  for (let i = 0; i < n; i++) {
    const t = c.t(tids[i]!);
    const v = copyVal(m, c, tids[i]!, t.kind, addr(i));
    keepAlive(m, arr);
    storeValHeap(m, arr + i * 24, v);
  }
}

// (v Value) Call(in []Value) []Value — v +0, in +24, result +48.
function callValue(m: Machine, a: number, method: string): void {
  const calls = goCalls(m, "Value.Call");
  const c = ctx(m);
  const v = readVal(m, a);
  mustBe(m, v, Kind.Func, method);
  if (v.flag & FLAG_METHOD) unsupported(m, "Call of a method value");
  const fn = v.flag & FLAG_INDIR ? word(m, v.ptr) : v.ptr;
  if (fn === 0) m.panicString("reflect: call of nil function");
  const ft = c.t(v.typ);
  const inPtr = word(m, a + 24);
  const n = Number(load64(m.u32, m.i32, a + 32));
  let args: Val[] = [];
  for (let i = 0; i < n; i++) args.push(readVal(m, inPtr + i * 24));
  const np = ft.params.length;
  if (ft.variadic) {
    if (n < np - 1) m.panicString(`reflect: Call with too few input arguments`);
  } else {
    if (n < np) m.panicString(`reflect: Call with too few input arguments`);
    if (n > np) m.panicString(`reflect: Call with too many input arguments`);
  }
  for (const x of args)
    if (x.flag === 0) m.panicString(`reflect: ${method} using zero Value argument`);
  const L = funcLayout(c, v.typ);
  const dist = calls.stackHi() - a;
  let variadicSlice = 0;
  if (ft.variadic) {
    // The extra arguments become a new slice of the last parameter's element type.
    const st = c.t(ft.params[np - 1]!);
    const extra = args.slice(np - 1);
    variadicSlice = extra.length === 0 ? 0 : m.alloc(st.elem, extra.length);
    extra.forEach((x, k) => {
      keepAlive(m, variadicSlice);
      const tmp = { ...x };
      storeAs(m, c, tmp, st.elem, variadicSlice + k * c.t(st.elem).size, method);
    });
    args = args.slice(0, np - 1);
    keepAlive(m, variadicSlice);
  }
  calls.callGo(
    word(m, fn),
    fn,
    L.size,
    L.ptrs,
    (blk) => {
      args.forEach((x, i) => storeAs(m, c, x, ft.params[i]!, blk + L.params[i]!, method));
      if (ft.variadic) {
        const at = blk + L.params[np - 1]!;
        const cnt = n - (np - 1);
        setWord(m, at, variadicSlice);
        store64(m.u32, at + 8, cnt);
        store64(m.u32, at + 16, cnt);
      }
    },
    (blk) => {
      const res = calls.stackHi() - dist + 48;
      boxValues(m, c, ft.results, (j) => blk + L.results[j]!, res);
    },
  );
}

/** The frameless stub of MakeFunc closures of func type ftid (one per type). */
const makeFuncStubs = new WeakMap<Machine, Map<number, number>>();

// MakeFunc(typ Type, fn func(args []Value) (results []Value)) Value — typ +0, fn +16, result +24.
function makeFunc(m: Machine, a: number): void {
  const calls = goCalls(m, "MakeFunc");
  const c = ctx(m);
  const ftid = typeArg(m, a);
  if (ftid === 0 || c.t(ftid).kind !== Kind.Func)
    m.panicString("reflect: call of MakeFunc with non-Func type");
  let stubs = makeFuncStubs.get(m);
  if (!stubs) makeFuncStubs.set(m, (stubs = new Map()));
  let fid = stubs.get(ftid);
  if (fid === undefined) {
    const L = funcLayout(c, ftid);
    fid = calls.addFunc("reflect.makeFuncStub", L.size, L.ptrs, () => runMadeFunc(m, ftid, L));
    stubs.set(ftid, fid);
  }
  // The closure: {stub id, func type id, fn}.
  const clo = calls.allocObject(24, [2]);
  setWord(m, clo, fid);
  setWord(m, clo + 8, ftid);
  m.writePtr(clo + 16, word(m, a + 16));
  writeVal(m, a + 24, { typ: ftid, ptr: clo, flag: Kind.Func });
}

/** A MakeFunc closure was called: box the arguments, call fn, store its results. */
function runMadeFunc(m: Machine, ftid: number, L: FuncLayout): void {
  const calls = goCalls(m, "MakeFunc");
  const c = ctx(m);
  const ft = c.t(ftid);
  const { args, ctx: clo } = calls.callerArgs();
  const fn = word(m, clo + 16);
  const dist = calls.stackHi() - args;
  calls.withRoots(args, L.ptrs, () => {
    calls.callGo(
      word(m, fn),
      fn,
      48,
      [0, 24],
      (blk) => {
        const at = calls.stackHi() - dist;
        boxValues(m, c, ft.params, (i) => at + L.params[i]!, blk);
      },
      (blk) => {
        const at = calls.stackHi() - dist;
        const out = word(m, blk + 24);
        const n = Number(load64(m.u32, m.i32, blk + 32));
        if (n !== ft.results.length)
          m.panicString("reflect: wrong return count from function created by MakeFunc");
        for (let j = 0; j < n; j++) {
          const x = readVal(m, out + j * 24);
          if (x.flag === 0)
            m.panicString(
              "reflect: function created by MakeFunc using closure returned zero Value",
            );
          storeAs(m, c, x, ft.results[j]!, at + L.results[j]!, "reflect.MakeFunc");
        }
      },
    );
  });
}

/** The reflect hooks, keyed `reflect.${IR name}`. */
export const reflectHooks: Record<string, Hook> = hooks;

/** The hooks that panic "not supported by minigo" whatever their arguments. */
export const unsupportedReflectHooks: readonly string[] = [
  "StructOf",
  "Swapper",
  "MakeChan",
  "Select",
  "(*rtype).FieldByNameFunc",
  "(Value).FieldByNameFunc",
  "(Value).CallSlice",
  "(Value).Close",
  "(Value).Send",
  "(Value).Recv",
  "(Value).TrySend",
  "(Value).TryRecv",
].map((n) => `reflect.${n}`);
