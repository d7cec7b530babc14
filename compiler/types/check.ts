/*
 * The type checker's driver: package-level declarations, lazy resolution, the result.
 *
 * What: checkPackage(files, importer) type-checks one package, in the manner of types2:
 *  1. collect: every file's imports go into its file scope; every package-level const,
 *     var, type and func gets an object in the package scope and a DeclInfo that remembers
 *     its syntax (duplicates: `x redeclared in this block`); methods are attached to their
 *     receiver base type's name.
 *  2. resolve: each package-level object is checked on demand (objDecl), in source order
 *     but recursively whenever an expression refers to one not yet checked, so declarations
 *     may appear in any order across files. A grey/black colouring detects cycles: a cycle
 *     through a type definition is fine (`type L struct{ next *L }`), one through only
 *     constants and variables is left to the initialization-order check, others are
 *     `invalid recursive type` errors.
 *  3. bodies: function bodies are checked after all package-level declarations.
 *  4. initialization order (initorder.ts), unused imports, and — with options.complete,
 *     gc's -complete as `go build` passes it — `func main` in package main.
 *
 * Why lazy: Go allows `var a = b; var b = 1` and types used before their declaration; the
 * on-demand scheme handles both without a separate sorting pass, and records for each
 * variable and function which package-level objects it uses (the dependency edges of
 * the initialization order).
 *
 * Invariant: every diagnostic is reported once (identical position+message pairs are
 * dropped, and — as gc does — an equal message right after itself on the same line) and,
 * as in types2, errors about operands that are already invalid are not reported (an
 * invalid operand never produces a second message). Messages and positions are gc 1.19's
 * (types2 with CompilerErrorMessages): see errors.test.ts for the recorded evidence.
 *
 * Example: package p; var a = b + 1; var b = f(); func f() int { return 2 }
 *   checks a → needs b → needs f's signature; initOrder = [b, a].
 */
import type * as ast from "../syntax/ast.js";
import type { Diagnostic } from "../diagnostics.js";
import { exprString } from "../syntax/print.js";
import type { ConstValue } from "./constant.js";
import {
  type Const,
  type Func,
  type Named,
  type Obj,
  type Package,
  type PkgName,
  type Scope,
  type Signature,
  type Type,
  type TypeName,
  type Var,
  newFunc,
  newScope,
  newSignature,
  newVar,
} from "./types.js";
import { typ, universe, unsafePackage } from "./universe.js";
import { typeString } from "./typestring.js";
import { isInvalid as isInvalidType } from "./predicates.js";
import { initOrder } from "./initorder.js";
import { checkFuncBody } from "./stmt.js";
import {
  checkConstDecl,
  checkTypeDecl,
  checkVarDecl,
  collectFuncSignature,
  checkMethodDecls,
} from "./decl.js";

// ---------------------------------------------------------------------------
// The public API

/** An import that could not be satisfied; `msg` is the reason printed at the import. */
export interface ImportFailure {
  kind: "ImportFailure";
  msg: string;
}

export interface Importer {
  importPackage(path: string): Package | ImportFailure;
}

/** How an expression may be used (go/types' operand modes). */
export type Mode =
  | "invalid"
  | "novalue"
  | "builtin"
  | "typexpr"
  | "constant"
  | "variable"
  | "mapindex"
  | "value"
  | "commaok";

export interface TypeAndValue {
  mode: Mode;
  type: Type;
  /** The value of a constant expression. */
  value?: ConstValue;
}

/** A resolved selector x.f. */
export interface Selection {
  kind: "FieldVal" | "MethodVal" | "MethodExpr";
  /** The type of x (for MethodExpr, the type T of T.m). */
  recv: Type;
  obj: Var | Func;
  /** Field indices through embedded fields, then the index of the field or method. */
  index: number[];
  /** A pointer was dereferenced on the way to the field or method. */
  indirect: boolean;
  /** The type of the selector expression. */
  type: Type;
}

/** One package-level initialization: `lhs = rhs` (several lhs for `var a, b = f()`). */
export interface Initializer {
  lhs: Var[];
  rhs: ast.Expr;
}

export type ScopeNode =
  | ast.File
  | ast.FuncType
  | ast.BlockStmt
  | ast.IfStmt
  | ast.ForStmt
  | ast.RangeStmt
  | ast.SwitchStmt
  | ast.TypeSwitchStmt
  | ast.CaseClause
  | ast.CommClause;

/**
 * What the checker learned, for the IR builder (modelled on go/types.Info).
 *
 * `types` has an entry for every expression (and type expression) checked. An untyped
 * expression that meets a typed context is recorded with its final type (`var f float64
 * = 1` records float64 for `1`); the operands of a constant expression keep their
 * untyped types (the constant value of the whole is what matters), and an untyped value
 * that never meets a typed context keeps its untyped type (`if a < b`: untyped bool —
 * use its default type). For `v, ok := m[k]` / `x.(T)` / `<-ch` in a two-value context
 * the mode is "commaok" and the type is the first value's.
 */
export interface TypeInfo {
  types: Map<ast.Expr, TypeAndValue>;
  /** Identifiers that declare an object (undefined for `_` and package names in clauses). */
  defs: Map<ast.Ident, Obj | undefined>;
  /** Identifiers that refer to an object. */
  uses: Map<ast.Ident, Obj>;
  /** Objects with no identifier of their own: type switch case variables (keyed by the clause), embedded fields (by their Field), unnamed imports (by the ImportSpec). */
  implicits: Map<ast.CaseClause | ast.Field | ast.ImportSpec, Obj>;
  selections: Map<ast.SelectorExpr, Selection>;
  scopes: Map<ScopeNode, Scope>;
  /** Package-level variable initializations in execution order. */
  initOrder: Initializer[];
}

export interface CheckOptions {
  /** Checking the shipped standard library: functions may omit their bodies. */
  stdlib?: boolean;
  /**
   * gc's -complete: the package has no non-Go parts, so a function without a body is an
   * error (`missing function body`). `go build` passes it; plain `go tool compile` (and
   * Go's test/escape*.go, which declare external functions) does not. Default false.
   */
  complete?: boolean;
  /** The import path of the package (default: its name, or "main"). */
  path?: string;
}

export function checkPackage(
  files: ast.File[],
  importer: Importer,
  options?: CheckOptions,
): { pkg: Package; info: TypeInfo; diagnostics: Diagnostic[] } {
  const c = new Checker(files, importer, options ?? {});
  c.run();
  return { pkg: c.pkg, info: c.info, diagnostics: c.diagnostics() };
}

// ---------------------------------------------------------------------------
// Package-level declaration records

export interface FileInfo {
  file: ast.File;
  scope: Scope;
}

export type DeclInfo =
  | {
      kind: "const";
      file: FileInfo;
      spec: ast.ValueSpec;
      typ: ast.Expr | undefined;
      init: ast.Expr | undefined;
      iota: number;
      /** The type and values are repeated from an earlier spec of the group. */
      inherited: boolean;
      deps: Set<Obj>;
    }
  | {
      kind: "var";
      file: FileInfo;
      spec: ast.ValueSpec;
      typ: ast.Expr | undefined;
      init: ast.Expr | undefined;
      lhs: Var[] | undefined;
      deps: Set<Obj>;
    }
  | { kind: "type"; file: FileInfo; spec: ast.TypeSpec; deps: Set<Obj> }
  | { kind: "func"; file: FileInfo; decl: ast.FuncDecl; deps: Set<Obj> };

/** The per-function context while checking a body. */
export interface FuncContext {
  sig: Signature;
  scope: Scope;
}

type Color = "grey" | "black";

export class Checker {
  readonly files: ast.File[];
  readonly importer: Importer;
  readonly options: CheckOptions;
  readonly pkg: Package;
  readonly info: TypeInfo;
  private readonly diags: Diagnostic[] = [];
  private readonly seenDiag = new Set<string>();
  /** Any error reported so far (types2 then suppresses errors about invalid operands). */
  firstErr = false;

  /** Package-level objects and their declarations. */
  readonly objMap = new Map<Obj, DeclInfo>();
  /** Package-level objects in source order (the "declaration order" of the spec). */
  readonly objList: Obj[] = [];
  readonly color = new Map<Obj, Color>();
  /** The path of objects being resolved (for cycle reports). */
  readonly objPath: Obj[] = [];
  /** The right-hand side each defined type of this package was declared with. */
  readonly namedRHS = new Map<Named, Type>();
  /** `type T U` with U still being declared: T waits for U's underlying type. */
  readonly waitsOn = new Map<Named, Named>();
  readonly waiters = new Map<Named, Named[]>();
  /** Methods by receiver base type name, in source order. */
  readonly methods = new Map<string, { decl: ast.FuncDecl; file: FileInfo }[]>();
  readonly fileInfos: FileInfo[] = [];
  /** Imports per file, for "imported and not used". */
  readonly pkgNames: { obj: PkgName; spec: ast.ImportSpec }[] = [];
  readonly dotImports: { pkg: Package; spec: ast.ImportSpec; used: { v: boolean } }[] = [];
  readonly dotImportOf = new Map<Obj, { v: boolean }>();

  // Context of the current check.
  /** The innermost scope. */
  scope: Scope;
  /** The declaration whose dependencies we collect (package-level var/const/func). */
  decl: DeclInfo | undefined;
  /** The value of iota in the constant declaration being checked. */
  iota: bigint | undefined;
  /** The function whose body is being checked. */
  fn: FuncContext | undefined;
  /** Delayed actions (interface completions, method checks). */
  readonly later: (() => void)[] = [];

  constructor(files: ast.File[], importer: Importer, options: CheckOptions) {
    this.files = files;
    this.importer = importer;
    this.options = options;
    const name = files.length > 0 ? files[0].pkgName.name : "main";
    this.pkg = {
      kind: "Package",
      path: options.path ?? (name === "main" ? "main" : name),
      name,
      scope: newScope(universe, `package ${name}`),
      imports: [],
      complete: false,
    };
    this.scope = this.pkg.scope;
    this.decl = undefined;
    this.iota = undefined;
    this.fn = undefined;
    this.info = {
      types: new Map(),
      defs: new Map(),
      uses: new Map(),
      implicits: new Map(),
      selections: new Map(),
      scopes: new Map(),
      initOrder: [],
    };
  }

  // -------------------------------------------------------------------------
  // Errors

  /** The last reported error (gc drops an equal message reported again on the same line). */
  private last: { file: string; line: number; msg: string } | undefined;

  /** While checking an inherited constant expression, errors go to the constant's name. */
  errpos: ast.Pos | undefined;

  error(pos: ast.Pos, msg: string): void {
    if (this.errpos) pos = this.errpos;
    const key = `${pos.file}:${pos.line}:${pos.col}:${msg}`;
    if (this.seenDiag.has(key)) return;
    const l = this.last;
    if (l && l.file === pos.file && l.line === pos.line && l.msg === msg) return;
    this.last = { file: pos.file, line: pos.line, msg };
    if (this.firstErr && (msg.includes("invalid operand") || msg.includes("invalid type"))) return;
    this.seenDiag.add(key);
    this.firstErr = true;
    this.diags.push({ pos, msg, phase: "type" });
  }

  diagnostics(): Diagnostic[] {
    return this.diags;
  }

  typeString(t: Type): string {
    return typeString(t, this.pkg);
  }

  // -------------------------------------------------------------------------
  // Recording

  recordDef(id: ast.Ident, obj: Obj | undefined): void {
    this.info.defs.set(id, obj);
  }

  recordUse(id: ast.Ident, obj: Obj): void {
    this.info.uses.set(id, obj);
  }

  recordScope(node: ScopeNode, s: Scope): void {
    this.info.scopes.set(node, s);
  }

  /** Declares obj in scope s under `id` (reporting redeclarations); `_` is never entered. */
  declare(s: Scope, id: ast.Ident | undefined, obj: Obj): void {
    if (id) this.recordDef(id, obj);
    if (obj.name === "_") return;
    const prev = s.elems.get(obj.name);
    if (prev) {
      this.redeclared(obj, prev);
      return;
    }
    s.elems.set(obj.name, obj);
    obj.parent = s;
  }

  redeclared(
    obj: { name: string; pos: ast.Pos },
    prev: { name: string; pos: ast.Pos },
    what = `${obj.name} redeclared in this block`,
  ): void {
    let msg = what;
    if (prev.pos.line > 0) msg += `\n\t${fmtPos(prev.pos)}: other declaration of ${prev.name}`;
    this.error(obj.pos, msg);
  }

  /** Notes that the current declaration depends on package-level object obj. */
  addDeclDep(obj: Obj): void {
    if (this.decl && this.objMap.has(obj)) this.decl.deps.add(obj);
  }

  // -------------------------------------------------------------------------
  // Driver

  run(): void {
    this.collectObjects();
    this.packageObjects();
    for (const f of this.later.splice(0)) f();
    this.functionBodies();
    // Checks queued while checking bodies (local types' map keys, embedded fields).
    for (const f of this.later.splice(0)) f();
    this.info.initOrder = initOrder(this);
    this.unusedImports();
    if (this.pkg.name === "main" && this.options.complete && !this.options.stdlib) {
      const m = this.pkg.scope.elems.get("main");
      if (!m || m.kind !== "Func") {
        const pos = this.files[0]?.pkgName.pos;
        if (!m && pos) this.error(pos, "function main is undeclared in the main package");
      }
    }
    this.pkg.complete = true;
  }

  private collectObjects(): void {
    for (const file of this.files) {
      if (file.pkgName.name !== this.pkg.name) {
        // gc drops a file of another package after saying so.
        this.error(
          { file: file.filename, line: 1, col: 1 },
          `package ${file.pkgName.name}; expected ${this.pkg.name}`,
        );
        continue;
      }
      // A file scope holds the file's imports; its parent is the package scope, so a
      // lookup from the file sees the file, then the package, then the universe.
      const fscope = newScope(this.pkg.scope, `file ${file.filename}`);
      const fi: FileInfo = { file, scope: fscope };
      this.fileInfos.push(fi);
      this.recordScope(file, fscope);
      for (const decl of file.decls) {
        if (decl.kind === "BadDecl") continue;
        if (decl.kind === "FuncDecl") {
          this.collectFunc(decl, fi);
          continue;
        }
        for (const spec of decl.specs) {
          switch (spec.kind) {
            case "ImportSpec":
              this.collectImport(spec, fi);
              break;
            case "TypeSpec": {
              const obj: TypeName = {
                kind: "TypeName",
                name: spec.name.name,
                pos: spec.name.pos,
                pkg: this.pkg,
                parent: undefined,
                type: typ["invalid type"],
                isAlias: spec.assign,
              };
              this.declarePkgObj(spec.name, obj, { kind: "type", file: fi, spec, deps: new Set() });
              break;
            }
            case "ValueSpec":
              if (decl.tok === "const") this.collectConstSpec(spec, fi);
              else this.collectVarSpec(spec, fi);
              break;
          }
        }
      }
    }
    // File-scope names that clash with package-level names.
    for (const fi of this.fileInfos) {
      for (const [name, obj] of fi.scope.elems) {
        const alt = this.pkg.scope.elems.get(name);
        if (alt && obj.kind === "PkgName") {
          this.redeclared(
            alt,
            obj,
            `${name} already declared through import of package ${obj.imported.name} (${JSON.stringify(obj.imported.path)})`,
          );
        }
      }
    }
  }

  private lastConstSpec: { typ: ast.Expr | undefined; values: ast.Expr[] } | undefined;

  private collectConstSpec(spec: ast.ValueSpec, fi: FileInfo): void {
    if (spec.iota === 0 || spec.values.length > 0 || spec.type) {
      this.lastConstSpec = { typ: spec.type, values: spec.values };
    }
    const inherited =
      spec.values.length === 0 && !spec.type
        ? this.lastConstSpec
        : { typ: spec.type, values: spec.values };
    spec.names.forEach((id, i) => {
      const obj: Const = {
        kind: "Const",
        name: id.name,
        pos: id.pos,
        pkg: this.pkg,
        parent: undefined,
        type: typ["invalid type"],
        val: { kind: "int", value: 0n },
      };
      const init = inherited?.values[i];
      const isInherited = spec.values.length === 0 && !spec.type;
      this.declarePkgObj(id, obj, {
        kind: "const",
        file: fi,
        spec,
        typ: inherited?.typ,
        init,
        iota: spec.iota,
        inherited: isInherited,
        deps: new Set(),
      });
    });
    arity(
      this,
      spec,
      inherited?.values ?? [],
      true,
      spec.values.length === 0 && !spec.type && inherited !== undefined,
    );
  }

  private collectVarSpec(spec: ast.ValueSpec, fi: FileInfo): void {
    const vars = spec.names.map((id) => newVar(id.name, id.pos, this.pkg, typ["invalid type"]));
    const multi = spec.values.length === 1 && spec.names.length > 1;
    // `var a, b = f()` is one declaration: its variables share one DeclInfo (and deps).
    const shared: DeclInfo | undefined = multi
      ? {
          kind: "var",
          file: fi,
          spec,
          typ: spec.type,
          init: spec.values[0],
          lhs: vars,
          deps: new Set(),
        }
      : undefined;
    spec.names.forEach((id, i) => {
      const d: DeclInfo = shared ?? {
        kind: "var",
        file: fi,
        spec,
        typ: spec.type,
        init: spec.values[i],
        lhs: undefined,
        deps: new Set(),
      };
      this.declarePkgObj(id, vars[i], d);
    });
    if (!multi) arity(this, spec, spec.values, false, false);
  }

  private declarePkgObj(id: ast.Ident, obj: Obj, d: DeclInfo): void {
    if (id.name === "init" && (obj.kind !== "Func" || d.kind !== "func")) {
      this.error(id.pos, "cannot declare init - must be func");
      return;
    }
    if (id.name === "main" && this.pkg.name === "main" && obj.kind !== "Func") {
      this.error(id.pos, "cannot declare main - must be func");
      return;
    }
    this.declare(this.pkg.scope, id, obj);
    this.objMap.set(obj, d);
    this.objList.push(obj);
  }

  private collectFunc(decl: ast.FuncDecl, fi: FileInfo): void {
    const name = decl.name.name;
    if (decl.recv) {
      // Methods are associated with their receiver base type name; checked with the type.
      const base = receiverBaseName(decl.recv.type);
      const list = this.methods.get(base ?? "") ?? [];
      list.push({ decl, file: fi });
      this.methods.set(base ?? "", list);
      return;
    }
    const obj = newFunc(name, decl.name.pos, this.pkg, newSignature([], [], false));
    obj.noBody = decl.body === undefined;
    const d: DeclInfo = { kind: "func", file: fi, decl, deps: new Set() };
    if (name === "init") {
      // init functions are not declared (they cannot be referred to).
      this.recordDef(decl.name, obj);
      this.objMap.set(obj, d);
      this.objList.push(obj);
      if (decl.type.params.length > 0 || decl.type.results.length > 0) {
        this.error(decl.name.pos, "func init must have no arguments and no return values");
      }
      return;
    }
    if (
      name === "main" &&
      this.pkg.name === "main" &&
      (decl.type.params.length > 0 || decl.type.results.length > 0)
    ) {
      this.error(decl.name.pos, "func main must have no arguments and no return values");
    }
    if (name === "_") {
      this.recordDef(decl.name, obj);
      this.objMap.set(obj, d);
      this.objList.push(obj);
      return;
    }
    this.declarePkgObj(decl.name, obj, d);
  }

  private collectImport(spec: ast.ImportSpec, fi: FileInfo): void {
    const path = unquote(spec.path.value);
    let imported: Package;
    if (path === "unsafe") imported = unsafePackage;
    else if (path === "C") {
      this.error(spec.path.pos, "minigo does not support cgo");
      return;
    } else {
      const r = this.importer.importPackage(path);
      if (r.kind === "ImportFailure") {
        this.error(spec.path.pos, r.msg);
        // Declare a stand-in so that uses of the package name are not also errors.
        const name = spec.name?.name ?? path.slice(path.lastIndexOf("/") + 1);
        if (name === "_" || name === ".") return;
        const fake: Package = {
          kind: "Package",
          path,
          name,
          scope: newScope(undefined, `package ${name}`),
          imports: [],
          complete: true,
          fake: true,
        };
        const obj: PkgName = {
          kind: "PkgName",
          name,
          pos: spec.name?.pos ?? spec.path.pos,
          pkg: this.pkg,
          parent: fi.scope,
          imported: fake,
          used: true,
        };
        if (!fi.scope.elems.has(name)) fi.scope.elems.set(name, obj);
        return;
      }
      imported = r;
    }
    if (!this.pkg.imports.includes(imported)) this.pkg.imports.push(imported);
    const local = spec.name?.name ?? imported.name;
    if (local === "init") {
      this.error(
        spec.name?.pos ?? spec.path.pos,
        "cannot import package as init - init must be a func",
      );
      return;
    }
    if (local === "_") {
      if (spec.name) this.recordDef(spec.name, undefined);
      return;
    }
    if (local === ".") {
      const used = { v: false };
      this.dotImports.push({ pkg: imported, spec, used });
      for (const [n, o] of imported.scope.elems) {
        if (!isExportedName(n)) continue;
        if (fi.scope.elems.has(n)) continue;
        fi.scope.elems.set(n, o);
        this.dotImportOf.set(o, used);
      }
      return;
    }
    const obj: PkgName = {
      kind: "PkgName",
      name: local,
      pos: spec.name?.pos ?? spec.path.pos,
      pkg: this.pkg,
      parent: fi.scope,
      imported,
      used: false,
    };
    if (spec.name) this.recordDef(spec.name, obj);
    else this.info.implicits.set(spec, obj);
    this.pkgNames.push({ obj, spec });
    const prev = fi.scope.elems.get(local);
    if (prev) {
      this.redeclared(obj, prev, `${local} redeclared in this block`);
      return;
    }
    fi.scope.elems.set(local, obj);
  }

  private packageObjects(): void {
    // Types first (as types2 does) so that methods are attached before values use them.
    for (const obj of this.objList) if (obj.kind === "TypeName" && !obj.isAlias) this.objDecl(obj);
    for (const obj of this.objList) if (obj.kind === "TypeName" && obj.isAlias) this.objDecl(obj);
    for (const obj of this.objList) if (obj.kind !== "TypeName") this.objDecl(obj);
    // Methods whose receiver base type is not a package-level type name.
    checkMethodDecls(this);
  }

  /** Ensures that package-level object obj is type-checked. */
  objDecl(obj: Obj): void {
    const d = this.objMap.get(obj);
    if (!d) return;
    const col = this.color.get(obj);
    if (col === "black") return;
    if (col === "grey") {
      this.cycleCheck(obj);
      return;
    }
    this.color.set(obj, "grey");
    this.objPath.push(obj);
    // Save and reset the context: package-level declarations see only the file scope.
    const saved = { scope: this.scope, decl: this.decl, iota: this.iota, fn: this.fn };
    this.scope = d.file.scope;
    this.fn = undefined;
    this.iota = undefined;
    const savedErrpos = this.errpos;
    this.errpos = undefined;
    try {
      switch (d.kind) {
        case "const":
          this.decl = d;
          if (d.inherited) this.errpos = obj.pos;
          checkConstDecl(this, obj as Const, d);
          break;
        case "var":
          this.decl = d;
          checkVarDecl(this, obj as Var, d);
          break;
        case "type":
          this.decl = undefined;
          checkTypeDecl(this, obj as TypeName, d);
          break;
        case "func":
          this.decl = d;
          collectFuncSignature(this, obj as Func, d);
          break;
      }
    } finally {
      this.errpos = savedErrpos;
      this.scope = saved.scope;
      this.decl = saved.decl;
      this.iota = saved.iota;
      this.fn = saved.fn;
      this.objPath.pop();
      this.color.set(obj, "black");
    }
  }

  /** obj is being resolved and is needed again: decide whether the cycle is an error. */
  private cycleCheck(obj: Obj): void {
    const start = this.objPath.indexOf(obj);
    if (start < 0) return;
    // A function's signature may mention the function (an error reported elsewhere).
    if (obj.kind === "Func") return;
    // A type whose declaration is already resolved (methods being attached) is fine.
    if (obj.kind === "TypeName" && !isInvalidType(obj.type)) return;
    const cycle = this.objPath.slice(start);
    let nval = 0;
    let ndef = 0;
    for (const o of cycle) {
      if (o.kind === "Const" || o.kind === "Var") nval++;
      else if (o.kind === "TypeName" && !o.isAlias) ndef++;
    }
    if (nval === cycle.length) {
      // Reported as an initialization cycle; give the object an invalid type meanwhile.
      return;
    }
    if (ndef > 0) return;
    this.cycleError(cycle);
  }

  /** `invalid recursive type T` with the `refers to` chain, starting at the first in source. */
  cycleError(cycle: Obj[]): void {
    let i = 0;
    for (let j = 1; j < cycle.length; j++) if (posLess(cycle[j].pos, cycle[i].pos)) i = j;
    let obj = cycle[i];
    const isType = obj.kind === "TypeName";
    let msg = isType
      ? `invalid recursive type ${obj.name}`
      : `illegal cycle in declaration of ${obj.name}`;
    for (let k = 0; k < cycle.length; k++) {
      msg += `\n\t${fmtPos(obj.pos)}: ${obj.name} refers to`;
      i = (i + 1) % cycle.length;
      obj = cycle[i];
    }
    msg += `\n\t${fmtPos(obj.pos)}: ${obj.name}`;
    this.error(obj.pos, msg);
  }

  private functionBodies(): void {
    for (const obj of this.objList) {
      const d = this.objMap.get(obj);
      if (!d || d.kind !== "func" || obj.kind !== "Func") continue;
      this.funcBody(obj, d, d.decl);
    }
    for (const m of this.methodBodies) this.funcBody(m.obj, m.d, m.d.decl);
  }

  readonly methodBodies: { obj: Func; d: DeclInfo & { kind: "func" } }[] = [];

  funcBody(obj: Func, d: DeclInfo & { kind: "func" }, decl: ast.FuncDecl): void {
    if (!decl.body) {
      // init must always have a body; others only in a complete package (gc's -complete).
      if ((this.options.complete || decl.name.name === "init") && !this.options.stdlib) {
        this.error(decl.name.pos, "missing function body");
      }
      return;
    }
    const saved = { scope: this.scope, decl: this.decl, iota: this.iota, fn: this.fn };
    this.decl = d;
    this.scope = d.file.scope;
    checkFuncBody(this, obj.type, decl.body, this.funcScopes.get(decl.type));
    this.scope = saved.scope;
    this.decl = saved.decl;
    this.iota = saved.iota;
    this.fn = saved.fn;
  }

  /** The parameter scopes made while collecting signatures, reused for the bodies. */
  readonly funcScopes = new Map<ast.FuncType, Scope>();

  private unusedImports(): void {
    for (const { obj, spec } of this.pkgNames) {
      if (obj.used) continue;
      const path = unquote(spec.path.value);
      const elem = path.slice(path.lastIndexOf("/") + 1);
      const at = spec.name?.pos ?? spec.path.pos;
      // A name other than the path's last element is shown explicitly.
      if (obj.name === elem) this.error(at, `imported and not used: ${JSON.stringify(path)}`);
      else this.error(at, `imported and not used: ${JSON.stringify(path)} as ${obj.name}`);
    }
    for (const di of this.dotImports) {
      if (!di.used.v) {
        this.error(
          di.spec.name?.pos ?? di.spec.path.pos,
          `imported and not used: ${JSON.stringify(unquote(di.spec.path.value))}`,
        );
      }
    }
  }

  /** Marks the import through which obj was found as used. */
  useObj(obj: Obj): void {
    if (obj.kind === "PkgName") obj.used = true;
    const d = this.dotImportOf.get(obj);
    if (d) d.v = true;
  }
}

// ---------------------------------------------------------------------------
// Helpers shared by the checker's files

export function fmtPos(p: ast.Pos): string {
  return `${p.file}:${p.line}:${p.col}`;
}

export function posLess(a: ast.Pos, b: ast.Pos): boolean {
  if (a.file !== b.file) return a.file < b.file;
  return a.line < b.line || (a.line === b.line && a.col < b.col);
}

export function isExportedName(name: string): boolean {
  const c = name.charCodeAt(0);
  return c >= 65 && c <= 90;
}

/** Decodes a Go string literal's text (interpreted or raw) to its bytes as a JS string. */
export function unquote(lit: string): string {
  if (lit.startsWith("`")) return lit.slice(1, -1).replace(/\r/g, "");
  try {
    return JSON.parse(lit.replace(/\\x([0-9a-fA-F]{2})/g, "\\u00$1")) as string;
  } catch {
    return lit.slice(1, -1);
  }
}

function receiverBaseName(t: ast.Expr): string | undefined {
  let e = t;
  for (;;) {
    if (e.kind === "ParenExpr") e = e.x;
    else if (e.kind === "StarExpr") e = e.x;
    else break;
  }
  return e.kind === "Ident" ? e.name : undefined;
}

/** types2's arity check for a const or var spec (inherited: a const spec repeating the previous list). */
export function arity(
  c: Checker,
  spec: ast.ValueSpec,
  inits: ast.Expr[],
  isConst: boolean,
  inherited: boolean,
): void {
  const l = spec.names.length;
  const r = inits.length;
  if (l < r) {
    const n = inits[l];
    if (inherited) c.error(spec.pos, `extra init expr at ${fmtPos(n.pos)}`);
    else c.error(n.pos, `extra init expr ${exprString(n)}`);
  } else if (l > r && (isConst || r !== 1)) {
    if (!isConst && r === 0) return;
    const n = spec.names[r];
    c.error(n.pos, `missing init expr for ${n.name}`);
  }
}
