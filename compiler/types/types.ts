/*
 * Go types and the objects that name them, as plain data.
 *
 * What: every Go type is a `Type`, a discriminated union on `kind` (Basic, Pointer, Slice,
 * Array, Map, Chan, Struct, Signature, Interface, Named, Tuple). Every named entity of a
 * program (variable, constant, type name, function, package name, builtin, label, nil) is
 * an `Obj`, again tagged by `kind`. Scopes map names to objects.
 *
 * Why plain data: the checker builds them, the IR builder and escape analysis only read
 * them; identity of a Named type is object identity (two Named values are the same type
 * iff they are the same JS object), structural types compare with `identical`
 * (predicates.ts).
 *
 * Invariants:
 *  - a Named's `underlying` is never itself a Named once the declaration is checked
 *    (it is the `invalid` Basic while the declaration is in progress or erroneous);
 *  - an Interface's `allMethods` is the complete, name-sorted method set (explicit plus
 *    embedded), filled by `completeInterface` before anyone asks for it;
 *  - a Struct's `offsets` are computed lazily by sizes.ts.
 *
 * Example: `type T struct{ x int }` gives a TypeName object T whose type is
 *   Named{obj: T, underlying: Struct{fields: [Var x: Basic int]}, methods: []}.
 */
import type { Pos } from "../syntax/ast.js";
import type { ConstValue } from "./constant.js";

// ---------------------------------------------------------------------------
// Types

export type BasicName =
  | "invalid type"
  | "bool"
  | "int"
  | "int8"
  | "int16"
  | "int32"
  | "int64"
  | "uint"
  | "uint8"
  | "uint16"
  | "uint32"
  | "uint64"
  | "uintptr"
  | "float32"
  | "float64"
  | "complex64"
  | "complex128"
  | "string"
  | "unsafe.Pointer"
  | "untyped bool"
  | "untyped int"
  | "untyped rune"
  | "untyped float"
  | "untyped complex"
  | "untyped string"
  | "untyped nil";

/** A predeclared type; `byte` and `rune` are aliases (alias names print as such). */
export interface Basic {
  kind: "Basic";
  name: BasicName;
  /** The name to print: differs from `name` only for the aliases byte and rune. */
  display: string;
}

export interface Pointer {
  kind: "Pointer";
  elem: Type;
}

export interface Slice {
  kind: "Slice";
  elem: Type;
}

export interface ArrayT {
  kind: "Array";
  /** -1 while unknown (invalid length). */
  len: number;
  elem: Type;
}

export interface MapT {
  kind: "Map";
  key: Type;
  elem: Type;
}

export type ChanDir = "both" | "send" | "recv";

export interface Chan {
  kind: "Chan";
  dir: ChanDir;
  elem: Type;
}

export interface Struct {
  kind: "Struct";
  fields: Var[];
  /** The tag string (decoded) of each field, or "" when absent. */
  tags: string[];
  /** Byte offsets of the fields on amd64, filled by sizes.ts on demand. */
  offsets?: number[];
}

export interface Tuple {
  kind: "Tuple";
  vars: Var[];
}

export interface Signature {
  kind: "Signature";
  /** The receiver of a method (undefined for functions and interface methods' own view). */
  recv: Var | undefined;
  params: Tuple;
  results: Tuple;
  /** The last parameter is `...T` (its type is then the slice []T). */
  variadic: boolean;
}

export interface Interface {
  kind: "Interface";
  /** The explicitly declared methods, in source order. */
  methods: Func[];
  /** The embedded interfaces (their types; Named or Interface). */
  embeddeds: Type[];
  /** Complete method set, sorted by name; undefined until completed. */
  allMethods: Func[] | undefined;
  /** Set while completing (to detect invalid recursive embedding). */
  completing?: boolean;
}

export interface Named {
  kind: "Named";
  obj: TypeName;
  /** The underlying type; Basic "invalid type" until resolved. */
  underlying: Type;
  /** Methods declared with this receiver base type, in declaration order. */
  methods: Func[];
}

export type Type =
  Basic | Pointer | Slice | ArrayT | MapT | Chan | Struct | Tuple | Signature | Interface | Named;

// ---------------------------------------------------------------------------
// Objects

export interface Package {
  kind: "Package";
  path: string;
  name: string;
  scope: Scope;
  /** Packages imported by this one (for diagnostics and the IR builder). */
  imports: Package[];
  /** Set once the package is fully checked. */
  complete: boolean;
  /** A stand-in for an import that failed (selectors on it are silently invalid). */
  fake?: boolean;
}

interface ObjBase {
  name: string;
  pos: Pos;
  /** The package the object belongs to; undefined for universe objects. */
  pkg: Package | undefined;
  /** The scope the object is declared in; undefined for fields and methods. */
  parent: Scope | undefined;
}

export interface Var extends ObjBase {
  kind: "Var";
  type: Type;
  /** A struct field. */
  isField: boolean;
  /** An embedded struct field. */
  embedded: boolean;
  /** A function parameter or result. */
  isParam: boolean;
  /** Set when the variable is read (for "declared but not used"). */
  used: boolean;
}

export interface Const extends ObjBase {
  kind: "Const";
  type: Type;
  val: ConstValue;
}

export interface TypeName extends ObjBase {
  kind: "TypeName";
  type: Type;
  isAlias: boolean;
}

export interface Func extends ObjBase {
  kind: "Func";
  type: Signature;
  /** An abstract interface method (not a concrete declaration). */
  isInterfaceMethod: boolean;
  /** Declared without a body (runtime-provided, shipped stdlib only). */
  noBody: boolean;
}

export interface PkgName extends ObjBase {
  kind: "PkgName";
  imported: Package;
  used: boolean;
}

export type BuiltinId =
  | "append"
  | "cap"
  | "close"
  | "complex"
  | "copy"
  | "delete"
  | "imag"
  | "len"
  | "make"
  | "new"
  | "panic"
  | "print"
  | "println"
  | "real"
  | "recover"
  | "Alignof"
  | "Offsetof"
  | "Sizeof"
  | "Add"
  | "Slice";

export interface Builtin extends ObjBase {
  kind: "Builtin";
  id: BuiltinId;
}

export interface Label extends ObjBase {
  kind: "Label";
  used: boolean;
}

export interface Nil extends ObjBase {
  kind: "Nil";
  type: Type;
}

export type Obj = Var | Const | TypeName | Func | PkgName | Builtin | Label | Nil;

// ---------------------------------------------------------------------------
// Scopes

/**
 * A lexical scope. Lookups walk `parent` links; names are entered as their declarations
 * are checked, so a lookup inside a function sees exactly the earlier declarations.
 */
export interface Scope {
  parent: Scope | undefined;
  elems: Map<string, Obj>;
  children: Scope[];
  /** A function's outermost scope (parameters live here). */
  isFunc: boolean;
  /** What the scope is for, for debugging ("universe", "package p", "file x.go", "func", "block"). */
  comment: string;
}

export function newScope(parent: Scope | undefined, comment: string, isFunc = false): Scope {
  const s: Scope = { parent, elems: new Map(), children: [], isFunc, comment };
  if (parent) parent.children.push(s);
  return s;
}

export function lookupParent(s: Scope | undefined, name: string): Obj | undefined {
  for (; s; s = s.parent) {
    const o = s.elems.get(name);
    if (o) return o;
  }
  return undefined;
}

// ---------------------------------------------------------------------------
// Constructors for the shapes used everywhere.

export function newVar(name: string, pos: Pos, pkg: Package | undefined, type: Type): Var {
  return {
    kind: "Var",
    name,
    pos,
    pkg,
    parent: undefined,
    type,
    isField: false,
    embedded: false,
    isParam: false,
    used: false,
  };
}

export function newField(
  name: string,
  pos: Pos,
  pkg: Package | undefined,
  type: Type,
  embedded: boolean,
): Var {
  const v = newVar(name, pos, pkg, type);
  v.isField = true;
  v.embedded = embedded;
  return v;
}

export function newParam(name: string, pos: Pos, pkg: Package | undefined, type: Type): Var {
  const v = newVar(name, pos, pkg, type);
  v.isParam = true;
  return v;
}

export function newTuple(vars: Var[]): Tuple {
  return { kind: "Tuple", vars };
}

export function newSignature(params: Var[], results: Var[], variadic: boolean): Signature {
  return {
    kind: "Signature",
    recv: undefined,
    params: newTuple(params),
    results: newTuple(results),
    variadic,
  };
}

export function newFunc(name: string, pos: Pos, pkg: Package | undefined, sig: Signature): Func {
  return {
    kind: "Func",
    name,
    pos,
    pkg,
    parent: undefined,
    type: sig,
    isInterfaceMethod: false,
    noBody: false,
  };
}

/** The position of objects with no source (universe, unsafe). */
export const noPos: Pos = { file: "", line: 0, col: 0 };
