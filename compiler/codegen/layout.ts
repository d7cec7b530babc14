/*
 * Layout: how a Go type is held by emitted code — one JS scalar or a block of memory —
 * and where its pointer words are.
 *
 * What: `scalarOf(t)` names the JS representation of a single-word type (see
 * runtime/lang/abi.ts): "b" bool, "i8".."u32" narrow integers, "i64"/"u64" the
 * canonical mixed number/bigint form, "f32"/"f64", "p" an address (pointers, maps,
 * chans, funcs, unsafe.Pointer). Every other type (string, slice, interface, complex,
 * struct, array) is "mem": held in memory, referred to by address. `ptrWordsOf(t)` lists
 * the 8-byte words of a value of t that hold pointers, as the GC and the stack copier need
 * them. `argLayout(sig)` gives the ABI0 offsets of parameters and results.
 *
 * Why: one place decides representation, so the emitter, the frame builder and the type
 * table agree.
 *
 * Invariant: sizes, alignments and offsets are compiler/types/sizes.ts's (amd64); a
 * pointer word is 8-aligned; a "mem" value is never held in a JS variable.
 *
 * Example: scalarOf(int) = "i64"; scalarOf(*T) = "p"; scalarOf(string) = "mem";
 * ptrWordsOf(struct{ a int; s string; p *int }) = [1, 3].
 */
import { alignof, offsetsof, sizeof } from "../types/sizes.js";
import type { Signature, Type } from "../types/types.js";
import { under } from "../types/predicates.js";

export type Scalar =
  "b" | "i8" | "i16" | "i32" | "u8" | "u16" | "u32" | "i64" | "u64" | "f32" | "f64" | "p" | "mem";

export function scalarOf(t: Type): Scalar {
  const u = under(t);
  switch (u.kind) {
    case "Pointer":
    case "Map":
    case "Chan":
    case "Signature":
      return "p";
    case "Basic":
      switch (u.name) {
        case "bool":
        case "untyped bool":
          return "b";
        case "int8":
          return "i8";
        case "int16":
          return "i16";
        case "int32":
        case "untyped rune":
          return "i32";
        case "uint8":
          return "u8";
        case "uint16":
          return "u16";
        case "uint32":
          return "u32";
        case "int":
        case "int64":
        case "untyped int":
          return "i64";
        case "uint":
        case "uint64":
        case "uintptr":
          return "u64";
        case "float32":
          return "f32";
        case "float64":
        case "untyped float":
          return "f64";
        case "unsafe.Pointer":
        case "untyped nil":
          return "p";
        default:
          return "mem";
      }
    default:
      return "mem";
  }
}

export const isMem = (t: Type): boolean => scalarOf(t) === "mem";

/** Word offsets of the pointer words of a value of t (sorted, unique). */
export function ptrWordsOf(t: Type): number[] {
  const out: number[] = [];
  addPtrWords(t, 0, out);
  return out;
}

function addPtrWords(t: Type, byteOff: number, out: number[]): void {
  const u = under(t);
  switch (u.kind) {
    case "Pointer":
    case "Map":
    case "Chan":
    case "Signature":
      out.push(byteOff / 8);
      return;
    case "Slice":
      out.push(byteOff / 8);
      return;
    case "Interface":
      out.push(byteOff / 8 + 1);
      return;
    case "Basic":
      if (u.name === "string" || u.name === "unsafe.Pointer") out.push(byteOff / 8);
      return;
    case "Array": {
      if (u.len <= 0) return;
      const es = sizeof(u.elem);
      if (ptrWordsOf(u.elem).length === 0) return;
      for (let i = 0; i < u.len; i++) addPtrWords(u.elem, byteOff + i * es, out);
      return;
    }
    case "Struct": {
      const offs = offsetsof(u);
      u.fields.forEach((f, i) => addPtrWords(f.type, byteOff + offs[i], out));
      return;
    }
    default:
      return;
  }
}

export const hasPointers = (t: Type): boolean => ptrWordsOf(t).length > 0;

export function alignUp(x: number, a: number): number {
  return Math.ceil(x / a) * a;
}

/** ABI0 offsets of a call's parameters (receiver first) and results. */
export interface ArgLayout {
  params: number[];
  results: number[];
  size: number;
  /** Byte offsets of pointer words (relative to the argument base). */
  ptrs: number[];
}

export function argLayout(sig: Signature): ArgLayout {
  const types: Type[] = [];
  if (sig.recv) types.push(sig.recv.type);
  for (const p of sig.params.vars) types.push(p.type);
  return layoutArgs(
    types,
    sig.results.vars.map((v) => v.type),
  );
}

export function layoutArgs(paramTypes: readonly Type[], resultTypes: readonly Type[]): ArgLayout {
  let off = 0;
  const ptrs: number[] = [];
  const place = (t: Type): number => {
    off = alignUp(off, alignof(t));
    const at = off;
    for (const w of ptrWordsOf(t)) ptrs.push(at + w * 8);
    off += sizeof(t);
    return at;
  };
  const params = paramTypes.map(place);
  off = alignUp(off, 8);
  const results = resultTypes.map(place);
  return { params, results, size: alignUp(off, 8), ptrs };
}
