/*
 * Building the IR from the typed AST.
 *
 * What: buildProgram(files, pkg, info) lowers every function, method and closure of a
 * checked package, plus a synthetic `init` (run once, under the `init$guard` global) that
 * calls the imported packages' `init`s, initialises the package-level variables in the
 * type checker's init order and then calls the source `init` functions (`init#1`, …),
 * plus the synthetic wrappers of method values (`(*T).M$bound`: the receiver is its one
 * FreeVar) and method expressions (`T.M$thunk`: the receiver is its first parameter,
 * walked down embedded fields for a promoted method). The form is UNLIFTED: every source
 * variable, parameter and named result is an Alloc read by Load and written by Store, so
 * that escape analysis sees variables as gc does; lift.ts later promotes the ones it may.
 *
 * Allocation sites are gc's: each one the IR reports (a `site` not marked `temp`) is one
 * gc's -m reports, with gc's text (gcText: `g(1, ... argument...)`, `e.T.Inc`,
 * `struct {}{}`, `s + t + u` for a whole concatenation chain) at gc's line and column
 * (gcPos; gcpos.ts for where implicit conversions go: assignments, declarations,
 * returns, call arguments, append, sends); sites.test.ts checks this against
 * `go tool compile -m -l`. For the same reason the builder does what gc's deadcode pass
 * does before escape analysis: an `if` with a constant condition keeps only the branch
 * taken, a switch on constants only the clause that runs; and a literal initialising a
 * package-level variable is static data (its sites are temp).
 *
 * How (after go/ssa's builder): a FunctionBuilder keeps a current block and emits into
 * it. Expressions are built in two modes: `expr` yields a value, `addr` yields an
 * Address (a pointer, a map element, or the blank identifier) for the left side of an
 * assignment and for `&x`. Control flow is lowered to blocks: `&&`/`||` by `cond`
 * (branching straight to the true/false targets), loops with a stack of break/continue
 * targets (labels attach to the statement they name), switches as a chain of tests.
 * A closure is built to completion when met; each variable of an enclosing function it
 * uses becomes a FreeVar (a pointer to the outer Alloc, so capture is by reference) and
 * the MakeClosure in the parent binds those Allocs.
 *
 * Invariant: the builder never throws on a package the front end accepts. A construct it
 * does not lower yet becomes an `Unsupported{what}` instruction of the right type, which
 * the verifier accepts and the printer shows — never a silent mis-build. After a
 * function is built its unreachable blocks are removed, so every block is reachable.
 *
 * Example: `if a && b { x = 1 }` builds
 *   b0: t0 = Load a; If t0 → b2, b1      b2 (cond.true): t1 = Load b; If t1 → b3, b1
 *   b3 (if.then): Store x <- 1; Jump b1  b1 (if.done): …
 */
import type * as ast from "../syntax/ast.js";
import { formatNode } from "../syntax/print.js";
import type { Selection, TypeAndValue, TypeInfo } from "../types/check.js";
import { type ConstValue, compare as compareConst } from "../types/constant.js";
import {
  defaultType,
  isBoolean,
  identical,
  identicalIgnoreTags,
  isInterface,
  isString,
  isUntyped,
  under,
} from "../types/predicates.js";
import {
  type BuiltinId,
  type Func,
  type Obj,
  type Package,
  type Signature,
  type Tuple,
  type Type,
  type Var,
  newTuple,
  newParam,
  newVar,
  noPos,
} from "../types/types.js";
import { sizeof } from "../types/sizes.js";
import { typeString } from "../types/typestring.js";
import { typ } from "../types/universe.js";
import { GcBasePos, syntaxPos } from "./gcpos.js";
import {
  type Alloc,
  type AllocSite,
  type BasicBlock,
  type BinOpKind,
  type Call,
  type CallForm,
  type Const,
  type FreeVar,
  type FuncRef,
  type Function,
  type Global,
  type Instr,
  type NilCheck,
  type Parameter,
  type Program,
  type SelectState,
  type Value,
  iterType,
} from "./ir.js";

type Pos = ast.Pos;

/** Where an assignment writes. */
type Address =
  | { kind: "ptr"; ptr: Value; pos: Pos }
  | { kind: "mapelem"; map: Value; key: Value; elemType: Type; pos: Pos }
  | { kind: "blank" };

interface Targets {
  label: string | undefined;
  brk: BasicBlock | undefined;
  cont: BasicBlock | undefined;
  /** For switch clauses: the next clause body (fallthrough). */
  fallthrough?: BasicBlock;
}

export function tupleOf(types: Type[]): Tuple {
  return newTuple(types.map((t) => newVar("", noPos, undefined, t)));
}

function ptrTo(t: Type): Type {
  return { kind: "Pointer", elem: t };
}

function unparen(e: ast.Expr): ast.Expr {
  while (e.kind === "ParenExpr") e = e.x;
  return e;
}

/** The element type of the pointer type t. */
export function derefType(t: Type): Type {
  const u = under(t);
  return u.kind === "Pointer" ? u.elem : typ["invalid type"];
}

export function funcName(obj: Func): string {
  const recv = obj.type.recv;
  if (!recv) return obj.name;
  const rt = recv.type;
  if (rt.kind === "Pointer" && rt.elem.kind === "Named")
    return `(*${rt.elem.obj.name}).${obj.name}`;
  if (rt.kind === "Named") return `(${rt.obj.name}).${obj.name}`;
  return `(?).${obj.name}`;
}

class ProgramBuilder {
  readonly globals = new Map<Var, Global>();
  readonly funcs = new Map<Func, Function>();
  readonly refs = new Map<string, FuncRef>();
  readonly prog: Program;

  constructor(
    readonly files: ast.File[],
    readonly pkg: Package,
    readonly info: TypeInfo,
  ) {
    this.prog = { pkg, funcs: [], globals: [] };
  }

  global(v: Var): Global {
    let g = this.globals.get(v);
    if (!g) {
      const name = v.pkg && v.pkg !== this.pkg ? `${v.pkg.name}.${v.name}` : v.name;
      g = { kind: "Global", type: ptrTo(v.type), name, pos: v.pos, obj: v };
      this.globals.set(v, g);
      if (v.pkg === this.pkg) this.prog.globals.push(g);
    }
    return g;
  }

  /** Synthetic wrappers by name, each with the receiver type it was made for. */
  readonly wrappers = new Map<string, { recv: Type; ref: FuncRef }[]>();
  readonly wrapperFuncs: Function[] = [];

  /** A wrapper already made for name and receiver type, or a fresh one from make. */
  wrapper(name: string, recv: Type, make: (name: string) => FuncRef): FuncRef {
    const list = this.wrappers.get(name) ?? [];
    this.wrappers.set(name, list);
    const found = list.find((w) => identical(w.recv, recv));
    if (found) return found.ref;
    // The same text may denote different types in different scopes: number them.
    const ref = make(list.length === 0 ? name : `${name}#${list.length + 1}`);
    list.push({ recv, ref });
    return ref;
  }

  /**
   * The wrapper of method values of m on a receiver of type recv (already adjusted to
   * what m takes; an interface for an interface method): a function whose one FreeVar
   * is the receiver and whose params are m's; it calls m and returns its results.
   */
  boundWrapper(m: Func, recv: Type): FuncRef {
    const base = isInterface(recv)
      ? `(${typeString(recv, this.pkg)}).${m.name}`
      : `${m.pkg && m.pkg !== this.pkg ? `${m.pkg.name}.` : ""}${funcName(m)}`;
    const sig: Signature = { ...m.type, recv: undefined };
    return this.wrapper(`${base}$bound`, recv, (name) => {
      const fn = newFunction(name, m.pos, sig, undefined);
      fn.wrapper = "bound";
      this.wrapperFuncs.push(fn);
      const b = new FunctionBuilder(this, fn);
      const fv: FreeVar = { kind: "FreeVar", type: recv, name: "recv", pos: m.pos, obj: undefined };
      fn.freeVars.push(fv);
      const params = b.wrapperParams(sig);
      b.cur = b.newBlock("entry");
      b.emitReturn(b.callMethod(fv, m, params, m.pos), m.pos);
      b.finish();
      return { kind: "FuncRef", type: sig, name, fn, obj: m, wrapper: "bound" };
    });
  }

  /**
   * The thunk of method expression `recvText.m` of type t (the receiver first, then m's
   * params): it walks the receiver down sel's embedded fields and calls m.
   */
  thunk(m: Func, sel: Selection, t: Type, recvText: string, pos: Pos): FuncRef {
    const sig = under(t);
    if (sig.kind !== "Signature") {
      return {
        kind: "FuncRef",
        type: t,
        name: `${recvText}.${m.name}$thunk`,
        fn: undefined,
        obj: m,
      };
    }
    const recv = sig.params.vars[0]?.type ?? typ["invalid type"];
    return this.wrapper(`${recvText}.${m.name}$thunk`, recv, (name) => {
      const fn = newFunction(name, pos, sig, undefined);
      fn.wrapper = "thunk";
      this.wrapperFuncs.push(fn);
      const b = new FunctionBuilder(this, fn);
      const params = b.wrapperParams(sig);
      b.cur = b.newBlock("entry");
      const r = isInterface(recv)
        ? params[0]!
        : b.adjustReceiver(params[0]!, false, sel.index.slice(0, -1), m, pos);
      b.emitReturn(b.callMethod(r, m, params.slice(1), pos), pos);
      b.finish();
      const named = recv.kind === "Pointer" && sel.index.length === 1 ? recv.elem : undefined;
      if (named?.kind === "Named" && m.type.recv && identical(m.type.recv.type, named)) {
        // As gc's wrapper: a nil *T calling a value method of T panics with panicwrap's
        // words, not as a nil dereference.
        const check = fn.blocks[0]?.instrs.find(
          (x): x is NilCheck => x.kind === "NilCheck" && x.args[0] === params[0],
        );
        const tn = named.obj.name;
        if (check)
          check.panicwrap = `value method ${named.obj.pkg?.path ?? ""}.${tn}.${m.name} called using nil *${tn} pointer`;
      }
      return { kind: "FuncRef", type: t, name, fn, obj: m, wrapper: "thunk" };
    });
  }

  funcRef(obj: Func): FuncRef {
    const fn = this.funcs.get(obj);
    let name = funcName(obj);
    if (obj.pkg && obj.pkg !== this.pkg) name = `${obj.pkg.name}.${name}`;
    return { kind: "FuncRef", type: obj.type, name, fn, obj };
  }

  build(): Program {
    const decls: { decl: ast.FuncDecl; fn: Function }[] = [];
    let initCount = 0;
    // Package-level variables in source order.
    for (const file of this.files) {
      for (const d of file.decls) {
        if (d.kind !== "GenDecl" || d.tok !== "var") continue;
        for (const spec of d.specs) {
          if (spec.kind !== "ValueSpec") continue;
          for (const id of spec.names) {
            const v = this.info.defs.get(id);
            if (v && v.kind === "Var") this.global(v);
          }
        }
      }
    }
    // Create every function first so that calls may refer to later ones.
    for (const file of this.files) {
      for (const d of file.decls) {
        if (d.kind !== "FuncDecl") continue;
        const obj = this.info.defs.get(d.name);
        let sig: Signature | undefined;
        let name: string;
        if (d.name.name === "init" && !d.recv) {
          // init functions declare no object.
          sig = {
            kind: "Signature",
            recv: undefined,
            params: tupleOf([]),
            results: tupleOf([]),
            variadic: false,
          };
          name = `init#${++initCount}`;
        } else if (obj && obj.kind === "Func") {
          sig = obj.type;
          name = funcName(obj);
        } else continue;
        if (obj && obj.kind === "Func" && d.name.name === "_") name = `_#${decls.length}`;
        const fn = newFunction(name, d.pos, sig, undefined);
        fn.external = d.body === undefined;
        if (obj && obj.kind === "Func") this.funcs.set(obj, fn);
        decls.push({ decl: d, fn });
        this.prog.funcs.push(fn);
      }
    }
    for (const { decl, fn } of decls) {
      const b = new FunctionBuilder(this, fn);
      b.buildBody(decl.type, decl.recv, decl.body);
    }
    // The package initializer.
    const init = newFunction(
      "init",
      this.files[0]?.pkgName.pos ?? noPos,
      {
        kind: "Signature",
        recv: undefined,
        params: tupleOf([]),
        results: tupleOf([]),
        variadic: false,
      },
      undefined,
    );
    const ib = new FunctionBuilder(this, init);
    ib.buildInit(
      this.info,
      decls.filter((d) => d.fn.name.startsWith("init#")).map((d) => d.fn),
    );
    this.prog.funcs.push(init);
    this.prog.funcs.push(...this.wrapperFuncs);
    return this.prog;
  }
}

function newFunction(
  name: string,
  pos: Pos,
  sig: Signature,
  parent: Function | undefined,
): Function {
  return {
    name,
    pos,
    sig,
    params: [],
    freeVars: [],
    blocks: [],
    parent,
    anonFuncs: [],
    namedResults: [],
    hasDefer: false,
    external: false,
    lifted: false,
    wrapper: undefined,
  };
}

class FunctionBuilder {
  readonly info: TypeInfo;
  cur!: BasicBlock;
  /** Source variables of this function → their Alloc (or FreeVar for captured ones). */
  readonly vars = new Map<Var, Value>();
  readonly targets: Targets[] = [];
  readonly labels = new Map<string, BasicBlock>();
  namedResults: Alloc[] | undefined;
  hasDefer = false;
  /** Where gc places implicit conversions (its base.Pos, replayed: gcpos.ts). */
  readonly gp: GcBasePos;

  constructor(
    readonly pb: ProgramBuilder,
    readonly fn: Function,
  ) {
    this.info = pb.info;
    this.gp = new GcBasePos(pb.info);
  }

  // -------------------------------------------------------------------------
  // Blocks and emission

  newBlock(comment: string): BasicBlock {
    const b: BasicBlock = {
      index: this.fn.blocks.length,
      comment,
      instrs: [],
      preds: [],
      succs: [],
      parent: this.fn,
    };
    this.fn.blocks.push(b);
    return b;
  }

  emit<T extends Instr>(i: T): T {
    i.block = this.cur;
    this.cur.instrs.push(i);
    return i;
  }

  terminated(): boolean {
    const last = this.cur.instrs[this.cur.instrs.length - 1];
    return (
      last !== undefined &&
      (last.kind === "If" ||
        last.kind === "Jump" ||
        last.kind === "Return" ||
        last.kind === "Panic")
    );
  }

  jump(to: BasicBlock, pos: Pos = noPos): void {
    if (this.terminated()) return;
    this.emit({ kind: "Jump", pos, args: [], type: undefined, block: undefined });
    addEdge(this.cur, to);
  }

  ifElse(cond: Value, t: BasicBlock, f: BasicBlock, pos: Pos): void {
    this.emit({ kind: "If", pos, args: [cond], type: undefined, block: undefined });
    addEdge(this.cur, t);
    addEdge(this.cur, f);
  }

  /** After a terminator in the middle of a statement list: continue in a fresh (dead) block. */
  deadBlock(): void {
    this.cur = this.newBlock("unreachable");
  }

  // -------------------------------------------------------------------------
  // Small emitters

  constant(t: Type, value: ConstValue | undefined): Const {
    return { kind: "Const", type: t, value };
  }

  alloc(t: Type, what: string, pos: Pos, obj?: Var, temp = false): Alloc {
    return this.emit<Alloc>({
      kind: "Alloc",
      pos,
      args: [],
      type: ptrTo(t),
      block: undefined,
      site: { what, heap: false, temp },
      obj,
    });
  }

  load(ptr: Value, pos: Pos): Value {
    return this.emit({
      kind: "Load",
      pos,
      args: [ptr],
      type: derefType(vtype(ptr)),
      block: undefined,
    });
  }

  /** *ptr = v, converting v implicitly (at convPos, where gc places the conversion). */
  store(ptr: Value, v: Value, pos: Pos, what = "", convPos: Pos = pos): void {
    const val = this.convertTo(v, derefType(vtype(ptr)), convPos, what);
    this.emit({ kind: "Store", pos, args: [ptr, val], type: undefined, block: undefined });
  }

  /** A nil check on p unless p is known non-nil (the address of a variable, field or element). */
  nilCheck(p: Value, pos: Pos): void {
    switch (p.kind) {
      case "Alloc":
      case "Global":
      case "FreeVar":
      case "FieldAddr":
      case "IndexAddr":
        return;
      default:
        this.emit({ kind: "NilCheck", pos, args: [p], type: undefined, block: undefined });
    }
  }

  /** The length limit of x for an index (len) or a slice (cap; len for strings). */
  limitOf(x: Value, pos: Pos, forSlice: boolean): Value {
    const u = under(vtype(x));
    const arr =
      u.kind === "Array"
        ? u
        : u.kind === "Pointer" && under(u.elem).kind === "Array"
          ? (under(u.elem) as { len: number })
          : undefined;
    if (arr) return this.constant(typ.int, { kind: "int", value: BigInt(arr.len) });
    return this.builtinCall(forSlice && u.kind === "Slice" ? "cap" : "len", [x], typ.int, pos);
  }

  /** A bounds check of index i into x (a slice, string, array or pointer to array). */
  boundsCheck(x: Value, i: Value, pos: Pos): void {
    const u = under(vtype(x));
    const isArray = u.kind === "Array" || (u.kind === "Pointer" && under(u.elem).kind === "Array");
    if (isArray && i.kind === "Const") return; // checked at compile time
    const n = this.limitOf(x, pos, false);
    this.emit({
      kind: "BoundsCheck",
      pos,
      args: [i, n],
      type: undefined,
      block: undefined,
      check: "index",
    });
  }

  extract(tuple: Value, index: number, pos: Pos): Value {
    const t = under(vtype(tuple));
    const et =
      t.kind === "Tuple" ? (t.vars[index]?.type ?? typ["invalid type"]) : typ["invalid type"];
    return this.emit({ kind: "Extract", pos, args: [tuple], type: et, block: undefined, index });
  }

  unsupported(what: string, t: Type | undefined, pos: Pos, args: Value[] = []): Value {
    return this.emit({ kind: "Unsupported", pos, args, type: t, block: undefined, what });
  }

  /**
   * An expression as gc's -m messages print it, after gc's own rewrites: a call that
   * packs variadic arguments shows them as the slice it built (`g(1, ... argument...)`,
   * `h(nil...)` when there are none), a pointer indirection of an indirection is
   * parenthesised (`*(*p)`), and empty struct and interface types are spelled
   * `struct {}` and `interface {}`. Everything else prints as formatNode does.
   */
  gcText(e: ast.Expr, ctx = 0): string {
    switch (e.kind) {
      case "CallExpr": {
        const sig = this.tv(e.fun)?.type;
        const mode = this.tv(e.fun)?.mode;
        const isCall = mode === "value" || mode === "variable";
        if (isCall && sig && sig.kind === "Signature" && sig.variadic && !e.ellipsis) {
          const nfixed = sig.params.vars.length - 1;
          const fixed = e.args.slice(0, nfixed).map((a) => this.gcText(a));
          const packed = e.args.length > nfixed ? "... argument" : "nil";
          return `${this.gcText(e.fun, 7)}(${[...fixed, `${packed}...`].join(", ")})`;
        }
        // Conversions print as formatNode does (it keeps the type's parentheses); calls
        // and builtins print their arguments in gc's style.
        if (!isCall && mode !== "builtin") break;
        const args = e.args.map((a) => this.gcText(a)).join(", ");
        return `${this.gcText(e.fun, 7)}(${args}${e.ellipsis ? "..." : ""})`;
      }
      case "BinaryExpr": {
        // Left-associative: a left operand of the same precedence needs no parentheses
        // (walked with a loop: long chains nest deep), a right one does.
        const p = precedence(e.op);
        const rights: string[] = [];
        let x: ast.BinaryExpr = e;
        for (;;) {
          rights.push(` ${x.op} ${this.gcText(x.y, precedence(x.op) + 1)}`);
          const l = unparen(x.x);
          if (l.kind === "BinaryExpr" && precedence(l.op) === p) x = l;
          else break;
        }
        let s = this.gcText(x.x, p);
        for (let i = rights.length - 1; i >= 0; i--) s += rights[i];
        return p < ctx ? `(${s})` : s;
      }
      case "ParenExpr":
        // gc keeps no parentheses of the source; it adds those precedence needs.
        return this.gcText(e.x, ctx);
      case "StarExpr": {
        // An operand of a unary operator is printed with parentheses when it is one too.
        const x = unparen(e.x);
        const s = x.kind === "StarExpr" ? `*(${this.gcText(x)})` : `*${this.gcText(x, 6)}`;
        return ctx > 6 ? `(${s})` : s;
      }
      case "UnaryExpr": {
        const s = `${e.op}${this.gcText(e.x, 6)}`;
        return ctx > 6 ? `(${s})` : s;
      }
      case "SelectorExpr": {
        // gc spells out the embedded fields a promoted selector goes through (r.Base.Tags).
        const sel = this.info.selections.get(e);
        if (sel && sel.kind !== "MethodExpr" && sel.index.length > 1)
          return this.selectorText(e, sel);
        return `${this.gcText(e.x, 7)}.${e.sel.name}`;
      }
      default:
        break;
    }
    return gcTypeSpacing(formatNode(e));
  }

  /** gc's text for a composite literal whose type is elided (`{n: 1}` in a []*T is `&T{...}`). */
  elidedLitText(e: ast.CompositeLit, t: Type): string {
    const body = e.elts.length > 0 ? "{...}" : "{}";
    return gcTypeSpacing(typeString(t, this.pb.pkg)) + body;
  }

  originText(v: Value): string {
    const e = this.origin.get(v);
    return e ? this.gcText(e) : "";
  }

  site(what: string): AllocSite {
    return { what, heap: false, temp: false };
  }

  /** Converts v to type t where Go assigns implicitly (interfaces, nil, channel directions). */
  convertTo(v: Value, t: Type, pos: Pos, what = ""): Value {
    if (identical(vtype(v), t)) return v;
    if (v.kind === "Const") {
      if (v.value === undefined || !isInterface(t)) return this.constant(t, v.value);
    }
    if (isInterface(t)) {
      if (isInterface(vtype(v))) {
        return this.emit({ kind: "ChangeType", pos, args: [v], type: t, block: undefined });
      }
      // Pointer-shaped values are the interface's data word: no allocation, no site.
      const vt = vtype(v);
      return this.emit({
        kind: "MakeInterface",
        pos,
        args: [v],
        type: t,
        block: undefined,
        site: isPointerShaped(vt) ? undefined : this.boxSite(v, what),
        staticData: v.kind === "Const" || sizeof(vt) === 0,
      });
    }
    if (isUntyped(vtype(v)) || identical(under(vtype(v)), under(t)) || under(t).kind === "Chan") {
      return this.emit({ kind: "ChangeType", pos, args: [v], type: t, block: undefined });
    }
    return this.emit({
      kind: "Convert",
      pos,
      args: [v],
      type: t,
      block: undefined,
      site: undefined,
    });
  }

  // -------------------------------------------------------------------------
  // Variables

  /** The address of variable obj, creating FreeVars through enclosing closures. */
  lookup(obj: Var, pos: Pos): Value {
    const v = this.vars.get(obj);
    if (v) return v;
    if (obj.pkg !== this.pb.pkg || isPackageLevel(obj)) return this.pb.global(obj);
    if (this.parentBuilder) {
      // Captured from an enclosing function: a FreeVar holding the outer address.
      const outer = this.parentBuilder.lookup(obj, pos);
      const fv: FreeVar = {
        kind: "FreeVar",
        type: vtype(outer),
        name: obj.name,
        pos: obj.pos,
        obj,
      };
      this.fn.freeVars.push(fv);
      this.freeBindings.push(outer);
      this.vars.set(obj, fv);
      return fv;
    }
    if (obj.parent === undefined || obj.pkg !== this.pb.pkg || isPackageLevel(obj))
      return this.pb.global(obj);
    // A variable we never saw declared (should not happen): make a local for it.
    const a = this.allocAtEntry(obj.type, obj.name, obj);
    this.vars.set(obj, a);
    return a;
  }

  parentBuilder: FunctionBuilder | undefined;
  readonly freeBindings: Value[] = [];

  allocAtEntry(t: Type, what: string, obj?: Var): Alloc {
    const a: Alloc = {
      kind: "Alloc",
      pos: obj?.pos ?? noPos,
      args: [],
      type: ptrTo(t),
      block: this.fn.blocks[0],
      site: { what, heap: false, temp: false },
      obj,
    };
    this.fn.blocks[0]!.instrs.unshift(a);
    return a;
  }

  /** Declares a local variable: an Alloc at the point of declaration. */
  declare(obj: Var | undefined, pos: Pos): Alloc | undefined {
    if (!obj || obj.name === "_") return undefined;
    const a = this.alloc(obj.type, obj.name, obj.pos ?? pos, obj);
    this.vars.set(obj, a);
    return a;
  }

  defOf(id: ast.Ident): Var | undefined {
    const o = this.info.defs.get(id);
    return o && o.kind === "Var" ? o : undefined;
  }

  // -------------------------------------------------------------------------
  // Function bodies

  buildBody(
    ftype: ast.FuncType,
    recv: ast.Field | undefined,
    body: ast.BlockStmt | undefined,
  ): void {
    const sig = this.fn.sig;
    const params: Var[] = [];
    if (sig.recv) params.push(sig.recv);
    params.push(...sig.params.vars);
    for (let i = 0; i < params.length; i++) {
      const v = params[i]!;
      const name = v.name === "" || v.name === "_" ? `_${i}` : v.name;
      const p: Parameter = { kind: "Parameter", type: v.type, name, pos: v.pos, obj: v };
      this.fn.params.push(p);
    }
    void ftype;
    void recv;
    if (!body) {
      this.fn.external = true;
      return;
    }
    this.cur = this.newBlock("entry");
    for (let i = 0; i < params.length; i++) {
      const v = params[i]!;
      if (v.name === "" || v.name === "_") continue;
      const a = this.alloc(v.type, v.name, v.pos, v);
      this.vars.set(v, a);
      this.store(a, this.fn.params[i]!, v.pos);
    }
    const results = sig.results.vars;
    if (results.length > 0 && results[0]!.name !== "") {
      this.namedResults = results.map((r, i) => {
        const a = this.alloc(r.type, r.name === "_" ? `~r${i}` : r.name, r.pos, r);
        this.vars.set(r, a);
        return a;
      });
    }
    // A return textually before a defer may still run after it (in a loop): decide once.
    this.hasDefer = containsDefer(body.list);
    this.fn.hasDefer = this.hasDefer;
    this.fn.namedResults = this.namedResults ?? [];
    this.stmtList(body.list);
    if (!this.terminated()) this.emitReturn([], body.rbrace);
    this.finish();
  }

  /** The Parameters of a wrapper with signature sig (no Allocs: wrappers only pass them on). */
  wrapperParams(sig: Signature): Parameter[] {
    return sig.params.vars.map((v, i) => {
      const p: Parameter = {
        kind: "Parameter",
        type: v.type,
        name: v.name === "" || v.name === "_" ? `_${i}` : v.name,
        pos: v.pos,
        obj: v,
      };
      this.fn.params.push(p);
      return p;
    });
  }

  emitReturn(vals: Value[], pos: Pos): void {
    if (this.hasDefer)
      this.emit({ kind: "RunDefers", pos, args: [], type: undefined, block: undefined });
    this.emit({ kind: "Return", pos, args: vals, type: undefined, block: undefined });
  }

  finish(): void {
    pruneUnreachable(this.fn);
  }

  /** Building the literal that initialises a package-level variable (see compositeLitInto). */
  staticLits = false;

  /**
   * The package initializer, as go/ssa builds it: guarded by the global `init$guard` so
   * that it runs once however many importers call it, it first calls the `init` of each
   * imported package (in import order; `unsafe` has none), then initialises the
   * package-level variables in the checker's order, then calls the source `init`s.
   */
  buildInit(info: TypeInfo, initFuncs: Function[]): void {
    this.cur = this.newBlock("entry");
    const pos = this.fn.pos;
    const guard: Global = {
      kind: "Global",
      type: ptrTo(typ.bool),
      name: "init$guard",
      pos,
      obj: undefined,
    };
    this.pb.prog.globals.push(guard);
    const start = this.newBlock("init.start");
    const done = this.newBlock("init.done");
    this.ifElse(this.load(guard, pos), done, start, pos);
    this.cur = start;
    this.store(guard, this.constant(typ.bool, { kind: "bool", value: true }), pos);
    const noArgs: Signature = {
      kind: "Signature",
      recv: undefined,
      params: tupleOf([]),
      results: tupleOf([]),
      variadic: false,
    };
    for (const imp of this.pb.pkg.imports) {
      if (imp.path === "unsafe") continue;
      const ref: FuncRef = {
        kind: "FuncRef",
        type: noArgs,
        name: `${imp.name}.init`,
        fn: undefined,
        obj: undefined,
      };
      this.emitCall("static", "call", [ref], undefined, undefined, undefined, pos);
    }
    for (const ini of info.initOrder) {
      const pos = ini.rhs.pos;
      const rhs = unparen(ini.rhs);
      this.staticLits =
        rhs.kind === "CompositeLit" ||
        (rhs.kind === "UnaryExpr" && rhs.op === "&" && unparen(rhs.x).kind === "CompositeLit");
      if (ini.lhs.length === 1) {
        const v = this.expr(ini.rhs);
        const lhs = ini.lhs[0]!;
        if (lhs.name !== "_") this.store(this.pb.global(lhs), v, pos);
      } else {
        const t = this.exprTuple(ini.rhs, ini.lhs.length);
        ini.lhs.forEach((lhs, i) => {
          const v = t[i]!;
          if (lhs.name !== "_") this.store(this.pb.global(lhs), v, pos);
        });
      }
    }
    this.staticLits = false;
    for (const f of initFuncs) {
      const ref: FuncRef = { kind: "FuncRef", type: f.sig, name: f.name, fn: f, obj: undefined };
      this.emitCall("static", "call", [ref], undefined, undefined, undefined, f.pos);
    }
    this.jump(done, pos);
    this.cur = done;
    this.emitReturn([], pos);
    this.finish();
  }

  // -------------------------------------------------------------------------
  // Statements

  stmtList(list: ast.Stmt[]): void {
    for (const s of list) this.stmt(s);
  }

  stmt(s: ast.Stmt, label?: string): void {
    switch (s.kind) {
      case "BadStmt":
      case "EmptyStmt":
        return;
      case "DeclStmt":
        return this.declStmt(s.decl);
      case "LabeledStmt": {
        const name = s.label.name;
        const blk = this.labelBlock(name);
        this.jump(blk, s.pos);
        this.cur = blk;
        return this.stmt(s.stmt, name);
      }
      case "ExprStmt":
        this.exprStmt(s.x);
        return;
      case "SendStmt": {
        const ch = this.expr(s.chan);
        const elem = chanElem(vtype(ch));
        const cp = this.gp.after(s.value, this.gp.after(s.chan, s.pos));
        const v = this.convertTo(this.expr(s.value), elem, cp);
        this.emit({ kind: "Send", pos: s.arrow, args: [ch, v], type: undefined, block: undefined });
        return;
      }
      case "IncDecStmt": {
        const a = this.addr(s.x);
        const t = this.typeOf(s.x);
        const one = this.constant(t, oneOf(t));
        this.assignOp(a, s.tok === "++" ? "+" : "-", one, s.tokPos, t);
        return;
      }
      case "AssignStmt":
        return this.assignStmt(s);
      case "GoStmt":
      case "DeferStmt": {
        const call = unparen(s.call);
        if (call.kind !== "CallExpr") {
          this.unsupported(`${s.kind === "GoStmt" ? "go" : "defer"} of non-call`, undefined, s.pos);
          return;
        }
        this.callExpr(call, s.kind === "GoStmt" ? "go" : "defer");
        return;
      }
      case "ReturnStmt":
        return this.returnStmt(s);
      case "BranchStmt":
        return this.branchStmt(s);
      case "BlockStmt":
        return this.stmtList(s.list);
      case "IfStmt":
        return this.ifStmt(s);
      case "SwitchStmt":
        return this.switchStmt(s, label);
      case "TypeSwitchStmt":
        return this.typeSwitchStmt(s, label);
      case "SelectStmt":
        return this.selectStmt(s, label);
      case "ForStmt":
        return this.forStmt(s, label);
      case "RangeStmt":
        return this.rangeStmt(s, label);
    }
  }

  labelBlock(name: string): BasicBlock {
    let b = this.labels.get(name);
    if (!b) {
      b = this.newBlock(`label.${name}`);
      this.labels.set(name, b);
    }
    return b;
  }

  declStmt(d: ast.GenDecl): void {
    if (d.tok !== "var") return;
    for (const spec of d.specs) {
      if (spec.kind !== "ValueSpec") continue;
      if (spec.values.length === 0) {
        for (const id of spec.names) this.declare(this.defOf(id), id.pos);
      } else {
        // gc places a declaration's implicit conversions where its values leave base.Pos.
        const cp = this.gp.afterList(spec.values, spec.pos);
        const vals =
          spec.values.length === spec.names.length
            ? spec.values.map((v) => this.expr(v))
            : this.exprTuple(spec.values[0]!, spec.names.length);
        spec.names.forEach((id, i) => {
          const a = this.declare(this.defOf(id), id.pos);
          if (a) this.store(a, vals[i]!, id.pos, "", cp);
        });
      }
    }
  }

  exprStmt(x: ast.Expr): void {
    const e = unparen(x);
    if (e.kind === "CallExpr") {
      this.callExpr(e, "call");
      return;
    }
    this.expr(e);
  }

  assignStmt(s: ast.AssignStmt): void {
    // gc places an assignment's implicit conversions where base.Pos is left after it
    // visits the right side and then the left (a new name of `:=` is not visited).
    const afterRhs = this.gp.afterList(s.rhs, s.pos);
    const cp = s.tok === ":=" ? afterRhs : this.gp.afterList(s.lhs, afterRhs);
    if (s.tok === "=" || s.tok === ":=") {
      const lhsAddrs = (): Address[] =>
        s.lhs.map((l) => {
          const id = unparen(l);
          if (s.tok === ":=" && id.kind === "Ident") {
            const def = this.defOf(id);
            if (def) {
              const a = this.declare(def, id.pos);
              return a ? { kind: "ptr" as const, ptr: a, pos: id.pos } : { kind: "blank" as const };
            }
          }
          return this.addr(l);
        });
      // The spec's order: the left side's operands (for `=`; the new names of `:=` come
      // after), then the right side, then each store in turn with its address's checks.
      const later = s.tok === ":=" ? undefined : s.lhs.map((l) => this.addrLater(l));
      const vals =
        s.lhs.length === s.rhs.length
          ? s.rhs.map((r) => this.expr(r))
          : this.exprTuple(s.rhs[0]!, s.lhs.length);
      const targets = later ?? lhsAddrs().map((a) => () => a);
      targets.forEach((t, i) => this.assign(t(), vals[i]!, s.tokPos, cp));
      return;
    }
    const op = s.tok.slice(0, -1) as BinOpKind;
    const later = this.addrLater(s.lhs[0]!);
    const y = this.expr(s.rhs[0]!);
    this.assignOp(later(), op, y, s.tokPos, this.typeOf(s.lhs[0]!));
  }

  assign(a: Address, v: Value, pos: Pos, convPos: Pos = pos): void {
    switch (a.kind) {
      case "blank":
        return;
      case "ptr":
        this.store(a.ptr, v, pos, "", convPos);
        return;
      case "mapelem": {
        const val = this.convertTo(v, a.elemType, convPos);
        this.emit({
          kind: "MapUpdate",
          pos,
          args: [a.map, a.key, val],
          type: undefined,
          block: undefined,
        });
        return;
      }
    }
  }

  readAddr(a: Address, pos: Pos): Value {
    switch (a.kind) {
      case "blank":
        return this.unsupported("read of _", typ["invalid type"], pos);
      case "ptr":
        return this.load(a.ptr, pos);
      case "mapelem":
        return this.emit({
          kind: "Lookup",
          pos,
          args: [a.map, a.key],
          type: a.elemType,
          block: undefined,
          commaOk: false,
        });
    }
  }

  assignOp(a: Address, op: BinOpKind, y: Value, pos: Pos, t: Type): void {
    const x = this.readAddr(a, pos);
    const yy = op === "<<" || op === ">>" ? y : this.convertTo(y, t, pos);
    // `s += t` allocates too, but gc gives it no site (its result always goes to the heap).
    const r = this.emit({
      kind: "BinOp",
      pos,
      args: [x, yy],
      type: t,
      block: undefined,
      op,
      site: undefined,
    });
    this.assign(a, r, pos);
  }

  returnStmt(s: ast.ReturnStmt): void {
    const results = this.fn.sig.results.vars;
    let vals: Value[];
    if (s.results.length === 0) {
      vals = this.namedResults ? [] : [];
    } else if (s.results.length === results.length) {
      // gc converts a return's values like call arguments, from where they left base.Pos.
      const cps = this.gp.argPositions(s.results, this.gp.afterList(s.results, s.pos));
      vals = s.results.map((r, i) => this.convertTo(this.expr(r), results[i]!.type, cps[i]!));
    } else {
      const cp = this.gp.after(s.results[0]!, s.pos);
      vals = this.exprTuple(s.results[0]!, results.length).map((v, i) =>
        this.convertTo(v, results[i]!.type, cp),
      );
    }
    if (this.namedResults) {
      // Results go through the named result variables (a deferred closure may change them).
      if (vals.length > 0) this.namedResults.forEach((a, i) => this.store(a, vals[i]!, s.pos));
      if (this.hasDefer)
        this.emit({ kind: "RunDefers", pos: s.pos, args: [], type: undefined, block: undefined });
      vals = this.namedResults.map((a) => this.load(a, s.pos));
      this.emit({ kind: "Return", pos: s.pos, args: vals, type: undefined, block: undefined });
    } else {
      this.emitReturn(vals, s.pos);
    }
    this.deadBlock();
  }

  /** The block `pick` chooses from the innermost enclosing target that has one. */
  private innermostTarget(pick: (t: Targets) => BasicBlock | undefined): BasicBlock | undefined {
    for (let i = this.targets.length - 1; i >= 0; i--) {
      const to = pick(this.targets[i]!);
      if (to) return to;
    }
    return undefined;
  }

  branchStmt(s: ast.BranchStmt): void {
    let to: BasicBlock | undefined;
    const label = s.label?.name;
    switch (s.tok) {
      case "goto":
        to = this.labelBlock(label!);
        break;
      case "break":
        to = this.innermostTarget((t) =>
          label === undefined || t.label === label ? t.brk : undefined,
        );
        break;
      case "continue":
        to = this.innermostTarget((t) =>
          label === undefined || t.label === label ? t.cont : undefined,
        );
        break;
      case "fallthrough":
        to = this.innermostTarget((t) => t.fallthrough);
        break;
    }
    if (!to) {
      this.unsupported(`${s.tok} without target`, undefined, s.pos);
      return;
    }
    this.jump(to, s.pos);
    this.deadBlock();
  }

  ifStmt(s: ast.IfStmt): void {
    if (s.init) this.stmt(s.init);
    // As gc's deadcode pass (before escape analysis): `if false {…}` is dropped and
    // `if true {…} else {…}` keeps only its body, so the dropped code has no sites —
    // unless it holds a label, which a goto may reach.
    const c = this.tv(s.cond)?.value;
    if (c?.kind === "bool") {
      const dropped = c.value ? s.else : s.body;
      if (!dropped || !hasLabel(dropped)) {
        if (c.value) this.stmtList(s.body.list);
        else if (s.else) this.stmt(s.else);
        return;
      }
    }
    const then = this.newBlock("if.then");
    const done = this.newBlock("if.done");
    const els = s.else ? this.newBlock("if.else") : done;
    this.cond(s.cond, then, els);
    this.cur = then;
    this.stmtList(s.body.list);
    this.jump(done);
    if (s.else) {
      this.cur = els;
      this.stmt(s.else);
      this.jump(done);
    }
    this.cur = done;
  }

  /** Branches to t or f on the boolean e, lowering && and || to control flow. */
  cond(e: ast.Expr, t: BasicBlock, f: BasicBlock): void {
    const x = unparen(e);
    if (
      x.kind === "BinaryExpr" &&
      (x.op === "&&" || x.op === "||") &&
      this.info.types.get(x)?.value === undefined
    ) {
      const mid = this.newBlock(x.op === "&&" ? "cond.true" : "cond.false");
      if (x.op === "&&") this.cond(x.x, mid, f);
      else this.cond(x.x, t, mid);
      this.cur = mid;
      this.cond(x.y, t, f);
      return;
    }
    if (x.kind === "UnaryExpr" && x.op === "!" && this.info.types.get(x)?.value === undefined) {
      this.cond(x.x, f, t);
      return;
    }
    const v = this.expr(x);
    this.ifElse(v, t, f, x.pos);
  }

  forStmt(s: ast.ForStmt, label: string | undefined): void {
    if (s.init) this.stmt(s.init);
    const body = this.newBlock("for.body");
    const done = this.newBlock("for.done");
    const loop = s.cond ? this.newBlock("for.loop") : body;
    const cont = s.post ? this.newBlock("for.post") : loop;
    this.jump(loop, s.pos);
    if (s.cond) {
      this.cur = loop;
      this.cond(s.cond, body, done);
    }
    this.cur = body;
    this.targets.push({ label, brk: done, cont });
    this.stmtList(s.body.list);
    this.targets.pop();
    this.jump(cont);
    if (s.post) {
      this.cur = cont;
      this.stmt(s.post);
      this.jump(loop);
    }
    this.cur = done;
  }

  /** The key and value addresses of a range statement (declared or assigned). */
  rangeVars(s: ast.RangeStmt): [Address | undefined, Address | undefined] {
    const one = (e: ast.Expr | undefined): Address | undefined => {
      if (!e) return undefined;
      if (s.tok === ":=") {
        const id = unparen(e);
        if (id.kind === "Ident") {
          const a = this.declare(this.defOf(id), id.pos);
          return a ? { kind: "ptr", ptr: a, pos: id.pos } : undefined;
        }
      }
      const a = this.addr(e);
      return a.kind === "blank" ? undefined : a;
    };
    return [one(s.key), one(s.value)];
  }

  rangeStmt(s: ast.RangeStmt, label: string | undefined): void {
    const xt = this.typeOf(s.x);
    const u = under(xt);
    const pos = s.pos;
    const done = this.newBlock("range.done");
    if (
      u.kind === "Slice" ||
      u.kind === "Array" ||
      (u.kind === "Pointer" && under(u.elem).kind === "Array")
    ) {
      // Index loop: for i := 0; i < len(x); i++ { k = i; v = x[i] }.
      const arrayLen =
        u.kind === "Array"
          ? u.len
          : u.kind === "Pointer"
            ? (under(u.elem) as { len: number }).len
            : -1;
      let base: Value | undefined;
      let basePtr: Value | undefined;
      const needValue =
        s.value !== undefined &&
        !(unparen(s.value).kind === "Ident" && (unparen(s.value) as ast.Ident).name === "_");
      if (u.kind === "Array") {
        if (needValue) {
          // Range over an array copies it.
          const copy = this.alloc(xt, "range copy", pos, undefined, true);
          this.store(copy, this.expr(s.x), pos);
          basePtr = copy;
        } else if (this.hasSideEffects(s.x)) this.expr(s.x);
      } else {
        base = this.expr(s.x);
        if (u.kind === "Pointer") basePtr = base;
      }
      const lenV: Value =
        arrayLen >= 0
          ? this.constant(typ.int, { kind: "int", value: BigInt(arrayLen) })
          : this.builtinCall("len", [base!], typ.int, pos);
      // Go 1.19: variables declared by := belong to the whole loop (one per loop, not
      // per iteration), so a closure or pointer taken in the body sees the last value.
      const declared = s.tok === ":=" ? this.rangeVars(s) : undefined;
      const idx = this.alloc(typ.int, "range index", pos, undefined, true);
      this.store(idx, this.constant(typ.int, { kind: "int", value: 0n }), pos);
      const loop = this.newBlock("rangeindex.loop");
      const body = this.newBlock("rangeindex.body");
      const post = this.newBlock("rangeindex.post");
      this.jump(loop, pos);
      this.cur = loop;
      const i = this.load(idx, pos);
      const c = this.emit({
        kind: "BinOp",
        pos,
        args: [i, lenV],
        type: typ.bool,
        block: undefined,
        op: "<",
        site: undefined,
      });
      this.ifElse(c, body, done, pos);
      this.cur = body;
      const [ka, va] = declared ?? this.rangeVars(s);
      const i2 = this.load(idx, pos);
      if (ka) this.assign(ka, i2, pos);
      if (va) {
        const src = basePtr ?? base!;
        const ea = this.emit({
          kind: "IndexAddr",
          pos,
          args: [src, i2],
          type: ptrTo(elemOf(vtype(src))),
          block: undefined,
        });
        this.assign(va, this.load(ea, pos), pos);
      }
      this.targets.push({ label, brk: done, cont: post });
      this.stmtList(s.body.list);
      this.targets.pop();
      this.jump(post);
      this.cur = post;
      const i3 = this.load(idx, pos);
      const inc = this.emit({
        kind: "BinOp",
        pos,
        args: [i3, this.constant(typ.int, { kind: "int", value: 1n })],
        type: typ.int,
        block: undefined,
        op: "+",
        site: undefined,
      });
      this.store(idx, inc, pos);
      this.jump(loop);
      this.cur = done;
      return;
    }
    if (u.kind === "Chan") {
      const ch = this.expr(s.x);
      const declared = s.tok === ":=" ? this.rangeVars(s) : undefined;
      const loop = this.newBlock("rangechan.loop");
      const body = this.newBlock("rangechan.body");
      this.jump(loop, pos);
      this.cur = loop;
      const r = this.emit({
        kind: "UnOp",
        pos,
        args: [ch],
        type: tupleOf([u.elem, typ.bool]),
        block: undefined,
        op: "<-",
        commaOk: true,
      });
      const ok = this.extract(r, 1, pos);
      this.ifElse(ok, body, done, pos);
      this.cur = body;
      const [ka] = declared ?? this.rangeVars(s);
      if (ka) this.assign(ka, this.extract(r, 0, pos), pos);
      this.targets.push({ label, brk: done, cont: loop });
      this.stmtList(s.body.list);
      this.targets.pop();
      this.jump(loop);
      this.cur = done;
      return;
    }
    if (isString(xt) || u.kind === "Map") {
      const x = this.expr(s.x);
      const it = this.emit({ kind: "Range", pos, args: [x], type: iterType, block: undefined });
      const declared = s.tok === ":=" ? this.rangeVars(s) : undefined;
      const kt = u.kind === "Map" ? u.key : typ.int;
      const vt = u.kind === "Map" ? u.elem : typ.int32;
      const loop = this.newBlock("rangeiter.loop");
      const body = this.newBlock("rangeiter.body");
      this.jump(loop, pos);
      this.cur = loop;
      const n = this.emit({
        kind: "Next",
        pos,
        args: [it],
        type: tupleOf([typ.bool, kt, vt]),
        block: undefined,
        isString: u.kind !== "Map",
      });
      this.ifElse(this.extract(n, 0, pos), body, done, pos);
      this.cur = body;
      const [ka, va] = declared ?? this.rangeVars(s);
      if (ka) this.assign(ka, this.extract(n, 1, pos), pos);
      if (va) this.assign(va, this.extract(n, 2, pos), pos);
      this.targets.push({ label, brk: done, cont: loop });
      this.stmtList(s.body.list);
      this.targets.pop();
      this.jump(loop);
      this.cur = done;
      return;
    }
    this.unsupported(`range over ${u.kind}`, undefined, pos);
    this.jump(done);
    this.cur = done;
  }

  hasSideEffects(e: ast.Expr): boolean {
    const x = unparen(e);
    return !(x.kind === "Ident" || x.kind === "SelectorExpr" || x.kind === "CompositeLit");
  }

  /**
   * gc's deadcode pass on a switch whose tag and cases are constants: only the clause
   * that always runs is kept (with its one matching case), or the default, or nothing.
   * As gc, it gives up at the first non-constant case before a match, or when the kept
   * clause falls through; and we also keep everything when a dropped clause has a label.
   */
  constantSwitch(s: ast.SwitchStmt): ast.SwitchStmt {
    const x: ConstValue | undefined = s.tag ? this.tv(s.tag)?.value : { kind: "bool", value: true };
    if (!x) return s;
    const falls = (c: ast.CaseClause): boolean =>
      c.body.some((st) => st.kind === "BranchStmt" && st.tok === "fallthrough");
    const keep = (clauses: ast.CaseClause[]): ast.SwitchStmt => {
      const dropped = s.body.filter((c) => !clauses.some((k) => k.body === c.body));
      if (dropped.some((c) => c.body.some(hasLabel))) return s;
      return { ...s, body: clauses };
    };
    let def: ast.CaseClause | undefined;
    for (const clause of s.body) {
      if (!clause.list) {
        def = clause;
        continue;
      }
      for (const c of clause.list) {
        const v = this.tv(c)?.value;
        if (!v) return s;
        if (compareConst("==", x, v)) {
          if (falls(clause)) return s;
          return keep([{ ...clause, list: [c] }]);
        }
      }
    }
    if (def) return falls(def) ? s : keep([def]);
    return keep([]);
  }

  switchStmt(s0: ast.SwitchStmt, label: string | undefined): void {
    const s = this.constantSwitch(s0);
    if (s.init) this.stmt(s.init);
    const tag = s.tag ? this.expr(s.tag) : this.constant(typ.bool, { kind: "bool", value: true });
    const done = this.newBlock("switch.done");
    const bodies = s.body.map(() => this.newBlock("switch.body"));
    let dflt: BasicBlock | undefined;
    s.body.forEach((clause, ci) => {
      if (!clause.list) {
        dflt = bodies[ci];
        return;
      }
      for (const ce of clause.list) {
        const next = this.newBlock("switch.next");
        if (!s.tag && isBoolean(this.typeOf(ce))) {
          this.cond(ce, bodies[ci]!, next);
        } else {
          const v = this.expr(ce);
          const c = this.compare("==", tag, v, ce.pos);
          this.ifElse(c, bodies[ci]!, next, ce.pos);
        }
        this.cur = next;
      }
    });
    this.jump(dflt ?? done);
    s.body.forEach((clause, ci) => {
      this.cur = bodies[ci]!;
      this.targets.push({ label, brk: done, cont: undefined, fallthrough: bodies[ci + 1] });
      this.stmtList(clause.body);
      this.targets.pop();
      this.jump(done);
    });
    this.cur = done;
  }

  typeSwitchStmt(s: ast.TypeSwitchStmt, label: string | undefined): void {
    if (s.init) this.stmt(s.init);
    const x = this.expr(s.guard.x);
    const done = this.newBlock("typeswitch.done");
    let dflt: ast.CaseClause | undefined;
    const bodyOf = (clause: ast.CaseClause, val: Value): void => {
      const obj = this.info.implicits.get(clause);
      if (obj && obj.kind === "Var") {
        const a = this.declare(obj, clause.pos);
        if (a) this.store(a, val, clause.pos);
      }
      this.targets.push({ label, brk: done, cont: undefined });
      this.stmtList(clause.body);
      this.targets.pop();
      this.jump(done);
    };
    for (const clause of s.body) {
      if (!clause.list) {
        dflt = clause;
        continue;
      }
      const body = this.newBlock("typeswitch.body");
      let single: Value | undefined;
      for (const te of clause.list) {
        const next = this.newBlock("typeswitch.next");
        const tv = this.info.types.get(te);
        const t = tv?.type ?? typ["invalid type"];
        if (tv && tv.mode !== "typexpr") {
          // case nil
          const c = this.compare("==", x, this.constant(vtype(x), undefined), te.pos);
          this.ifElse(c, body, next, te.pos);
        } else {
          const r = this.emit({
            kind: "TypeAssert",
            pos: te.pos,
            args: [x],
            type: tupleOf([t, typ.bool]),
            block: undefined,
            asserted: t,
            commaOk: true,
          });
          if (clause.list.length === 1) single = r;
          this.ifElse(this.extract(r, 1, te.pos), body, next, te.pos);
        }
        this.cur = next;
      }
      const after = this.cur;
      this.cur = body;
      bodyOf(clause, single ? this.extract(single, 0, clause.pos) : x);
      this.cur = after;
    }
    if (dflt) bodyOf(dflt, x);
    else this.jump(done);
    this.cur = done;
  }

  selectStmt(s: ast.SelectStmt, label: string | undefined): void {
    const states: SelectState[] = [];
    const args: Value[] = [];
    const recvTypes: Type[] = [];
    const cases: { clause: ast.CommClause; recvIndex: number }[] = [];
    let dflt: ast.CommClause | undefined;
    for (const clause of s.body) {
      const c = clause.comm;
      if (!c) {
        dflt = clause;
        continue;
      }
      if (c.kind === "SendStmt") {
        const ch = this.expr(c.chan);
        const cp = this.gp.after(c.value, this.gp.after(c.chan, c.pos));
        const v = this.convertTo(this.expr(c.value), chanElem(vtype(ch)), cp);
        states.push({ dir: "send", pos: c.arrow });
        args.push(ch, v);
        cases.push({ clause, recvIndex: -1 });
      } else {
        const recv = c.kind === "ExprStmt" ? c.x : c.kind === "AssignStmt" ? c.rhs[0]! : undefined;
        const r = recv ? unparen(recv) : undefined;
        if (!r || r.kind !== "UnaryExpr" || r.op !== "<-") {
          this.unsupported("select case", undefined, clause.pos);
          continue;
        }
        const ch = this.expr(r.x);
        states.push({ dir: "recv", pos: r.pos });
        args.push(ch);
        recvTypes.push(chanElem(vtype(ch)));
        cases.push({ clause, recvIndex: recvTypes.length - 1 });
      }
    }
    const sel = this.emit({
      kind: "Select",
      pos: s.pos,
      args,
      type: tupleOf([typ.int, typ.bool, ...recvTypes]),
      block: undefined,
      states,
      blocking: dflt === undefined,
    });
    const done = this.newBlock("select.done");
    const idx = this.extract(sel, 0, s.pos);
    cases.forEach(({ clause, recvIndex }, i) => {
      const body = this.newBlock("select.body");
      const next = this.newBlock("select.next");
      const c = this.emit({
        kind: "BinOp",
        pos: clause.pos,
        args: [idx, this.constant(typ.int, { kind: "int", value: BigInt(i) })],
        type: typ.bool,
        block: undefined,
        op: "==",
        site: undefined,
      });
      this.ifElse(c, body, next, clause.pos);
      this.cur = body;
      const comm = clause.comm;
      if (comm && comm.kind === "AssignStmt" && recvIndex >= 0) {
        const v = this.extract(sel, 2 + recvIndex, clause.pos);
        const ok = this.extract(sel, 1, clause.pos);
        const vals = [v, ok];
        comm.lhs.forEach((l, li) => {
          let a: Address;
          const id = unparen(l);
          if (comm.tok === ":=" && id.kind === "Ident") {
            const d = this.declare(this.defOf(id), id.pos);
            a = d ? { kind: "ptr", ptr: d, pos: id.pos } : { kind: "blank" };
          } else a = this.addr(l);
          this.assign(a, vals[li]!, comm.tokPos);
        });
      }
      this.targets.push({ label, brk: done, cont: undefined });
      this.stmtList(clause.body);
      this.targets.pop();
      this.jump(done);
      this.cur = next;
    });
    if (dflt) {
      this.targets.push({ label, brk: done, cont: undefined });
      this.stmtList(dflt.body);
      this.targets.pop();
      this.jump(done);
    } else {
      // No case matched: impossible for a blocking select.
      this.emit({
        kind: "Panic",
        pos: s.pos,
        args: [this.constant(emptyIface(), undefined)],
        type: undefined,
        block: undefined,
      });
    }
    this.cur = done;
  }

  // -------------------------------------------------------------------------
  // Expressions

  tv(e: ast.Expr): TypeAndValue | undefined {
    return this.info.types.get(e);
  }

  typeOf(e: ast.Expr): Type {
    const t = this.tv(e)?.type ?? typ["invalid type"];
    return isUntyped(t) ? defaultType(t) : t;
  }

  /** The values of a multi-value expression (a call, or a comma-ok form) spread over n. */
  exprTuple(e: ast.Expr, n: number): Value[] {
    const x = unparen(e);
    let t: Value;
    const pos = x.pos;
    if (x.kind === "CallExpr") {
      t = this.callExpr(x, "call") ?? this.unsupported("tuple", tupleOf([]), pos);
    } else if (x.kind === "IndexExpr") {
      const m = this.expr(x.x);
      const mt = under(vtype(m));
      const et = mt.kind === "Map" ? mt.elem : typ["invalid type"];
      const kp = mt.kind === "Map" ? this.gp.after(x.index, this.gp.after(x.x, x.lbrack)) : pos;
      const k = this.convertTo(this.expr(x.index), mt.kind === "Map" ? mt.key : typ.int, kp);
      t = this.emit({
        kind: "Lookup",
        pos: x.lbrack,
        args: [m, k],
        type: tupleOf([et, typ.bool]),
        block: undefined,
        commaOk: true,
      });
    } else if (x.kind === "TypeAssertExpr") {
      const v = this.expr(x.x);
      const at = this.typeOf(x.type!);
      t = this.emit({
        kind: "TypeAssert",
        pos: x.dot,
        args: [v],
        type: tupleOf([at, typ.bool]),
        block: undefined,
        asserted: at,
        commaOk: true,
      });
    } else if (x.kind === "UnaryExpr" && x.op === "<-") {
      const ch = this.expr(x.x);
      t = this.emit({
        kind: "UnOp",
        pos,
        args: [ch],
        type: tupleOf([chanElem(vtype(ch)), typ.bool]),
        block: undefined,
        op: "<-",
        commaOk: true,
      });
    } else {
      t = this.unsupported(
        `tuple ${x.kind}`,
        tupleOf(new Array<Type>(n).fill(typ["invalid type"])),
        pos,
      );
    }
    const out: Value[] = [];
    for (let i = 0; i < n; i++) out.push(this.extract(t, i, pos));
    return out;
  }

  expr(e: ast.Expr): Value {
    const tv = this.tv(e);
    const v =
      tv && tv.value !== undefined && tv.mode === "constant"
        ? this.constant(this.typeOf(e), tv.value)
        : this.expr0(e, tv);
    // Remember the source of the value: boxing it later prints it (`x escapes to heap`).
    if (!this.origin.has(v)) this.origin.set(v, e);
    return v;
  }

  /** The expression each value was built from (the first, for shared values). */
  readonly origin = new WeakMap<Value, ast.Expr>();

  expr0(e: ast.Expr, tv: TypeAndValue | undefined): Value {
    const t = this.typeOf(e);
    switch (e.kind) {
      case "ParenExpr":
        return this.expr(e.x);
      case "Ident": {
        const obj = this.info.uses.get(e) ?? this.info.defs.get(e);
        return this.identValue(e, obj, t);
      }
      case "BasicLit":
        return this.constant(t, undefined);
      case "FuncLit":
        return this.funcLit(e);
      case "CompositeLit": {
        const a = this.compositeLit(e, this.gcText(e), t);
        return this.load(a, e.pos);
      }
      case "SelectorExpr":
        return this.selector(e, t);
      case "IndexExpr": {
        const xt = under(this.typeOf(e.x));
        if (xt.kind === "Map") {
          const m = this.expr(e.x);
          const kp = this.gp.after(e.index, this.gp.after(e.x, e.lbrack));
          const k = this.convertTo(this.expr(e.index), xt.key, kp);
          return this.emit({
            kind: "Lookup",
            pos: e.lbrack,
            args: [m, k],
            type: t,
            block: undefined,
            commaOk: false,
          });
        }
        if (isString(this.typeOf(e.x)) || (xt.kind === "Array" && !this.addressable(e.x))) {
          const x = this.expr(e.x);
          const i = this.index(e.index);
          this.boundsCheck(x, i, e.lbrack);
          return this.emit({
            kind: "Index",
            pos: e.lbrack,
            args: [x, i],
            type: t,
            block: undefined,
          });
        }
        const a = this.addr(e);
        return this.readAddr(a, e.pos);
      }
      case "SliceExpr":
        return this.sliceExpr(e, t);
      case "TypeAssertExpr": {
        const x = this.expr(e.x);
        return this.emit({
          kind: "TypeAssert",
          pos: e.dot,
          args: [x],
          type: t,
          block: undefined,
          asserted: t,
          commaOk: false,
        });
      }
      case "CallExpr":
        return this.callExpr(e, "call") ?? this.unsupported("void call value", t, e.pos);
      case "StarExpr": {
        const p = this.expr(e.x);
        this.nilCheck(p, e.pos);
        return this.load(p, e.pos);
      }
      case "UnaryExpr":
        return this.unary(e, t);
      case "BinaryExpr":
        return this.binary(e, t);
      case "KeyValueExpr":
      case "Ellipsis":
      case "BadExpr":
      case "ArrayType":
      case "StructType":
      case "FuncType":
      case "InterfaceType":
      case "MapType":
      case "ChanType":
        void tv;
        return this.unsupported(`expression ${e.kind}`, t, e.pos);
    }
  }

  identValue(e: ast.Ident, obj: Obj | undefined, t: Type): Value {
    if (!obj) return this.unsupported(`unresolved ${e.name}`, t, e.pos);
    switch (obj.kind) {
      case "Var":
        return this.load(this.lookup(obj, e.pos), e.pos);
      case "Func":
        return this.pb.funcRef(obj);
      case "Nil":
        return this.constant(t, undefined);
      case "Const":
        return this.constant(t, obj.val);
      default:
        return this.unsupported(`identifier ${obj.kind} ${e.name}`, t, e.pos);
    }
  }

  /** Whether e denotes a variable (so that its address may be taken without a copy). */
  addressable(e: ast.Expr): boolean {
    const x = unparen(e);
    switch (x.kind) {
      case "Ident": {
        const o = this.info.uses.get(x) ?? this.info.defs.get(x);
        return o?.kind === "Var";
      }
      case "StarExpr":
        return true;
      case "SelectorExpr": {
        const sel = this.info.selections.get(x);
        if (!sel) return false;
        return (
          sel.kind === "FieldVal" &&
          (sel.indirect || under(this.typeOf(x.x)).kind === "Pointer" || this.addressable(x.x))
        );
      }
      case "IndexExpr": {
        const xt = under(this.typeOf(x.x));
        if (xt.kind === "Slice") return true;
        if (xt.kind === "Pointer") return true;
        if (xt.kind === "Array") return this.addressable(x.x);
        return false;
      }
      case "CompositeLit":
        return false;
      default:
        return false;
    }
  }

  index(e: ast.Expr): Value {
    const v = this.expr(e);
    return v;
  }

  /** The address of an lvalue expression. */
  addr(e: ast.Expr): Address {
    const x = unparen(e);
    switch (x.kind) {
      case "Ident": {
        if (x.name === "_") return { kind: "blank" };
        const obj = this.info.uses.get(x) ?? this.info.defs.get(x);
        if (obj && obj.kind === "Var")
          return { kind: "ptr", ptr: this.lookup(obj, x.pos), pos: x.pos };
        break;
      }
      case "StarExpr": {
        const p = this.expr(x.x);
        this.nilCheck(p, x.pos);
        return { kind: "ptr", ptr: p, pos: x.pos };
      }
      case "SelectorExpr": {
        const sel = this.info.selections.get(x);
        if (sel && sel.kind === "FieldVal") {
          const r = this.fieldPath(x.x, sel.index, true);
          return { kind: "ptr", ptr: r, pos: x.dot };
        }
        // A qualified identifier (pkg.Var).
        const obj = this.info.uses.get(x.sel);
        if (obj && obj.kind === "Var") return { kind: "ptr", ptr: this.pb.global(obj), pos: x.pos };
        break;
      }
      case "IndexExpr": {
        const xt = under(this.typeOf(x.x));
        if (xt.kind === "Map") {
          const m = this.expr(x.x);
          const kp = this.gp.after(x.index, this.gp.after(x.x, x.lbrack));
          const k = this.convertTo(this.expr(x.index), xt.key, kp);
          return { kind: "mapelem", map: m, key: k, elemType: xt.elem, pos: x.lbrack };
        }
        let base: Value;
        if (xt.kind === "Array") {
          const a = this.addr(x.x);
          base = a.kind === "ptr" ? a.ptr : this.spill(x.x);
        } else base = this.expr(x.x);
        return this.elementAddr(base, this.index(x.index), x.lbrack, xt.kind === "Pointer");
      }
      case "CompositeLit":
        return {
          kind: "ptr",
          ptr: this.compositeLit(x, this.gcText(x), this.typeOf(x)),
          pos: x.pos,
        };
      default:
        break;
    }
    // Not addressable: evaluate into a temporary.
    return { kind: "ptr", ptr: this.spill(x), pos: x.pos };
  }

  /**
   * The address of element i of base (a slice, a pointer to an array the program gave,
   * or the address of an array variable), checked: nil (a pointer the program gave) and
   * range.
   */
  private elementAddr(base: Value, i: Value, lbrack: Pos, givenPointer: boolean): Address {
    if (givenPointer) this.nilCheck(base, lbrack);
    this.boundsCheck(base, i, lbrack);
    const ptr = this.emit({
      kind: "IndexAddr",
      pos: lbrack,
      args: [base, i],
      type: ptrTo(elemOf(vtype(base))),
      block: undefined,
    });
    return { kind: "ptr", ptr, pos: lbrack };
  }

  /**
   * The address of e in the two steps the spec gives a tuple assignment: the operands of
   * e's index expressions and pointer indirections are evaluated now; what can panic (a
   * nil pointer, an index out of range) and the address itself come from the returned
   * function, called just before e is assigned. So `m[k], *p = 1, 2` with p nil sets m[k]
   * and then panics, as in Go.
   */
  private addrLater(e: ast.Expr): () => Address {
    const x = unparen(e);
    if (x.kind === "StarExpr") {
      const p = this.expr(x.x);
      return () => {
        this.nilCheck(p, x.pos);
        return { kind: "ptr", ptr: p, pos: x.pos };
      };
    }
    if (x.kind === "SelectorExpr") {
      const sel = this.info.selections.get(x);
      if (sel?.kind === "FieldVal" && under(this.typeOf(x.x)).kind === "Pointer") {
        const p = this.expr(x.x);
        return () => ({
          kind: "ptr",
          ptr: this.walkFields(p, false, sel.index, true, x.pos),
          pos: x.dot,
        });
      }
      if (sel?.kind === "FieldVal" && this.addressable(x.x)) {
        const inner = this.addrLater(x.x);
        return () => {
          const a = inner();
          if (a.kind !== "ptr") return a;
          return {
            kind: "ptr",
            ptr: this.walkFields(a.ptr, true, sel.index, true, x.pos),
            pos: x.dot,
          };
        };
      }
    }
    if (x.kind === "IndexExpr") {
      const xt = under(this.typeOf(x.x));
      if (xt.kind === "Slice" || xt.kind === "Pointer") {
        const base = this.expr(x.x);
        const i = this.index(x.index);
        return () => this.elementAddr(base, i, x.lbrack, xt.kind === "Pointer");
      }
      if (xt.kind === "Array" && this.addressable(x.x)) {
        const inner = this.addrLater(x.x);
        const i = this.index(x.index);
        return () => {
          const a = inner();
          return a.kind === "ptr" ? this.elementAddr(a.ptr, i, x.lbrack, false) : a;
        };
      }
    }
    const a = this.addr(e);
    return () => a;
  }

  /** Evaluates e into a fresh temporary and returns its address. */
  spill(e: ast.Expr): Value {
    const v = this.expr(e);
    const a = this.alloc(vtype(v), this.gcText(e), e.pos, undefined, true);
    this.store(a, v, e.pos);
    return a;
  }

  /**
   * Follows a selection path from x. With wantAddr the result is the address of the
   * selected field; otherwise its value.
   */
  fieldPath(x: ast.Expr, path: number[], wantAddr: boolean): Value {
    const { v, isAddr } = this.walkStart(x, wantAddr || this.addressable(x));
    return this.walkFields(v, isAddr, path, wantAddr, x.pos);
  }

  /**
   * Where a walk down embedded fields starts: a pointer operand as it is; otherwise x's
   * address when byAddress (spilled to a temporary if x has none), else x's value.
   */
  private walkStart(x: ast.Expr, byAddress: boolean): { v: Value; isAddr: boolean } {
    if (under(this.typeOf(x)).kind === "Pointer") return { v: this.expr(x), isAddr: false };
    if (!byAddress) return { v: this.expr(x), isAddr: false };
    const a = this.addr(x);
    return { v: a.kind === "ptr" ? a.ptr : this.spill(x), isAddr: true };
  }

  walkFields(v0: Value, addr0: boolean, path: number[], wantAddr: boolean, pos: Pos): Value {
    let v = v0;
    let isAddr = addr0;
    for (const fi of path) {
      const ct = isAddr ? derefType(vtype(v)) : vtype(v);
      const cu = under(ct);
      if (cu.kind === "Pointer") {
        if (isAddr) v = this.load(v, pos);
        this.nilCheck(v, pos);
        const st = under(cu.elem);
        const f = st.kind === "Struct" ? st.fields[fi] : undefined;
        v = this.emit({
          kind: "FieldAddr",
          pos,
          args: [v],
          type: ptrTo(f?.type ?? typ["invalid type"]),
          block: undefined,
          field: fi,
          name: f?.name ?? "?",
        });
        isAddr = true;
      } else if (cu.kind === "Struct") {
        const f = cu.fields[fi];
        if (isAddr) {
          v = this.emit({
            kind: "FieldAddr",
            pos,
            args: [v],
            type: ptrTo(f?.type ?? typ["invalid type"]),
            block: undefined,
            field: fi,
            name: f?.name ?? "?",
          });
        } else {
          v = this.emit({
            kind: "Field",
            pos,
            args: [v],
            type: f?.type ?? typ["invalid type"],
            block: undefined,
            field: fi,
            name: f?.name ?? "?",
          });
        }
      } else {
        return this.unsupported(
          "field of non-struct",
          wantAddr ? ptrTo(typ["invalid type"]) : typ["invalid type"],
          pos,
          [v],
        );
      }
    }
    if (wantAddr) {
      if (!isAddr) {
        const a = this.alloc(vtype(v), "temporary", pos, undefined, true);
        this.store(a, v, pos);
        return a;
      }
      return v;
    }
    return isAddr ? this.load(v, pos) : v;
  }

  /** The receiver value for calling method m on x through the embedding path. */
  receiver(x: ast.Expr, sel: Selection, m: Func): Value {
    const path = sel.index.slice(0, -1);
    const recvT = m.type.recv?.type ?? typ["invalid type"];
    const wantPtr = under(recvT).kind === "Pointer" && !isInterface(recvT);
    const byAddress = path.length === 0 ? wantPtr : this.addressable(x);
    const { v, isAddr } = this.walkStart(x, byAddress);
    return this.adjustReceiver(v, isAddr, path, m, x.pos);
  }

  /**
   * From v (a value, or with isAddr the address of one) to the receiver method m takes:
   * down the embedded fields of path, then to a pointer or a value as m's receiver is.
   */
  adjustReceiver(v0: Value, addr0: boolean, path: number[], m: Func, pos: Pos): Value {
    const recvT = m.type.recv?.type ?? typ["invalid type"];
    const wantPtr = under(recvT).kind === "Pointer" && !isInterface(recvT);
    let v = v0;
    let isAddr = addr0;
    // Walk the embedded fields: to the field's address for a pointer receiver, to its
    // value for a value receiver.
    if (path.length > 0) {
      v = this.walkFields(v, isAddr, path, wantPtr, pos);
      isAddr = wantPtr;
    }
    const vt = isAddr ? derefType(vtype(v)) : vtype(v);
    if (wantPtr) {
      if (under(vt).kind === "Pointer") return isAddr ? this.load(v, pos) : v;
      if (isAddr) return v; // v is the address of a T
      const a = this.alloc(vt, "temporary", pos, undefined, true);
      this.store(a, v, pos);
      return a;
    }
    // Value receiver.
    let val = isAddr ? this.load(v, pos) : v;
    if (under(vtype(val)).kind === "Pointer" && !identical(vtype(val), recvT)) {
      this.nilCheck(val, pos);
      val = this.load(val, pos);
    }
    return val;
  }

  /**
   * Calls method m on receiver recv (already adjusted: an interface value for an
   * interface method) with the given arguments, and returns the results as a list.
   */
  callMethod(recv: Value, m: Func, args: Value[], pos: Pos): Value[] {
    const rt = this.resultType(m.type);
    const c = isInterface(vtype(recv))
      ? this.emitCall("invoke", "call", [recv, ...args], rt, m, undefined, pos)
      : this.emitCall(
          "static",
          "call",
          [this.pb.funcRef(m), recv, ...args],
          rt,
          undefined,
          undefined,
          pos,
        );
    const n = m.type.results.vars.length;
    if (n === 0) return [];
    if (n === 1) return [c];
    const out: Value[] = [];
    for (let k = 0; k < n; k++) out.push(this.extract(c, k, pos));
    return out;
  }

  selector(e: ast.SelectorExpr, t: Type): Value {
    const sel = this.info.selections.get(e);
    if (!sel) {
      // Qualified identifier.
      const obj = this.info.uses.get(e.sel);
      return this.identValue(e.sel, obj, t);
    }
    switch (sel.kind) {
      case "FieldVal":
        return this.fieldPath(e.x, sel.index, false);
      case "MethodVal": {
        // A method value: the receiver, evaluated (and copied) now, bound into a closure
        // of the wrapper `M$bound`, which calls the method (an invoke for an interface).
        const m = sel.obj as Func;
        const viaInterface = isInterface(this.typeOf(e.x)) && sel.index.length === 1;
        const r = viaInterface ? this.expr(e.x) : this.receiver(e.x, sel, m);
        // The method value of a nil interface panics now, not when it is called.
        if (viaInterface)
          this.emit({ kind: "NilCheck", pos: e.dot, args: [r], type: undefined, block: undefined });
        const ref = this.pb.boundWrapper(m, vtype(r));
        return this.emit({
          kind: "MakeClosure",
          pos: e.dot,
          args: [ref, r],
          type: t,
          block: undefined,
          site: this.site(this.selectorText(e, sel)),
        });
      }
      case "MethodExpr": {
        // A method expression: the thunk `T.M$thunk` takes the receiver first.
        const m = sel.obj as Func;
        return this.pb.thunk(m, sel, t, formatNode(e.x), e.dot);
      }
    }
  }

  /** gc's text for a selector: the implicit embedded fields spelled out (`e.T.Inc`). */
  selectorText(e: ast.SelectorExpr, sel: Selection): string {
    let text = this.gcText(e.x, 7);
    let t = this.typeOf(e.x);
    for (const fi of sel.index.slice(0, -1)) {
      const u = under(t);
      const st = under(u.kind === "Pointer" ? u.elem : u);
      const f = st.kind === "Struct" ? st.fields[fi] : undefined;
      if (!f) break;
      text += `.${f.name}`;
      t = f.type;
    }
    return `${text}.${e.sel.name}`;
  }

  sliceExpr(e: ast.SliceExpr, t: Type): Value {
    const xt = under(this.typeOf(e.x));
    let x: Value;
    if (xt.kind === "Array") {
      const a = this.addr(e.x);
      x = a.kind === "ptr" ? a.ptr : this.spill(e.x);
    } else x = this.expr(e.x);
    const args: Value[] = [x];
    if (e.low) args.push(this.expr(e.low));
    if (e.high) args.push(this.expr(e.high));
    if (e.max) args.push(this.expr(e.max));
    if (xt.kind === "Pointer") this.nilCheck(x, e.lbrack);
    if (args.length > 1) {
      const limit = this.limitOf(x, e.lbrack, true);
      this.emit({
        kind: "BoundsCheck",
        pos: e.lbrack,
        args: [...args.slice(1), limit],
        type: undefined,
        block: undefined,
        check: "slice",
      });
    }
    return this.emit({
      kind: "Slice",
      pos: e.lbrack,
      args,
      type: t,
      block: undefined,
      hasLow: !!e.low,
      hasHigh: !!e.high,
      hasMax: !!e.max,
    });
  }

  unary(e: ast.UnaryExpr, t: Type): Value {
    switch (e.op) {
      case "&": {
        const x = unparen(e.x);
        if (x.kind === "CompositeLit")
          return this.compositeLit(x, this.gcText(e), this.typeOf(x), e.pos);
        const a = this.addr(x);
        if (a.kind === "ptr") return a.ptr;
        return this.unsupported("address of map element", t, e.pos);
      }
      case "+":
        return this.expr(e.x);
      case "-":
      case "!":
      case "^": {
        const x = this.convertTo(this.expr(e.x), t, e.pos);
        return this.emit({
          kind: "UnOp",
          pos: e.pos,
          args: [x],
          type: t,
          block: undefined,
          op: e.op,
          commaOk: false,
        });
      }
      case "<-": {
        const x = this.expr(e.x);
        return this.emit({
          kind: "UnOp",
          pos: e.pos,
          args: [x],
          type: chanElem(vtype(x)),
          block: undefined,
          op: "<-",
          commaOk: false,
        });
      }
    }
  }

  binary(e: ast.BinaryExpr, t: Type): Value {
    if (e.op === "&&" || e.op === "||") {
      // Short-circuit: a result variable written on each path.
      const res = this.alloc(t, "cond result", e.opPos, undefined, true);
      const tb = this.newBlock("binop.true");
      const fb = this.newBlock("binop.false");
      const done = this.newBlock("binop.done");
      this.cond(e, tb, fb);
      this.cur = tb;
      this.store(res, this.constant(t, { kind: "bool", value: true }), e.opPos);
      this.jump(done);
      this.cur = fb;
      this.store(res, this.constant(t, { kind: "bool", value: false }), e.opPos);
      this.jump(done);
      this.cur = done;
      return this.load(res, e.opPos);
    }
    const x = this.expr(e.x);
    const y = this.expr(e.y);
    switch (e.op) {
      case "==":
      case "!=":
      case "<":
      case "<=":
      case ">":
      case ">=":
        return this.compare(e.op, x, y, e.opPos, t);
      case "<<":
      case ">>":
        return this.emit({
          kind: "BinOp",
          pos: e.opPos,
          args: [this.convertTo(x, t, e.opPos), y],
          type: t,
          block: undefined,
          op: e.op,
          site: undefined,
        });
      default: {
        // A string concatenation chain is one allocation site, printed flat as gc's
        // OADDSTR (`(s + t) + u` → "s + t + u"): the inner `+`s give up their sites.
        const concat = e.op === "+" && isString(t);
        if (concat) for (const o of [x, y]) if (o.kind === "BinOp" && o.site) o.site = undefined;
        return this.emit({
          kind: "BinOp",
          pos: e.opPos,
          args: [this.convertTo(x, t, e.opPos), this.convertTo(y, t, e.opPos)],
          type: t,
          block: undefined,
          op: e.op,
          site: concat ? this.site(this.concatText(e)) : undefined,
        });
      }
    }
  }

  /**
   * The site of boxing v (not pointer-shaped), printed as `what`, else as v's source text.
   * A component of a tuple has no source text of its own. gc converts the result of a
   * multi-value call through a compiler temporary and prints `.autotmp_N escapes to
   * heap` (N is gc's own temporary counter: we print `.autotmp`); a comma-ok result or a
   * range key/value it converts after escape analysis and prints nothing (site.temp).
   */
  boxSite(v: Value, what: string): AllocSite {
    if (what !== "") return this.site(what);
    const text = this.originText(v);
    if (text !== "" || v.kind !== "Extract") return this.site(text);
    const tuple = v.args[0];
    if (tuple?.kind === "Call") return this.site(".autotmp");
    return { what: "", heap: false, temp: true };
  }

  /**
   * `iface == x` with x concrete: x is converted to the interface type for the
   * comparison only; gc compares the type word and then the data without boxing x, so
   * this MakeInterface is no allocation site.
   */
  compareOperand(v: Value, t: Type, pos: Pos): Value {
    if (v.kind === "Const" && v.value === undefined) return this.constant(t, undefined);
    return this.emit({
      kind: "MakeInterface",
      pos,
      args: [v],
      type: t,
      block: undefined,
      site: undefined,
      staticData: false,
    });
  }

  /** gc's text for a concatenation chain: its operands, parentheses dropped, joined by ` + `. */
  concatText(e: ast.BinaryExpr): string {
    const parts: string[] = [];
    const walk = (x: ast.Expr): void => {
      const u = unparen(x);
      const tv = this.tv(u);
      if (u.kind === "BinaryExpr" && u.op === "+" && !(tv?.mode === "constant")) {
        walk(u.x);
        walk(u.y);
      } else parts.push(this.gcText(u));
    };
    walk(e);
    return parts.join(" + ");
  }

  compare(op: BinOpKind, x0: Value, y0: Value, pos: Pos, t: Type = typ.bool): Value {
    let x = x0;
    let y = y0;
    if (!identical(vtype(x), vtype(y))) {
      if (isInterface(vtype(x)) && !isInterface(vtype(y)))
        y = this.compareOperand(y, vtype(x), pos);
      else if (isInterface(vtype(y)) && !isInterface(vtype(x)))
        x = this.compareOperand(x, vtype(y), pos);
      else if (y.kind === "Const") y = this.constant(vtype(x), y.value);
      else if (x.kind === "Const") x = this.constant(vtype(y), x.value);
      else y = this.convertTo(y, vtype(x), pos);
    }
    return this.emit({
      kind: "BinOp",
      pos,
      args: [x, y],
      type: t,
      block: undefined,
      op,
      site: undefined,
    });
  }

  // -------------------------------------------------------------------------
  // Composite literals and closures

  /** Builds T{...} into a fresh Alloc and returns its address. */
  compositeLit(e: ast.CompositeLit, what: string, t: Type, sitePos: Pos = e.lbrace): Value {
    const u = under(t);
    if (u.kind === "Pointer") {
      // An elided &T in a literal of pointers: {…} means &T{…}.
      return this.compositeLitInto(e, `&${what}`, u.elem, sitePos);
    }
    return this.compositeLitInto(e, what, t, sitePos);
  }

  /**
   * Builds the literal e of type t into fresh memory; the allocation site is at sitePos
   * (gc's: the `{`, or the `&` of `&T{...}`).
   */
  compositeLitInto(e: ast.CompositeLit, what: string, t: Type, sitePos: Pos = e.lbrace): Value {
    const u = under(t);
    // A literal initialising a package-level variable (and the literals nested in it) is
    // laid out statically by gc, which reports nothing about it; maps are built at init.
    const isStatic = this.staticLits && u.kind !== "Map";
    if (u.kind === "Map") {
      this.staticLits = false;
      const m = this.emit({
        kind: "MakeMap",
        pos: sitePos,
        args: [],
        type: t,
        block: undefined,
        site: this.site(what),
      });
      for (const el of e.elts) {
        if (el.kind !== "KeyValueExpr") continue;
        // gc converts a keyed element at its `:` (ir.SetPos of the key-value node).
        const k = this.convertTo(this.elemValue(el.key, u.key), u.key, el.colon);
        const v = this.convertTo(this.elemValue(el.value, u.elem), u.elem, el.colon);
        this.emit({
          kind: "MapUpdate",
          pos: el.colon,
          args: [m, k, v],
          type: undefined,
          block: undefined,
        });
      }
      const a = this.alloc(t, "map literal", e.pos, undefined, true);
      this.store(a, m, e.pos);
      return a;
    }
    if (u.kind === "Slice") {
      let n = 0;
      let max = 0;
      for (const el of e.elts) {
        if (el.kind === "KeyValueExpr") n = Number(this.constIndex(el.key));
        n++;
        if (n > max) max = n;
      }
      const arrT: Type = { kind: "Array", len: max, elem: u.elem };
      const arr = this.alloc(arrT, what, sitePos, undefined, isStatic);
      this.fillArray(arr, e.elts, u.elem);
      const s = this.emit({
        kind: "Slice",
        pos: e.pos,
        args: [arr],
        type: t,
        block: undefined,
        hasLow: false,
        hasHigh: false,
        hasMax: false,
      });
      const a = this.alloc(t, "slice literal", e.pos, undefined, true);
      this.store(a, s, e.pos);
      return a;
    }
    // A struct or array literal used as a value is a temporary gc does not report;
    // `&T{...}` is an allocation site.
    const a = this.alloc(t, what, sitePos, undefined, isStatic || !what.startsWith("&"));
    if (u.kind === "Array") {
      this.fillArray(a, e.elts, u.elem);
    } else if (u.kind === "Struct") {
      e.elts.forEach((el, i) => {
        let fi = i;
        let ve = el;
        if (el.kind === "KeyValueExpr" && el.key.kind === "Ident") {
          const name = el.key.name;
          fi = u.fields.findIndex((f) => f.name === name);
          ve = el.value;
        }
        const f = u.fields[fi];
        if (!f) return;
        if (f.name === "_") {
          // A blank field stays zero: its value is evaluated for its effects only.
          this.elemValue(ve, f.type);
          return;
        }
        const fa = this.emit({
          kind: "FieldAddr",
          pos: el.pos,
          args: [a],
          type: ptrTo(f.type),
          block: undefined,
          field: fi,
          name: f.name,
        });
        this.store(fa, this.elemValue(ve, f.type), el.pos, "", elemConvPos(el));
      });
    } else if (e.elts.length > 0) {
      this.unsupported(`composite literal of ${u.kind}`, undefined, e.pos);
    }
    return a;
  }

  constIndex(e: ast.Expr): bigint {
    const v = this.tv(e)?.value;
    return v && v.kind === "int" ? v.value : 0n;
  }

  fillArray(arr: Value, elts: ast.Expr[], elem: Type): void {
    let i = 0n;
    for (const el of elts) {
      let ve = el;
      if (el.kind === "KeyValueExpr") {
        i = this.constIndex(el.key);
        ve = el.value;
      }
      const ia = this.emit({
        kind: "IndexAddr",
        pos: ve.pos,
        args: [arr, this.constant(typ.int, { kind: "int", value: i })],
        type: ptrTo(elem),
        block: undefined,
      });
      this.store(ia, this.elemValue(ve, elem), ve.pos, "", elemConvPos(el));
      i++;
    }
  }

  /** An element of a composite literal; an elided-type literal takes the element type. */
  elemValue(e: ast.Expr, t: Type): Value {
    if (e.kind === "CompositeLit" && !e.type) {
      const u = under(t);
      if (u.kind === "Pointer")
        return this.compositeLitInto(e, `&${this.elidedLitText(e, u.elem)}`, u.elem);
      return this.load(this.compositeLitInto(e, this.elidedLitText(e, t), t), e.pos);
    }
    if (e.kind === "UnaryExpr" && e.op === "&" && e.x.kind === "CompositeLit" && !e.x.type) {
      const et = derefType(t);
      return this.compositeLitInto(e.x, `&${this.elidedLitText(e.x, et)}`, et, e.pos);
    }
    const x = unparen(e);
    if (x.kind === "CompositeLit" || (x.kind === "UnaryExpr" && x.op === "&")) return this.expr(e);
    // Any other element is computed at init time, and its sites are reported.
    const saved = this.staticLits;
    this.staticLits = false;
    const v = this.expr(e);
    this.staticLits = saved;
    return v;
  }

  funcLit(e: ast.FuncLit): Value {
    const sig = this.tv(e)?.type;
    const s: Signature =
      sig && sig.kind === "Signature"
        ? sig
        : {
            kind: "Signature",
            recv: undefined,
            params: tupleOf([]),
            results: tupleOf([]),
            variadic: false,
          };
    const name = `${this.fn.name}$${this.fn.anonFuncs.length + 1}`;
    const fn = newFunction(name, e.pos, s, this.fn);
    this.fn.anonFuncs.push(fn);
    const b = new FunctionBuilder(this.pb, fn);
    b.parentBuilder = this;
    b.buildBody(e.type, undefined, e.body);
    const ref: FuncRef = { kind: "FuncRef", type: s, name, fn, obj: undefined };
    // gc reports every function literal as a site (`func literal does not escape`),
    // capturing or not; one without free variables binds nothing and needs no memory.
    return this.emit({
      kind: "MakeClosure",
      pos: e.pos,
      args: [ref, ...b.freeBindings],
      type: s,
      block: undefined,
      site: this.site("func literal"),
    });
  }

  // -------------------------------------------------------------------------
  // Calls

  emitCall(
    mode: Call["mode"],
    form: CallForm,
    args: Value[],
    result: Type | undefined,
    method: Func | undefined,
    builtin: BuiltinId | undefined,
    pos: Pos,
  ): Call {
    return this.emit<Call>({
      kind: "Call",
      pos,
      args,
      type: form === "call" ? result : undefined,
      block: undefined,
      mode,
      form,
      method,
      builtin,
    });
  }

  builtinCall(id: BuiltinId, args: Value[], t: Type, pos: Pos): Value {
    return this.emitCall("builtin", "call", args, t, undefined, id, pos);
  }

  /** The type a call produces: undefined (no result), one type, or a tuple. */
  resultType(sig: Signature): Type | undefined {
    const rs = sig.results.vars;
    if (rs.length === 0) return undefined;
    if (rs.length === 1) return rs[0]!.type;
    return sig.results;
  }

  /** Arguments of a call converted to the parameters, with variadic packing. */
  callArgs(sig: Signature, args: ast.Expr[], ellipsis: boolean, pos: Pos): Value[] {
    const params = sig.params.vars;
    let vals: Value[];
    if (args.length === 1 && this.isTupleCall(args[0]!)) {
      vals = this.exprTuple(args[0]!, (under(this.tv(args[0]!)!.type) as Tuple).vars.length);
    } else {
      vals = args.map((a) => this.expr(a));
    }
    const convPos = args.length === vals.length ? this.argConvPositions(args, pos) : [];
    const argPos = (i: number): Pos => convPos[i] ?? pos;
    if (sig.variadic && !ellipsis) {
      const nfixed = params.length - 1;
      const st = params[nfixed]!.type;
      const et =
        under(st).kind === "Slice" ? (under(st) as { elem: Type }).elem : typ["invalid type"];
      const extra = vals.slice(nfixed);
      const fixed = vals
        .slice(0, nfixed)
        .map((v, i) => this.convertTo(v, params[i]!.type, argPos(i)));
      if (extra.length === 0) return [...fixed, this.constant(st, undefined)];
      const extraPos = extra.map((_, k) => argPos(nfixed + k));
      return [...fixed, this.varargsSlice(extra, et, st, "... argument", false, pos, extraPos)];
    }
    return vals.map((v, i) => (params[i] ? this.convertTo(v, params[i]!.type, argPos(i)) : v));
  }

  /**
   * Where gc places the implicit conversion of each call argument: from the call's `(`,
   * an argument naming a variable is converted where the previous argument was, any
   * other argument at its own position (gcpos.ts, argPositions).
   */
  argConvPositions(args: ast.Expr[], lparen: Pos): Pos[] {
    return this.gp.argPositions(args, lparen);
  }

  /** vals stored into a fresh array Alloc `[n]et`, sliced to st (`f(a, b)` for `f(...T)`). */
  varargsSlice(
    vals: Value[],
    et: Type,
    st: Type,
    what: string,
    temp: boolean,
    pos: Pos,
    valPos?: Pos[],
  ): Value {
    const arr = this.alloc(
      { kind: "Array", len: vals.length, elem: et },
      what,
      pos,
      undefined,
      temp,
    );
    vals.forEach((v, i) => {
      const ia = this.emit({
        kind: "IndexAddr",
        pos,
        args: [arr, this.constant(typ.int, { kind: "int", value: BigInt(i) })],
        type: ptrTo(et),
        block: undefined,
      });
      this.store(ia, v, pos, "", valPos?.[i] ?? pos);
    });
    return this.emit({
      kind: "Slice",
      pos,
      args: [arr],
      type: st,
      block: undefined,
      hasLow: false,
      hasHigh: false,
      hasMax: false,
    });
  }

  isTupleCall(e: ast.Expr): boolean {
    const t = this.tv(e)?.type;
    return t !== undefined && t.kind === "Tuple" && t.vars.length > 1;
  }

  /** Builds a call (or conversion, or builtin); undefined when it has no value. */
  callExpr(e: ast.CallExpr, form: CallForm): Value | undefined {
    const fun = unparen(e.fun);
    const ftv = this.tv(fun);
    const t = this.tv(e)?.type;
    const pos = e.lparen;
    if (ftv && ftv.mode === "typexpr") return this.conversion(e, this.typeOf(e));
    if (ftv && ftv.mode === "builtin") return this.builtin(e, fun, form);
    // A method call?
    if (fun.kind === "SelectorExpr") {
      const sel = this.info.selections.get(fun);
      if (sel && sel.kind === "MethodVal") {
        const m = sel.obj as Func;
        const xt = this.typeOf(fun.x);
        if (isInterface(xt) && sel.index.length === 1) {
          const recv = this.expr(fun.x);
          const args = this.callArgs(m.type, e.args, e.ellipsis !== undefined, pos);
          return this.emitCall(
            "invoke",
            form,
            [recv, ...args],
            this.resultType(m.type),
            m,
            undefined,
            pos,
          );
        }
        const recvT = m.type.recv?.type;
        if (recvT && isInterface(recvT)) {
          // Promoted interface method through an embedded interface field.
          const recv = this.walkFields(
            this.expr(fun.x),
            false,
            sel.index.slice(0, -1),
            false,
            fun.pos,
          );
          const args = this.callArgs(m.type, e.args, e.ellipsis !== undefined, pos);
          return this.emitCall(
            "invoke",
            form,
            [recv, ...args],
            this.resultType(m.type),
            m,
            undefined,
            pos,
          );
        }
        const recv = this.receiver(fun.x, sel, m);
        const args = this.callArgs(m.type, e.args, e.ellipsis !== undefined, pos);
        return this.emitCall(
          "static",
          form,
          [this.pb.funcRef(m), recv, ...args],
          this.resultType(m.type),
          undefined,
          undefined,
          pos,
        );
      }
    }
    const callee = this.expr(fun);
    const sig = under(vtype(callee));
    if (sig.kind !== "Signature") return this.unsupported("call of non-function", t, pos);
    const args = this.callArgs(sig, e.args, e.ellipsis !== undefined, pos);
    const mode = callee.kind === "FuncRef" ? "static" : "closure";
    const c = this.emitCall(
      mode,
      form,
      [callee, ...args],
      this.resultType(sig),
      undefined,
      undefined,
      pos,
    );
    return form === "call" && c.type !== undefined ? c : undefined;
  }

  conversion(e: ast.CallExpr, t: Type): Value {
    const x = this.expr(e.args[0]!);
    const pos = e.lparen;
    const from = under(vtype(x));
    const to = under(t);
    if (isInterface(t)) return this.convertTo(x, t, pos, this.gcText(e));
    // No representation change (go/ssa's ChangeType): identical underlying types up to
    // struct tags, pointers to such, or a channel losing a direction.
    const samePtr =
      from.kind === "Pointer" &&
      to.kind === "Pointer" &&
      identicalIgnoreTags(under(from.elem), under(to.elem));
    if (identicalIgnoreTags(from, to) || samePtr || (from.kind === "Chan" && to.kind === "Chan"))
      return this.emit({ kind: "ChangeType", pos, args: [x], type: t, block: undefined });
    if (from.kind === "Slice" && to.kind === "Pointer") {
      return this.emit({
        kind: "Convert",
        pos,
        args: [x],
        type: t,
        block: undefined,
        site: undefined,
      });
    }
    const allocates =
      (isString(t) && from.kind === "Slice") ||
      (to.kind === "Slice" && isString(vtype(x))) ||
      (isString(t) && !isString(vtype(x)));
    return this.emit({
      kind: "Convert",
      pos,
      args: [x],
      type: t,
      block: undefined,
      site: allocates ? this.site(this.gcText(e)) : undefined,
    });
  }

  builtin(e: ast.CallExpr, fun: ast.Expr, form: CallForm): Value | undefined {
    const id =
      fun.kind === "Ident"
        ? (this.info.uses.get(fun) as { id?: BuiltinId } | undefined)?.id
        : fun.kind === "SelectorExpr"
          ? (this.info.uses.get(fun.sel) as { id?: BuiltinId } | undefined)?.id
          : undefined;
    const t = this.tv(e)?.type;
    const rt =
      t === undefined || (t.kind === "Tuple" && t.vars.length === 0)
        ? undefined
        : isUntyped(t)
          ? defaultType(t)
          : t;
    const pos = e.lparen;
    switch (id) {
      case "new": {
        const et = this.typeOf(e.args[0]!);
        return this.alloc(et, this.gcText(e), e.lparen);
      }
      case "make": {
        const mt = this.typeOf(e.args[0]!);
        const u = under(mt);
        const sizes = e.args.slice(1).map((a) => this.convertTo(this.expr(a), typ.int, pos));
        const site = this.site(this.gcText(e));
        if (u.kind === "Slice") {
          const len = sizes[0] ?? this.constant(typ.int, { kind: "int", value: 0n });
          const cap = sizes[1] ?? len;
          return this.emit({
            kind: "MakeSlice",
            pos: e.lparen,
            args: [len, cap],
            type: mt,
            block: undefined,
            site,
          });
        }
        if (u.kind === "Map")
          return this.emit({
            kind: "MakeMap",
            pos: e.lparen,
            args: sizes,
            type: mt,
            block: undefined,
            site,
          });
        if (u.kind === "Chan") {
          const size = sizes[0] ?? this.constant(typ.int, { kind: "int", value: 0n });
          return this.emit({
            kind: "MakeChan",
            pos: e.lparen,
            args: [size],
            type: mt,
            block: undefined,
            // gc always makes channels on the heap (runtime.makechan) and prints nothing.
            site: { ...site, temp: true },
          });
        }
        return this.unsupported("make", mt, pos);
      }
      case "panic": {
        if (form !== "call") break;
        // gc converts panic's argument where visiting it left base.Pos.
        const cp = this.gp.after(e.args[0]!, e.lparen);
        const v = this.convertTo(this.expr(e.args[0]!), emptyIface(), cp);
        this.emit({ kind: "Panic", pos, args: [v], type: undefined, block: undefined });
        this.deadBlock();
        return undefined;
      }
      case "append": {
        // append(f()): the results of a multi-value call are the operands.
        const a0 = this.tv(e.args[0]!)?.type;
        const tuple =
          e.args.length === 1 && a0?.kind === "Tuple"
            ? this.exprTuple(e.args[0]!, a0.vars.length)
            : undefined;
        const s = tuple ? tuple[0]! : this.expr(e.args[0]!);
        const st = vtype(s);
        const et =
          under(st).kind === "Slice" ? (under(st) as { elem: Type }).elem : typ["invalid type"];
        let more: Value;
        if (e.ellipsis) more = this.expr(e.args[1]!);
        else {
          // append(s, a, b): a and b go through a temporary array, as go/ssa's varargs
          // (see Call in ir.ts), so escape analysis sees them flow into the result.
          // gc converts them where visiting the arguments left base.Pos (gcpos.ts).
          const cp = this.gp.afterList(e.args, e.lparen);
          const rest = tuple ? tuple.slice(1) : e.args.slice(1).map((a) => this.expr(a));
          const vals = rest.map((v) => this.convertTo(v, et, cp));
          more =
            vals.length === 0
              ? this.constant(st, undefined)
              : this.varargsSlice(vals, et, st, "append args", true, pos);
        }
        return this.emitCall("builtin", form, [s, more], rt, undefined, "append", pos);
      }
      case "delete": {
        // The key is converted to the map's key type where the arguments left base.Pos.
        const m = this.expr(e.args[0]!);
        const mt = under(vtype(m));
        if (mt.kind !== "Map" || e.args.length !== 2) break;
        const cp = this.gp.afterList(e.args, e.lparen);
        const k = this.convertTo(this.expr(e.args[1]!), mt.key, cp);
        const c = this.emitCall("builtin", form, [m, k], rt, undefined, "delete", pos);
        return form === "call" && c.type !== undefined ? c : undefined;
      }
      default:
        break;
    }
    if (!id) return this.unsupported("builtin", rt, pos);
    const args = e.args.map((a) => this.expr(a));
    const c = this.emitCall("builtin", form, args, rt, undefined, id, pos);
    return form === "call" && c.type !== undefined ? c : undefined;
  }
}

/**
 * The position gc gives an expression in its messages: a call or conversion at its
 * `(`, a binary expression at its operator, a selector or type assertion at its `.`,
 * an index or slice at its `[`, a composite literal at its `{`; parentheses are
 * transparent; anything else at its start.
 */
export function gcPos(e: ast.Expr): Pos {
  const x = unparen(e);
  switch (x.kind) {
    case "CallExpr":
      return x.lparen;
    case "BinaryExpr":
      return x.opPos;
    case "SelectorExpr":
    case "TypeAssertExpr":
      return x.dot;
    case "IndexExpr":
    case "SliceExpr":
      return x.lbrack;
    case "CompositeLit":
      return x.lbrace;
    default:
      return x.pos;
  }
}

/**
 * Where gc converts an element of a composite literal (ir.SetPos of the element's node):
 * a keyed element at its `:`, any other at its own position (a name's too).
 */
function elemConvPos(el: ast.Expr): Pos {
  return el.kind === "KeyValueExpr" ? el.colon : syntaxPos(el);
}

/** The precedence of a binary operator, as Go's spec ranks them (5 binds tightest). */
function precedence(op: string): number {
  switch (op) {
    case "||":
      return 1;
    case "&&":
      return 2;
    case "==":
    case "!=":
    case "<":
    case "<=":
    case ">":
    case ">=":
      return 3;
    case "+":
    case "-":
    case "|":
    case "^":
      return 4;
    default:
      return 5;
  }
}

/**
 * Type text spaced as gc prints it: `struct{x int}` → `struct { x int }`, `struct{}` →
 * `struct {}`, and likewise for interfaces.
 */
export function gcTypeSpacing(text: string): string {
  let out = "";
  const closers: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const kw = /(?:^|[^\w.])(struct|interface)$/.exec(text.slice(Math.max(0, i - 10), i));
    if (ch === "{" && kw) {
      const empty = text[i + 1] === "}";
      out += empty ? " {" : " { ";
      closers.push(empty ? "}" : " }");
    } else if (ch === "{") {
      out += ch;
      closers.push("}");
    } else if (ch === "}") out += closers.pop() ?? "}";
    else out += ch;
  }
  return out;
}

/** Whether the syntax tree under n contains a labeled statement. */
function hasLabel(n: object): boolean {
  if ((n as { kind?: string }).kind === "LabeledStmt") return true;
  if ((n as { kind?: string }).kind === "FuncLit") return false;
  for (const v of Object.values(n)) {
    if (Array.isArray(v)) {
      for (const x of v) if (x && typeof x === "object" && hasLabel(x)) return true;
    } else if (v && typeof v === "object" && "kind" in v && hasLabel(v)) return true;
  }
  return false;
}

/** Whether a statement list contains a defer statement (not counting nested function literals). */
function containsDefer(list: ast.Stmt[]): boolean {
  const inStmt = (s: ast.Stmt | undefined): boolean => {
    if (!s) return false;
    switch (s.kind) {
      case "DeferStmt":
        return true;
      case "LabeledStmt":
        return inStmt(s.stmt);
      case "BlockStmt":
        return containsDefer(s.list);
      case "IfStmt":
        return containsDefer(s.body.list) || inStmt(s.else);
      case "ForStmt":
      case "RangeStmt":
        return containsDefer(s.body.list);
      case "SwitchStmt":
      case "TypeSwitchStmt":
        return s.body.some((c) => containsDefer(c.body));
      case "SelectStmt":
        return s.body.some((c) => containsDefer(c.body));
      default:
        return false;
    }
  };
  return list.some(inStmt);
}

function isPackageLevel(v: Var): boolean {
  return v.parent !== undefined && v.parent.comment.startsWith("package");
}

function addEdge(from: BasicBlock, to: BasicBlock): void {
  from.succs.push(to);
  to.preds.push(from);
}

function chanElem(t: Type): Type {
  const u = under(t);
  return u.kind === "Chan" ? u.elem : typ["invalid type"];
}

function elemOf(t: Type): Type {
  const u = under(t);
  if (u.kind === "Slice") return u.elem;
  if (u.kind === "Array") return u.elem;
  if (u.kind === "Pointer") {
    const a = under(u.elem);
    if (a.kind === "Array") return a.elem;
  }
  return typ["invalid type"];
}

function oneOf(t: Type): ConstValue {
  const u = under(t);
  if (u.kind === "Basic" && (u.name.startsWith("float") || u.name.startsWith("complex"))) {
    if (u.name.startsWith("complex"))
      return { kind: "complex", re: { num: 1n, den: 1n }, im: { num: 0n, den: 1n } };
    return { kind: "float", value: { num: 1n, den: 1n } };
  }
  return { kind: "int", value: 1n };
}

let emptyIfaceT: Type | undefined;
/**
 * gc's IsDirectIface: values of type t are stored in an interface's data word as they
 * are (a pointer, map, chan, func, unsafe.Pointer, or a struct or array holding exactly
 * one such value), so converting them to an interface allocates nothing.
 */
export function isPointerShaped(t: Type): boolean {
  const u = under(t);
  switch (u.kind) {
    case "Pointer":
    case "Map":
    case "Chan":
    case "Signature":
      return true;
    case "Basic":
      return u.name === "unsafe.Pointer";
    case "Struct":
      return u.fields.length === 1 && isPointerShaped(u.fields[0]!.type);
    case "Array":
      return u.len === 1 && isPointerShaped(u.elem);
    default:
      return false;
  }
}

function emptyIface(): Type {
  emptyIfaceT ??= { kind: "Interface", methods: [], embeddeds: [], allMethods: [] };
  return emptyIfaceT;
}

/** Removes blocks unreachable from the entry and renumbers the rest. */
export function pruneUnreachable(fn: Function): void {
  if (fn.blocks.length === 0) return;
  // Depth-first preorder, successors in order (then before else, body before done), so
  // that the printed blocks read top to bottom like the source.
  const seen = new Set<BasicBlock>();
  const order: BasicBlock[] = [];
  const stack = [fn.blocks[0]!];
  while (stack.length > 0) {
    const b = stack.pop()!;
    if (seen.has(b)) continue;
    seen.add(b);
    order.push(b);
    for (let i = b.succs.length - 1; i >= 0; i--)
      if (!seen.has(b.succs[i]!)) stack.push(b.succs[i]!);
  }
  fn.blocks = order;
  for (const b of fn.blocks) b.preds = b.preds.filter((p) => seen.has(p));
  fn.blocks.forEach((b, i) => (b.index = i));
}

/** Builds the IR of a checked package. */
export function buildProgram(files: ast.File[], pkg: Package, info: TypeInfo): Program {
  return new ProgramBuilder(files, pkg, info).build();
}

/** The type of a value (instructions that produce none count as invalid). */
export function vtype(v: Value): Type {
  return v.type ?? typ["invalid type"];
}

/** One method reached through a type's method set, as an interface's method table needs it. */
export interface MethodThunkRequest {
  /** The receiver type the table is for (T, or *T for a boxed T). */
  recv: Type;
  method: Func;
  /** Field indices through embedded fields, then the method's index (methodSet's `index`). */
  index: number[];
  indirect: boolean;
}

/**
 * The thunks `recv.M$thunk` that code generation's method tables call: each takes the
 * receiver first and walks it down embedded fields to the method, exactly as the thunk of
 * the method expression `recv.M` does. Built in a synthetic package so that thunks of
 * types from every package can share one program.
 */
export function buildMethodThunks(
  pkg: Package,
  info: TypeInfo,
  reqs: MethodThunkRequest[],
): Function[] {
  const pb = new ProgramBuilder([], pkg, info);
  for (const r of reqs) {
    const msig = r.method.type;
    const t: Signature = {
      kind: "Signature",
      recv: undefined,
      params: newTuple([newParam("", noPos, undefined, r.recv), ...msig.params.vars]),
      results: msig.results,
      variadic: msig.variadic,
    };
    const sel: Selection = {
      kind: "MethodExpr",
      recv: r.recv,
      obj: r.method,
      index: r.index,
      indirect: r.indirect,
      type: t,
    };
    pb.thunk(r.method, sel, t, `(${typeString(r.recv)})`, r.method.pos);
  }
  return pb.wrapperFuncs;
}
