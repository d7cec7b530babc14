/*
 * Declarations: constants (with iota and inherited expressions), variables, types,
 * functions and methods — at package level and inside functions.
 *
 * What: each checkXDecl gives an object its type (and a constant its value). A defined
 * type `type T U` becomes a Named whose object is bound *before* U is resolved, so U may
 * refer to T through pointers, slices, maps, channels and functions; afterwards
 * validType walks U's by-value structure (struct fields, array elements) and reports
 * `invalid recursive type` when T contains itself. Methods are attached to their
 * receiver's Named type when the type is declared, so that method sets are complete
 * before any expression asks for them.
 *
 * Why: declaration order is free at package level, so the driver (check.ts) calls these
 * on demand; inside a function they are called in statement order.
 *
 * Invariant: after checkTypeDecl, T.underlying is not a Named; on error it is invalid.
 *
 * Example: const ( a = iota * 2; b; c )  →  a=0, b=2, c=4, all untyped int.
 */
import type * as ast from "../syntax/ast.js";
import type { Checker, DeclInfo } from "./check.js";
import { arity, fmtPos } from "./check.js";
import { atPos, evalExpr, expr, initConst, initVarOne, initVars } from "./expr.js";
import { isConstType, isInvalid, under } from "./predicates.js";
import { funcType, typExpr } from "./typexpr.js";
import {
  type Const,
  type Func,
  type Named,
  type TypeName,
  type Type,
  type Var,
  lookupParent,
  newFunc,
  newScope,
} from "./types.js";
import { invalidType } from "./universe.js";

export function checkConstDecl(c: Checker, obj: Const, d: DeclInfo & { kind: "const" }): void {
  constDecl(c, obj, d.typ, d.init, d.iota);
}

export function constDecl(
  c: Checker,
  obj: Const,
  typ: ast.Expr | undefined,
  init: ast.Expr | undefined,
  iota: number,
): void {
  const savedIota = c.iota;
  c.iota = BigInt(iota);
  let t: Type | undefined;
  if (typ) {
    t = typExpr(c, typ);
    if (!isConstType(t)) {
      if (!isInvalid(t)) c.error(atPos(typ), `invalid constant type ${c.typeString(t)}`);
      obj.type = invalidType;
      c.iota = savedIota;
      return;
    }
  }
  if (init) {
    const x = evalExpr(c, init, t, false);
    initConst(c, obj, x, t);
  } else {
    obj.type = invalidType;
  }
  c.iota = savedIota;
}

export function checkVarDecl(c: Checker, obj: Var, d: DeclInfo & { kind: "var" }): void {
  // var a, b = f(): check once for all lhs.
  if (d.lhs) {
    if (d.lhs.some((v) => c.color.get(v) === "black" && v !== obj)) return;
    for (const v of d.lhs) if (v !== obj) c.color.set(v, "grey");
  }
  let t: Type | undefined;
  if (d.typ) {
    t = typExpr(c, d.typ);
    obj.type = t;
    if (d.lhs) for (const v of d.lhs) v.type = t;
  }
  if (!d.init) {
    if (!d.typ) obj.type = invalidType;
    return;
  }
  if (d.lhs) {
    initVars(c, d.lhs, [d.init], !!t);
    for (const v of d.lhs) c.color.set(v, "black");
    return;
  }
  varDeclSingle(c, obj, d.init, !!t);
}

/** `var x [T] = e`: e must be a single value (types2's varDecl, not initVars). */
export function varDeclSingle(c: Checker, v: Var, init: ast.Expr, typed: boolean): void {
  const x = expr(c, init, typed ? v.type : undefined);
  initVarOne(c, v, x, typed);
}

export function checkTypeDecl(c: Checker, obj: TypeName, d: DeclInfo & { kind: "type" }): void {
  typeDecl(c, obj, d.spec);
  if (!obj.isAlias && obj.type.kind === "Named") collectMethods(c, obj.type, obj.name);
  // Methods declared on an alias of a local type belong to that type.
  if (obj.isAlias && obj.type.kind === "Named" && obj.type.obj.pkg === c.pkg)
    collectMethods(c, obj.type, obj.name);
}

export function typeDecl(c: Checker, obj: TypeName, spec: ast.TypeSpec): void {
  if (spec.assign) {
    obj.type = invalidType;
    obj.type = typExpr(c, spec.type);
    return;
  }
  const named: Named = { kind: "Named", obj, underlying: invalidType, methods: [] };
  obj.type = named;
  const rhs = typExpr(c, spec.type, named);
  c.namedRHS.set(named, rhs);
  if (rhs.kind === "Named") {
    // type T U: T's underlying is U's. If U is still being declared, T waits for it;
    // a chain of such waits that leads back to T is a cycle.
    if (isInvalid(rhs.underlying) && (c.color.get(rhs.obj) === "grey" || c.waitsOn.has(rhs))) {
      const chain: Named[] = [named];
      for (let w: Named | undefined = rhs; w; w = c.waitsOn.get(w)) {
        if (w === named) {
          c.cycleError(chain.map((n) => n.obj));
          return;
        }
        chain.push(w);
      }
      c.waitsOn.set(named, rhs);
      const list = c.waiters.get(rhs) ?? [];
      list.push(named);
      c.waiters.set(rhs, list);
      return;
    }
    named.underlying = rhs.underlying;
  } else {
    named.underlying = rhs;
  }
  resolved(c, named);
}

/** named's underlying type is now known: check it and pass it on to those waiting. */
function resolved(c: Checker, named: Named): void {
  if (!isInvalid(named.underlying)) validType(c, named, [], new Set());
  const ws = c.waiters.get(named);
  if (!ws) return;
  c.waiters.delete(named);
  for (const w of ws) {
    c.waitsOn.delete(w);
    w.underlying = named.underlying;
    resolved(c, w);
  }
}

/** Reports types that contain themselves by value: struct fields and array elements. */
function validType(c: Checker, t: Type, path: Named[], done: Set<Type>): boolean {
  if (done.has(t)) return true;
  switch (t.kind) {
    case "Named": {
      const i = path.indexOf(t);
      if (i >= 0) {
        const cycle = path.slice(i).map((n) => n.obj);
        if (t.obj.pkg === c.pkg) c.cycleError(cycle);
        t.underlying = invalidType;
        return false;
      }
      path.push(t);
      // Follow the declared right-hand side (type x y: through y), as gc reports cycles.
      const ok = validType(c, c.namedRHS.get(t) ?? t.underlying, path, done);
      path.pop();
      if (ok) done.add(t);
      return ok;
    }
    case "Array":
      return validType(c, t.elem, path, done);
    case "Struct":
      for (const f of t.fields) if (!validType(c, f.type, path, done)) return false;
      return true;
    case "Interface":
      // Embedding is containment too: interface{ I } contains I's methods.
      for (const e of t.embeddeds) if (!validType(c, e, path, done)) return false;
      return true;
    default:
      return true;
  }
}

/** Attaches the methods declared for Named type T (package level) and checks their receivers. */
function collectMethods(c: Checker, T: Named, name: string): void {
  const list = c.methods.get(name);
  if (!list) return;
  c.methods.delete(name);
  for (const { decl, file } of list) {
    const m = methodDecl(c, decl, file);
    if (!m) continue;
    const name = m.name;
    if (name !== "_") {
      const prev = T.methods.find((x) => x.name === name);
      if (prev) {
        c.error(
          m.pos,
          `${T.obj.name}.${name} redeclared in this block\n\t${fmtPos(prev.pos)}: other declaration of ${name}`,
        );
        continue;
      }
      const u = under(T);
      if (u.kind === "Struct") {
        const f = u.fields.find((x) => x.name === name);
        if (f)
          c.error(
            m.pos,
            `field and method with the same name ${name}\n\t${fmtPos(f.pos)}: other declaration of ${name}`,
          );
      }
    }
    T.methods.push(m);
  }
}

/** Checks a method declaration's signature and queues its body; undefined on fatal receiver errors. */
function methodDecl(c: Checker, decl: ast.FuncDecl, file: DeclInfo["file"]): Func | undefined {
  const saved = { scope: c.scope, decl: c.decl };
  c.scope = file.scope;
  const d: DeclInfo & { kind: "func" } = { kind: "func", file, decl, deps: new Set() };
  c.decl = d;
  const scope = newScope(file.scope, "func", true);
  const sig = funcType(c, decl.type, decl.recv, scope);
  c.funcScopes.set(decl.type, scope);
  c.scope = saved.scope;
  c.decl = saved.decl;
  const m = newFunc(decl.name.name, decl.name.pos, c.pkg, sig);
  m.noBody = decl.body === undefined;
  c.recordDef(decl.name, m);
  c.objMap.set(m, d);
  c.methodBodies.push({ obj: m, d });
  // Receiver validity.
  const recv = sig.recv;
  if (recv && decl.recv) {
    let rt = recv.type;
    if (rt.kind === "Pointer") rt = rt.elem;
    const at =
      decl.recv.names.length > 0
        ? decl.recv.names[0].pos
        : decl.recv.type.kind === "StarExpr"
          ? decl.recv.type.x.pos
          : decl.recv.type.pos;
    if (rt.kind === "Named") {
      if (rt.obj.pkg !== c.pkg) {
        c.error(at, `cannot define new methods on non-local type ${c.typeString(rt)}`);
        return undefined;
      }
      const u = rt.underlying;
      if (u.kind === "Pointer" || u.kind === "Interface") {
        c.error(at, `invalid receiver type ${c.typeString(rt)} (pointer or interface type)`);
        return undefined;
      }
    } else if (rt.kind === "Basic" && rt.name === "invalid type") {
      return undefined;
    } else if (rt.kind === "Basic") {
      c.error(at, `cannot define new methods on non-local type ${c.typeString(rt)}`);
      return undefined;
    } else {
      c.error(at, `invalid receiver type ${c.typeString(recv.type)}`);
      return undefined;
    }
  }
  return m;
}

/** Methods whose receiver base name is not a type of this package (errors), or an alias. */
export function checkMethodDecls(c: Checker): void {
  for (const [base, list] of c.methods) {
    const obj = lookupParent(c.pkg.scope, base);
    if (
      obj &&
      obj.kind === "TypeName" &&
      obj.isAlias &&
      obj.type.kind === "Named" &&
      obj.type.obj.pkg === c.pkg
    ) {
      collectMethods(c, obj.type, base);
      continue;
    }
    for (const { decl, file } of list) methodDecl(c, decl, file);
  }
  c.methods.clear();
}

export function collectFuncSignature(c: Checker, obj: Func, d: DeclInfo & { kind: "func" }): void {
  const scope = newScope(d.file.scope, "func", true);
  obj.type = funcType(c, d.decl.type, undefined, scope);
  c.funcScopes.set(d.decl.type, scope);
}

/** A `const`/`var`/`type` declaration statement inside a function. */
export function declStmt(c: Checker, decl: ast.GenDecl): void {
  let last: { typ: ast.Expr | undefined; values: ast.Expr[] } | undefined;
  for (const spec of decl.specs) {
    switch (spec.kind) {
      case "ImportSpec":
        break;
      case "TypeSpec": {
        const obj: TypeName = {
          kind: "TypeName",
          name: spec.name.name,
          pos: spec.name.pos,
          pkg: c.pkg,
          parent: undefined,
          type: invalidType,
          isAlias: spec.assign,
        };
        // The name is in scope in its own declaration (type T struct{ next *T }).
        c.declare(c.scope, spec.name, obj);
        c.color.set(obj, "grey");
        c.objPath.push(obj);
        typeDecl(c, obj, spec);
        c.objPath.pop();
        c.color.set(obj, "black");
        break;
      }
      case "ValueSpec": {
        if (decl.tok === "const") {
          if (spec.iota === 0 || spec.values.length > 0 || spec.type)
            last = { typ: spec.type, values: spec.values };
          const inh =
            spec.values.length === 0 && !spec.type ? last : { typ: spec.type, values: spec.values };
          const objs: Const[] = spec.names.map((id) => ({
            kind: "Const",
            name: id.name,
            pos: id.pos,
            pkg: c.pkg,
            parent: undefined,
            type: invalidType,
            val: { kind: "int", value: 0n },
          }));
          const isInherited = spec.values.length === 0 && !spec.type;
          objs.forEach((o, i) => {
            const saved = c.errpos;
            if (isInherited) c.errpos = o.pos;
            constDecl(c, o, inh?.typ, inh?.values[i], spec.iota);
            c.errpos = saved;
          });
          arity(
            c,
            spec,
            inh?.values ?? [],
            true,
            spec.values.length === 0 && !spec.type && inh !== undefined,
          );
          objs.forEach((o, i) => c.declare(c.scope, spec.names[i], o));
        } else {
          const vars: Var[] = spec.names.map((id) => ({
            kind: "Var",
            name: id.name,
            pos: id.pos,
            pkg: c.pkg,
            parent: undefined,
            type: invalidType,
            isField: false,
            embedded: false,
            isParam: false,
            used: false,
          }));
          let t: Type | undefined;
          if (spec.type) {
            t = typExpr(c, spec.type);
            for (const v of vars) {
              v.type = t;
              if (isInvalid(t)) v.used = true;
            }
          }
          const l = vars.length;
          const r = spec.values.length;
          if (l === 1 && r === 1) varDeclSingle(c, vars[0], spec.values[0], !!t);
          else if (r > 0 && (l === r || r === 1)) initVars(c, vars, spec.values, !!t);
          else if (r > 0) {
            arity(c, spec, spec.values, false, false);
            for (let i = 0; i < Math.max(l, r); i++) {
              if (i < l && i < r) initVars(c, [vars[i]], [spec.values[i]], !!t);
              else if (i < r) expr(c, spec.values[i]);
              else vars[i].used = true;
            }
          }
          vars.forEach((v, i) => c.declare(c.scope, spec.names[i], v));
        }
        break;
      }
    }
  }
}
