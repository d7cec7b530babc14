/*
 * Operands: the checker's view of an evaluated expression, and the rules that relate an
 * operand to a type — implicit conversion of untyped values, assignability,
 * convertibility, interface implementation — with gc's explanations.
 *
 * What: an Operand is (mode, type, constant value, the expression). Its printed form is
 * types2's: `x (variable of type int)`, `5 (untyped int constant)`,
 * `c * 2 (constant 200 of type int8)`, `f() (no value)`, `len (built-in)`, `nil`.
 *
 * implicitType(x, T) is the type an untyped operand takes in a context of type T (or a
 * reason it cannot); assignableTo/convertibleTo implement the spec's rules; implements
 * explains a failure as gc does: `T does not implement I (missing M method)`.
 *
 * Invariant: functions here never report errors themselves; they return reasons and
 * the caller words the diagnostic.
 *
 * Example: assignableTo(x of type T, I) with T lacking M → false with reason
 *   "T does not implement I (missing M method)".
 */
import type * as ast from "../syntax/ast.js";
import { exprString } from "../syntax/print.js";
import type { Checker, Mode } from "./check.js";
import { type ConstBasic, type ConstValue, constString, representable } from "./constant.js";
import { completeInterface, missingMethod } from "./lookup.js";
import {
  basicName,
  defaultType,
  hasNil,
  identical,
  identicalIgnoreTags,
  isBoolean,
  isInvalid,
  isComplex,
  isFloat,
  isInteger,
  isNumeric,
  isString,
  isUntyped,
  under,
} from "./predicates.js";
import { signatureString } from "./typestring.js";
import type { BuiltinId, Type } from "./types.js";
import { invalidType } from "./universe.js";

export interface Operand {
  mode: Mode;
  expr: ast.Expr | undefined;
  type: Type;
  val?: ConstValue;
  id?: BuiltinId;
  /** The predeclared nil (types2's nilvalue mode): stays nil when given a type. */
  nil?: boolean;
}

export function invalidOperand(e: ast.Expr | undefined): Operand {
  return { mode: "invalid", expr: e, type: invalidType };
}

const modeString: Record<Mode, string> = {
  invalid: "invalid operand",
  novalue: "no value",
  builtin: "built-in",
  typexpr: "type",
  constant: "constant",
  variable: "variable",
  mapindex: "map index expression",
  value: "value",
  commaok: "comma, ok expression",
};

export function isNil(x: Operand): boolean {
  return x.mode === "value" && x.nil === true;
}

export function operandString(c: Checker, x: Operand): string {
  if (isNil(x)) {
    if (x.type.kind === "Basic" && x.type.name === "untyped nil") return "nil";
    if (x.type.kind === "Basic" && x.type.name === "invalid type") return "nil (with invalid type)";
    return `nil (of type ${c.typeString(x.type)})`;
  }
  let expr = "";
  if (x.expr) expr = exprString(x.expr);
  else if (x.mode === "builtin") expr = x.id ?? "";
  else if (x.mode === "typexpr") expr = c.typeString(x.type);
  else if (x.mode === "constant" && x.val) expr = constString(x.val);
  let s = "";
  if (expr !== "") s += expr + " (";
  let hasType = false;
  switch (x.mode) {
    case "invalid":
    case "novalue":
    case "builtin":
    case "typexpr":
      break;
    default:
      if (isUntyped(x.type)) {
        s += (x.type as { name: string }).name + " ";
        break;
      }
      hasType = true;
  }
  s += modeString[x.mode];
  if (x.mode === "constant" && x.val) {
    const v = constString(x.val);
    if (v !== expr) s += " " + v;
  }
  if (hasType) {
    if (x.type.kind === "Basic" && x.type.name === "invalid type") s += " with invalid type";
    else s += " of type " + c.typeString(x.type);
  }
  if (expr !== "") s += ")";
  return s;
}

// ---------------------------------------------------------------------------
// Untyped conversion

export type ConvFailure = "truncated" | "overflows" | "invalid";

/** The basic name as constant.ts's ConstBasic, if it is one. */
export function constBasic(t: Type): ConstBasic | undefined {
  const n = basicName(t);
  if (!n || n === "invalid type" || n === "unsafe.Pointer") return undefined;
  return n;
}

const untypedRank: Record<string, number> = {
  "untyped int": 1,
  "untyped rune": 2,
  "untyped float": 3,
  "untyped complex": 4,
};

/** The "larger" of two untyped numeric types, or undefined if they do not mix. */
export function maxType(x: Type, y: Type): Type | undefined {
  if (x.kind !== "Basic" || y.kind !== "Basic") return undefined;
  const a = untypedRank[x.name];
  const b = untypedRank[y.name];
  if (a && b) return a >= b ? x : y;
  if (x.name === y.name) return x;
  return undefined;
}

/** Checks a constant against basic type t: the rounded value, or why it does not fit. */
export function representation(x: Operand, t: Type): { val: ConstValue } | { fail: ConvFailure } {
  const cb = constBasic(t);
  if (!cb || !x.val) return { fail: "invalid" };
  const r = representable(x.val, cb);
  if ("value" in r) return { val: r.value };
  if (isNumeric(x.type) && isNumeric(t)) {
    if (!isInteger(x.type) && isInteger(t)) return { fail: "truncated" };
    return { fail: "overflows" };
  }
  return { fail: "invalid" };
}

/** types2's implicitTypeAndValue: the type untyped x assumes in a context of type target. */
export function implicitType(
  x: Operand,
  target: Type,
): { type: Type; val?: ConstValue } | { fail: ConvFailure } {
  if (
    x.mode === "invalid" ||
    !isUntyped(x.type) ||
    (target.kind === "Basic" && target.name === "invalid type")
  ) {
    return { type: x.type };
  }
  if (isUntyped(target)) {
    const m = maxType(x.type, target);
    return m ? { type: m } : { fail: "invalid" };
  }
  if (isNil(x)) return hasNil(target) ? { type: target } : { fail: "invalid" };
  const u = under(target);
  switch (u.kind) {
    case "Basic": {
      if (x.mode === "constant") {
        const r = representation(x, u);
        if ("fail" in r) return r;
        return { type: target, val: r.val };
      }
      const n = (x.type as { name: string }).name;
      if (n === "untyped bool") {
        if (!isBoolean(target)) return { fail: "invalid" };
      } else if (n === "untyped string") {
        if (!isString(target)) return { fail: "invalid" };
      } else if (!isNumeric(target)) return { fail: "invalid" };
      return { type: target };
    }
    case "Interface":
      if (completeInterface(u).length > 0) return { fail: "invalid" };
      return { type: defaultType(x.type) };
    default:
      return { fail: "invalid" };
  }
}

// ---------------------------------------------------------------------------
// Assignability and convertibility

function hasName(t: Type): boolean {
  return t.kind === "Named" || t.kind === "Basic";
}

/** The reason V does not implement interface type T, or undefined if it does. */
export function implementsReason(c: Checker, V: Type, T: Type): string | undefined {
  const Tu = under(T);
  if (Tu.kind !== "Interface") return undefined;
  if (under(V).kind === "Basic" && (under(V) as { name: string }).name === "invalid type")
    return undefined;
  const m = missingMethod(V, Tu, true);
  if (!m) return undefined;
  const Vu = under(V);
  if (Vu.kind === "Pointer" && under(Vu.elem).kind === "Interface") {
    return `${c.typeString(V)} does not implement ${c.typeString(T)} (type ${c.typeString(V)} is pointer to interface, not interface)`;
  }
  return `${c.typeString(V)} does not implement ${c.typeString(T)} ${missingMethodCause(c, m)}`;
}

export function missingMethodCause(
  c: Checker,
  m: NonNullable<ReturnType<typeof missingMethod>>,
): string {
  const mname = `${m.method.name} method`;
  if (m.ptrRecv) return `(${mname} has pointer receiver)`;
  if (m.alt) {
    const have = `${m.alt.name}${signatureString(m.alt.type, c.pkg)}`;
    const want = `${m.method.name}${signatureString(m.method.type, c.pkg)}`;
    if (m.alt.name !== m.method.name)
      return `(missing ${mname})\n\t\thave ${have}\n\t\twant ${want}`;
    return `(wrong type for ${mname})\n\t\thave ${have}\n\t\twant ${want}`;
  }
  return `(missing ${mname})`;
}

export function assignableTo(c: Checker, x: Operand, T: Type): { ok: boolean; reason?: string } {
  if (x.mode === "invalid" || (T.kind === "Basic" && T.name === "invalid type"))
    return { ok: true };
  const V = x.type;
  if (isInvalid(under(V)) || isInvalid(under(T))) return { ok: true };
  if (identical(V, T)) return { ok: true };
  const Vu = under(V);
  const Tu = under(T);
  if (isUntyped(Vu)) {
    const r = implicitType(x, T);
    return { ok: !("fail" in r) };
  }
  if (identical(Vu, Tu) && (!hasName(V) || !hasName(T))) return { ok: true };
  if (Tu.kind === "Interface") {
    const reason = implementsReason(c, V, T);
    if (reason) return { ok: false, reason };
    return { ok: true };
  }
  if (Tu.kind === "Pointer" && under(Tu.elem).kind === "Interface") {
    return {
      ok: false,
      reason: `${c.typeString(V)} does not implement ${c.typeString(T)} (type ${c.typeString(T)} is pointer to interface, not interface)`,
    };
  }
  if (Vu.kind === "Interface") {
    if (!implementsReason(c, T, V)) return { ok: false, reason: "need type assertion" };
  }
  if (
    Vu.kind === "Chan" &&
    Vu.dir === "both" &&
    Tu.kind === "Chan" &&
    identical(Vu.elem, Tu.elem)
  ) {
    return { ok: !hasName(V) || !hasName(T) };
  }
  return { ok: false };
}

function isBytesOrRunes(t: Type): boolean {
  const u = under(t);
  if (u.kind !== "Slice") return false;
  const n = basicName(u.elem);
  return n === "uint8" || n === "int32";
}

export function convertibleTo(c: Checker, x: Operand, T: Type): boolean {
  if (assignableTo(c, x, T).ok) return true;
  const V = x.type;
  const Vu = under(V);
  const Tu = under(T);
  if (identicalIgnoreTags(Vu, Tu)) return true;
  if (
    V.kind === "Pointer" &&
    T.kind === "Pointer" &&
    identicalIgnoreTags(under(V.elem), under(T.elem))
  )
    return true;
  if ((isInteger(Vu) || isFloat(Vu)) && (isInteger(Tu) || isFloat(Tu))) return true;
  if (isComplex(Vu) && isComplex(Tu)) return true;
  if ((isInteger(Vu) || isBytesOrRunes(Vu)) && isString(Tu)) return true;
  if (isString(Vu) && isBytesOrRunes(Tu)) return true;
  const isUnsafePtr = (t: Type): boolean => t.kind === "Basic" && t.name === "unsafe.Pointer";
  const isUintptr = (t: Type): boolean => t.kind === "Basic" && t.name === "uintptr";
  if ((Vu.kind === "Pointer" || isUintptr(Vu)) && isUnsafePtr(Tu)) return true;
  if (isUnsafePtr(Vu) && (Tu.kind === "Pointer" || isUintptr(Tu))) return true;
  if (Vu.kind === "Slice" && Tu.kind === "Pointer") {
    const a = under(Tu.elem);
    if (a.kind === "Array" && identical(Vu.elem, a.elem)) return true;
  }
  return false;
}

/** Whether x is invalid (a function, so that TypeScript does not narrow x.mode across calls that reset it). */
export function invalidMode(x: { mode: string }): boolean {
  return x.mode === "invalid";
}
