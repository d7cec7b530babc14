/*
 * Strings, slices and interfaces: the value operations emitted code calls.
 *
 * What: string concatenation, comparison and conversions (to and from []byte and
 * []rune, from a rune), append and copy, makeslice's checks, boxing a value into an
 * interface (Go's convT family, with its no-allocation cases), interface assertions and
 * method lookup — all over the linear memory through a Machine (abi.ts).
 *
 * Why: these are the runtime calls Go's compiler emits (concatstrings, growslice,
 * convT64, assertE2I, …); their allocation behaviour must be Go's so that MemStats
 * agrees: concatenating with "" returns the other operand, a string of one byte
 * converted from a []byte uses static memory, convT64 of a value < 256 uses
 * staticuint64s, growslice rounds capacities up to size classes.
 *
 * Invariant: every pointer stored into the heap goes through m.writePtr /
 * m.typedmemmove; results are written to a destination temp the caller owns (its frame).
 *
 * Example: concat(m, dst, a, b) with a = "go", b = "pher" writes {ptr, 6} at dst.
 */
import { roundupsize } from "../memory/sizeclasses.js";
import type { Machine, RType } from "./abi.js";
import { Kind } from "./abi.js";

/** Address of Go's staticuint64s table (256 words 0..255), set up by the program. */
export interface StaticTables {
  staticUint64s: number;
}

const enc = new TextEncoder();

export function readHeader(m: Machine, a: number): [number, number] {
  return [m.u32[a >>> 2]!, m.u32[(a + 8) >>> 2]!];
}

function writeString(m: Machine, dst: number, p: number, n: number): void {
  const u = m.u32;
  u[dst >>> 2] = p;
  u[(dst >>> 2) + 1] = 0;
  u[(dst + 8) >>> 2] = n;
  u[(dst + 12) >>> 2] = 0;
}

function writeSlice(m: Machine, dst: number, p: number, n: number, c: number): void {
  const u = m.u32;
  u[dst >>> 2] = p;
  u[(dst >>> 2) + 1] = 0;
  u[(dst + 8) >>> 2] = n;
  u[(dst + 12) >>> 2] = 0;
  u[(dst + 16) >>> 2] = c;
  u[(dst + 20) >>> 2] = 0;
}

/** s = a + b (Go's concatstrings: "" + x is x without allocating). */
export function concat(m: Machine, dst: number, a: number, b: number): void {
  const [ap, an] = readHeader(m, a);
  const [bp, bn] = readHeader(m, b);
  if (an === 0) return writeString(m, dst, bp, bn);
  if (bn === 0) return writeString(m, dst, ap, an);
  const p = m.allocNoscan(an + bn);
  m.u8.copyWithin(p, ap, ap + an);
  m.u8.copyWithin(p + an, bp, bp + bn);
  writeString(m, dst, p, an + bn);
}

export function streq(m: Machine, a: number, b: number): boolean {
  const [ap, an] = readHeader(m, a);
  const [bp, bn] = readHeader(m, b);
  if (an !== bn) return false;
  if (ap === bp) return true;
  const u8 = m.u8;
  for (let i = 0; i < an; i++) if (u8[ap + i] !== u8[bp + i]) return false;
  return true;
}

export function strcmp(m: Machine, a: number, b: number): number {
  const [ap, an] = readHeader(m, a);
  const [bp, bn] = readHeader(m, b);
  const u8 = m.u8;
  const n = Math.min(an, bn);
  for (let i = 0; i < n; i++) {
    const d = u8[ap + i]! - u8[bp + i]!;
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return an < bn ? -1 : an > bn ? 1 : 0;
}

/** The UTF-8 encoding of rune r (invalid runes encode U+FFFD). */
export function encodeRune(r: number): number[] {
  if (r < 0 || r > 0x10ffff || (r >= 0xd800 && r <= 0xdfff)) r = 0xfffd;
  if (r < 0x80) return [r];
  if (r < 0x800) return [0xc0 | (r >> 6), 0x80 | (r & 0x3f)];
  if (r < 0x10000) return [0xe0 | (r >> 12), 0x80 | ((r >> 6) & 0x3f), 0x80 | (r & 0x3f)];
  return [0xf0 | (r >> 18), 0x80 | ((r >> 12) & 0x3f), 0x80 | ((r >> 6) & 0x3f), 0x80 | (r & 0x3f)];
}

/** string(r) for an integer r. One-byte results use static memory, as Go's intstring. */
export function intstring(m: Machine, t: StaticTables, dst: number, r: number | bigint): void {
  const v = typeof r === "bigint" || r > 0x10ffff || r < 0 ? 0xfffd : r;
  const bytes = encodeRune(v);
  if (bytes.length === 1) return writeString(m, dst, t.staticUint64s + bytes[0]! * 8, 1);
  const p = m.allocNoscan(bytes.length);
  m.u8.set(bytes, p);
  writeString(m, dst, p, bytes.length);
}

/** Decode one rune at p (n bytes available) into out[0] = rune, out[1] = width. */
export function decodeRune(u8: Uint8Array, p: number, n: number, out: Int32Array): void {
  const b0 = u8[p]!;
  if (b0 < 0x80) {
    out[0] = b0;
    out[1] = 1;
    return;
  }
  const bad = (): void => {
    out[0] = 0xfffd;
    out[1] = 1;
  };
  const cont = (k: number): number => (k < n ? u8[p + k]! : 0);
  const isCont = (b: number): boolean => (b & 0xc0) === 0x80;
  if (b0 >= 0xc2 && b0 <= 0xdf) {
    const b1 = cont(1);
    if (!isCont(b1)) return bad();
    out[0] = ((b0 & 0x1f) << 6) | (b1 & 0x3f);
    out[1] = 2;
    return;
  }
  if (b0 >= 0xe0 && b0 <= 0xef) {
    const b1 = cont(1),
      b2 = cont(2);
    const lo = b0 === 0xe0 ? 0xa0 : 0x80;
    const hi = b0 === 0xed ? 0x9f : 0xbf;
    if (b1 < lo || b1 > hi || !isCont(b2)) return bad();
    out[0] = ((b0 & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (b2 & 0x3f);
    out[1] = 3;
    return;
  }
  if (b0 >= 0xf0 && b0 <= 0xf4) {
    const b1 = cont(1),
      b2 = cont(2),
      b3 = cont(3);
    const lo = b0 === 0xf0 ? 0x90 : 0x80;
    const hi = b0 === 0xf4 ? 0x8f : 0xbf;
    if (b1 < lo || b1 > hi || !isCont(b2) || !isCont(b3)) return bad();
    out[0] = ((b0 & 0x07) << 18) | ((b1 & 0x3f) << 12) | ((b2 & 0x3f) << 6) | (b3 & 0x3f);
    out[1] = 4;
    return;
  }
  bad();
}

/** string(b []byte): a copy (a one-byte string uses static memory, as Go). */
export function slicebytetostring(m: Machine, t: StaticTables, dst: number, s: number): void {
  const [p, n] = readHeader(m, s);
  if (n === 0) return writeString(m, dst, 0, 0);
  if (n === 1) return writeString(m, dst, t.staticUint64s + m.u8[p]! * 8, 1);
  const q = m.allocNoscan(n);
  m.u8.copyWithin(q, p, p + n);
  writeString(m, dst, q, n);
}

/** []byte(s): a fresh copy with cap rounded to the size class. */
export function stringtoslicebyte(m: Machine, dst: number, s: number): void {
  const [p, n] = readHeader(m, s);
  if (n === 0) {
    const q = m.allocNoscan(0);
    return writeSlice(m, dst, q, 0, 0);
  }
  const c = roundupsize(n);
  const q = m.allocNoscan(c);
  m.u8.copyWithin(q, p, p + n);
  writeSlice(m, dst, q, n, c);
}

export function stringtoslicerune(m: Machine, dst: number, s: number): void {
  const [p, n] = readHeader(m, s);
  const runes: number[] = [];
  const out = new Int32Array(2);
  for (let i = 0; i < n;) {
    decodeRune(m.u8, p + i, n - i, out);
    runes.push(out[0]!);
    i += out[1]!;
  }
  const bytes = roundupsize(runes.length * 4);
  const q = m.allocNoscan(bytes);
  const base = q >>> 2;
  for (let i = 0; i < runes.length; i++) m.u32[base + i] = runes[i]!;
  writeSlice(m, dst, q, runes.length, bytes / 4);
}

export function slicerunetostring(m: Machine, dst: number, s: number): void {
  const [p, n] = readHeader(m, s);
  const bytes: number[] = [];
  for (let i = 0; i < n; i++) bytes.push(...encodeRune(m.i32[(p >>> 2) + i]!));
  if (bytes.length === 0) return writeString(m, dst, 0, 0);
  const q = m.allocNoscan(bytes.length);
  m.u8.set(bytes, q);
  writeString(m, dst, q, bytes.length);
}

/** A Go string from JS text (UTF-8), allocated. */
export function newString(m: Machine, s: string): [number, number] {
  const b = enc.encode(s);
  if (b.length === 0) return [0, 0];
  const p = m.allocNoscan(b.length);
  m.u8.set(b, p);
  return [p, b.length];
}

/** Go's growslice capacity rule (1.19) for a slice of elements of size es. */
export function growCap(oldCap: number, needed: number, es: number): number {
  let newcap = oldCap;
  const doublecap = newcap + newcap;
  if (needed > doublecap) newcap = needed;
  else {
    const threshold = 256;
    if (oldCap < threshold) newcap = doublecap;
    else {
      while (0 < newcap && newcap < needed) newcap += (newcap + 3 * threshold) / 4;
      if (newcap <= 0) newcap = needed;
      newcap = Math.floor(newcap);
    }
  }
  if (es === 0) return newcap;
  const mem = roundupsize(newcap * es);
  return Math.floor(mem / es);
}

/**
 * dst = append(s, more...) for element type etid of size es. `more` is a slice or a
 * string (append([]byte, string...)).
 */
export function append(
  m: Machine,
  etid: number,
  es: number,
  dst: number,
  s: number,
  more: number,
): void {
  const u = m.u32;
  const sp = u[s >>> 2]!,
    sl = u[(s + 8) >>> 2]!,
    sc = u[(s + 16) >>> 2]!;
  const mp = u[more >>> 2]!,
    ml = u[(more + 8) >>> 2]!;
  const need = sl + ml;
  if (ml === 0) return writeSlice(m, dst, sp, sl, sc);
  let p = sp,
    c = sc;
  const t = m.types[etid]!;
  const hasPtr = t.ptrWords.length > 0;
  if (need > sc) {
    c = growCap(sc, need, es);
    p = hasPtr ? m.alloc(etid, c) : m.allocNoscan(c * es);
    if (sl > 0) {
      if (hasPtr) for (let i = 0; i < sl; i++) m.typedmemmove(etid, p + i * es, sp + i * es);
      else m.u8.copyWithin(p, sp, sp + sl * es);
    }
  }
  if (hasPtr) for (let i = 0; i < ml; i++) m.typedmemmove(etid, p + (sl + i) * es, mp + i * es);
  else m.u8.copyWithin(p + sl * es, mp, mp + ml * es);
  writeSlice(m, dst, p, need, c);
}

/** copy(d, s): the count copied. */
export function slicecopy(m: Machine, etid: number, es: number, d: number, s: number): number {
  const u = m.u32;
  const dp = u[d >>> 2]!,
    dl = u[(d + 8) >>> 2]!;
  const sp = u[s >>> 2]!,
    sl = u[(s + 8) >>> 2]!;
  const n = Math.min(dl, sl);
  if (n === 0 || dp === sp) return n;
  const t = m.types[etid];
  if (t && t.ptrWords.length > 0) {
    if (dp < sp) for (let i = 0; i < n; i++) m.typedmemmove(etid, dp + i * es, sp + i * es);
    else for (let i = n - 1; i >= 0; i--) m.typedmemmove(etid, dp + i * es, sp + i * es);
  } else m.u8.copyWithin(dp, sp, sp + n * es);
  return n;
}

export function checkMakeSlice(
  m: Machine,
  len: number | bigint,
  cap: number | bigint,
  es: number,
): void {
  if (typeof len === "bigint" || len < 0 || (es > 0 && len * es > 2 ** 48)) {
    m.panicRuntimeError("makeslice: len out of range");
  }
  if (typeof cap === "bigint" || cap < len || (es > 0 && cap * es > 2 ** 48)) {
    m.panicRuntimeError("makeslice: cap out of range");
  }
}

/** A slice's backing array of `cap` elements of type etid. */
export function makeslice(m: Machine, etid: number, cap: number): number {
  const t = m.types[etid]!;
  if (t.ptrWords.length > 0) return m.alloc(etid, cap);
  return m.allocNoscan(t.size * cap);
}

/** Box a single-word value of type tid (Go's convT16/32/64, convT for others). */
export function convT(
  m: Machine,
  tables: StaticTables,
  tid: number,
  size: number,
  v: number | bigint | boolean,
): number {
  const t = m.types[tid]!;
  const k = t.kind;
  if (typeof v === "boolean") v = v ? 1 : 0;
  const isInt = k !== Kind.Float32 && k !== Kind.Float64;
  if (isInt && typeof v === "number" && v >= 0 && v < 256 && size <= 8) {
    return tables.staticUint64s + v * 8;
  }
  const p = size <= 8 && t.ptrWords.length === 0 ? m.allocNoscan(size) : m.alloc(tid, 1);
  switch (k) {
    case Kind.Float64:
      m.f64[p >>> 3] = v as number;
      break;
    case Kind.Float32:
      m.f32[p >>> 2] = v as number;
      break;
    default:
      if (size === 8) {
        const big = BigInt.asUintN(64, BigInt(v));
        m.u32[p >>> 2] = Number(big & 0xffffffffn);
        m.u32[(p >>> 2) + 1] = Number(big >> 32n);
      } else if (size === 4) m.i32[p >>> 2] = Number(v);
      else if (size === 2) new Uint16Array(m.u8.buffer, p, 1)[0] = Number(v);
      else m.u8[p] = Number(v);
  }
  return p;
}

/** Box a memory value (string, slice, struct, …). Empty strings and nil slices use zeroVal. */
export function convTmem(m: Machine, tid: number, src: number): number {
  const t = m.types[tid]!;
  if (t.kind === Kind.String && m.u32[(src + 8) >>> 2] === 0) return 8;
  if (t.kind === Kind.Slice && m.u32[src >>> 2] === 0) return 8;
  const p = t.ptrWords.length > 0 ? m.alloc(tid, 1) : m.allocNoscan(t.size);
  if (t.ptrWords.length > 0) m.typedmemmove(tid, p, src);
  else m.u8.copyWithin(p, src, src + t.size);
  return p;
}

/** The function id implementing method `key` for dynamic type tid, or -1. */
export function findMethod(types: readonly RType[], tid: number, key: string): number {
  const t = types[tid];
  if (!t) return -1;
  for (const mt of t.methods) {
    const k = mt.pkgPath === "" ? mt.name : `${mt.pkgPath}.${mt.name}`;
    if (k === key) return mt.fn;
  }
  return -1;
}

/** Does dynamic type tid implement interface type iid? Returns the missing method or "". */
export function missingMethod(types: readonly RType[], tid: number, iid: number): string {
  const it = types[iid]!;
  const t = types[tid];
  for (const im of it.methods) {
    // Same name and package, and the same signature (its type id, or its type string).
    const m = t?.methods.find((mt) => mt.name === im.name && mt.pkgPath === im.pkgPath);
    if (!m) return im.name;
    if (m.type !== im.type && types[m.type]?.str !== types[im.type]?.str) return im.name;
  }
  return "";
}

export { writeSlice, writeString };
