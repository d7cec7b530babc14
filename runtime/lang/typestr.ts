/*
 * Questions about run-time types that only the type table can answer: find a type by its
 * printed name or by its structure, look a method up by name, decide identity of
 * underlying types, interface satisfaction and assignability.
 *
 * What: the codegen emits one RType per type the program uses, and gives identical types
 * the same id (a type id is a canonical name for a type). So two component types are
 * identical exactly when their ids are equal, and identity of two composite types reduces
 * to comparing their kinds and their components' ids — no recursion over the type graph.
 *
 * Why: reflect needs types it did not receive as arguments — `*reflect.rtype` to make a
 * Type interface, `[]T` for Value.Slice of an array, `*T` for New — and Go's reflect
 * creates them on demand (SliceOf, PtrTo). minigo cannot mint descriptors at run time
 * (the collector and the itabs know only the emitted table), so a TypeIndex finds them in
 * the table, and callers fail with a clear message when the program never used the type.
 *
 * Invariant: a TypeIndex is built once per type table and never changes (the table is
 * immutable while the program runs). Lookups by structure return the lowest id that
 * matches.
 *
 * Example:
 *
 *	const ix = typeIndex(m.types);
 *	ix.byString("*reflect.rtype")   // the id of *rtype, or 0 when absent
 *	ix.sliceOf(ix.byString("int"))  // the id of []int, or 0
 *	implementsInterface(m.types, iface, concrete)
 */

import { Kind, type RMethod, type RType } from "./abi.js";

/** Lookups over one type table. */
export class TypeIndex {
  private readonly strings = new Map<string, number>();
  private readonly shapes = new Map<string, number>();

  constructor(readonly types: readonly RType[]) {
    for (let id = 1; id < types.length; id++) {
      const t = types[id];
      if (t === undefined) continue;
      if (!this.strings.has(t.str)) this.strings.set(t.str, id);
      const shape = shapeKey(t);
      if (shape !== "" && !this.shapes.has(shape)) this.shapes.set(shape, id);
    }
  }

  /** The id of the type that %T prints as `str`, or 0. */
  byString(str: string): number {
    return this.strings.get(str) ?? 0;
  }

  /** The unnamed slice type []elem, or 0. */
  sliceOf(elem: number): number {
    return this.shapes.get(`${Kind.Slice}:${elem}`) ?? 0;
  }

  /** The unnamed pointer type *elem, or 0. */
  pointerTo(elem: number): number {
    const t = this.types[elem];
    if (t !== undefined && t.ptrTo > 0) return t.ptrTo;
    return this.shapes.get(`${Kind.Pointer}:${elem}`) ?? 0;
  }

  /** The unnamed map type map[key]elem, or 0. */
  mapOf(key: number, elem: number): number {
    return this.shapes.get(`${Kind.Map}:${key}:${elem}`) ?? 0;
  }

  /** The unnamed array type [len]elem, or 0. */
  arrayOf(len: number, elem: number): number {
    return this.shapes.get(`${Kind.Array}:${len}:${elem}`) ?? 0;
  }

  /** The unnamed channel type with direction dir and element elem, or 0. */
  chanOf(dir: number, elem: number): number {
    return this.shapes.get(`${Kind.Chan}:${dir}:${elem}`) ?? 0;
  }

  /** The unnamed func type with these parameters and results, or 0. */
  funcOf(params: readonly number[], results: readonly number[], variadic: boolean): number {
    return this.shapes.get(funcShape(params, results, variadic)) ?? 0;
  }
}

function funcShape(params: readonly number[], results: readonly number[], variadic: boolean) {
  return `${Kind.Func}:${params.join(",")}:${results.join(",")}:${variadic ? 1 : 0}`;
}

/** A key naming an unnamed composite type by its structure ("" for others). */
function shapeKey(t: RType): string {
  if (t.name !== "") return "";
  switch (t.kind) {
    case Kind.Slice:
    case Kind.Pointer:
      return `${t.kind}:${t.elem}`;
    case Kind.Map:
      return `${t.kind}:${t.key}:${t.elem}`;
    case Kind.Array:
      return `${t.kind}:${t.len}:${t.elem}`;
    case Kind.Chan:
      return `${t.kind}:${t.dir}:${t.elem}`;
    case Kind.Func:
      return funcShape(t.params, t.results, t.variadic);
    default:
      return "";
  }
}

const indexes = new WeakMap<readonly RType[], TypeIndex>();

/** The (cached) index of a type table. */
export function typeIndex(types: readonly RType[]): TypeIndex {
  let ix = indexes.get(types);
  if (ix === undefined) {
    ix = new TypeIndex(types);
    indexes.set(types, ix);
  }
  return ix;
}

/** Whether k is the kind of a predeclared (hence named) type: bool, numbers, string, unsafe.Pointer. */
export function isBasicKind(k: Kind): boolean {
  return (k >= Kind.Bool && k <= Kind.Complex128) || k === Kind.String || k === Kind.UnsafePointer;
}

/**
 * reflect's Type.Name: the declared name, or for a predeclared type its own name (`int`,
 * `Pointer` for unsafe.Pointer), which the table may leave empty; "" for unnamed types.
 */
export function typeName(t: RType): string {
  if (t.name !== "" || !isBasicKind(t.kind)) return t.name;
  return t.kind === Kind.UnsafePointer ? "Pointer" : t.str;
}

/** reflect's Type.PkgPath: "unsafe" for unsafe.Pointer, else the table's. */
export function typePkgPath(t: RType): string {
  if (t.pkgPath === "" && t.kind === Kind.UnsafePointer && t.name === "") return "unsafe";
  return t.pkgPath;
}

const visibleCache = new WeakMap<RType, readonly RMethod[]>();

/**
 * The methods reflect's Method(i) counts, sorted by name as Go sorts them: all methods of
 * an interface type, the exported methods of any other type (Go's exportedMethods).
 */
export function visibleMethods(t: RType): readonly RMethod[] {
  let ms = visibleCache.get(t);
  if (ms === undefined) {
    const list =
      t.kind === Kind.Interface ? [...t.methods] : t.methods.filter((m) => m.pkgPath === "");
    list.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    ms = list;
    visibleCache.set(t, ms);
  }
  return ms;
}

/** The method of t named `name` in visibleMethods order, or -1. */
export function methodIndexByName(t: RType, name: string): number {
  const ms = visibleMethods(t);
  for (let i = 0; i < ms.length; i++) if (ms[i].name === name) return i;
  return -1;
}

/**
 * Whether the type T implements the interface type iface: every method of iface (same
 * name, same package for unexported names, identical signature) is in T's method set.
 */
export function implementsInterface(types: readonly RType[], iface: number, T: number): boolean {
  const it = types[iface];
  if (it.kind !== Kind.Interface) return false;
  const have = types[T].methods;
  return it.methods.every((want) =>
    have.some((m) => m.name === want.name && m.pkgPath === want.pkgPath && m.type === want.type),
  );
}

/**
 * Go's haveIdenticalUnderlyingType for two type ids: the same type, or the same kind with
 * identical components (component identity being id equality). cmpTags: whether struct
 * tags must agree (they do for identity, not for conversion).
 */
export function identicalUnderlying(
  types: readonly RType[],
  a: number,
  b: number,
  cmpTags: boolean,
): boolean {
  if (a === b) return true;
  const T = types[a];
  const V = types[b];
  if (T.kind !== V.kind) return false;
  switch (T.kind) {
    case Kind.Array:
      return T.len === V.len && T.elem === V.elem;
    case Kind.Chan:
      return T.dir === V.dir && T.elem === V.elem;
    case Kind.Func:
      return (
        T.variadic === V.variadic && sameIds(T.params, V.params) && sameIds(T.results, V.results)
      );
    case Kind.Interface:
      if (T.methods.length !== V.methods.length) return false;
      return T.methods.every(
        (m, i) =>
          m.name === V.methods[i].name &&
          m.pkgPath === V.methods[i].pkgPath &&
          m.type === V.methods[i].type,
      );
    case Kind.Map:
      return T.key === V.key && T.elem === V.elem;
    case Kind.Pointer:
    case Kind.Slice:
      return T.elem === V.elem;
    case Kind.Struct:
      if (T.fields.length !== V.fields.length) return false;
      return T.fields.every((f, i) => {
        const g = V.fields[i];
        return (
          f.name === g.name &&
          f.type === g.type &&
          f.embedded === g.embedded &&
          f.offset === g.offset &&
          f.pkgPath === g.pkgPath &&
          (!cmpTags || f.tag === g.tag)
        );
      });
    default:
      // Basic kinds: distinct named types of one kind still share the underlying type.
      return true;
  }
}

function sameIds(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Go's directlyAssignable: a value of type V can be assigned to T without conversion. */
export function directlyAssignable(types: readonly RType[], T: number, V: number): boolean {
  if (T === V) return true;
  const t = types[T];
  const v = types[V];
  // Unless one is unnamed (or a chan of compatible direction), they are distinct.
  if ((typeName(t) !== "" && typeName(v) !== "") || t.kind !== v.kind) return false;
  if (t.kind === Kind.Chan && v.dir === 3 && t.elem === v.elem) return true;
  return identicalUnderlying(types, T, V, true);
}

/** Go's Type.AssignableTo: V assignable to T. */
export function assignable(types: readonly RType[], T: number, V: number): boolean {
  return directlyAssignable(types, T, V) || implementsInterface(types, T, V);
}

const numericKinds = new Set<Kind>([
  Kind.Int,
  Kind.Int8,
  Kind.Int16,
  Kind.Int32,
  Kind.Int64,
  Kind.Uint,
  Kind.Uint8,
  Kind.Uint16,
  Kind.Uint32,
  Kind.Uint64,
  Kind.Uintptr,
  Kind.Float32,
  Kind.Float64,
]);

/** Whether k is an integer kind. */
export function isIntegerKind(k: Kind): boolean {
  return k >= Kind.Int && k <= Kind.Uintptr;
}

/** Whether k is a signed integer kind. */
export function isSignedKind(k: Kind): boolean {
  return k >= Kind.Int && k <= Kind.Int64;
}

/** Whether k is an integer or float kind. */
export function isNumericKind(k: Kind): boolean {
  return numericKinds.has(k);
}

/**
 * Go's ConvertibleTo (convertOp's rules): a value of type V converts to T.
 */
export function convertible(types: readonly RType[], T: number, V: number): boolean {
  const t = types[T];
  const v = types[V];
  const tk = t.kind;
  const vk = v.kind;
  if (isNumericKind(vk) && isNumericKind(tk)) return true;
  if (
    (vk === Kind.Complex64 || vk === Kind.Complex128) &&
    (tk === Kind.Complex64 || tk === Kind.Complex128)
  )
    return true;
  if (isIntegerKind(vk) && tk === Kind.String) return true;
  if (vk === Kind.Slice && tk === Kind.String) {
    const ek = types[v.elem].kind;
    if (types[v.elem].pkgPath === "" && (ek === Kind.Uint8 || ek === Kind.Int32)) return true;
  }
  if (vk === Kind.String && tk === Kind.Slice) {
    const ek = types[t.elem].kind;
    if (types[t.elem].pkgPath === "" && (ek === Kind.Uint8 || ek === Kind.Int32)) return true;
  }
  // []T to *[N]T (Go 1.17).
  if (vk === Kind.Slice && tk === Kind.Pointer) {
    const arr = types[t.elem];
    if (arr.kind === Kind.Array && arr.elem === v.elem) return true;
  }
  if (identicalUnderlying(types, T, V, false)) return true;
  // Unnamed pointer types with identical underlying element types.
  if (tk === Kind.Pointer && t.name === "" && vk === Kind.Pointer && v.name === "") {
    if (identicalUnderlying(types, t.elem, v.elem, false)) return true;
  }
  return implementsInterface(types, T, V);
}
