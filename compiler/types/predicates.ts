/*
 * Predicates over types: identity, the "is a …" family, comparability, default types.
 *
 * What: `identical(x, y)` is the spec's type identity: Named types are identical only to
 * themselves (object identity), structural types are identical when built the same way
 * from identical parts (struct fields also need equal names, tags and embeddedness;
 * unexported field and method names must come from the same package). It allocates
 * nothing except for the cycle guard, which is only needed when two Interface or
 * Struct values are compared through pointers back to themselves (rare).
 *
 * Why here: assignability, conversion, method matching and map keys all rest on these.
 *
 * Invariant: every predicate looks through Named to `underlying` explicitly via `under`;
 * byte/uint8 and rune/int32 compare equal because Basic types compare by `name`.
 *
 * Example: identical([]byte, []uint8) is true; identical(T, struct{x int}) is false for a
 * named T even when T's underlying type is struct{x int}.
 */
import type { Basic, BasicName, Type, Tuple } from "./types.js";
import { completeInterface } from "./lookup.js";
import { runeType as runeDefault, typ } from "./universe.js";

export function under(t: Type): Type {
  return t.kind === "Named" ? t.underlying : t;
}

export function isBasicKind(t: Type, pred: (n: BasicName) => boolean): boolean {
  const u = under(t);
  return u.kind === "Basic" && pred(u.name);
}

const integerNames = new Set<BasicName>([
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
  "untyped int",
  "untyped rune",
]);
const unsignedNames = new Set<BasicName>([
  "uint",
  "uint8",
  "uint16",
  "uint32",
  "uint64",
  "uintptr",
]);
const floatNames = new Set<BasicName>(["float32", "float64", "untyped float"]);
const complexNames = new Set<BasicName>(["complex64", "complex128", "untyped complex"]);

export const isInteger = (t: Type): boolean => isBasicKind(t, (n) => integerNames.has(n));
export const isUnsigned = (t: Type): boolean => isBasicKind(t, (n) => unsignedNames.has(n));
export const isFloat = (t: Type): boolean => isBasicKind(t, (n) => floatNames.has(n));
export const isComplex = (t: Type): boolean => isBasicKind(t, (n) => complexNames.has(n));
export const isNumeric = (t: Type): boolean =>
  isBasicKind(t, (n) => integerNames.has(n) || floatNames.has(n) || complexNames.has(n));
export const isString = (t: Type): boolean =>
  isBasicKind(t, (n) => n === "string" || n === "untyped string");
export const isBoolean = (t: Type): boolean =>
  isBasicKind(t, (n) => n === "bool" || n === "untyped bool");
export const isUntyped = (t: Type): boolean => t.kind === "Basic" && t.name.startsWith("untyped");
export const isTyped = (t: Type): boolean => !isUntyped(t);
export const isConstType = (t: Type): boolean =>
  isBasicKind(t, (n) => n !== "unsafe.Pointer" && n !== "untyped nil" && n !== "invalid type");
export const isOrdered = (t: Type): boolean => isInteger(t) || isFloat(t) || isString(t);
export const isUnsafePointer = (t: Type): boolean => isBasicKind(t, (n) => n === "unsafe.Pointer");
export const isPointer = (t: Type): boolean => under(t).kind === "Pointer";
export const isInterface = (t: Type): boolean => under(t).kind === "Interface";
export const isInvalid = (t: Type): boolean => t.kind === "Basic" && t.name === "invalid type";
export const isNumericOrString = (t: Type): boolean => isNumeric(t) || isString(t);

export function basicName(t: Type): BasicName | undefined {
  const u = under(t);
  return u.kind === "Basic" ? u.name : undefined;
}

/** Types with a nil value: pointers, slices, maps, chans, funcs, interfaces, unsafe.Pointer. */
export function hasNil(t: Type): boolean {
  const u = under(t);
  switch (u.kind) {
    case "Basic":
      return u.name === "unsafe.Pointer";
    case "Pointer":
    case "Slice":
    case "Map":
    case "Chan":
    case "Signature":
    case "Interface":
      return true;
    default:
      return false;
  }
}

/** The spec's comparable: == is defined (not slices, maps, funcs; structs/arrays of comparables). */
export function comparable(t: Type, seen?: Set<Type>): boolean {
  const u = under(t);
  switch (u.kind) {
    case "Basic":
      return u.name !== "untyped nil";
    case "Pointer":
    case "Chan":
    case "Interface":
      return true;
    case "Struct": {
      if (seen?.has(u)) return true;
      const s = seen ?? new Set<Type>();
      s.add(u);
      return u.fields.every((f) => comparable(f.type, s));
    }
    case "Array":
      return comparable(u.elem, seen);
    default:
      return false;
  }
}

/** The default type of an untyped constant: untyped int → int, untyped rune → rune (int32), … */
export function defaultType(t: Type): Type {
  if (t.kind !== "Basic") return t;
  switch (t.name) {
    case "untyped bool":
      return typ.bool;
    case "untyped int":
      return typ.int;
    case "untyped rune":
      return runeDefault;
    case "untyped float":
      return typ.float64;
    case "untyped complex":
      return typ.complex128;
    case "untyped string":
      return typ.string;
    default:
      return t;
  }
}

// ---------------------------------------------------------------------------
// Identity

interface Pair {
  x: Type;
  y: Type;
  prev: Pair | undefined;
}

export function identical(x: Type, y: Type): boolean {
  return ident(x, y, undefined);
}

/** Set while comparing for conversions, which ignore struct tags at every depth. */
let ignoreTags = false;

export function identicalIgnoreTags(x: Type, y: Type): boolean {
  ignoreTags = true;
  try {
    return ident(x, y, undefined);
  } finally {
    ignoreTags = false;
  }
}

function ident(x: Type, y: Type, p: Pair | undefined): boolean {
  if (x === y) return true;
  switch (x.kind) {
    case "Basic":
      return y.kind === "Basic" && (x as Basic).name === y.name;
    case "Pointer":
      return y.kind === "Pointer" && ident(x.elem, y.elem, p);
    case "Slice":
      return y.kind === "Slice" && ident(x.elem, y.elem, p);
    case "Array":
      return y.kind === "Array" && x.len === y.len && ident(x.elem, y.elem, p);
    case "Map":
      return y.kind === "Map" && ident(x.key, y.key, p) && ident(x.elem, y.elem, p);
    case "Chan":
      return y.kind === "Chan" && x.dir === y.dir && ident(x.elem, y.elem, p);
    case "Struct": {
      if (y.kind !== "Struct" || x.fields.length !== y.fields.length) return false;
      for (let i = 0; i < x.fields.length; i++) {
        const f = x.fields[i];
        const g = y.fields[i];
        if (
          f.embedded !== g.embedded ||
          (!ignoreTags && x.tags[i] !== y.tags[i]) ||
          !sameName(f, g) ||
          !ident(f.type, g.type, p)
        )
          return false;
      }
      return true;
    }
    case "Tuple":
      return y.kind === "Tuple" && identTuple(x, y, p);
    case "Signature":
      return (
        y.kind === "Signature" &&
        x.variadic === y.variadic &&
        identTuple(x.params, y.params, p) &&
        identTuple(x.results, y.results, p)
      );
    case "Interface": {
      if (y.kind !== "Interface") return false;
      const a = completeInterface(x);
      const b = completeInterface(y);
      if (a.length !== b.length) return false;
      for (let q = p; q; q = q.prev) {
        if ((q.x === x && q.y === y) || (q.x === y && q.y === x)) return true;
      }
      const np: Pair = { x, y, prev: p };
      for (let i = 0; i < a.length; i++) {
        if (!sameName(a[i], b[i]) || !ident(a[i].type, b[i].type, np)) return false;
      }
      return true;
    }
    case "Named":
      return false;
  }
}

function identTuple(x: Tuple, y: Tuple, p: Pair | undefined): boolean {
  if (x.vars.length !== y.vars.length) return false;
  for (let i = 0; i < x.vars.length; i++)
    if (!ident(x.vars[i].type, y.vars[i].type, p)) return false;
  return true;
}

export function isExported(name: string): boolean {
  const c = name.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  const ch = String.fromCodePoint(name.codePointAt(0) ?? 0);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** Same field/method name: exported names by name, unexported ones also by package. */
function sameName(a: { name: string; pkg: unknown }, b: { name: string; pkg: unknown }): boolean {
  if (a.name !== b.name) return false;
  return isExported(a.name) || a.pkg === b.pkg;
}
