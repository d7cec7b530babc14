/*
 * Expressions: evaluating every expression to an Operand, with gc's diagnostics.
 *
 * What: rawExpr(c, e, hint) computes e's mode (value, variable, constant, type, …), type
 * and constant value, and records them in TypeInfo.types. Constant expressions are
 * folded exactly (constant.ts); untyped operands stay untyped until a context gives them
 * a type (assignment, conversion, a typed operand of a binary operator), at which point
 * convertUntyped/assignment rewrite the recorded types of the whole untyped
 * subexpression tree (updateExprType), as types2 does.
 *
 * Why: everything later (IR building, escape analysis) needs a type for every
 * expression and the constant value of constant ones, and diagnostics must be gc's.
 *
 * Invariants:
 *  - an operand with mode "invalid" has had its error reported; nothing more is said
 *    about it (follow-on errors are suppressed);
 *  - errors are reported at the start of the offending expression (types2's atPos),
 *    except where gc uses another token (selectors at the selected name, overflowing
 *    constant operations at the operator).
 *
 * Example: `var b byte = 'a' + 1` — 'a' + 1 folds to untyped rune 98; the assignment
 *   converts it to byte (representable), recording byte for `'a' + 1`, `'a'` and `1`.
 */
import { invalidMode } from "./operand.js";
import type * as ast from "../syntax/ast.js";
import { exprString } from "../syntax/print.js";
import type { Checker } from "./check.js";
import { callExpr } from "./call.js";
import {
  type ConstValue,
  binaryOp,
  compare,
  constString,
  intValue,
  isConstError,
  parseLiteral,
  shift as constShift,
  unaryOp as constUnary,
} from "./constant.js";
import { lookupFieldOrMethod, missingMethod } from "./lookup.js";
import {
  type Operand,
  assignableTo,
  implicitType,
  invalidOperand,
  isNil,
  missingMethodCause,
  operandString,
  representation,
} from "./operand.js";
import {
  basicName,
  comparable,
  defaultType,
  hasNil,
  identical,
  isBoolean,
  isExported,
  isInteger,
  isInvalid,
  isNumeric,
  isOrdered,
  isString,
  isTyped,
  isUnsigned,
  isUntyped,
  under,
} from "./predicates.js";
import { checkFuncLit } from "./stmt.js";
import { typExpr } from "./typexpr.js";
import {
  type Const,
  type Signature,
  type Type,
  type Var,
  lookupParent,
  newParam,
  newScope,
} from "./types.js";
import { byteType, invalidType, typ } from "./universe.js";
import { funcType } from "./typexpr.js";

export { operandString };

// ---------------------------------------------------------------------------
// Entry points

/** Evaluates e; with allowType a type expression is a valid result. */
export function evalExpr(
  c: Checker,
  e: ast.Expr,
  hint: Type | undefined,
  allowType: boolean,
): Operand {
  const x = rawExpr(c, e, hint);
  if (!allowType) singleValue(c, x, false);
  return x;
}

/** e must be a single value (not a type, not a tuple, not a builtin, not void). */
export function expr(c: Checker, e: ast.Expr, hint?: Type): Operand {
  const x = rawExpr(c, e, hint);
  singleValue(c, x, false);
  return x;
}

export function exprOrType(c: Checker, e: ast.Expr, hint?: Type): Operand {
  const x = rawExpr(c, e, hint);
  if (x.mode === "novalue") {
    c.error(atPos(e), `${operandString(c, x)} used as value or type`);
    x.mode = "invalid";
  } else if (x.mode === "builtin") {
    c.error(atPos(e), `${operandString(c, x)} must be called`);
    x.mode = "invalid";
  } else if (x.type.kind === "Tuple") {
    c.error(atPos(e), `multiple-value ${operandString(c, x)} in single-value context`);
    x.mode = "invalid";
  }
  return x;
}

/** Rejects modes that are not single values. */
export function singleValue(c: Checker, x: Operand, allowTuple: boolean): void {
  const e = x.expr;
  if (!e) return;
  switch (x.mode) {
    case "novalue":
      c.error(atPos(e), `${operandString(c, x)} used as value`);
      x.mode = "invalid";
      return;
    case "builtin":
      c.error(atPos(e), `${operandString(c, x)} must be called`);
      x.mode = "invalid";
      return;
    case "typexpr":
      c.error(atPos(e), `${operandString(c, x)} is not an expression`);
      x.mode = "invalid";
      return;
    default:
      if (!allowTuple && !invalidMode(x) && x.type.kind === "Tuple") {
        c.error(atPos(e), `multiple-value ${operandString(c, x)} in single-value context`);
        x.mode = "invalid";
      }
  }
}

export function rawExpr(c: Checker, e: ast.Expr, hint: Type | undefined): Operand {
  const x = exprInternal(c, e, hint);
  x.expr = e;
  record(c, x);
  return x;
}

function record(c: Checker, x: Operand): void {
  if (!x.expr) return;
  if (invalidMode(x)) {
    c.info.types.set(x.expr, { mode: "invalid", type: invalidType });
    return;
  }
  c.info.types.set(
    x.expr,
    x.mode === "constant"
      ? { mode: x.mode, type: x.type, value: x.val }
      : { mode: x.mode, type: x.type },
  );
}

/**
 * Gives the untyped expression e (already recorded) its final type: the recorded types
 * of e and of its untyped operands are replaced.
 */
export function updateExprType(c: Checker, e: ast.Expr | undefined, t: Type, final: boolean): void {
  if (!e) return;
  const old = c.info.types.get(e);
  if (!old || !isUntyped(old.type)) return;
  switch (e.kind) {
    case "ParenExpr":
      updateExprType(c, e.x, t, final);
      break;
    case "UnaryExpr":
      if (old.value === undefined) updateExprType(c, e.x, t, final);
      break;
    case "BinaryExpr":
      if (old.value === undefined) {
        if (isComparisonOp(e.op)) {
          // The result type is independent of the operand types.
        } else if (e.op === "<<" || e.op === ">>") {
          updateExprType(c, e.x, t, final);
        } else {
          updateExprType(c, e.x, t, final);
          updateExprType(c, e.y, t, final);
        }
      }
      break;
    default:
      break;
  }
  if (!final && isUntyped(t)) {
    old.type = under(t);
    return;
  }
  if (
    old.mode === "value" &&
    e.kind === "BinaryExpr" &&
    (e.op === "<<" || e.op === ">>") &&
    c.info.types.get(e.x)?.mode === "constant" &&
    !isInteger(t) &&
    !isUntyped(t)
  ) {
    // A non-constant shift of an untyped constant that becomes a non-integer.
    c.error(e.pos, `invalid operation: ${exprString(e)} (shift of type ${c.typeString(t)})`);
  }
  old.type = t;
}

export function updateExprVal(c: Checker, e: ast.Expr | undefined, v: ConstValue): void {
  if (!e) return;
  const old = c.info.types.get(e);
  if (old && old.mode === "constant") old.value = v;
  if (e.kind === "ParenExpr") updateExprVal(c, e.x, v);
}

/** Converts untyped x to target (or reports `cannot convert …`). */
export function convertUntyped(c: Checker, x: Operand, target: Type): void {
  const r = implicitType(x, target);
  if ("fail" in r) {
    const t = under(target);
    invalidConversion(c, r.fail, x, t);
    x.mode = "invalid";
    return;
  }
  if (r.val) {
    x.val = r.val;
    updateExprVal(c, x.expr, r.val);
  }
  if (r.type !== x.type) {
    x.type = r.type;
    updateExprType(c, x.expr, r.type, true);
  }
}

function invalidConversion(c: Checker, fail: string, x: Operand, t: Type): void {
  const at = exprPos(x.expr) ?? { file: "", line: 0, col: 0 };
  if (fail === "truncated") c.error(at, `${operandString(c, x)} truncated to ${c.typeString(t)}`);
  else if (fail === "overflows") c.error(at, `${operandString(c, x)} overflows ${c.typeString(t)}`);
  else c.error(at, `cannot convert ${operandString(c, x)} to ${c.typeString(t)}`);
}

// ---------------------------------------------------------------------------
// Assignment of a value to a typed location

/**
 * Checks that x can be assigned to a location of type T (T undefined: the blank
 * identifier or an untyped declaration) in `context`; converts untyped x.
 */
export function assignment(c: Checker, x: Operand, T: Type | undefined, context: string): void {
  singleValue(c, x, false);
  if (invalidMode(x)) return;
  switch (x.mode) {
    case "constant":
    case "variable":
    case "mapindex":
    case "value":
    case "commaok":
      break;
    default:
      c.error(
        exprPos(x.expr) ?? { file: "", line: 0, col: 0 },
        `cannot assign ${operandString(c, x)} to ${T ? c.typeString(T) : "_"} in ${context}`,
      );
      x.mode = "invalid";
      return;
  }
  const at = exprPos(x.expr) ?? { file: "", line: 0, col: 0 };
  if (isUntyped(x.type)) {
    let target = T;
    if (!T || under(T).kind === "Interface") {
      if (!T && isNil(x)) {
        c.error(at, `use of untyped nil in ${context}`);
        x.mode = "invalid";
        return;
      }
      target = defaultType(x.type);
    }
    const r = implicitType(x, target ?? defaultType(x.type));
    if ("fail" in r) {
      let msg = `cannot use ${operandString(c, x)} as ${c.typeString(target ?? x.type)} value in ${context}`;
      if (r.fail === "truncated") msg += " (truncated)";
      else if (r.fail === "overflows") msg += " (overflows)";
      c.error(at, msg);
      x.mode = "invalid";
      return;
    }
    if (r.val) {
      x.val = r.val;
      updateExprVal(c, x.expr, r.val);
    }
    if (r.type !== x.type) {
      x.type = r.type;
      updateExprType(c, x.expr, r.type, true);
    }
  }
  if (!T) return;
  const a = assignableTo(c, x, T);
  if (!a.ok) {
    if (a.reason)
      c.error(
        at,
        `cannot use ${operandString(c, x)} as type ${c.typeString(T)} in ${context}:\n\t${a.reason}`,
      );
    else c.error(at, `cannot use ${operandString(c, x)} as type ${c.typeString(T)} in ${context}`);
    x.mode = "invalid";
  }
}

/** Gives constant obj its type and value from x (typed by t when given). */
export function initConst(c: Checker, obj: Const, x: Operand, t: Type | undefined): void {
  if (invalidMode(x) || isInvalid(x.type) || (t && isInvalid(t))) {
    obj.type = invalidType;
    return;
  }
  if (x.mode !== "constant") {
    c.error(exprPos(x.expr) ?? obj.pos, `${operandString(c, x)} is not constant`);
    obj.type = invalidType;
    return;
  }
  assignment(c, x, t ?? x.type, "constant declaration");
  if (invalidMode(x)) {
    obj.type = invalidType;
    return;
  }
  obj.type = x.type;
  if (x.val) obj.val = x.val;
}

/** Initializes vars from rhs expressions (`var a, b = …`, `a, b := …`). */
export function initVars(
  c: Checker,
  lhs: Var[],
  rhs: ast.Expr[],
  typed: boolean,
  context = "variable declaration",
): void {
  const nl = lhs.length;
  const nr = rhs.length;
  const invalidate = (): void => {
    for (const v of lhs) {
      v.used = true;
      if (!typed) v.type = invalidType;
    }
  };
  const isCall = nr === 1 && unparen(rhs[0]).kind === "CallExpr";
  if (nl === nr && !isCall) {
    const xs = rhs.map((e, i) => expr(c, e, typed ? lhs[i].type : undefined));
    const anyInvalid = xs.some((x) => invalidMode(x));
    xs.forEach((x, i) => initVar(c, lhs[i], x, typed, context));
    if (anyInvalid) for (const v of lhs) v.used = true;
    return;
  }
  if (nr === 1) {
    const x = rawExpr(c, rhs[0], typed && nl === 1 ? lhs[0].type : undefined);
    if (invalidMode(x)) {
      invalidate();
      return;
    }
    if (x.mode === "novalue") {
      singleValue(c, x, false);
      invalidate();
      return;
    }
    if (nl === 1 && x.type.kind !== "Tuple") {
      singleValue(c, x, false);
      initVar(c, lhs[0], x, typed, context);
      return;
    }
    if (x.type.kind === "Tuple") {
      const vars = x.type.vars;
      if (vars.length === nl) {
        vars.forEach((tv, i) =>
          initVar(c, lhs[i], { mode: "value", expr: rhs[0], type: tv.type }, typed, context),
        );
        return;
      }
      assignError(c, rhs, nl, vars.length);
      invalidate();
      return;
    }
    if (nl === 2 && (x.mode === "mapindex" || x.mode === "commaok")) {
      initVar(c, lhs[0], { ...x, mode: "value" }, typed, context);
      initVar(
        c,
        lhs[1],
        { mode: "value", expr: rhs[0], type: typ["untyped bool"] },
        typed,
        context,
      );
      recordCommaOk(c, x);
      return;
    }
    singleValue(c, x, false);
    if (invalidMode(x)) {
      invalidate();
      return;
    }
  } else {
    let bad = false;
    for (const e of rhs) if (invalidMode(expr(c, e))) bad = true;
    if (bad) {
      invalidate();
      return;
    }
  }
  assignError(c, rhs, nl, nr);
  invalidate();
}

/** Records the (value, bool) pair type of a comma-ok expression. */
export function recordCommaOk(c: Checker, x: Operand): void {
  if (!x.expr) return;
  const tv = c.info.types.get(x.expr);
  if (tv) tv.mode = "commaok";
  let e: ast.Expr | undefined = x.expr;
  while (e && e.kind === "ParenExpr") {
    e = e.x;
    const t = c.info.types.get(e);
    if (t) t.mode = "commaok";
  }
}

export function assignError(c: Checker, rhs: ast.Expr[], nl: number, nr: number): void {
  const vars = `${nl} variable${nl === 1 ? "" : "s"}`;
  const r0 = rhs[0];
  if (rhs.length === 1 && r0.kind === "CallExpr") {
    c.error(
      r0.pos,
      `assignment mismatch: ${vars} but ${exprString(r0.fun)} returns ${nr} value${nr === 1 ? "" : "s"}`,
    );
    return;
  }
  c.error(r0.pos, `assignment mismatch: ${vars} but ${nr} value${nr === 1 ? "" : "s"}`);
}

export function initVarOne(c: Checker, v: Var, x: Operand, typed: boolean): void {
  initVar(c, v, x, typed, "variable declaration");
}

function initVar(c: Checker, v: Var, x: Operand, typed: boolean, context: string): void {
  if (invalidMode(x) || isInvalid(x.type) || (isInvalid(v.type) && typed)) {
    if (!typed) v.type = invalidType;
    v.used = true;
    return;
  }
  if (!typed) {
    let t = x.type;
    if (isUntyped(t)) {
      if (isNil(x)) {
        c.error(exprPos(x.expr) ?? v.pos, `use of untyped nil in ${context}`);
        v.type = invalidType;
        v.used = true;
        return;
      }
      t = defaultType(t);
    }
    v.type = t;
  }
  assignment(c, x, v.type, context);
  if (invalidMode(x)) v.used = true;
}

// ---------------------------------------------------------------------------
// The expression switch

function exprInternal(c: Checker, e: ast.Expr, hint: Type | undefined): Operand {
  const x: Operand = invalidOperand(e);
  switch (e.kind) {
    case "BadExpr":
      return x;
    case "Ident":
      return ident(c, e);
    case "BasicLit": {
      if (e.bad) return x; // the lexer reported it
      const v = parseLiteral(e.litKind, e.value);
      if (isConstError(v)) {
        c.error(e.pos, v.error);
        return x;
      }
      const t =
        e.litKind === "INT"
          ? typ["untyped int"]
          : e.litKind === "FLOAT"
            ? typ["untyped float"]
            : e.litKind === "IMAG"
              ? typ["untyped complex"]
              : e.litKind === "CHAR"
                ? typ["untyped rune"]
                : typ["untyped string"];
      return { mode: "constant", expr: e, type: t, val: v };
    }
    case "FuncLit": {
      const scope = newScope(c.scope, "func", true);
      const sig = funcType(c, e.type, undefined, scope);
      checkFuncLit(c, sig, e, scope);
      return { mode: "value", expr: e, type: sig };
    }
    case "CompositeLit":
      return compositeLit(c, e, hint);
    case "ParenExpr": {
      const y = rawExpr(c, e.x, hint);
      return { ...y, expr: e };
    }
    case "SelectorExpr":
      return selector(c, e);
    case "IndexExpr":
      return indexExpr(c, e);
    case "SliceExpr":
      return sliceExpr(c, e);
    case "TypeAssertExpr": {
      const y = expr(c, e.x);
      if (invalidMode(y)) return x;
      if (!e.type) {
        c.error(atPos(e), "invalid AST: use of .(type) outside type switch");
        return x;
      }
      const yu = under(y.type);
      if (yu.kind !== "Interface") {
        c.error(e.x.pos, `invalid operation: ${operandString(c, y)} is not an interface`);
        return x;
      }
      const T = typExpr(c, e.type);
      if (isInvalid(T)) return x;
      typeAssertion(c, e, y, T, false);
      return { mode: "commaok", expr: e, type: T };
    }
    case "CallExpr":
      return callExpr(c, e);
    case "StarExpr": {
      const y = exprOrType(c, e.x);
      if (invalidMode(y)) return x;
      if (y.mode === "typexpr")
        return { mode: "typexpr", expr: e, type: { kind: "Pointer", elem: y.type } };
      if (isNil(y)) {
        c.error(e.x.pos, "invalid operation: cannot indirect nil");
        return x;
      }
      const u = under(y.type);
      if (u.kind !== "Pointer") {
        c.error(e.x.pos, `invalid operation: cannot indirect ${operandString(c, y)}`);
        return x;
      }
      return { mode: "variable", expr: e, type: u.elem };
    }
    case "UnaryExpr":
      return unary(c, e, hint);
    case "BinaryExpr":
      return binary(c, e, e.x, e.y, e.op, e.opPos);
    case "KeyValueExpr":
      c.error(e.pos, "unexpected key:value expression");
      return x;
    case "Ellipsis":
    case "ArrayType":
    case "StructType":
    case "FuncType":
    case "InterfaceType":
    case "MapType":
    case "ChanType":
      return { mode: "typexpr", expr: e, type: typExpr(c, e) };
  }
}

function ident(c: Checker, e: ast.Ident): Operand {
  const x = invalidOperand(e);
  if (e.name === "_") {
    c.error(e.pos, "cannot use _ as value or type");
    return x;
  }
  const obj = lookupParent(c.scope, e.name);
  if (!obj) {
    c.error(e.pos, `undefined: ${e.name}`);
    return x;
  }
  c.recordUse(e, obj);
  if (obj.kind !== "PkgName") c.useObj(obj);
  switch (obj.kind) {
    case "PkgName":
      c.error(e.pos, `use of package ${obj.name} not in selector`);
      return x;
    case "Const": {
      c.objDecl(obj);
      c.addDeclDep(obj);
      if (isInvalid(obj.type)) return x;
      if (obj.name === "iota" && obj.parent && !obj.parent.parent) {
        if (c.iota === undefined) {
          c.error(e.pos, "cannot use iota outside constant declaration");
          return x;
        }
        return { mode: "constant", expr: e, type: obj.type, val: { kind: "int", value: c.iota } };
      }
      return { mode: "constant", expr: e, type: obj.type, val: obj.val };
    }
    case "TypeName":
      c.objDecl(obj);
      if (obj.isAlias && isInvalid(obj.type) && c.color.get(obj) === "grey") {
        const cycle = c.objPath.slice(c.objPath.indexOf(obj));
        if (!cycle.some((o) => o.kind === "TypeName" && !o.isAlias)) c.cycleError(cycle);
        return x;
      }
      if (isInvalid(obj.type)) return x;
      return { mode: "typexpr", expr: e, type: obj.type };
    case "Var":
      c.objDecl(obj);
      c.addDeclDep(obj);
      if (obj.pkg === c.pkg) obj.used = true;
      if (isInvalid(obj.type)) return x;
      return { mode: "variable", expr: e, type: obj.type };
    case "Func":
      c.objDecl(obj);
      c.addDeclDep(obj);
      return { mode: "value", expr: e, type: obj.type };
    case "Builtin":
      return { mode: "builtin", expr: e, type: invalidType, id: obj.id };
    case "Nil":
      return { mode: "value", expr: e, type: typ["untyped nil"], nil: true };
    case "Label":
      c.error(e.pos, `undefined: ${e.name}`);
      return x;
  }
}

// ---------------------------------------------------------------------------
// Selectors

function selector(c: Checker, e: ast.SelectorExpr): Operand {
  const x = invalidOperand(e);
  const sel = e.sel.name;
  if (e.x.kind === "Ident") {
    const o = lookupParent(c.scope, e.x.name);
    if (o && o.kind === "PkgName") {
      c.recordUse(e.x, o);
      o.used = true;
      const pkg = o.imported;
      if (pkg.fake) return x;
      const exp = pkg.scope.elems.get(sel);
      if (!exp || !isExported(sel)) {
        if (exp && !isExported(sel))
          c.error(e.sel.pos, `name ${sel} not exported by package ${pkg.name}`);
        else c.error(e.sel.pos, `undefined: ${e.x.name}.${sel}`);
        return x;
      }
      c.recordUse(e.sel, exp);
      switch (exp.kind) {
        case "Const":
          return { mode: "constant", expr: e, type: exp.type, val: exp.val };
        case "TypeName":
          return { mode: "typexpr", expr: e, type: exp.type };
        case "Var":
          return { mode: "variable", expr: e, type: exp.type };
        case "Func":
          return { mode: "value", expr: e, type: exp.type };
        case "Builtin":
          return { mode: "builtin", expr: e, type: invalidType, id: exp.id };
        default:
          return x;
      }
    }
  }
  const y = exprOrType(c, e.x);
  if (invalidMode(y)) return x;
  if (y.mode === "typexpr") {
    // Method expression T.m.
    const T = y.type;
    const r = lookupFieldOrMethod(T, false, c.pkg, sel);
    if (r.kind === "notFound" || (r.kind === "found" && r.obj.kind !== "Func")) {
      const tu = under(T);
      if (tu.kind === "Pointer" && under(tu.elem).kind === "Interface") {
        c.error(
          e.sel.pos,
          `${exprString(e)} undefined (type ${c.typeString(T)} is pointer to interface, not interface)`,
        );
        return x;
      }
      c.error(
        e.sel.pos,
        `${exprString(e)} undefined (type ${c.typeString(T)} has no field or method ${sel})`,
      );
      return x;
    }
    if (r.kind === "ambiguous") {
      c.error(e.sel.pos, `ambiguous selector ${exprString(e)}`);
      return x;
    }
    if (r.kind === "ptrRecv") {
      c.error(e.sel.pos, `cannot call pointer method ${sel} on ${c.typeString(T)}`);
      return x;
    }
    const m = r.obj;
    if (m.kind !== "Func") return x;
    c.recordUse(e.sel, m);
    c.addDeclDep(m);
    const sig = m.type;
    const recvParam = newParam("", e.pos, c.pkg, T);
    const mt: Signature = {
      kind: "Signature",
      recv: undefined,
      params: { kind: "Tuple", vars: [recvParam, ...sig.params.vars] },
      results: sig.results,
      variadic: sig.variadic,
    };
    c.info.selections.set(e, {
      kind: "MethodExpr",
      recv: T,
      obj: m,
      index: r.index,
      indirect: r.indirect,
      type: mt,
    });
    return { mode: "value", expr: e, type: mt };
  }
  if (y.mode === "novalue" || y.mode === "builtin") return x;
  if (isInvalid(y.type)) return x;
  const r = lookupFieldOrMethod(y.type, y.mode === "variable", c.pkg, sel);
  switch (r.kind) {
    case "notFound": {
      const u = under(y.type);
      if (u.kind === "Pointer" && under(u.elem).kind === "Interface") {
        c.error(
          e.sel.pos,
          `${exprString(e)} undefined (type ${c.typeString(y.type)} is pointer to interface, not interface)`,
        );
        return x;
      }
      let why = `type ${c.typeString(y.type)} has no field or method ${sel}`;
      const alt = lookupFieldOrMethod(y.type, y.mode === "variable", c.pkg, changeCase(sel));
      if (alt.kind === "found" || alt.kind === "ptrRecv")
        why += `, but does have ${changeCase(sel)}`;
      c.error(e.sel.pos, `${exprString(e)} undefined (${why})`);
      return x;
    }
    case "ambiguous":
      c.error(e.sel.pos, `ambiguous selector ${exprString(e)}`);
      return x;
    case "ptrRecv":
      c.error(e.sel.pos, `cannot call pointer method ${sel} on ${c.typeString(y.type)}`);
      return x;
    case "found":
      break;
  }
  const obj = r.obj;
  c.recordUse(e.sel, obj);
  if (obj.kind === "Var") {
    const mode = y.mode === "variable" || r.indirect ? "variable" : "value";
    c.info.selections.set(e, {
      kind: "FieldVal",
      recv: y.type,
      obj,
      index: r.index,
      indirect: r.indirect,
      type: obj.type,
    });
    return { mode, expr: e, type: obj.type };
  }
  c.addDeclDep(obj);
  const sig = obj.type;
  const mt: Signature = {
    kind: "Signature",
    recv: undefined,
    params: sig.params,
    results: sig.results,
    variadic: sig.variadic,
  };
  c.info.selections.set(e, {
    kind: "MethodVal",
    recv: y.type,
    obj,
    index: r.index,
    indirect: r.indirect,
    type: mt,
  });
  return { mode: "value", expr: e, type: mt };
}

function changeCase(s: string): string {
  const f = s.charAt(0);
  const g = f === f.toUpperCase() ? f.toLowerCase() : f.toUpperCase();
  return g + s.slice(1);
}

// ---------------------------------------------------------------------------
// Index and slice expressions

/** Checks index e against length (-1: unknown); returns its constant value if any. */
export function index(c: Checker, e: ast.Expr, length: number, what = "index"): bigint | undefined {
  const x = expr(c, e);
  if (invalidMode(x)) return undefined;
  if (!isValidIndex(c, x, what, false)) return undefined;
  if (x.mode !== "constant" || !x.val) return undefined;
  const v = intValue(x.val);
  if (v === undefined) return undefined;
  if (length >= 0 && v >= BigInt(length)) {
    c.error(e.pos, `invalid argument: ${what} ${constString(x.val)} out of bounds [0:${length}]`);
    return undefined;
  }
  return v;
}

export function isValidIndex(
  c: Checker,
  x: Operand,
  what: string,
  allowNegative: boolean,
): boolean {
  convertUntyped(c, x, typ.int);
  if (invalidMode(x)) return false;
  const at = exprPos(x.expr) ?? { file: "", line: 0, col: 0 };
  if (!isInteger(x.type)) {
    c.error(at, `invalid argument: ${what} ${operandString(c, x)} must be integer`);
    return false;
  }
  if (x.mode === "constant" && x.val) {
    const v = intValue(x.val);
    if (!allowNegative && v !== undefined && v < 0n) {
      c.error(at, `invalid argument: ${what} ${operandString(c, x)} must not be negative`);
      return false;
    }
    if (v !== undefined && (v > (1n << 63n) - 1n || v < -(1n << 63n))) {
      c.error(at, `invalid argument: ${what} ${operandString(c, x)} overflows int`);
      return false;
    }
  }
  return true;
}

function indexExpr(c: Checker, e: ast.IndexExpr): Operand {
  const x = invalidOperand(e);
  const y = exprOrType(c, e.x);
  if (invalidMode(y)) {
    expr(c, e.index);
    return x;
  }
  if (y.mode === "typexpr") {
    c.error(e.pos, `${exprString(e.x)} is not a generic type`);
    return x;
  }
  let valid = false;
  let length = -1;
  let res: Operand = x;
  const u = under(y.type);
  switch (u.kind) {
    case "Basic":
      if (isString(u)) {
        valid = true;
        if (y.mode === "constant" && y.val && y.val.kind === "string") length = y.val.value.length;
        res = { mode: "value", expr: e, type: byteType };
      }
      break;
    case "Array":
      valid = true;
      length = u.len;
      res = { mode: y.mode === "variable" ? "variable" : "value", expr: e, type: u.elem };
      break;
    case "Pointer": {
      const a = under(u.elem);
      if (a.kind === "Array") {
        valid = true;
        length = a.len;
        res = { mode: "variable", expr: e, type: a.elem };
      }
      break;
    }
    case "Slice":
      valid = true;
      res = { mode: "variable", expr: e, type: u.elem };
      break;
    case "Map": {
      const k = expr(c, e.index, u.key);
      assignment(c, k, u.key, "map index");
      return { mode: "mapindex", expr: e, type: u.elem };
    }
    default:
      break;
  }
  if (!valid) {
    c.error(e.lbrack, `invalid operation: cannot index ${operandString(c, y)}`);
    expr(c, e.index);
    return x;
  }
  // Indexing a constant string with a constant index is not a constant (spec).
  index(c, e.index, length);
  return res;
}

function sliceExpr(c: Checker, e: ast.SliceExpr): Operand {
  const x = invalidOperand(e);
  const y = expr(c, e.x);
  if (invalidMode(y)) {
    for (const i of [e.low, e.high, e.max]) if (i) expr(c, i);
    return x;
  }
  let valid = false;
  let length = -1;
  let res: Operand = x;
  const u = under(y.type);
  switch (u.kind) {
    case "Basic":
      if (isString(u)) {
        if (e.slice3) {
          c.error(e.max ? atPos(e.max) : e.pos, `invalid operation: 3-index slice of string`);
          return x;
        }
        valid = true;
        if (y.mode === "constant" && y.val && y.val.kind === "string") length = y.val.value.length;
        res = { mode: "value", expr: e, type: isUntyped(y.type) ? typ.string : y.type };
      }
      break;
    case "Array":
      valid = true;
      length = u.len;
      if (y.mode !== "variable") {
        c.error(e.pos, `invalid operation: ${operandString(c, y)} (slice of unaddressable value)`);
        return x;
      }
      res = { mode: "value", expr: e, type: { kind: "Slice", elem: u.elem } };
      break;
    case "Pointer": {
      const a = under(u.elem);
      if (a.kind === "Array") {
        valid = true;
        length = a.len;
        res = { mode: "value", expr: e, type: { kind: "Slice", elem: a.elem } };
      }
      break;
    }
    case "Slice":
      valid = true;
      res = { mode: "value", expr: e, type: y.type };
      break;
    default:
      break;
  }
  if (!valid) {
    c.error(atPos(e.x), `invalid operation: cannot slice ${operandString(c, y)}`);
    return x;
  }
  if (e.slice3 && (!e.high || !e.max)) {
    c.error(e.pos, "middle index required in 3-index slice");
    return x;
  }
  const idx: (bigint | undefined)[] = [];
  const max = length >= 0 ? length + 1 : -1;
  for (const ie of [e.low, e.high, e.max]) {
    if (!ie) {
      idx.push(undefined);
      continue;
    }
    idx.push(index(c, ie, max));
  }
  // Constant indices must be non-decreasing.
  outer: for (let i = 0; i < idx.length; i++) {
    const a = idx[i];
    if (a === undefined) continue;
    for (let j = i + 1; j < idx.length; j++) {
      const b = idx[j];
      if (b !== undefined && a > b) {
        const be = [e.low, e.high, e.max][j];
        c.error(be?.pos ?? e.pos, `invalid slice indices: ${b} < ${a}`);
        break outer;
      }
    }
  }
  return res;
}

// ---------------------------------------------------------------------------
// Type assertions

export function typeAssertion(
  c: Checker,
  e: ast.Expr,
  x: Operand,
  T: Type,
  typeSwitch: boolean,
): void {
  const xu = under(x.type);
  if (xu.kind !== "Interface") return;
  // An assertion to an interface type is checked only at run time.
  if (under(T).kind === "Interface") return;
  const m = missingMethod(T, xu, false);
  if (!m) return;
  if (typeSwitch) {
    c.error(
      e.pos,
      `impossible type switch case: ${exprString(e)}\n\t${operandString(c, x)} cannot have dynamic type ${c.typeString(T)} ${missingMethodCause(c, m)}`,
    );
    return;
  }
  c.error(
    e.pos,
    `impossible type assertion: ${exprString(e)}\n\t${c.typeString(T)} does not implement ${c.typeString(x.type)} ${missingMethodCause(c, m)}`,
  );
}

// ---------------------------------------------------------------------------
// Composite literals

function compositeLitOf(c: Checker, e: ast.CompositeLit, T: Type): Operand {
  return compositeLit(c, { ...e, type: undefined }, T, e);
}

function compositeLit(
  c: Checker,
  e: ast.CompositeLit,
  hint: Type | undefined,
  orig?: ast.CompositeLit,
): Operand {
  const x = invalidOperand(orig ?? e);
  let T: Type;
  if (e.type) {
    if (e.type.kind === "ArrayType" && e.type.len?.kind === "Ellipsis") {
      const elem = typExpr(c, e.type.elt);
      const at: { kind: "Array"; len: number; elem: Type } = { kind: "Array", len: -1, elem };
      const n = indexedElts(c, e.elts, elem, -1);
      at.len = n;
      c.info.types.set(e.type, { mode: "typexpr", type: at });
      return { mode: "value", expr: e, type: at };
    }
    T = typExpr(c, e.type);
  } else if (hint) {
    T = hint;
    const u = under(T);
    if (u.kind === "Pointer") {
      // &T{…} elided in an outer literal: the element is a pointer to the literal.
      const inner = compositeLitOf(c, e, u.elem);
      if (invalidMode(inner)) return inner;
      return { mode: "value", expr: e, type: hint };
    }
  } else {
    c.error(e.pos, "missing type in composite literal");
    return x;
  }
  const u = under(T);
  switch (u.kind) {
    case "Struct": {
      if (e.elts.length === 0) break;
      const fields = u.fields;
      if (e.elts[0].kind === "KeyValueExpr") {
        const seen = new Set<number>();
        for (const el of e.elts) {
          if (el.kind !== "KeyValueExpr") {
            c.error(atPos(el), "mixture of field:value and value elements in struct literal");
            expr(c, el);
            continue;
          }
          const key = el.key;
          if (key.kind !== "Ident") {
            c.error(atPos(el), `invalid field name ${exprString(key)} in struct literal`);
            expr(c, el.value);
            continue;
          }
          const i =
            key.name === "_"
              ? -1
              : fields.findIndex(
                  (f) => f.name === key.name && (isExported(f.name) || f.pkg === c.pkg),
                );
          if (i < 0) {
            c.error(
              key.pos,
              `unknown field '${key.name}' in struct literal of type ${c.typeString(T)}`,
            );
            expr(c, el.value);
            continue;
          }
          c.recordUse(key, fields[i]);
          // Types may be elided only in array, slice and map literals, not for fields.
          const v = expr(c, el.value);
          if (seen.has(i)) {
            c.error(el.colon, `duplicate field name ${key.name} in struct literal`);
            continue;
          }
          seen.add(i);
          assignment(c, v, fields[i].type, "struct literal");
        }
      } else {
        let i = 0;
        for (const el of e.elts) {
          if (el.kind === "KeyValueExpr") {
            c.error(atPos(el), "mixture of field:value and value elements in struct literal");
            expr(c, el.value);
            continue;
          }
          const v = expr(c, el);
          if (i >= fields.length) {
            c.error(exprPos(v.expr) ?? el.pos, `too many values in ${exprString(e)}`);
            break;
          }
          const f = fields[i];
          if (!isExported(f.name) && f.pkg !== c.pkg) {
            c.error(
              el.pos,
              `implicit assignment to unexported field ${f.name} in ${c.typeString(T)} literal`,
            );
          }
          assignment(c, v, f.type, "struct literal");
          i++;
        }
        if (e.elts.length < fields.length) {
          c.error(e.rbrace, `too few values in ${exprString(e)}`);
        }
      }
      break;
    }
    case "Array":
      indexedElts(c, e.elts, u.elem, u.len);
      break;
    case "Slice":
      indexedElts(c, e.elts, u.elem, -1);
      break;
    case "Map": {
      const keys = new Map<string, boolean>();
      for (const el of e.elts) {
        if (el.kind !== "KeyValueExpr") {
          c.error(el.pos, "missing key in map literal");
          expr(c, el);
          continue;
        }
        const k = expr(c, el.key, u.key);
        assignment(c, k, u.key, "map literal");
        if (k.mode === "constant" && k.val) {
          const key = constKey(k.val, k.type);
          if (keys.has(key))
            c.error(atPos(el.key), `duplicate key ${constString(k.val)} in map literal`);
          else keys.set(key, true);
        }
        const v = expr(c, el.value, u.elem);
        assignment(c, v, u.elem, "map literal");
      }
      break;
    }
    default: {
      if (isInvalid(u)) {
        for (const el of e.elts) if (el.kind === "KeyValueExpr") expr(c, el.value);
        return x;
      }
      c.error(e.pos, `invalid composite literal type ${c.typeString(T)}`);
      return x;
    }
  }
  return { mode: "value", expr: e, type: T };
}

function constKey(v: ConstValue, t: Type): string {
  const tk = typeKey(t);
  switch (v.kind) {
    case "int":
      return `${tk}:n:${v.value}`;
    case "float":
      return `${tk}:n:${v.value.num}/${v.value.den}`;
    case "string":
      return `${tk}:s:${v.value}`;
    case "bool":
      return `${tk}:b:${v.value}`;
    case "complex":
      return `${tk}:c:${v.re.num}/${v.re.den}:${v.im.num}/${v.im.den}`;
  }
}

/** Array/slice literal elements; returns the length (max index + 1). */
function indexedElts(c: Checker, elts: ast.Expr[], elem: Type, length: number): number {
  const seen = new Set<bigint>();
  let idx = 0n;
  let max = 0n;
  for (const el of elts) {
    let valEx = el;
    let validIndex = false;
    if (el.kind === "KeyValueExpr") {
      valEx = el.value;
      const k = expr(c, el.key);
      if (!invalidMode(k) && isValidIndex(c, k, "index", false)) {
        if (k.mode === "constant" && k.val) {
          const v = intValue(k.val);
          if (v !== undefined) {
            if (length >= 0 && v >= BigInt(length)) {
              c.error(exprPos(k.expr), `invalid argument: index ${v} out of bounds [0:${length}]`);
            } else {
              idx = v;
              validIndex = true;
            }
          }
        } else {
          c.error(el.colon, `index ${exprString(el.key)} must be integer constant`);
        }
      }
    } else if (length >= 0 && idx >= BigInt(length)) {
      c.error(el.pos, `index ${idx} is out of bounds (>= ${length})`);
    } else {
      validIndex = true;
    }
    if (validIndex) {
      if (seen.has(idx))
        c.error(
          el.kind === "KeyValueExpr" ? el.colon : el.pos,
          `duplicate index ${idx} in array or slice literal`,
        );
      else seen.add(idx);
    }
    idx++;
    if (idx > max) max = idx;
    const v = expr(c, valEx, elem);
    assignment(c, v, elem, "array or slice literal");
  }
  return Number(max);
}

// ---------------------------------------------------------------------------
// Unary and binary operators

function unary(c: Checker, e: ast.UnaryExpr, hint: Type | undefined): Operand {
  const x = invalidOperand(e);
  if (e.op === "&") {
    let inner: ast.Expr = e.x;
    while (inner.kind === "ParenExpr") inner = inner.x;
    let h = hint;
    if (h && under(h).kind === "Pointer") h = (under(h) as { elem: Type }).elem;
    const y = rawExpr(c, e.x, inner.kind === "CompositeLit" ? h : undefined);
    singleValue(c, y, false);
    if (invalidMode(y)) return x;
    if (y.mode !== "variable" && inner.kind !== "CompositeLit") {
      c.error(e.x.pos, `invalid operation: cannot take address of ${operandString(c, y)}`);
      return x;
    }
    return { mode: "value", expr: e, type: { kind: "Pointer", elem: y.type } };
  }
  const y = expr(c, e.x);
  if (invalidMode(y)) return x;
  if (e.op === "<-") {
    const u = under(y.type);
    if (u.kind !== "Chan") {
      c.error(e.x.pos, `invalid operation: cannot receive from non-channel ${operandString(c, y)}`);
      return x;
    }
    if (u.dir === "send") {
      c.error(
        e.x.pos,
        `invalid operation: cannot receive from send-only channel ${operandString(c, y)}`,
      );
      return x;
    }
    return { mode: "commaok", expr: e, type: u.elem };
  }
  const ok =
    e.op === "+" || e.op === "-"
      ? isNumeric(y.type)
      : e.op === "^"
        ? isInteger(y.type)
        : isBoolean(y.type);
  if (!ok) {
    c.error(e.x.pos, `invalid operation: operator ${e.op} not defined on ${operandString(c, y)}`);
    return x;
  }
  if (y.mode === "constant" && y.val) {
    let bits: number | undefined;
    if (e.op === "^" && isTyped(y.type) && isUnsigned(y.type)) bits = unsignedBits(y.type);
    const v = constUnary(e.op, y.val, bits);
    if (isConstError(v)) {
      c.error(e.pos, v.error);
      return x;
    }
    const r: Operand = { mode: "constant", expr: e, type: y.type, val: v };
    if (!overflow(c, r)) return x;
    return r;
  }
  return { mode: "value", expr: e, type: y.type };
}

function unsignedBits(t: Type): number {
  switch (basicName(t)) {
    case "uint8":
      return 8;
    case "uint16":
      return 16;
    case "uint32":
      return 32;
    default:
      return 64;
  }
}

/** Typed constants must be representable after each operation. Returns false on error. */
function overflow(c: Checker, x: Operand): boolean {
  if (isTyped(x.type) && x.val) {
    const r = representation(x, under(x.type));
    if ("fail" in r) {
      invalidConversion(c, r.fail, x, under(x.type));
      x.mode = "invalid";
      return false;
    }
    x.val = r.val;
  }
  return true;
}

export function isComparisonOp(op: ast.BinaryOp): boolean {
  return op === "==" || op === "!=" || op === "<" || op === "<=" || op === ">" || op === ">=";
}

function mayConvert(x: Operand, y: Operand): boolean {
  if (isTyped(x.type) && isTyped(y.type)) return false;
  if (under(x.type).kind === "Interface" || under(y.type).kind === "Interface") return true;
  if (isBoolean(x.type) !== isBoolean(y.type)) return false;
  if (isString(x.type) !== isString(y.type)) return false;
  if (isNil(x)) return hasNil(y.type);
  if (isNil(y)) return hasNil(x.type);
  if (under(x.type).kind === "Pointer" || under(y.type).kind === "Pointer") return false;
  return true;
}

export function matchTypes(c: Checker, x: Operand, y: Operand): void {
  if (mayConvert(x, y)) {
    convertUntyped(c, x, y.type);
    if (invalidMode(x)) return;
    convertUntyped(c, y, x.type);
    if (invalidMode(y)) x.mode = "invalid";
  }
}

export function binary(
  c: Checker,
  e: ast.Expr | undefined,
  lhs: ast.Expr,
  rhs: ast.Expr,
  op: ast.BinaryOp,
  opPos: ast.Pos,
): Operand {
  const x = expr(c, lhs);
  const y = expr(c, rhs);
  const bad = invalidOperand(e);
  if (invalidMode(x)) return bad;
  if (invalidMode(y)) return bad;
  if (op === "<<" || op === ">>") return shift(c, x, y, e, op, opPos);
  matchTypes(c, x, y);
  if (invalidMode(x)) return bad;
  const estr = e ? exprString(e) : `${exprString(lhs)} ${op}= ${exprString(rhs)}`;
  if (isComparisonOp(op)) return comparison(c, x, y, op, estr, e);
  if (!identical(x.type, y.type)) {
    if (!isInvalid(x.type) && !isInvalid(y.type)) {
      c.error(
        lhs.pos,
        `invalid operation: ${estr} (mismatched types ${c.typeString(x.type)} and ${c.typeString(y.type)})`,
      );
    }
    return bad;
  }
  if (!binaryOpDefined(op, x.type)) {
    c.error(lhs.pos, `invalid operation: operator ${op} not defined on ${operandString(c, x)}`);
    return bad;
  }
  if (op === "/" || op === "%") {
    if (
      (x.mode === "constant" || isInteger(x.type)) &&
      y.mode === "constant" &&
      y.val &&
      isZeroConst(y.val)
    ) {
      c.error(rhs.pos, "invalid operation: division by zero");
      return bad;
    }
  }
  if (x.mode === "constant" && y.mode === "constant" && x.val && y.val) {
    const v = binaryOp(op, x.val, y.val, isInteger(x.type));
    if (isConstError(v)) {
      if (v.error === "division by zero") c.error(rhs.pos, "invalid operation: division by zero");
      else c.error(opPos, v.error);
      return bad;
    }
    const r: Operand = { mode: "constant", expr: e, type: x.type, val: v };
    if (!overflow(c, r)) return bad;
    return r;
  }
  return { mode: "value", expr: e, type: x.type };
}

function isZeroConst(v: ConstValue): boolean {
  switch (v.kind) {
    case "int":
      return v.value === 0n;
    case "float":
      return v.value.num === 0n;
    case "complex":
      return v.re.num === 0n && v.im.num === 0n;
    default:
      return false;
  }
}

function binaryOpDefined(op: ast.BinaryOp, t: Type): boolean {
  switch (op) {
    case "+":
      return isNumeric(t) || isString(t);
    case "-":
    case "*":
    case "/":
      return isNumeric(t);
    case "%":
    case "&":
    case "|":
    case "^":
    case "&^":
      return isInteger(t);
    case "&&":
    case "||":
      return isBoolean(t);
    default:
      return false;
  }
}

function kindString(c: Checker, t: Type): string {
  switch (under(t).kind) {
    case "Array":
      return "array";
    case "Slice":
      return "slice";
    case "Struct":
      return "struct";
    case "Pointer":
      return "pointer";
    case "Signature":
      return "func";
    case "Interface":
      return "interface";
    case "Map":
      return "map";
    case "Chan":
      return "chan";
    default:
      return c.typeString(t);
  }
}

function incomparableCause(c: Checker, t: Type): string {
  const u = under(t);
  if (u.kind === "Slice" || u.kind === "Signature" || u.kind === "Map")
    return `${kindString(c, t)} can only be compared to nil`;
  const find = (t: Type, seen: Set<Type>): string => {
    const u = under(t);
    if (seen.has(u)) return "";
    seen.add(u);
    if (u.kind === "Struct") {
      for (const f of u.fields) {
        if (!comparable(f.type))
          return `struct containing ${c.typeString(f.type)} cannot be compared`;
      }
    }
    if (u.kind === "Array") {
      if (!comparable(u.elem)) return `${c.typeString(t)} cannot be compared`;
    }
    return "";
  };
  return find(t, new Set());
}

export function comparison(
  c: Checker,
  x: Operand,
  y: Operand,
  op: ast.BinaryOp,
  estr: string,
  e: ast.Expr | undefined,
  switchCase = false,
): Operand {
  const bad = invalidOperand(e);
  if (isInvalid(x.type) || isInvalid(y.type)) return bad;
  let errOp = x;
  let cause = "";
  let ok = assignableTo(c, x, y.type).ok || assignableTo(c, y, x.type).ok;
  if (!ok) {
    errOp = y;
    cause = `mismatched types ${c.typeString(x.type)} and ${c.typeString(y.type)}`;
  } else if (op === "==" || op === "!=" || switchCase) {
    if (isNil(x) || isNil(y)) {
      const t = isNil(x) ? y.type : x.type;
      if (!hasNil(t)) {
        errOp = y;
        ok = false;
      }
    } else if (!comparable(x.type)) {
      errOp = x;
      cause = incomparableCause(c, x.type);
      ok = false;
    } else if (!comparable(y.type)) {
      errOp = y;
      cause = incomparableCause(c, y.type);
      ok = false;
    }
  } else {
    if (!isOrdered(x.type)) {
      errOp = x;
      ok = false;
    } else if (!isOrdered(y.type)) {
      errOp = y;
      ok = false;
    }
  }
  if (!ok) {
    if (cause === "") cause = `operator ${op} not defined on ${kindString(c, errOp.type)}`;
    if (switchCase) {
      c.error(
        exprPos(x.expr) ?? exprPos(errOp.expr) ?? { file: "", line: 0, col: 0 },
        `invalid case ${x.expr ? exprString(x.expr) : ""} in switch on ${y.expr ? exprString(y.expr) : ""} (${cause})`,
      );
    } else {
      c.error(
        exprPos(errOp.expr) ?? { file: "", line: 0, col: 0 },
        `invalid operation: ${estr} (${cause})`,
      );
    }
    return bad;
  }
  if (x.mode === "constant" && y.mode === "constant" && x.val && y.val) {
    return {
      mode: "constant",
      expr: e,
      type: typ["untyped bool"],
      val: { kind: "bool", value: compare(op, x.val, y.val) },
    };
  }
  updateExprType(c, x.expr, defaultType(x.type), true);
  updateExprType(c, y.expr, defaultType(y.type), true);
  return { mode: "value", expr: e, type: typ["untyped bool"] };
}

function shift(
  c: Checker,
  x: Operand,
  y: Operand,
  e: ast.Expr | undefined,
  op: "<<" | ">>",
  opPos: ast.Pos,
): Operand {
  const bad = invalidOperand(e);
  let xval: bigint | undefined;
  if (x.mode === "constant" && x.val) xval = intValue(x.val);
  if (!(isInteger(x.type) || (isUntyped(x.type) && xval !== undefined))) {
    c.error(
      exprPos(x.expr) ?? opPos,
      `invalid operation: shifted operand ${operandString(c, x)} must be integer`,
    );
    return bad;
  }
  let yval: bigint | undefined;
  const ypos = exprPos(y.expr) ?? opPos;
  if (y.mode === "constant" && y.val) {
    yval = intValue(y.val);
    if (yval !== undefined && yval < 0n) {
      c.error(ypos, `invalid operation: negative shift count ${operandString(c, y)}`);
      return bad;
    }
    if (isUntyped(y.type)) {
      const r = representation(y, typ.uint);
      if ("fail" in r) {
        invalidConversion(c, r.fail, y, typ.uint);
        return bad;
      }
    }
  } else {
    if (isInteger(y.type)) {
      // ok
    } else if (isUntyped(y.type)) {
      convertUntyped(c, y, typ.uint);
      if (invalidMode(y)) return bad;
    } else {
      c.error(ypos, `invalid operation: shift count ${operandString(c, y)} must be integer`);
      return bad;
    }
  }
  if (x.mode === "constant") {
    if (y.mode === "constant" && xval !== undefined) {
      if (yval === undefined || yval > 1074n) {
        c.error(ypos, `invalid operation: invalid shift count ${operandString(c, y)}`);
        return bad;
      }
      const t = isInteger(x.type) ? x.type : typ["untyped int"];
      const v = constShift(op, { kind: "int", value: xval }, yval, isTyped(t));
      if (isConstError(v)) {
        c.error(opPos, v.error);
        return bad;
      }
      const r: Operand = { mode: "constant", expr: e, type: t, val: v };
      if (!overflow(c, r)) return bad;
      return r;
    }
    if (isUntyped(x.type)) {
      // Non-constant shift of an untyped constant: the type comes from the context.
      return { mode: "value", expr: e, type: x.type };
    }
  }
  if (!isInteger(x.type)) {
    c.error(
      exprPos(x.expr) ?? opPos,
      `invalid operation: shifted operand ${operandString(c, x)} must be integer`,
    );
    return bad;
  }
  return { mode: "value", expr: e, type: x.type };
}

export function unparen(e: ast.Expr): ast.Expr {
  while (e.kind === "ParenExpr") e = e.x;
  return e;
}

/**
 * Where gc reports an error about expression e: its start (types2's StartPos), with the
 * syntax package's quirks kept — a key:value pair reports at the colon, a slice
 * expression at its `[`, a function type at its `(`.
 */
export function atPos(e: ast.Expr): ast.Pos {
  switch (e.kind) {
    case "KeyValueExpr":
      return e.colon;
    case "SliceExpr":
      return e.lbrack;
    case "CompositeLit":
      return e.type ? atPos(e.type) : e.lbrace;
    case "SelectorExpr":
    case "IndexExpr":
    case "TypeAssertExpr":
      return atPos(e.x);
    case "BinaryExpr":
      return atPos(e.x);
    case "CallExpr":
      return atPos(e.fun);
    case "FuncType":
      return { file: e.pos.file, line: e.pos.line, col: e.pos.col + 4 };
    default:
      return e.pos;
  }
}

const noPosition: ast.Pos = { file: "", line: 0, col: 0 };

/** atPos of an operand's expression. */
export function exprPos(e: ast.Expr | undefined): ast.Pos {
  return e ? atPos(e) : noPosition;
}

/** The position the syntax package gives a node (an operator, `(`, `[`, `.`, `:`, `{`). */
export function syntaxPos(e: ast.Expr): ast.Pos {
  switch (e.kind) {
    case "CallExpr":
      return e.lparen;
    case "BinaryExpr":
      return e.opPos;
    case "IndexExpr":
    case "SliceExpr":
      return e.lbrack;
    case "SelectorExpr":
      return atPos(e);
    case "TypeAssertExpr":
      return e.dot;
    case "KeyValueExpr":
      return e.colon;
    case "CompositeLit":
      return e.lbrace;
    case "FuncType":
      return { file: e.pos.file, line: e.pos.line, col: e.pos.col + 4 };
    default:
      return e.pos;
  }
}

/** A string that identifies type t among the keys of one map literal (type identity). */
function typeKey(t: Type): string {
  if (t.kind === "Named") {
    let id = namedIds.get(t);
    if (id === undefined) {
      id = namedCount++;
      namedIds.set(t, id);
    }
    return `N${id}`;
  }
  return basicName(t) ?? t.kind;
}
const namedIds = new WeakMap<Type, number>();
let namedCount = 0;
