/*
 * Calls: function and method calls, conversions T(x), and the builtin functions.
 *
 * What: callExpr decides what `f(args)` is from f's mode — a conversion when f is a
 * type, a builtin (len, append, unsafe.Sizeof, …) when f is one, else a call of a
 * function value. Arguments are matched against the signature (variadic `...T`
 * parameters, `f(g())` with a multi-value g, `f(s...)`), with gc's multi-line
 * messages: `not enough arguments in call to f\n\thave (number)\n\twant (int, string)`.
 * Builtins compute their result type and, where the spec says so, a constant
 * (len/cap of arrays and constant strings, unsafe.Sizeof/Alignof/Offsetof, real/imag/
 * complex of constants).
 *
 * Why: calls are where most expression-level errors arise, and builtins are typed by
 * rules rather than signatures.
 *
 * Invariant: a call's result mode is novalue (no results), value (one result) or a
 * value of Tuple type (several); a builtin without value is novalue.
 *
 * Example: append(s, 1, 2) with s []int → value of type []int; each argument
 *   assigned to int ("in argument to append").
 */
import { invalidMode } from "./operand.js";
import { exprPos } from "./expr.js";
import type * as ast from "../syntax/ast.js";
import { exprString } from "../syntax/print.js";
import type { Checker } from "./check.js";
import { type ConstValue, intValue } from "./constant.js";
import {
  assignment,
  atPos,
  convertUntyped,
  expr,
  isValidIndex,
  rawExpr,
  singleValue,
  updateExprType,
} from "./expr.js";
import { lookupFieldOrMethod } from "./lookup.js";
import {
  type Operand,
  assignableTo,
  convertibleTo,
  invalidOperand,
  isNil,
  operandString,
  representation,
} from "./operand.js";
import {
  defaultType,
  identical,
  isConstType,
  isInteger,
  isInvalid,
  isNumeric,
  isString,
  isUntyped,
  under,
} from "./predicates.js";
import { alignof, offsetsof, sizeof } from "./sizes.js";
import { typExpr } from "./typexpr.js";
import { type BuiltinId, type Signature, type Type, newParam } from "./types.js";
import { byteType, emptyInterface, invalidType, typ } from "./universe.js";

export function callExpr(c: Checker, e: ast.CallExpr): Operand {
  const x = invalidOperand(e);
  const f = rawExpr(c, e.fun, undefined);
  if (f.mode === "builtin" && f.id) return builtin(c, e, f.id);
  if (f.mode === "novalue") {
    c.error(e.fun.pos, `${operandString(c, f)} used as value or type`);
    f.mode = "invalid";
  } else if (!invalidMode(f) && f.type.kind === "Tuple") {
    c.error(e.fun.pos, `multiple-value ${operandString(c, f)} in single-value context`);
    f.mode = "invalid";
  }
  if (invalidMode(f)) {
    for (const a of e.args) rawExpr(c, a, undefined);
    return x;
  }
  if (f.mode === "typexpr") return conversionCall(c, e, f.type);
  const u = under(f.type);
  if (u.kind !== "Signature") {
    c.error(e.fun.pos, `invalid operation: cannot call non-function ${operandString(c, f)}`);
    for (const a of e.args) rawExpr(c, a, undefined);
    return x;
  }
  const args = argList(c, e.args);
  if (!args) return resultOf(e, u);
  checkArguments(c, e, u, args);
  return resultOf(e, u);
}

function resultOf(e: ast.CallExpr, sig: Signature): Operand {
  const n = sig.results.vars.length;
  if (n === 0) return { mode: "novalue", expr: e, type: { kind: "Tuple", vars: [] } };
  if (n === 1) return { mode: "value", expr: e, type: sig.results.vars[0].type };
  return { mode: "value", expr: e, type: sig.results };
}

/** Evaluates call arguments; a single multi-value call is expanded. undefined on error. */
function argList(c: Checker, args: ast.Expr[]): Operand[] | undefined {
  if (args.length === 1) {
    const x = rawExpr(c, args[0], undefined);
    if (invalidMode(x)) return undefined;
    if (x.mode !== "novalue" && x.type.kind === "Tuple") {
      return x.type.vars.map((v) => ({ mode: "value", expr: args[0], type: v.type }));
    }
    singleValue(c, x, false);
    if (invalidMode(x)) return undefined;
    return [x];
  }
  const out: Operand[] = [];
  let ok = true;
  for (const a of args) {
    const x = expr(c, a);
    if (invalidMode(x)) ok = false;
    out.push(x);
  }
  return ok ? out : undefined;
}

function typesSummary(c: Checker, list: Type[], variadic: boolean): string {
  const res = list.map((t, i) => {
    if (isInvalid(t)) return "<T>";
    if (isUntyped(t)) {
      if (isNumeric(t)) return "number";
      return (t as { name: string }).name.replace("untyped ", "");
    }
    if (variadic && i === list.length - 1 && t.kind === "Slice")
      return "..." + c.typeString(t.elem);
    return c.typeString(t);
  });
  return `(${res.join(", ")})`;
}

function checkArguments(c: Checker, call: ast.CallExpr, sig: Signature, args: Operand[]): void {
  const params = sig.params.vars;
  const nargs = args.length;
  let npars = params.length;
  const ddd = call.ellipsis !== undefined;
  let sigParams = params.map((p) => p.type);
  let adjusted = false;
  if (sig.variadic) {
    if (ddd) {
      if (call.args.length === 1 && nargs > 1) {
        c.error(call.pos, `cannot use ... with ${nargs}-valued ${exprString(call.args[0])}`);
        return;
      }
    } else {
      const last = params[npars - 1].type;
      const elem = last.kind === "Slice" ? last.elem : invalidType;
      const vars = sigParams.slice(0, npars - 1);
      for (let i = npars - 1; i < nargs; i++) vars.push(elem);
      if (nargs >= npars - 1) {
        sigParams = vars;
        npars = nargs;
        adjusted = true;
      } else {
        sigParams = vars;
      }
    }
  } else if (ddd) {
    c.error(call.pos, `cannot use ... in call to non-variadic ${exprString(call.fun)}`);
    return;
  }
  if (nargs !== npars && !(sig.variadic && !ddd && adjusted)) {
    let at: ast.Pos = call.pos;
    let qualifier = "not enough";
    if (nargs > npars) {
      at = args[npars].expr?.pos ?? call.pos;
      qualifier = "too many";
    } else if (nargs > 0) {
      at = args[nargs - 1].expr?.pos ?? call.pos;
    }
    const have = typesSummary(
      c,
      args.map((a) => a.type),
      false,
    );
    const want = typesSummary(
      c,
      params.map((p) => p.type),
      sig.variadic,
    );
    c.error(
      at,
      `${qualifier} arguments in call to ${exprString(call.fun)}\n\thave ${have}\n\twant ${want}`,
    );
    return;
  }
  const ctx = `argument to ${exprString(call.fun)}`;
  for (let i = 0; i < nargs; i++) assignment(c, args[i], sigParams[i], ctx);
}

// ---------------------------------------------------------------------------
// Conversions

function conversionCall(c: Checker, e: ast.CallExpr, T: Type): Operand {
  const x = invalidOperand(e);
  if (e.args.length !== 1) {
    if (e.args.length === 0)
      c.error(atPos(e), `missing argument in conversion to ${c.typeString(T)}`);
    else
      c.error(
        e.args[e.args.length - 1].pos,
        `too many arguments in conversion to ${c.typeString(T)}`,
      );
    for (const a of e.args) rawExpr(c, a, undefined);
    return x;
  }
  if (e.ellipsis) {
    c.error(e.args[0].pos, `invalid use of ... in type conversion to ${c.typeString(T)}`);
    return x;
  }
  const y = expr(c, e.args[0], T);
  if (invalidMode(y)) return x;
  conversion(c, y, T);
  if (invalidMode(y)) return x;
  return { ...y, expr: e };
}

export function conversion(c: Checker, x: Operand, T: Type): void {
  const constArg = x.mode === "constant";
  let ok = false;
  if (constArg && isConstType(T)) {
    const r = representation(x, under(T));
    if ("val" in r) {
      x.val = r.val;
      ok = true;
    } else if (isInteger(x.type) && isString(T) && x.val) {
      const v = intValue(x.val);
      let cp = 0xfffd;
      if (v !== undefined && v >= 0n && v <= 0x10ffffn && !(v >= 0xd800n && v <= 0xdfffn))
        cp = Number(v);
      x.val = { kind: "string", value: utf8(cp) };
      ok = true;
    }
  } else if (convertibleTo(c, x, T)) {
    ok = true;
    x.mode = "value";
  }
  const wasNil = isNil(x);
  if (!ok) {
    const cause = constArg && isConstType(T) ? undefined : assignableTo(c, x, T).reason;
    c.error(
      exprPos(x.expr),
      `cannot convert ${operandString(c, x)} to type ${c.typeString(T)}${cause ? `:\n\t${cause}` : ""}`,
    );
    x.mode = "invalid";
    return;
  }
  x.nil = false;
  if (isUntyped(x.type)) {
    let final: Type = T;
    if (under(T).kind === "Interface" || (constArg && !isConstType(T)) || wasNil)
      final = defaultType(x.type);
    else if (x.mode === "constant" && isInteger(x.type) && isString(T)) final = x.type;
    updateExprType(c, x.expr, final, true);
  }
  x.type = T;
}

function utf8(cp: number): string {
  if (cp < 0x80) return String.fromCharCode(cp);
  if (cp < 0x800) return String.fromCharCode(0xc0 | (cp >> 6), 0x80 | (cp & 63));
  if (cp < 0x10000)
    return String.fromCharCode(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  return String.fromCharCode(
    0xf0 | (cp >> 18),
    0x80 | ((cp >> 12) & 63),
    0x80 | ((cp >> 6) & 63),
    0x80 | (cp & 63),
  );
}

// ---------------------------------------------------------------------------
// Builtins

const builtinArity: Record<BuiltinId, [number, boolean]> = {
  append: [1, true],
  cap: [1, false],
  close: [1, false],
  complex: [2, false],
  copy: [2, false],
  delete: [2, false],
  imag: [1, false],
  len: [1, false],
  make: [1, true],
  new: [1, false],
  panic: [1, false],
  print: [0, true],
  println: [0, true],
  real: [1, false],
  recover: [0, false],
  Alignof: [1, false],
  Offsetof: [1, false],
  Sizeof: [1, false],
  Add: [2, false],
  Slice: [2, false],
};

function builtin(c: Checker, call: ast.CallExpr, id: BuiltinId): Operand {
  const bad = invalidOperand(call);
  const [nparams, variadic] = builtinArity[id];
  if (call.ellipsis && id !== "append") {
    c.error(call.pos, `invalid operation: invalid use of ... with built-in ${id}`);
    for (const a of call.args) rawExpr(c, a, undefined);
    return bad;
  }
  // Argument evaluation: make and new take a type first; Offsetof a selector.
  let args: Operand[] = [];
  const nargs = call.args.length;
  if (id !== "make" && id !== "new" && id !== "Offsetof" && id !== "Sizeof" && id !== "Alignof") {
    const a = argList(c, call.args);
    if (!a) return bad;
    args = a;
  }
  const n =
    id === "make" || id === "new" || id === "Offsetof" || id === "Sizeof" || id === "Alignof"
      ? nargs
      : args.length;
  const callStr = exprString(call);
  if (n < nparams) {
    c.error(
      call.pos,
      `invalid operation: not enough arguments for ${callStr} (expected ${nparams}, found ${n})`,
    );
    return bad;
  }
  if (!variadic && n > nparams) {
    c.error(
      call.pos,
      `invalid operation: too many arguments for ${callStr} (expected ${nparams}, found ${n})`,
    );
    return bad;
  }
  const x = args[0];
  const at = (o: Operand | undefined): ast.Pos => o?.expr?.pos ?? call.pos;
  switch (id) {
    case "append": {
      const S = x.type;
      const u = under(S);
      if (u.kind !== "Slice") {
        if (isNil(x)) c.error(at(x), `first argument to append must be a slice; have untyped nil`);
        else
          c.error(at(x), `first argument to append must be a slice; have ${operandString(c, x)}`);
        return bad;
      }
      const T = u.elem;
      if (call.ellipsis) {
        if (args.length !== 2) {
          const sig: Signature = {
            kind: "Signature",
            recv: undefined,
            params: {
              kind: "Tuple",
              vars: [
                newParam("", call.pos, c.pkg, S),
                newParam("", call.pos, c.pkg, { kind: "Slice", elem: T }),
              ],
            },
            results: { kind: "Tuple", vars: [newParam("", call.pos, c.pkg, S)] },
            variadic: true,
          };
          checkArguments(c, call, sig, args);
          return bad;
        }
        const y = args[1];
        if (
          isString(y.type) &&
          under(T).kind === "Basic" &&
          (under(T) as { name: string }).name === "uint8"
        ) {
          convertUntyped(c, y, typ.string);
          return { mode: "value", expr: call, type: S };
        }
        assignment(c, y, { kind: "Slice", elem: T }, "argument to append");
        return { mode: "value", expr: call, type: S };
      }
      for (const a of args.slice(1)) assignment(c, a, T, "argument to append");
      return { mode: "value", expr: call, type: S };
    }
    case "cap":
    case "len": {
      let mode: "constant" | "value" = "value";
      let val: ConstValue | undefined;
      const u0 = under(x.type);
      let t: Type = u0;
      if (t.kind === "Pointer" && under(t.elem).kind === "Array") t = under(t.elem);
      let ok = false;
      switch (t.kind) {
        case "Basic":
          if (isString(t) && id === "len") {
            ok = true;
            if (x.mode === "constant" && x.val && x.val.kind === "string") {
              mode = "constant";
              val = { kind: "int", value: BigInt(x.val.value.length) };
            }
          }
          break;
        case "Array":
          ok = true;
          if (!containsCallOrRecv(x.expr)) {
            mode = "constant";
            val = { kind: "int", value: BigInt(t.len) };
          }
          break;
        case "Slice":
        case "Chan":
          ok = true;
          break;
        case "Map":
          ok = id === "len";
          break;
        default:
          break;
      }
      if (!ok) {
        c.error(at(x), `invalid argument: ${operandString(c, x)} for ${id}`);
        return bad;
      }
      if (isUntyped(x.type)) updateExprType(c, x.expr, typ.string, true);
      return mode === "constant"
        ? { mode, expr: call, type: typ.int, val }
        : { mode, expr: call, type: typ.int };
    }
    case "close": {
      const u = under(x.type);
      if (u.kind !== "Chan") {
        c.error(at(x), `invalid operation: cannot close non-channel ${operandString(c, x)}`);
        return bad;
      }
      if (u.dir === "recv") {
        c.error(
          at(x),
          `invalid operation: cannot close receive-only channel ${operandString(c, x)}`,
        );
        return bad;
      }
      return { mode: "novalue", expr: call, type: { kind: "Tuple", vars: [] } };
    }
    case "complex": {
      const y = args[1];
      const ux = isUntyped(x.type);
      const uy = isUntyped(y.type);
      if (ux && !uy) convertUntyped(c, x, y.type);
      else if (!ux && uy) convertUntyped(c, y, x.type);
      else if (ux && uy) {
        if (x.mode === "constant" && y.mode === "constant") {
          const toFloat = (o: Operand): void => {
            if (isNumeric(o.type) && o.val && (o.val.kind !== "complex" || o.val.im.num === 0n)) {
              const r = representation(o, typ["untyped float"]);
              if ("val" in r) o.val = r.val;
              o.type = typ["untyped float"];
            }
          };
          toFloat(x);
          toFloat(y);
        } else {
          convertUntyped(c, x, typ.float64);
          convertUntyped(c, y, typ.float64);
        }
      }
      if (invalidMode(x) || invalidMode(y)) return bad;
      if (!identical(x.type, y.type)) {
        c.error(
          at(x),
          `invalid operation: ${callStr} (mismatched types ${c.typeString(x.type)} and ${c.typeString(y.type)})`,
        );
        return bad;
      }
      const fname2 = (t: Type): Type | undefined => {
        switch ((under(t) as { name?: string }).name) {
          case "float32":
            return typ.complex64;
          case "float64":
            return typ.complex128;
          case "untyped float":
            return typ["untyped complex"];
          default:
            return undefined;
        }
      };
      const res = fname2(x.type);
      if (!res) {
        c.error(
          at(x),
          `invalid argument: arguments have type ${c.typeString(x.type)}, expected floating-point`,
        );
        return bad;
      }
      if (x.mode === "constant" && y.mode === "constant" && x.val && y.val) {
        const re =
          x.val.kind === "float"
            ? x.val.value
            : x.val.kind === "int"
              ? { num: x.val.value, den: 1n }
              : undefined;
        const im =
          y.val.kind === "float"
            ? y.val.value
            : y.val.kind === "int"
              ? { num: y.val.value, den: 1n }
              : undefined;
        if (re && im)
          return { mode: "constant", expr: call, type: res, val: { kind: "complex", re, im } };
      }
      return { mode: "value", expr: call, type: res };
    }
    case "copy": {
      const y = args[1];
      const dst = under(x.type);
      const ysrc = under(y.type);
      const dstElem = dst.kind === "Slice" ? dst.elem : undefined;
      let srcElem: Type | undefined = ysrc.kind === "Slice" ? ysrc.elem : undefined;
      if (isString(ysrc)) srcElem = byteType;
      if (!dstElem || !srcElem) {
        c.error(
          at(x),
          `invalid argument: copy expects slice arguments; found ${operandString(c, x)} and ${operandString(c, y)}`,
        );
        return bad;
      }
      if (!identical(dstElem, srcElem)) {
        c.error(
          at(x),
          `invalid argument: arguments to copy ${operandString(c, x)} and ${operandString(c, y)} have different element types ${c.typeString(dstElem)} and ${c.typeString(srcElem)}`,
        );
        return bad;
      }
      if (isUntyped(y.type)) updateExprType(c, y.expr, typ.string, true);
      return { mode: "value", expr: call, type: typ.int };
    }
    case "delete": {
      const u = under(x.type);
      if (u.kind !== "Map") {
        c.error(at(x), `invalid argument: ${operandString(c, x)} is not a map`);
        return bad;
      }
      assignment(c, args[1], u.key, "argument to delete");
      return { mode: "novalue", expr: call, type: { kind: "Tuple", vars: [] } };
    }
    case "imag":
    case "real": {
      if (isUntyped(x.type)) {
        if (x.mode === "constant") {
          if (isNumeric(x.type)) {
            const r = representation(x, typ["untyped complex"]);
            if ("val" in r) x.val = r.val;
            x.type = typ["untyped complex"];
          }
        } else {
          convertUntyped(c, x, typ.complex128);
          if (invalidMode(x)) return bad;
        }
      }
      const name = (under(x.type) as { name?: string }).name;
      const res =
        name === "complex64"
          ? typ.float32
          : name === "complex128"
            ? typ.float64
            : name === "untyped complex"
              ? typ["untyped float"]
              : undefined;
      if (!res) {
        c.error(
          at(x),
          `invalid argument: argument has type ${c.typeString(x.type)}, expected complex type`,
        );
        return bad;
      }
      if (x.mode === "constant" && x.val && x.val.kind === "complex") {
        return {
          mode: "constant",
          expr: call,
          type: res,
          val: { kind: "float", value: id === "real" ? x.val.re : x.val.im },
        };
      }
      return { mode: "value", expr: call, type: res };
    }
    case "make": {
      const T = typeArg(c, call.args[0]);
      if (!T) return bad;
      let min = 1;
      const u = under(T);
      switch (u.kind) {
        case "Slice":
          min = 2;
          break;
        case "Map":
        case "Chan":
          break;
        default:
          c.error(
            call.args[0].pos,
            `invalid argument: cannot make ${exprString(call.args[0])}; type must be slice, map, or channel`,
          );
          for (const a of call.args.slice(1)) expr(c, a);
          return bad;
      }
      if (nargs < min || nargs > min + 1) {
        c.error(
          call.pos,
          `invalid operation: ${callStr} expects ${min} or ${min + 1} arguments; found ${nargs}`,
        );
        return bad;
      }
      const sizes: bigint[] = [];
      let ok = true;
      for (const a of call.args.slice(1)) {
        const s = expr(c, a);
        if (invalidMode(s) || !isValidIndex(c, s, "index", false)) {
          ok = false;
          continue;
        }
        if (s.mode === "constant" && s.val) {
          const v = intValue(s.val);
          if (v !== undefined) sizes.push(v);
        }
      }
      if (ok && sizes.length === 2 && sizes[0] > sizes[1]) {
        c.error(call.args[1].pos, `invalid argument: length and capacity swapped`);
      }
      return { mode: "value", expr: call, type: T };
    }
    case "new": {
      const T = typeArg(c, call.args[0]);
      if (!T) return bad;
      return { mode: "value", expr: call, type: { kind: "Pointer", elem: T } };
    }
    case "panic": {
      // Record the defaulted argument type (interface{} context).
      assignment(c, x, emptyIface(), "argument to panic");
      if (invalidMode(x)) return bad;
      return { mode: "novalue", expr: call, type: { kind: "Tuple", vars: [] } };
    }
    case "print":
    case "println": {
      for (const a of args) {
        assignment(c, a, undefined, `argument to built-in ${id}`);
        if (invalidMode(a)) return bad;
      }
      return { mode: "novalue", expr: call, type: { kind: "Tuple", vars: [] } };
    }
    case "recover":
      return { mode: "value", expr: call, type: emptyIface() };
    case "Alignof":
    case "Sizeof": {
      const y = expr(c, call.args[0]);
      if (invalidMode(y)) return bad;
      assignment(c, y, undefined, `argument to unsafe.${id}`);
      if (invalidMode(y)) return bad;
      const v = id === "Sizeof" ? sizeof(y.type) : alignof(y.type);
      return {
        mode: "constant",
        expr: call,
        type: typ.uintptr,
        val: { kind: "int", value: BigInt(v) },
      };
    }
    case "Offsetof": {
      let arg = call.args[0];
      while (arg.kind === "ParenExpr") arg = arg.x;
      if (arg.kind !== "SelectorExpr") {
        c.error(arg.pos, `invalid argument: ${exprString(arg)} is not a selector expression`);
        expr(c, arg);
        return bad;
      }
      const base = expr(c, arg.x);
      if (invalidMode(base)) return bad;
      let baseType = base.type;
      if (baseType.kind === "Pointer" && under(baseType.elem).kind === "Struct")
        baseType = baseType.elem;
      const r = lookupFieldOrMethod(baseType, false, c.pkg, arg.sel.name);
      if (r.kind !== "found") {
        c.error(
          arg.sel.pos,
          `${exprString(arg)} undefined (type ${c.typeString(base.type)} has no field or method ${arg.sel.name})`,
        );
        return bad;
      }
      if (r.obj.kind !== "Var") {
        c.error(arg.pos, `invalid argument: ${exprString(arg)} is a method value`);
        return bad;
      }
      if (r.indirect) {
        c.error(
          arg.pos,
          `invalid argument: field ${arg.sel.name} is embedded via a pointer in ${c.typeString(baseType)}`,
        );
        return bad;
      }
      c.recordUse(arg.sel, r.obj);
      c.info.types.set(arg, { mode: "variable", type: r.obj.type });
      // Sum of offsets along the embedding path.
      let t: Type = baseType;
      let off = 0;
      for (const i of r.index) {
        const s = under(t);
        if (s.kind !== "Struct") break;
        off += offsetsof(s)[i];
        t = s.fields[i].type;
      }
      return {
        mode: "constant",
        expr: call,
        type: typ.uintptr,
        val: { kind: "int", value: BigInt(off) },
      };
    }
    case "Add": {
      const y = args[1];
      if (
        under(x.type).kind !== "Basic" ||
        (under(x.type) as { name: string }).name !== "unsafe.Pointer"
      ) {
        assignment(c, x, typ["unsafe.Pointer"], "argument to unsafe.Add");
        if (invalidMode(x)) return bad;
      }
      if (!isValidIndex(c, y, "length", true)) return bad;
      return { mode: "value", expr: call, type: typ["unsafe.Pointer"] };
    }
    case "Slice": {
      const u = under(x.type);
      if (u.kind !== "Pointer") {
        c.error(at(x), `invalid argument: ${operandString(c, x)} is not a pointer`);
        return bad;
      }
      if (!isValidIndex(c, args[1], "length", false)) return bad;
      return { mode: "value", expr: call, type: { kind: "Slice", elem: u.elem } };
    }
  }
}

function typeArg(c: Checker, e: ast.Expr): Type | undefined {
  const t = typExpr(c, e);
  return isInvalid(t) ? undefined : t;
}

function emptyIface(): Type {
  return emptyInterface;
}

/** len/cap of an array is constant unless the operand contains a call or receive. */
function containsCallOrRecv(e: ast.Expr | undefined): boolean {
  if (!e) return false;
  switch (e.kind) {
    case "CallExpr":
      return true;
    case "UnaryExpr":
      return e.op === "<-" || containsCallOrRecv(e.x);
    case "ParenExpr":
      return containsCallOrRecv(e.x);
    case "SelectorExpr":
      return containsCallOrRecv(e.x);
    case "IndexExpr":
      return containsCallOrRecv(e.x) || containsCallOrRecv(e.index);
    case "StarExpr":
      return containsCallOrRecv(e.x);
    case "BinaryExpr":
      return containsCallOrRecv(e.x) || containsCallOrRecv(e.y);
    case "CompositeLit":
      return e.elts.some(containsCallOrRecv);
    case "KeyValueExpr":
      return containsCallOrRecv(e.value);
    case "SliceExpr":
      return true;
    case "TypeAssertExpr":
      return containsCallOrRecv(e.x);
    default:
      return false;
  }
}
