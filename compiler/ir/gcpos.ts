/*
 * Where gc places an implicit conversion: a model of gc's "current position".
 *
 * What: gc 1.19 builds its IR from the types2-checked syntax tree (noder/irgen). Each
 * expression it visits that is neither a constant, a type nor a builtin sets the global
 * base.Pos to that expression's position before its operands are visited, and nothing
 * restores it afterwards. Many implicit conversions (to an interface, for instance) are
 * then created "at base.Pos": whatever expression was visited last. So gc reports the
 * boxing in `append(s, C{R: float64(j) / 2})` at `j`, the last non-constant operand
 * visited, while in `append(s, C{R: 1})` it is at the literal's `{`. GcBasePos replays
 * that walk over our AST:
 *
 *   after(e, cur)      base.Pos after irgen visits e, starting from cur
 *   afterList(es, cur) the same over a list, left to right
 *   setPos(e)          where ir.SetPos(node) moves base.Pos for e's node, or undefined
 *                      when it leaves it alone (a variable or function name)
 *   argPositions(es, start)  the positions of the conversions of typecheckaste (call
 *                      arguments after `(`, return values): each argument with a node
 *                      position of its own moves the position, a name keeps the last
 *
 * Which context uses which rule (see the callers in build.ts):
 *   call arguments          argPositions(args, lparen)
 *   append(s, a, b)         after(every argument, lparen)
 *   panic(v), delete(m, k)  after(arguments, lparen)
 *   ch <- v                 after(v, after(ch))
 *   x = v, x := v           after(left side, after(right side)) (a new name of `:=` is not visited)
 *   var x T = v             after(values, the spec's first name)
 *   return a, b             argPositions(results, after(results))
 *   m[k]                    after(k, after(m, `[`))
 *   T{a, k: b} elements     at each element's own position; a keyed one at its `:`
 *
 * Positions follow gc's syntax package: a call at its `(`, a binary expression at its
 * operator, a selector or assertion at its `.`, an index or slice at its `[`, a composite
 * literal at its `{`, a function literal at `func`; anything else at its start.
 *
 * Invariant: pure; the same tree gives the same positions. A function literal's body is
 * visited in place (gc builds it when it meets it), so after(funcLit) is the position the
 * body's last statement left.
 *
 * Example: in `shapes = append(shapes, Circle{R: float64(j) / 2})` the interface
 * conversion of the literal is at the column of `j`.
 */
import type * as ast from "../syntax/ast.js";
import { gcPos } from "../syntax/positions.js";
import type { TypeInfo } from "../types/check.js";
import { under } from "../types/predicates.js";

type Pos = ast.Pos;

function unparen(e: ast.Expr): ast.Expr {
  while (e.kind === "ParenExpr") e = e.x;
  return e;
}

/** The position gc's syntax package gives an expression node (parentheses transparent). */
export function syntaxPos(e: ast.Expr): Pos {
  return gcPos(unparen(e));
}

export class GcBasePos {
  constructor(private readonly info: TypeInfo) {}

  /** True when irgen skips e without touching base.Pos: a constant, a type, a builtin, `_`. */
  private silent(e: ast.Expr): boolean {
    if (e.kind === "Ident" && e.name === "_") return true;
    const tv = this.info.types.get(e);
    if (tv) {
      if (tv.mode === "constant" || tv.mode === "typexpr" || tv.mode === "builtin") return true;
      return tv.value !== undefined;
    }
    switch (e.kind) {
      case "ArrayType":
      case "StructType":
      case "FuncType":
      case "InterfaceType":
      case "MapType":
      case "ChanType":
      case "Ellipsis":
      case "BasicLit":
        return true;
      default:
        return false;
    }
  }

  /** A package-qualified identifier `pkg.Name` (irgen resolves it without visiting pkg). */
  private qualified(e: ast.SelectorExpr): boolean {
    return e.x.kind === "Ident" && this.info.uses.get(e.x)?.kind === "PkgName";
  }

  after(e: ast.Expr | undefined, cur: Pos): Pos {
    if (e === undefined) return cur;
    const x = unparen(e);
    if (this.silent(x)) return cur;
    const p = syntaxPos(x);
    switch (x.kind) {
      case "Ident":
      case "BasicLit":
        return p;
      case "CompositeLit":
        return this.compositeLit(x, p);
      case "FuncLit":
        return this.stmtList(x.body.list, p);
      case "SelectorExpr":
        return this.qualified(x) ? p : this.after(x.x, p);
      case "TypeAssertExpr":
        return this.after(x.x, p);
      case "IndexExpr":
        return this.after(x.index, this.after(x.x, p));
      case "SliceExpr":
        return this.after(x.max, this.after(x.high, this.after(x.low, this.after(x.x, p))));
      case "StarExpr":
      case "UnaryExpr":
        return this.after(x.x, p);
      case "BinaryExpr":
        return this.after(x.y, this.after(x.x, p));
      case "CallExpr": {
        const fun = unparen(x.fun);
        const ftv = this.info.types.get(fun);
        const cur1 = this.afterList(x.args, this.after(fun, p));
        // A conversion or a builtin keeps the position its operands left; any other call
        // is transformed with ir.SetPos(call), which leaves base.Pos at its `(`.
        if (ftv && (ftv.mode === "typexpr" || ftv.mode === "builtin")) return cur1;
        return p;
      }
      default:
        return p;
    }
  }

  afterList(es: readonly (ast.Expr | undefined)[], cur: Pos): Pos {
    for (const e of es) cur = this.after(e, cur);
    return cur;
  }

  private compositeLit(x: ast.CompositeLit, p: Pos): Pos {
    let cur = p;
    // A struct literal's keys are field names, not expressions irgen visits.
    let t = this.info.types.get(x)?.type;
    if (t && under(t).kind === "Pointer") t = (under(t) as { elem: typeof t }).elem;
    const isStruct = t !== undefined && under(t).kind === "Struct";
    for (const el of x.elts) {
      if (el.kind === "KeyValueExpr") {
        if (!isStruct) cur = this.after(el.key, cur);
        cur = this.after(el.value, cur);
      } else cur = this.after(el, cur);
    }
    return cur;
  }

  /**
   * Where ir.SetPos moves base.Pos for the node irgen made of e: nowhere for a variable or
   * function name (gc's ONAME has no position of its own), else e's syntax position.
   */
  setPos(e: ast.Expr): Pos | undefined {
    const x = unparen(e);
    const name =
      x.kind === "Ident" ? x : x.kind === "SelectorExpr" && this.qualified(x) ? x.sel : undefined;
    if (name) {
      const obj = this.info.uses.get(name) ?? this.info.defs.get(name);
      if (obj && (obj.kind === "Var" || obj.kind === "Func")) return undefined;
    }
    return syntaxPos(x);
  }

  /** typecheckaste: the conversion position of each of es, starting at start. */
  argPositions(es: readonly ast.Expr[], start: Pos): Pos[] {
    let cur = start;
    return es.map((e) => (cur = this.setPos(e) ?? cur));
  }

  // Statements, for the bodies of function literals met inside an expression.

  stmtList(list: readonly ast.Stmt[], cur: Pos): Pos {
    for (const s of list) cur = this.stmt(s, cur);
    return cur;
  }

  stmt(s: ast.Stmt | undefined, cur: Pos): Pos {
    if (s === undefined) return cur;
    switch (s.kind) {
      case "ExprStmt":
        return this.after(s.x, cur);
      case "SendStmt":
        return this.after(s.value, this.after(s.chan, cur));
      case "IncDecStmt":
        return this.after(s.x, cur);
      case "AssignStmt": {
        const c = this.afterList(s.rhs, cur);
        return s.tok === ":=" ? c : this.afterList(s.lhs, c);
      }
      case "GoStmt":
      case "DeferStmt":
        return this.after(s.call, cur);
      case "ReturnStmt":
        return this.afterList(s.results, cur);
      case "BlockStmt":
        return this.stmtList(s.list, cur);
      case "LabeledStmt":
        return this.stmt(s.stmt, cur);
      case "IfStmt": {
        const c = this.stmtList(s.body.list, this.after(s.cond, this.stmt(s.init, cur)));
        return this.stmt(s.else, c);
      }
      case "ForStmt": {
        const c = this.stmt(s.post, this.after(s.cond, this.stmt(s.init, cur)));
        return this.stmtList(s.body.list, c);
      }
      case "RangeStmt": {
        const c = s.tok === "=" ? this.afterList([s.key, s.value], cur) : cur;
        return this.stmtList(s.body.list, this.after(s.x, c));
      }
      case "SwitchStmt": {
        let c = this.after(s.tag, this.stmt(s.init, cur));
        for (const cl of s.body) c = this.stmtList(cl.body, this.afterList(cl.list ?? [], c));
        return c;
      }
      case "TypeSwitchStmt": {
        let c = this.after(s.guard.x, this.stmt(s.init, cur));
        for (const cl of s.body) c = this.stmtList(cl.body, this.afterList(cl.list ?? [], c));
        return c;
      }
      case "SelectStmt": {
        let c = cur;
        for (const cl of s.body) c = this.stmtList(cl.body, this.stmt(cl.comm, c));
        return c;
      }
      case "DeclStmt":
        return this.decl(s.decl, cur);
      default:
        return cur;
    }
  }

  private decl(d: ast.GenDecl, cur: Pos): Pos {
    for (const spec of d.specs) {
      if (spec.kind === "ValueSpec" && d.tok === "var") {
        cur = this.afterList(spec.values, spec.pos);
      } else if (spec.kind === "TypeSpec") {
        cur = spec.pos;
      }
    }
    return cur;
  }
}
