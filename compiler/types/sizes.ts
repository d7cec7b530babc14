/*
 * Sizes, alignments and field offsets on amd64, as gc lays out memory.
 *
 * What: sizeof(t), alignof(t) and offsetsof(struct) for the 64-bit target: int, uint,
 * uintptr and pointers are 8 bytes; a string is 16 (pointer, length); a slice 24
 * (pointer, length, capacity); an interface 16 (type word, data word); maps, chans and
 * funcs are one pointer; complex128 is 16 bytes aligned to 8. A struct's fields are laid
 * out in order, each at the next multiple of its alignment; the struct's alignment is the
 * largest field alignment, its size is rounded up to it, and — as gc does — a struct whose
 * last field has size zero (and that is not itself empty) gets one byte of padding so
 * that a pointer to that field cannot point past the object.
 *
 * Why: unsafe.Sizeof/Alignof/Offsetof are constants the checker must evaluate, and the
 * runtime's memory layout (codegen) must agree with them.
 *
 * Invariant: sizeof(t) is a multiple of alignof(t); offsets are cached on the Struct.
 *
 * Example: struct{ a bool; b int64; c bool } has offsets [0, 8, 16], size 24, align 8.
 */
import type { Struct, Type } from "./types.js";
import { under } from "./predicates.js";

export const wordSize = 8;
export const maxAlign = 8;

const basicSizes: Record<string, number> = {
  bool: 1,
  int8: 1,
  uint8: 1,
  int16: 2,
  uint16: 2,
  int32: 4,
  uint32: 4,
  float32: 4,
  int64: 8,
  uint64: 8,
  float64: 8,
  complex64: 8,
  complex128: 16,
  int: 8,
  uint: 8,
  uintptr: 8,
  "unsafe.Pointer": 8,
  string: 16,
};

export function alignof(t: Type): number {
  const u = under(t);
  switch (u.kind) {
    case "Array":
      return alignof(u.elem);
    case "Struct": {
      let a = 1;
      for (const f of u.fields) a = Math.max(a, alignof(f.type));
      return a;
    }
    case "Slice":
    case "Interface":
      return wordSize;
    case "Basic": {
      if (u.name === "string") return wordSize;
      if (u.name === "complex128") return 8;
      if (u.name === "complex64") return 4;
      const s = basicSizes[u.name] ?? wordSize;
      return Math.min(Math.max(s, 1), maxAlign);
    }
    default:
      return wordSize;
  }
}

function align(x: number, a: number): number {
  return Math.ceil(x / a) * a;
}

export function offsetsof(s: Struct): number[] {
  if (s.offsets) return s.offsets;
  const offs: number[] = [];
  let o = 0;
  for (const f of s.fields) {
    o = align(o, alignof(f.type));
    offs.push(o);
    o += sizeof(f.type);
  }
  s.offsets = offs;
  return offs;
}

export function sizeof(t: Type): number {
  const u = under(t);
  switch (u.kind) {
    case "Basic":
      return basicSizes[u.name] ?? wordSize;
    case "Array": {
      if (u.len <= 0) return 0;
      return u.len * sizeof(u.elem);
    }
    case "Slice":
      return 3 * wordSize;
    case "Struct": {
      const n = u.fields.length;
      if (n === 0) return 0;
      const offs = offsetsof(u);
      const last = u.fields[n - 1];
      let size = offs[n - 1] + sizeof(last.type);
      if (sizeof(last.type) === 0) size++;
      return align(size, alignof(u));
    }
    case "Interface":
      return 2 * wordSize;
    default:
      return wordSize;
  }
}
