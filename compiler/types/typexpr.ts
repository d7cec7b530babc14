/*
 * Type expressions: turning `[]map[string]*T`, `struct{…}`, `func(…) …` into Types.
 *
 * What: typExpr(c, e) evaluates a syntax expression that must denote a type. Identifiers
 * and qualified identifiers resolve through the scopes (resolving package-level type
 * declarations on demand); composite type syntax builds the structural Type. Array
 * lengths are constant expressions evaluated by the expression checker. Struct fields
 * and interface methods are checked for duplicates; map keys for comparability.
 *
 * Why separate from expressions: a type context reports `x is not a type` rather than
 * expression errors, and the shapes built here (Struct fields, Signature tuples) are the
 * data every later phase reads.
 *
 * Invariant: the result is never undefined: on error it is the invalid Basic type, and
 * the error has been reported (once).
 *
 * Example: typExpr(`[4]*T`) = Array{len: 4, elem: Pointer{elem: Named T}}.
 */
import { invalidMode } from "./operand.js";
import type * as ast from "../syntax/ast.js";
import { exprString } from "../syntax/print.js";
import type { Checker } from "./check.js";
import { fmtPos } from "./check.js";
import { intValue } from "./constant.js";
import { atPos, evalExpr, operandString } from "./expr.js";
import { completeInterface } from "./lookup.js";
import { comparable, identical, isInteger, isInvalid, isUntyped, under } from "./predicates.js";
import {
  type Func,
  type Interface,
  type Named,
  type Scope,
  type Signature,
  type Struct,
  type Type,
  type Var,
  lookupParent,
  newField,
  newFunc,
  newParam,
  newScope,
  newTuple,
} from "./types.js";
import { invalidType } from "./universe.js";

export function typExpr(c: Checker, e: ast.Expr, def?: Named): Type {
  const t = typInternal(c, e, def);
  c.info.types.set(e, { mode: "typexpr", type: t });
  return t;
}

/** Resolves an identifier in type position (also used by the expression checker). */
function typInternal(c: Checker, e: ast.Expr, def: Named | undefined): Type {
  switch (e.kind) {
    case "BadExpr":
      return invalidType;
    case "Ident":
    case "SelectorExpr": {
      const x = evalExpr(c, e, undefined, true);
      if (invalidMode(x)) return invalidType;
      if (x.mode === "typexpr") return x.type;
      if (x.mode === "novalue") c.error(e.pos, `${exprString(e)} used as type`);
      else c.error(e.pos, `${operandString(c, x)} is not a type`);
      return invalidType;
    }
    case "ParenExpr":
      return typExpr(c, e.x, def);
    case "StarExpr":
      return { kind: "Pointer", elem: typExpr(c, e.x) };
    case "ArrayType": {
      if (!e.len) return { kind: "Slice", elem: typExpr(c, e.elt) };
      if (e.len.kind === "Ellipsis") {
        c.error(e.pos, "invalid use of [...] array (outside a composite literal)");
        typExpr(c, e.elt);
        return invalidType;
      }
      const n = arrayLength(c, e.len);
      const elem = typExpr(c, e.elt);
      return { kind: "Array", len: n, elem };
    }
    case "Ellipsis":
      c.error(e.pos, "invalid use of ...");
      return invalidType;
    case "MapType": {
      const key = typExpr(c, e.key);
      const elem = typExpr(c, e.value);
      // Deferred: the key type may still be under construction (type m map[k]int; type k [1]m).
      c.later.push(() => {
        if (isInvalid(key)) return;
        if (!comparable(key)) c.error(atPos(e.key), `invalid map key type ${c.typeString(key)}`);
      });
      return { kind: "Map", key, elem };
    }
    case "ChanType":
      return { kind: "Chan", dir: e.dir, elem: typExpr(c, e.value) };
    case "FuncType":
      return funcType(c, e, undefined, newScope(c.scope, "func", true));
    case "StructType":
      return structType(c, e);
    case "InterfaceType":
      return interfaceType(c, e, def);
    default:
      c.error(e.pos, `${exprString(e)} is not a type`);
      return invalidType;
  }
}

export function arrayLength(c: Checker, e: ast.Expr): number {
  // A name that is not a constant gets gc's dedicated messages.
  if (e.kind === "Ident") {
    const obj = lookupParent(c.scope, e.name);
    if (!obj) {
      c.error(e.pos, `undeclared name ${e.name} for array length`);
      return -1;
    }
    if (obj.kind !== "Const") {
      c.error(e.pos, `invalid array length ${e.name}`);
      return -1;
    }
  }
  const x = evalExpr(c, e, undefined, false);
  if (x.mode !== "constant") {
    if (!invalidMode(x)) c.error(atPos(e), `array length ${operandString(c, x)} must be constant`);
    return -1;
  }
  if ((isUntyped(x.type) || isInteger(x.type)) && x.val) {
    const v = intValue(x.val);
    if (v !== undefined && v >= -(1n << 63n) && v < 1n << 63n) {
      if (v >= 0n) return Number(v);
      c.error(atPos(e), `invalid array length ${operandString(c, x)}`);
      return -1;
    }
  }
  c.error(atPos(e), `array length ${operandString(c, x)} must be integer`);
  return -1;
}

/** Builds a signature; parameters are declared in `scope` (the function's outermost scope). */
export function funcType(
  c: Checker,
  e: ast.FuncType,
  recv: ast.Field | undefined,
  scope: Scope,
): Signature {
  c.recordScope(e, scope);
  let recvVar: Var | undefined;
  if (recv) {
    const vs = collectParams(c, scope, [recv], false);
    recvVar = vs.vars[0];
  }
  const params = collectParams(c, scope, e.params, true);
  const results = collectParams(c, scope, e.results, false);
  const sig: Signature = {
    kind: "Signature",
    recv: recvVar,
    params: newTuple(params.vars),
    results: newTuple(results.vars),
    variadic: params.variadic,
  };
  return sig;
}

function collectParams(
  c: Checker,
  scope: Scope,
  fields: ast.Field[],
  variadicOk: boolean,
): { vars: Var[]; variadic: boolean } {
  const vars: Var[] = [];
  let variadic = false;
  fields.forEach((f, i) => {
    let te = f.type;
    let isVariadic = false;
    if (te.kind === "Ellipsis") {
      isVariadic = true;
      if (!variadicOk || i !== fields.length - 1 || f.names.length > 1) {
        c.error(te.pos, "can only use ... with final parameter in list");
        isVariadic = false;
      }
      te = te.elt ?? te;
    }
    let t = te.kind === "Ellipsis" ? invalidType : typExpr(c, te);
    if (isVariadic) {
      t = { kind: "Slice", elem: t };
      variadic = true;
    }
    if (f.names.length === 0) {
      vars.push(newParam("", f.type.pos, c.pkg, t));
      return;
    }
    for (const id of f.names) {
      const v = newParam(id.name, id.pos, c.pkg, t);
      v.used = true;
      c.declare(scope, id, v);
      vars.push(v);
    }
  });
  return { vars, variadic };
}

function structType(c: Checker, e: ast.StructType): Struct {
  const fields: Var[] = [];
  const tags: string[] = [];
  const seen = new Map<string, Var>();
  const add = (v: Var, tag: string): void => {
    if (v.name !== "_") {
      const prev = seen.get(v.name);
      if (prev) {
        c.redeclared(v, prev, `${v.name} redeclared`);
        return;
      }
      seen.set(v.name, v);
    }
    fields.push(v);
    tags.push(tag);
  };
  for (const f of e.fields) {
    const tag = f.tag ? decodeTag(f.tag.value) : "";
    if (f.names.length > 0) {
      const t = typExpr(c, f.type);
      for (const id of f.names) {
        const v = newField(id.name, id.pos, c.pkg, t, false);
        c.recordDef(id, v);
        add(v, tag);
      }
      continue;
    }
    // Embedded field: T, *T, pkg.T or *pkg.T; its name is the type name.
    const t = typExpr(c, f.type);
    const name = embeddedName(f.type);
    const v = newField(name, embeddedNamePos(f.type), c.pkg, t, true);
    c.info.implicits.set(f, v);
    add(v, tag);
    const check = (): void => {
      const [base, isPtr] = t.kind === "Pointer" ? [t.elem, true] : [t, false];
      const u = under(base);
      if (u.kind === "Basic" && u.name === "invalid type") return;
      if (
        isPtr &&
        (base.kind === "Named" || base.kind === "Basic") &&
        under(base).kind === "Interface"
      ) {
        c.error(f.type.pos, "embedded field type cannot be a pointer to an interface");
      } else if (u.kind === "Pointer") {
        c.error(f.type.pos, "embedded field type cannot be a pointer");
      } else if (u.kind === "Basic" && u.name === "unsafe.Pointer") {
        c.error(f.type.pos, "embedded field type cannot be unsafe.Pointer");
      }
    };
    c.later.push(check);
  }
  return { kind: "Struct", fields, tags };
}

function embeddedName(e: ast.Expr): string {
  switch (e.kind) {
    case "Ident":
      return e.name;
    case "StarExpr":
      return embeddedName(e.x);
    case "SelectorExpr":
      return e.sel.name;
    case "ParenExpr":
      return embeddedName(e.x);
    default:
      return "";
  }
}

function embeddedNamePos(e: ast.Expr): ast.Pos {
  switch (e.kind) {
    case "StarExpr":
      return embeddedNamePos(e.x);
    case "SelectorExpr":
      return e.sel.pos;
    default:
      return e.pos;
  }
}

function decodeTag(lit: string): string {
  if (lit.startsWith("`")) return lit.slice(1, -1);
  try {
    return JSON.parse(lit) as string;
  } catch {
    return lit.slice(1, -1);
  }
}

function interfaceType(c: Checker, e: ast.InterfaceType, def: Named | undefined): Interface {
  const iface: Interface = { kind: "Interface", methods: [], embeddeds: [], allMethods: undefined };
  const seen = new Map<string, Func>();
  const embeddedAt: ast.Pos[] = [];
  for (const f of e.methods) {
    if (f.names.length === 0) {
      const t = typExpr(c, f.type);
      if (isInvalid(t)) continue;
      const u = under(t);
      if (u.kind !== "Interface" && !(t.kind === "Named" && isInvalid(u))) {
        c.error(
          f.type.pos,
          `cannot use ${exprString(f.type)} as interface: minigo does not support type parameters`,
        );
        continue;
      }
      iface.embeddeds.push(t);
      embeddedAt.push(f.type.pos);
      continue;
    }
    const id = f.names[0];
    if (f.type.kind !== "FuncType") continue;
    const sig = funcType(c, f.type, undefined, newScope(c.scope, "func", true));
    const m = newFunc(id.name, id.pos, c.pkg, sig);
    m.isInterfaceMethod = true;
    sig.recv = newParam("", id.pos, c.pkg, def ?? iface);
    c.recordDef(id, m);
    if (id.name === "_") {
      c.error(id.pos, "methods must have a unique non-blank name");
      continue;
    }
    const prev = seen.get(id.name);
    if (prev) {
      c.redeclared(m, prev, `duplicate method ${id.name}`);
      continue;
    }
    seen.set(id.name, m);
    iface.methods.push(m);
  }
  // Complete once the embedded types are resolved, checking for duplicates across them.
  const finish = (): void => {
    if (iface.allMethods) return;
    completeInterface(iface);
    // Methods from embedded interfaces must not clash with others of the same name.
    const names = new Map<string, { m: Func; pos: ast.Pos }>();
    for (const m of iface.methods) names.set(m.name, { m, pos: m.pos });
    iface.embeddeds.forEach((emb, k) => {
      const u = under(emb);
      if (u.kind !== "Interface") return;
      for (const m of completeInterface(u)) {
        const prev = names.get(m.name);
        if (prev && prev.m !== m && !identicalSig(prev.m, m)) {
          c.error(
            embeddedAt[k],
            `duplicate method ${m.name}\n\t${fmtPos(prev.pos)}: other declaration of ${m.name}`,
          );
          continue;
        }
        if (!prev) names.set(m.name, { m, pos: embeddedAt[k] });
      }
    });
  };
  if (iface.embeddeds.length === 0) completeInterface(iface);
  else if (iface.embeddeds.every((t) => !(t.kind === "Named" && isInvalid(t.underlying)))) finish();
  else c.later.push(finish);
  return iface;
}

function identicalSig(a: Func, b: Func): boolean {
  return identical(a.type, b.type);
}
