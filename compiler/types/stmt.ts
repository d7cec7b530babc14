/*
 * Statements and function bodies.
 *
 * What: checkFuncBody checks a body in the function's scope (parameters and the body's
 * top-level declarations share one scope, as in Go), then reports what is only known at
 * the end: `missing return` (the spec's terminating statements, see isTerminating),
 * and `x declared but not used` for every local variable never read
 * (a variable is "used" when it is evaluated as an operand other than as the direct
 * target of an assignment; closures count).
 *
 * Each statement kind opens the scopes the spec gives it (if/for/switch headers, each
 * case clause) and records them in TypeInfo.scopes. Assignments distinguish `=` (every
 * lhs addressable, a map index or `_`), `:=` (at least one new variable) and op-assign.
 * Labels, break, continue, goto and fallthrough are not checked here: as in gc (types2
 * with IgnoreBranchErrors), compiler/syntax/branches.ts checks them for the front end.
 *
 * Invariant: when a statement's operands are invalid, the variables it declares are
 * marked used and given the invalid type, so no follow-on errors appear.
 *
 * Example: func f(x int) int { if x > 0 { return 1 } }  →  missing return (at the `}`).
 */
import { invalidMode } from "./operand.js";
import { exprPos } from "./expr.js";
import type * as ast from "../syntax/ast.js";
import { exprString } from "../syntax/print.js";
import type { Checker } from "./check.js";
import { fmtPos } from "./check.js";
import { constString, type ConstValue } from "./constant.js";
import { declStmt } from "./decl.js";
import {
  assignError,
  assignment,
  convertUntyped,
  binary,
  comparison,
  expr,
  initVars,
  rawExpr,
  recordCommaOk,
  singleValue,
  typeAssertion,
} from "./expr.js";
import { atPos, syntaxPos, unparen } from "./expr.js";
import { type Operand, isNil, operandString } from "./operand.js";
import {
  comparable,
  defaultType as defaultOf,
  hasNil,
  identical,
  isBoolean,
  isInvalid,
  isNumeric,
  isString,
  isUntyped,
  under,
} from "./predicates.js";
import { typExpr } from "./typexpr.js";
import {
  type Scope,
  type Signature,
  type Type,
  type Var,
  lookupParent,
  newScope,
  newVar,
} from "./types.js";
import { invalidType, runeType, typ } from "./universe.js";

export function checkFuncBody(
  c: Checker,
  sig: Signature,
  body: ast.BlockStmt,
  scope: Scope | undefined,
  iota?: bigint,
): void {
  const fscope = scope ?? newScope(c.scope, "func", true);
  const saved = { scope: c.scope, fn: c.fn, iota: c.iota };
  c.fn = { sig, scope: fscope };
  c.scope = fscope;
  c.iota = iota;
  stmtList(c, body.list);
  if (sig.results.vars.length > 0 && !isTerminatingList(c, body.list, ""))
    c.error(body.rbrace, "missing return");
  usage(c, fscope);
  c.scope = saved.scope;
  c.fn = saved.fn;
  c.iota = saved.iota;
}

export function checkFuncLit(c: Checker, sig: Signature, e: ast.FuncLit, scope: Scope): void {
  // A function literal belongs to the enclosing declaration: it sees its iota.
  const iota = c.iota;
  checkFuncBody(c, sig, e.body, scope, iota);
}

/** Reports unused variables of a function's scope tree (not nested function literals). */
function usage(c: Checker, s: Scope): void {
  const unused: Var[] = [];
  for (const o of s.elems.values()) if (o.kind === "Var" && !o.used && !o.isParam) unused.push(o);
  unused.sort((a, b) => a.pos.line - b.pos.line || a.pos.col - b.pos.col);
  for (const v of unused) c.error(v.pos, `${v.name} declared but not used`);
  for (const ch of s.children) if (!ch.isFunc) usage(c, ch);
}

function openScope(
  c: Checker,
  node: Parameters<Checker["recordScope"]>[0],
  comment: string,
): Scope {
  const s = newScope(c.scope, comment);
  c.recordScope(node, s);
  c.scope = s;
  return s;
}

function closeScope(c: Checker): void {
  c.scope = c.scope.parent ?? c.scope;
}

function stmtList(c: Checker, list: ast.Stmt[]): void {
  for (const s of list) stmt(c, s);
}

function stmt(c: Checker, s: ast.Stmt): void {
  switch (s.kind) {
    case "BadStmt":
    case "EmptyStmt":
      return;
    case "DeclStmt":
      declStmt(c, s.decl);
      return;
    case "LabeledStmt":
      stmt(c, s.stmt);
      return;
    case "ExprStmt": {
      const x = rawExpr(c, s.x, undefined);
      if (invalidMode(x)) return;
      let msg = "is not used";
      if (x.mode === "builtin") msg = "must be called";
      else if (x.mode === "typexpr") msg = "is not an expression";
      else if (isStatementKind(c, s.x)) return;
      c.error(atPos(s.x), `${operandString(c, x)} ${msg}`);
      return;
    }
    case "SendStmt": {
      const ch = expr(c, s.chan);
      const v = expr(c, s.value);
      if (invalidMode(ch) || invalidMode(v)) return;
      const u = under(ch.type);
      if (u.kind !== "Chan") {
        c.error(s.pos, `invalid operation: cannot send to non-channel ${operandString(c, ch)}`);
        return;
      }
      if (u.dir === "recv") {
        c.error(
          s.pos,
          `invalid operation: cannot send to receive-only channel ${operandString(c, ch)}`,
        );
        return;
      }
      assignment(c, v, u.elem, "send");
      return;
    }
    case "IncDecStmt": {
      const x = expr(c, s.x);
      if (invalidMode(x)) return;
      if (!isNumeric(x.type)) {
        c.error(
          s.x.pos,
          `invalid operation: ${exprString(s.x)}${s.tok} (non-numeric type ${c.typeString(x.type)})`,
        );
        return;
      }
      assignVar(c, s.x, { mode: "value", expr: undefined, type: x.type });
      return;
    }
    case "AssignStmt":
      assignStmt(c, s);
      return;
    case "GoStmt":
    case "DeferStmt": {
      const kw = s.kind === "GoStmt" ? "go" : "defer";
      if (s.call.kind !== "CallExpr") {
        c.error(s.call.pos, `expression in ${kw} must be function call`);
        rawExpr(c, s.call, undefined);
        return;
      }
      const x = rawExpr(c, s.call, undefined);
      if (invalidMode(x)) return;
      const fun = c.info.types.get(s.call.fun);
      if (fun?.mode === "typexpr")
        c.error(s.call.pos, `${kw} requires function call, not conversion ${operandString(c, x)}`);
      else if (!isStatementKind(c, s.call))
        c.error(s.call.pos, `${kw} discards result of ${operandString(c, x)}`);
      return;
    }
    case "ReturnStmt":
      returnStmt(c, s);
      return;
    case "BranchStmt": // see compiler/syntax/branches.ts
      return;
    case "BlockStmt":
      openScope(c, s, "block");
      stmtList(c, s.list);
      closeScope(c);
      return;
    case "IfStmt": {
      openScope(c, s, "if");
      if (s.init) simpleStmt(c, s.init);
      const x = expr(c, s.cond);
      if (!invalidMode(x) && !isBoolean(x.type))
        c.error(s.cond.pos, "non-boolean condition in if statement");
      stmt(c, s.body);
      if (s.else) stmt(c, s.else);
      closeScope(c);
      return;
    }
    case "SwitchStmt":
      switchStmt(c, s);
      return;
    case "TypeSwitchStmt":
      typeSwitchStmt(c, s);
      return;
    case "SelectStmt":
      selectStmt(c, s);
      return;
    case "ForStmt": {
      openScope(c, s, "for");
      if (s.init) simpleStmt(c, s.init);
      if (s.cond) {
        const x = expr(c, s.cond);
        if (!invalidMode(x) && !isBoolean(x.type))
          c.error(s.cond.pos, "non-boolean condition in for statement");
      }
      if (s.post) simpleStmt(c, s.post);
      stmt(c, s.body);
      closeScope(c);
      return;
    }
    case "RangeStmt":
      rangeStmt(c, s);
      return;
  }
}

function simpleStmt(c: Checker, s: ast.Stmt): void {
  stmt(c, s);
}

/** Calls of non-builtin functions, receives and statement-like builtins may stand alone. */
function isStatementKind(c: Checker, e: ast.Expr): boolean {
  while (e.kind === "ParenExpr") e = e.x;
  if (e.kind === "UnaryExpr" && e.op === "<-") return true;
  if (e.kind !== "CallExpr") return false;
  const f = c.info.types.get(e.fun);
  if (!f) return true;
  if (f.mode === "typexpr") return false;
  if (f.mode === "builtin") {
    let fe: ast.Expr = e.fun;
    while (fe.kind === "ParenExpr") fe = fe.x;
    const name = fe.kind === "Ident" ? fe.name : fe.kind === "SelectorExpr" ? fe.sel.name : "";
    return ["close", "copy", "delete", "panic", "print", "println", "recover"].includes(name);
  }
  return true;
}

// ---------------------------------------------------------------------------
// Assignments

/** The type of assignment target lhs (undefined for `_`); lhs identifiers are not "uses". */
function lhsVar(c: Checker, lhs: ast.Expr): Type | undefined {
  let id: ast.Expr = lhs;
  while (id.kind === "ParenExpr") id = id.x;
  if (id.kind === "Ident" && id.name === "_") {
    c.recordDef(id, undefined);
    return undefined;
  }
  let v: Var | undefined;
  let vUsed = false;
  if (id.kind === "Ident") {
    const o = lookupParent(c.scope, id.name);
    if (o && o.kind === "Var" && o.pkg === c.pkg) {
      v = o;
      vUsed = o.used;
    }
  }
  const x = expr(c, lhs);
  if (v) v.used = vUsed;
  if (invalidMode(x)) return invalidType;
  if (x.mode === "variable" || x.mode === "mapindex") return x.type;
  if (lhs.kind === "SelectorExpr") {
    const base = c.info.types.get(lhs.x);
    if (base?.mode === "mapindex") {
      c.error(lhs.pos, `cannot assign to struct field ${exprString(lhs)} in map`);
      return invalidType;
    }
  }
  c.error(atPos(lhs), `cannot assign to ${operandString(c, x)}`);
  return invalidType;
}

function assignVar(c: Checker, lhs: ast.Expr, x: Operand): void {
  const T = lhsVar(c, lhs);
  if (T && isInvalid(T)) return;
  if (invalidMode(x)) return;
  assignment(c, x, T, T ? "assignment" : "assignment to _ identifier");
  if (invalidMode(x)) markLhsUsed(c, lhs);
}

/** gc does not also call a variable unused when an assignment to it failed. */
function markLhsUsed(c: Checker, lhs: ast.Expr): void {
  const id = unparen(lhs);
  if (id.kind !== "Ident") return;
  const o = lookupParent(c.scope, id.name);
  if (o && o.kind === "Var") o.used = true;
}

function assignStmt(c: Checker, s: ast.AssignStmt): void {
  if (s.tok === ":=") {
    shortVarDecl(c, s);
    return;
  }
  if (s.tok !== "=") {
    // op-assign: x op= y
    const op = s.tok.slice(0, -1) as ast.BinaryOp;
    const x = binary(c, undefined, s.lhs[0], s.rhs[0], op, s.tokPos);
    if (invalidMode(x)) return;
    assignVar(c, s.lhs[0], x);
    return;
  }
  const nl = s.lhs.length;
  const nr = s.rhs.length;
  const isCall = nr === 1 && unparen(s.rhs[0]).kind === "CallExpr";
  if (nl === nr && !isCall) {
    for (let i = 0; i < nl; i++) {
      const T = lhsVar(c, s.lhs[i]);
      const x = expr(c, s.rhs[i], T);
      if (T && isInvalid(T)) continue;
      if (invalidMode(x)) continue;
      assignment(c, x, T, T ? "assignment" : "assignment to _ identifier");
      if (invalidMode(x)) markLhsUsed(c, s.lhs[i]);
    }
    return;
  }
  if (nr === 1) {
    const types = s.lhs.map((l) => lhsVar(c, l));
    const x = rawExpr(c, s.rhs[0], undefined);
    if (invalidMode(x)) return;
    if ((x.mode as string) === "novalue") {
      singleValue(c, x, false);
      return;
    }
    if (nl === 1 && x.type.kind !== "Tuple") {
      singleValue(c, x, false);
      const T = types[0];
      if (invalidMode(x) || (T && isInvalid(T))) return;
      assignment(c, x, T, T ? "assignment" : "assignment to _ identifier");
      if (invalidMode(x)) markLhsUsed(c, s.lhs[0]);
      return;
    }
    if (x.mode !== "novalue" && x.type.kind === "Tuple") {
      const vars = x.type.vars;
      if (vars.length === nl) {
        vars.forEach((v, i) => {
          const T = types[i];
          if (T && isInvalid(T)) return;
          assignment(
            c,
            { mode: "value", expr: s.rhs[0], type: v.type },
            T,
            T ? "assignment" : "assignment to _ identifier",
          );
        });
        return;
      }
      assignError(c, s.rhs, nl, vars.length);
      for (const l of s.lhs) markLhsUsed(c, l);
      return;
    }
    if (nl === 2 && (x.mode === "mapindex" || x.mode === "commaok")) {
      const T0 = types[0];
      if (!(T0 && isInvalid(T0)))
        assignment(
          c,
          { ...x, mode: "value" },
          T0,
          T0 ? "assignment" : "assignment to _ identifier",
        );
      const T1 = types[1];
      if (!(T1 && isInvalid(T1)))
        assignment(
          c,
          { mode: "value", expr: s.rhs[0], type: typ["untyped bool"] },
          T1,
          T1 ? "assignment" : "assignment to _ identifier",
        );
      recordCommaOk(c, x);
      return;
    }
    singleValue(c, x, false);
    if (invalidMode(x)) return;
    assignError(c, s.rhs, nl, 1);
    for (const l of s.lhs) markLhsUsed(c, l);
    return;
  }
  for (const l of s.lhs) lhsVar(c, l);
  let bad = false;
  for (const r of s.rhs) if (invalidMode(expr(c, r))) bad = true;
  if (!bad) assignError(c, s.rhs, nl, nr);
  for (const l of s.lhs) markLhsUsed(c, l);
}

function shortVarDecl(c: Checker, s: ast.AssignStmt): void {
  const scope = c.scope;
  const lhsVars: Var[] = [];
  const newVars: Var[] = [];
  const newIdents: ast.Ident[] = [];
  const isNew = new Set<Var>();
  const seen = new Set<string>();
  let hasErr = false;
  for (const l of s.lhs) {
    if (l.kind !== "Ident") {
      rawExpr(c, l, undefined);
      c.error(l.pos, `non-name ${exprString(l)} on left side of :=`);
      hasErr = true;
      lhsVars.push(newVar("_", l.pos, c.pkg, invalidType));
      continue;
    }
    const name = l.name;
    if (name !== "_") {
      if (seen.has(name)) {
        c.error(l.pos, `${name} repeated on left side of :=`);
        hasErr = true;
        lhsVars.push(newVar("_", l.pos, c.pkg, invalidType));
        continue;
      }
      seen.add(name);
    }
    const alt = name === "_" ? undefined : scope.elems.get(name);
    if (alt) {
      c.recordUse(l, alt);
      if (alt.kind === "Var") {
        lhsVars.push(alt);
      } else {
        c.error(l.pos, `cannot assign to ${exprString(l)}`);
        hasErr = true;
        lhsVars.push(newVar("_", l.pos, c.pkg, invalidType));
      }
      continue;
    }
    const v = newVar(name, l.pos, c.pkg, invalidType);
    lhsVars.push(v);
    isNew.add(v);
    if (name !== "_") {
      newVars.push(v);
      newIdents.push(l);
    } else {
      c.recordDef(l, v);
    }
  }
  // Existing variables keep their types; new ones are inferred.
  initVarsMixed(c, lhsVars, isNew, s.rhs);
  newVars.forEach((v, i) => c.declare(scope, newIdents[i], v));
  if (newVars.length === 0 && !hasErr) {
    c.error(s.tokPos, "no new variables on left side of :=");
  }
}

function initVarsMixed(c: Checker, lhs: Var[], isNew: Set<Var>, rhs: ast.Expr[]): void {
  if ([...lhs].every((v) => isNew.has(v))) {
    initVars(c, lhs, rhs, false, "assignment");
    return;
  }
  // Old variables are assigned to: evaluate as for `=` but against their types.
  const nl = lhs.length;
  const nr = rhs.length;
  const assignOne = (v: Var, x: Operand): void => {
    if (isNew.has(v)) {
      if (invalidMode(x)) {
        v.used = true;
        return;
      }
      let t = x.type;
      if (isUntyped(t)) {
        if (isNil(x)) {
          c.error(exprPos(x.expr) ?? v.pos, "use of untyped nil in assignment");
          v.used = true;
          return;
        }
        t = defaultOf(t);
      }
      v.type = t;
      assignment(c, x, t, "assignment");
      return;
    }
    if (invalidMode(x)) return;
    assignment(c, x, v.type, "assignment");
  };
  if (nl === nr && !(nr === 1 && unparen(rhs[0]).kind === "CallExpr")) {
    const xs = rhs.map((e, i) => expr(c, e, isNew.has(lhs[i]) ? undefined : lhs[i].type));
    xs.forEach((x, i) => assignOne(lhs[i], x));
    if (xs.some((x) => invalidMode(x))) for (const v of lhs) v.used = true;
    return;
  }
  if (nr === 1) {
    const x = rawExpr(c, rhs[0], undefined);
    if (invalidMode(x)) {
      for (const v of lhs) v.used = true;
      return;
    }
    if (x.mode !== "novalue" && x.type.kind === "Tuple" && x.type.vars.length === nl) {
      x.type.vars.forEach((tv, i) =>
        assignOne(lhs[i], { mode: "value", expr: rhs[0], type: tv.type }),
      );
      return;
    }
    if (nl === 1 && x.type.kind !== "Tuple") {
      singleValue(c, x, false);
      assignOne(lhs[0], x);
      return;
    }
    if (nl === 2 && (x.mode === "mapindex" || x.mode === "commaok")) {
      assignOne(lhs[0], { ...x, mode: "value" });
      assignOne(lhs[1], { mode: "value", expr: rhs[0], type: typ["untyped bool"] });
      recordCommaOk(c, x);
      return;
    }
    if (x.type.kind === "Tuple") assignError(c, rhs, nl, x.type.vars.length);
    else {
      singleValue(c, x, false);
      if (!invalidMode(x)) assignError(c, rhs, nl, 1);
    }
  } else {
    let bad = false;
    for (const r of rhs) if (invalidMode(expr(c, r))) bad = true;
    if (!bad) assignError(c, rhs, nl, nr);
  }
  for (const v of lhs) v.used = true;
}

function returnStmt(c: Checker, s: ast.ReturnStmt): void {
  const fn = c.fn;
  if (!fn) return;
  const res = fn.sig.results.vars;
  if (s.results.length === 0 && res.length > 0 && res[0].name !== "") {
    for (const v of res) {
      const alt = lookupParent(c.scope, v.name);
      if (alt && alt !== v) {
        c.error(
          s.pos,
          `result parameter ${v.name} not in scope at return\n\t${fmtPos(alt.pos)}: inner declaration of var ${v.name} ${c.typeString(v.type)}`,
        );
      }
    }
    return;
  }
  if (s.results.length === 0 && res.length === 0) return;
  // Evaluate results and match them against the signature.
  const nl = res.length;
  const nr = s.results.length;
  const returnError = (ops: Operand[]): void => {
    let at: ast.Pos = s.pos;
    let q = "not enough";
    if (ops.length > nl) {
      at = ops[nl].expr?.pos ?? s.pos;
      q = "too many";
    } else if (ops.length > 0) {
      at = ops[ops.length - 1].expr?.pos ?? s.pos;
    }
    const sum = (ts: Type[]): string =>
      `(${ts
        .map((t) =>
          isInvalid(t)
            ? "<T>"
            : isUntyped(t)
              ? isNumeric(t)
                ? "number"
                : (t as { name: string }).name.replace("untyped ", "")
              : c.typeString(t),
        )
        .join(", ")})`;
    c.error(
      at,
      `${q} return values\n\thave ${sum(ops.map((o) => o.type))}\n\twant ${sum(res.map((v) => v.type))}`,
    );
  };
  if (nr === 1 && (nl !== 1 || unparen(s.results[0]).kind === "CallExpr")) {
    const x = rawExpr(c, s.results[0], nl === 1 ? res[0].type : undefined);
    if (invalidMode(x)) return;
    if (x.mode !== "novalue" && x.type.kind === "Tuple") {
      const vars = x.type.vars;
      if (vars.length === nl) {
        vars.forEach((v, i) =>
          assignment(
            c,
            { mode: "value", expr: s.results[0], type: v.type },
            res[i].type,
            "return statement",
          ),
        );
        return;
      }
      returnError(vars.map((v) => ({ mode: "value", expr: s.results[0], type: v.type })));
      return;
    }
    singleValue(c, x, false);
    if (invalidMode(x)) return;
    if (nl === 1) {
      assignment(c, x, res[0].type, "return statement");
      return;
    }
    returnError([x]);
    return;
  }
  const ops = s.results.map((e, i) => expr(c, e, res[i]?.type));
  if (ops.some((o) => invalidMode(o))) return;
  if (nl !== nr) {
    returnError(ops);
    return;
  }
  ops.forEach((x, i) => assignment(c, x, res[i].type, "return statement"));
}

// ---------------------------------------------------------------------------
// Switch, type switch, select, range

function switchStmt(c: Checker, s: ast.SwitchStmt): void {
  openScope(c, s, "switch");
  if (s.init) simpleStmt(c, s.init);
  let tag: Operand;
  if (s.tag) {
    tag = expr(c, s.tag);
    assignment(c, tag, undefined, "switch expression");
    if (!invalidMode(tag) && !comparable(tag.type) && !hasNil(tag.type)) {
      c.error(
        s.tag.pos,
        `cannot switch on ${operandString(c, tag)} (${c.typeString(tag.type)} is not comparable)`,
      );
      tag.mode = "invalid";
    }
  } else {
    const pos = s.body.length > 0 ? s.body[0].pos : s.rbrace;
    const trueIdent: ast.Ident = { kind: "Ident", pos, name: "true" };
    tag = { mode: "constant", expr: trueIdent, type: typ.bool, val: { kind: "bool", value: true } };
  }
  const seen: { val: ConstValue; type: Type; pos: ast.Pos }[] = [];
  let defaultSeen: ast.CaseClause | undefined;
  s.body.forEach((clause, i) => {
    if (!clause.list) {
      if (defaultSeen)
        c.error(clause.pos, `multiple defaults (first at ${fmtPos(defaultSeen.pos)})`);
      defaultSeen = clause;
    } else {
      for (const e of clause.list) caseValue(c, e, tag, seen);
    }
    openScope(c, clause, "case");
    const last = i === s.body.length - 1;
    stmtList(c, clause.body);
    closeScope(c);
  });
  closeScope(c);
}

function caseValue(
  c: Checker,
  e: ast.Expr,
  tag: Operand,
  seen: { val: ConstValue; type: Type; pos: ast.Pos }[],
): void {
  const x = expr(c, e);
  if (invalidMode(x) || invalidMode(tag)) return;
  convertUntyped(c, x, tag.type);
  if (invalidMode(x)) return;
  // Compare x == tag (the case value first, so that errors are at the case values).
  const res = comparison(c, { ...x }, tag, "==", "", undefined, true);
  if (invalidMode(res)) return;
  if (x.mode === "constant" && x.val && x.val.kind !== "bool" && x.val.kind !== "complex") {
    for (const p of seen) {
      if (identical(p.type, x.type) && sameConst(p.val, x.val)) {
        c.error(
          e.pos,
          `duplicate case ${operandString(c, x)} in expression switch\n\t${fmtPos(p.pos)}: previous case`,
        );
        return;
      }
    }
    seen.push({ val: x.val, type: x.type, pos: syntaxPos(e) });
  }
}

function sameConst(a: ConstValue, b: ConstValue): boolean {
  return (
    a.kind === b.kind &&
    constString(a) === constString(b) &&
    JSON.stringify(a, (_k, v) => (typeof v === "bigint" ? v.toString() : v)) ===
      JSON.stringify(b, (_k, v) => (typeof v === "bigint" ? v.toString() : v))
  );
}

function typeSwitchStmt(c: Checker, s: ast.TypeSwitchStmt): void {
  openScope(c, s, "type switch");
  if (s.init) simpleStmt(c, s.init);
  if (s.binding) {
    if (s.binding.name === "_") c.error(s.binding.pos, "no new variable on left side of :=");
    else c.recordDef(s.binding, undefined);
  }
  const x = expr(c, s.guard.x);
  let ok = !invalidMode(x);
  // A guard that is not an interface is an error, but the clauses are still checked
  // (and an unused binding still reported); an invalid guard silences both.
  const validGuard = ok;
  if (ok && under(x.type).kind !== "Interface") {
    c.error(s.guard.x.pos, `${operandString(c, x)} is not an interface`);
    ok = false;
  }
  c.info.types.set(s.guard, { mode: ok ? "value" : "invalid", type: ok ? x.type : invalidType });
  const bindings: Var[] = [];
  const seen: { t: Type | undefined; pos: ast.Pos }[] = [];
  let defaultSeen: ast.CaseClause | undefined;
  for (const clause of s.body) {
    let T: Type | undefined;
    if (!clause.list) {
      if (defaultSeen)
        c.error(clause.pos, `multiple defaults (first at ${fmtPos(defaultSeen.pos)})`);
      defaultSeen = clause;
    } else {
      for (const e of clause.list) {
        let te: ast.Expr = e;
        while (te.kind === "ParenExpr") te = te.x;
        let t: Type | undefined;
        if (
          te.kind === "Ident" &&
          te.name === "nil" &&
          lookupParent(c.scope, "nil")?.kind === "Nil"
        ) {
          c.recordUse(te, lookupParent(c.scope, "nil")!);
          c.info.types.set(e, { mode: "value", type: typ["untyped nil"] });
          t = undefined;
        } else {
          t = typExpr(c, e);
          if (isInvalid(t)) {
            T = invalidType;
            continue;
          }
        }
        // Duplicates.
        const prev = seen.find((p) =>
          p.t === undefined ? t === undefined : t !== undefined && identical(p.t, t),
        );
        if (prev) {
          c.error(
            atPos(e),
            `duplicate case ${t ? c.typeString(t) : "nil"} in type switch\n\t${fmtPos(prev.pos)}: previous case`,
          );
        } else {
          seen.push({ t, pos: syntaxPos(e) });
        }
        if (ok && t && under(t).kind !== "Interface") typeAssertion(c, e, x, t, true);
        T = clause.list.length === 1 ? (t ?? x.type) : undefined;
      }
    }
    openScope(c, clause, "case");
    if (s.binding && s.binding.name !== "_") {
      const vt =
        clause.list && clause.list.length === 1 && T ? T : validGuard ? x.type : invalidType;
      const v = newVar(s.binding.name, s.binding.pos, c.pkg, vt);
      if (!validGuard) v.used = true;
      c.scope.elems.set(v.name, v);
      v.parent = c.scope;
      c.info.implicits.set(clause, v);
      bindings.push(v);
    }
    stmtList(c, clause.body);
    closeScope(c);
  }
  if (s.binding && s.binding.name !== "_") {
    let used = false;
    for (const v of bindings) {
      if (v.used) used = true;
      v.used = true;
    }
    if (!used && validGuard) c.error(s.binding.pos, `${s.binding.name} declared but not used`);
  }
  closeScope(c);
}

function selectStmt(c: Checker, s: ast.SelectStmt): void {
  let defaultSeen: ast.CommClause | undefined;
  for (const clause of s.body) {
    const comm = clause.comm;
    if (!comm) {
      if (defaultSeen)
        c.error(clause.pos, `multiple defaults (first at ${fmtPos(defaultSeen.pos)})`);
      defaultSeen = clause;
    }
    let valid = !comm || comm.kind === "SendStmt";
    if (comm && comm.kind === "ExprStmt") valid = isRecv(comm.x);
    if (comm && comm.kind === "AssignStmt" && comm.rhs.length === 1) valid = isRecv(comm.rhs[0]);
    if (!valid && comm) {
      c.error(
        comm.kind === "ExprStmt" ? syntaxPos(comm.x) : comm.pos,
        "select case must be send or receive (possibly with assignment)",
      );
      continue;
    }
    openScope(c, clause, "case");
    if (comm) simpleStmt(c, comm);
    stmtList(c, clause.body);
    closeScope(c);
  }
}

function isRecv(e: ast.Expr): boolean {
  while (e.kind === "ParenExpr") e = e.x;
  return e.kind === "UnaryExpr" && e.op === "<-";
}

function rangeStmt(c: Checker, s: ast.RangeStmt): void {
  openScope(c, s, "range");
  const x = expr(c, s.x);
  let key: Type | undefined;
  let val: Type | undefined;
  let ok = !invalidMode(x);
  if (ok) {
    const u = under(x.type);
    let t = u;
    if (t.kind === "Pointer" && under(t.elem).kind === "Array") t = under(t.elem);
    switch (t.kind) {
      case "Basic":
        if (isString(t)) {
          key = typ.int;
          val = runeType;
          if (isUntyped(x.type)) assignment(c, x, typ.string, "range");
        } else ok = false;
        break;
      case "Array":
        key = typ.int;
        val = t.elem;
        break;
      case "Slice":
        key = typ.int;
        val = t.elem;
        break;
      case "Map":
        key = t.key;
        val = t.elem;
        break;
      case "Chan":
        key = t.elem;
        val = undefined;
        if (t.dir === "send") {
          c.error(
            s.x.pos,
            `cannot range over ${operandString(c, x)} (receive from send-only channel)`,
          );
          ok = false;
        } else if (s.value) {
          c.error(
            s.value.pos,
            `range over ${operandString(c, x)} permits only one iteration variable`,
          );
          ok = false;
        }
        break;
      default:
        ok = false;
    }
    if (!ok && key === undefined && !invalidMode(x) && !(t.kind === "Chan")) {
      c.error(s.x.pos, `cannot range over ${operandString(c, x)}`);
    }
  }
  const lhs = [s.key, s.value];
  const types = [key, val];
  if (s.tok === ":=") {
    const vars: Var[] = [];
    const ids: ast.Ident[] = [];
    lhs.forEach((l, i) => {
      if (!l) return;
      if (l.kind !== "Ident") {
        c.error(l.pos, `non-name ${exprString(l)} on left side of :=`);
        return;
      }
      const v = newVar(l.name, l.pos, c.pkg, ok && types[i] ? types[i]! : invalidType);
      if (!ok) v.used = true;
      vars.push(v);
      ids.push(l);
    });
    vars.forEach((v, i) => c.declare(c.scope, ids[i], v));
  } else if (s.tok === "=") {
    lhs.forEach((l, i) => {
      if (!l) return;
      const t = types[i];
      if (!ok || !t) {
        lhsVar(c, l);
        return;
      }
      assignVar(c, l, { mode: "value", expr: l, type: t });
    });
  }
  stmt(c, s.body);
  closeScope(c);
}

// ---------------------------------------------------------------------------
// Terminating statements (the spec's definition, for "missing return")

export function isTerminating(c: Checker, s: ast.Stmt, label: string): boolean {
  switch (s.kind) {
    case "ReturnStmt":
      return true;
    case "BranchStmt":
      return s.tok === "goto" || s.tok === "fallthrough";
    case "ExprStmt": {
      let e = s.x;
      while (e.kind === "ParenExpr") e = e.x;
      if (e.kind === "CallExpr") {
        let f = e.fun;
        while (f.kind === "ParenExpr") f = f.x;
        if (f.kind !== "Ident" || f.name !== "panic") return false;
        const o = c.info.uses.get(f);
        return o !== undefined && o.kind === "Builtin";
      }
      return false;
    }
    case "BlockStmt":
      return isTerminatingList(c, s.list, "");
    case "IfStmt":
      return s.else !== undefined && isTerminating(c, s.body, "") && isTerminating(c, s.else, "");
    case "SwitchStmt":
      return isTerminatingSwitch(c, s.body, label);
    case "TypeSwitchStmt":
      return isTerminatingSwitch(c, s.body, label);
    case "SelectStmt":
      return s.body.every(
        (cc) => isTerminatingList(c, cc.body, "") && !hasBreakList(cc.body, label, true),
      );
    case "ForStmt":
      return s.cond === undefined && !hasBreak(s.body, label, true);
    case "LabeledStmt":
      return isTerminating(c, s.stmt, s.label.name);
    case "GoStmt":
    case "DeferStmt":
    case "RangeStmt":
    case "DeclStmt":
    case "EmptyStmt":
    case "BadStmt":
    case "SendStmt":
    case "IncDecStmt":
    case "AssignStmt":
      return false;
  }
}

function isTerminatingList(c: Checker, list: ast.Stmt[], label: string): boolean {
  let i = list.length - 1;
  while (i >= 0 && list[i].kind === "EmptyStmt") i--;
  return i >= 0 && isTerminating(c, list[i], label);
}

function isTerminatingSwitch(c: Checker, body: ast.CaseClause[], label: string): boolean {
  let hasDefault = false;
  for (const cc of body) {
    if (!cc.list) hasDefault = true;
    if (!isTerminatingList(c, cc.body, "") || hasBreakList(cc.body, label, true)) return false;
  }
  return hasDefault;
}

function hasBreakList(list: ast.Stmt[], label: string, implicit: boolean): boolean {
  return list.some((s) => hasBreak(s, label, implicit));
}

function hasBreak(s: ast.Stmt, label: string, implicit: boolean): boolean {
  switch (s.kind) {
    case "BranchStmt":
      if (s.tok === "break") {
        if (!s.label) return implicit;
        return s.label.name === label;
      }
      return false;
    case "LabeledStmt":
      return hasBreak(s.stmt, label, implicit);
    case "BlockStmt":
      return hasBreakList(s.list, label, implicit);
    case "IfStmt":
      return (
        hasBreak(s.body, label, implicit) ||
        (s.else !== undefined && hasBreak(s.else, label, implicit))
      );
    case "SwitchStmt":
    case "TypeSwitchStmt":
      if (label === "") return false;
      return s.body.some((cc) => hasBreakList(cc.body, label, false));
    case "SelectStmt":
      if (label === "") return false;
      return s.body.some((cc) => hasBreakList(cc.body, label, false));
    case "ForStmt":
    case "RangeStmt":
      if (label === "") return false;
      return hasBreak(s.body, label, false);
    default:
      return false;
  }
}
