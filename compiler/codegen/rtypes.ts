/*
 * The run-time type table: one RType descriptor (runtime/lang/abi.ts) per Go type the
 * program needs at run time — for interface values, type switches, reflect and fmt,
 * map hashing, and the GC's layout of allocated objects.
 *
 * What: TypeTable.id(t) interns t (types are equal when `identical`; candidates are
 * bucketed by their printed form) and returns its id, registering its element, key, field
 * and signature types too. emit() writes the table as a JavaScript array literal once the
 * whole program has been generated (method tables need function ids, which the caller
 * supplies through `methodFn`). `str` is reflect's spelling (`struct { a int }`,
 * `interface {}`, `uint8` for byte), which %T and panics print.
 *
 * Why: Go's compiler emits a _type for every type converted to an interface or
 * allocated; minigo does the same, keyed by identity rather than by linker symbol.
 *
 * Invariant: id 0 is unused (nil type word); ids are dense and stable for one program;
 * a type's dependencies have ids before emit() runs.
 *
 * Example: id(int) = 1, id([]int) = 2 (elem 1), id(map[string][]int) = 4 (key 3, elem 2).
 */
import { Kind, type RField, type RMethod } from "../../runtime/lang/abi.js";
import { type MethodSetEntry, methodSet } from "../types/lookup.js";
import { identical, under } from "../types/predicates.js";
import { alignof, offsetsof, sizeof } from "../types/sizes.js";
import type { Func, Type } from "../types/types.js";
import { ptrWordsOf, scalarOf } from "./layout.js";

export interface TypeEntry {
  id: number;
  type: Type;
  str: string;
}

/** Supplies the function id that implements method entry e of a value of type recv in an interface. */
export type MethodFn = (recv: Type, e: MethodSetEntry) => number;

export class TypeTable {
  readonly entries: TypeEntry[] = [];
  private readonly byStr = new Map<string, TypeEntry[]>();

  id(t: Type): number {
    const str = rtypeString(t);
    const list = this.byStr.get(str) ?? [];
    for (const e of list) if (identical(e.type, t)) return e.id;
    const e: TypeEntry = { id: this.entries.length + 1, type: t, str };
    list.push(e);
    this.byStr.set(str, list);
    this.entries.push(e);
    this.deps(t);
    return e.id;
  }

  private deps(t: Type): void {
    const u = under(t);
    switch (u.kind) {
      case "Pointer":
      case "Slice":
      case "Array":
      case "Chan":
        this.id(u.elem);
        return;
      case "Map":
        this.id(u.key);
        this.id(u.elem);
        return;
      case "Struct":
        for (const f of u.fields) this.id(f.type);
        return;
      case "Signature":
        for (const v of u.params.vars) this.id(v.type);
        for (const v of u.results.vars) this.id(v.type);
        return;
      default:
        return;
    }
  }

  /** The table as a JavaScript expression (an array; index 0 is null). */
  emit(methodFn: MethodFn): string {
    const out: string[] = ["[null"];
    // Method tables may intern more types (thunk signatures): loop until stable.
    for (let i = 0; i < this.entries.length; i++) {
      out.push(",\n" + this.describe(this.entries[i]!, methodFn));
    }
    out.push("]");
    return out.join("");
  }

  private describe(e: TypeEntry, methodFn: MethodFn): string {
    const t = e.type;
    const u = under(t);
    const kind = kindOf(t);
    const named = t.kind === "Named" ? t : undefined;
    const pkgPath = named?.obj.pkg?.path ?? "";
    let elem = 0,
      key = 0,
      len = 0,
      dir = 0,
      variadic = false;
    let fields: RField[] = [];
    let params: number[] = [];
    let results: number[] = [];
    switch (u.kind) {
      case "Pointer":
      case "Slice":
        elem = this.id(u.elem);
        break;
      case "Array":
        elem = this.id(u.elem);
        len = Math.max(u.len, 0);
        break;
      case "Chan":
        elem = this.id(u.elem);
        dir = u.dir === "recv" ? 1 : u.dir === "send" ? 2 : 3;
        break;
      case "Map":
        key = this.id(u.key);
        elem = this.id(u.elem);
        break;
      case "Struct": {
        const offs = offsetsof(u);
        fields = u.fields.map((f, i) => ({
          name: f.name,
          pkgPath: isExported(f.name) ? "" : (f.pkg?.path ?? ""),
          type: this.id(f.type),
          offset: offs[i]!,
          embedded: f.embedded,
          tag: u.tags[i] ?? "",
        }));
        break;
      }
      case "Signature":
        params = u.params.vars.map((v) => this.id(v.type));
        results = u.results.vars.map((v) => this.id(v.type));
        variadic = u.variadic;
        break;
      default:
        break;
    }
    const methods: RMethod[] = [];
    if (u.kind === "Interface") {
      for (const { method } of methodSet(t)) methods.push(this.rmethod(method, -1));
    } else if (named || u.kind === "Struct" || u.kind === "Pointer") {
      // Named types, and unnamed structs (and pointers to them) with promoted methods.
      for (const entry of methodSet(t))
        methods.push(this.rmethod(entry.method, methodFn(t, entry)));
    }
    let ptrTo = -1;
    const parts = [
      `id:${e.id}`,
      `kind:${kind}`,
      `size:${sizeof(t)}`,
      `align:${alignof(t)}`,
      `str:${JSON.stringify(e.str)}`,
      `name:${JSON.stringify(named ? named.obj.name : "")}`,
      `pkgPath:${JSON.stringify(pkgPath)}`,
      `ptrWords:${JSON.stringify(ptrWordsOf(t))}`,
      `direct:${isDirect(t)}`,
      `comparable:${isComparable(t)}`,
      `elem:${elem}`,
      `key:${key}`,
      `len:${len}`,
      `dir:${dir}`,
      `fields:${JSON.stringify(fields)}`,
      `params:${JSON.stringify(params)}`,
      `results:${JSON.stringify(results)}`,
      `variadic:${variadic}`,
      `methods:${JSON.stringify(methods)}`,
      `ptrTo:${ptrTo}`,
    ];
    ptrTo = this.findPtrTo(t);
    parts[parts.length - 1] = `ptrTo:${ptrTo}`;
    return `{${parts.join(",")}}`;
  }

  private rmethod(m: Func, fn: number): RMethod {
    const sig = m.type;
    const ft: Type = {
      kind: "Signature",
      recv: undefined,
      params: sig.params,
      results: sig.results,
      variadic: sig.variadic,
    };
    return {
      name: m.name,
      pkgPath: isExported(m.name) ? "" : (m.pkg?.path ?? ""),
      type: this.id(ft),
      fn,
    };
  }

  private findPtrTo(t: Type): number {
    const str = "*" + rtypeString(t);
    for (const e of this.byStr.get(str) ?? []) {
      if (e.type.kind === "Pointer" && identical(e.type.elem, t)) return e.id;
    }
    return -1;
  }
}

export function isExported(name: string): boolean {
  const c = name.codePointAt(0) ?? 0;
  return c >= 0x41 && c <= 0x5a
    ? true
    : c > 0x7f &&
        String.fromCodePoint(c).toUpperCase() === String.fromCodePoint(c) &&
        String.fromCodePoint(c).toLowerCase() !== String.fromCodePoint(c);
}

/** gc's isdirectiface: the value fits in the interface's data word as is. */
export function isDirect(t: Type): boolean {
  const u = under(t);
  switch (u.kind) {
    case "Pointer":
    case "Map":
    case "Chan":
    case "Signature":
      return true;
    case "Basic":
      return u.name === "unsafe.Pointer";
    case "Array":
      return u.len === 1 && isDirect(u.elem);
    case "Struct":
      return u.fields.length === 1 && isDirect(u.fields[0]!.type);
    default:
      return false;
  }
}

export function isComparable(t: Type): boolean {
  const u = under(t);
  switch (u.kind) {
    case "Slice":
    case "Map":
    case "Signature":
      return false;
    case "Array":
      return isComparable(u.elem);
    case "Struct":
      return u.fields.every((f) => isComparable(f.type));
    default:
      return true;
  }
}

export function kindOf(t: Type): Kind {
  const u = under(t);
  switch (u.kind) {
    case "Pointer":
      return Kind.Pointer;
    case "Slice":
      return Kind.Slice;
    case "Array":
      return Kind.Array;
    case "Map":
      return Kind.Map;
    case "Chan":
      return Kind.Chan;
    case "Struct":
      return Kind.Struct;
    case "Signature":
      return Kind.Func;
    case "Interface":
      return Kind.Interface;
    case "Basic": {
      const k: Record<string, Kind> = {
        bool: Kind.Bool,
        int: Kind.Int,
        int8: Kind.Int8,
        int16: Kind.Int16,
        int32: Kind.Int32,
        int64: Kind.Int64,
        uint: Kind.Uint,
        uint8: Kind.Uint8,
        uint16: Kind.Uint16,
        uint32: Kind.Uint32,
        uint64: Kind.Uint64,
        uintptr: Kind.Uintptr,
        float32: Kind.Float32,
        float64: Kind.Float64,
        complex64: Kind.Complex64,
        complex128: Kind.Complex128,
        string: Kind.String,
        "unsafe.Pointer": Kind.UnsafePointer,
      };
      return k[u.name] ?? Kind.Invalid;
    }
    default:
      return Kind.Invalid;
  }
}

/** reflect's String() of a type. */
export function rtypeString(t: Type): string {
  switch (t.kind) {
    case "Named": {
      const p = t.obj.pkg;
      return p ? `${p.name}.${t.obj.name}` : t.obj.name;
    }
    case "Basic":
      return t.name === "unsafe.Pointer" ? "unsafe.Pointer" : t.name;
    case "Pointer":
      return "*" + rtypeString(t.elem);
    case "Slice":
      return "[]" + rtypeString(t.elem);
    case "Array":
      return `[${t.len}]` + rtypeString(t.elem);
    case "Map":
      return `map[${rtypeString(t.key)}]${rtypeString(t.elem)}`;
    case "Chan":
      return (
        (t.dir === "recv" ? "<-chan " : t.dir === "send" ? "chan<- " : "chan ") +
        rtypeString(t.elem)
      );
    case "Struct": {
      if (t.fields.length === 0) return "struct {}";
      const fs = t.fields.map((f, i) => {
        const tag = t.tags[i] ? " " + JSON.stringify(t.tags[i]) : "";
        return (f.embedded ? rtypeString(f.type) : `${f.name} ${rtypeString(f.type)}`) + tag;
      });
      return `struct { ${fs.join("; ")} }`;
    }
    case "Interface": {
      const ms = t.allMethods ?? t.methods;
      if (ms.length === 0 && t.embeddeds.length === 0) return "interface {}";
      const all = methodSet(t).map((e) => e.method);
      if (all.length === 0) return "interface {}";
      return `interface { ${all.map((m) => m.name + funcSigString(m.type)).join("; ")} }`;
    }
    case "Signature":
      return "func" + funcSigString(t);
    case "Tuple":
      return "(" + t.vars.map((v) => rtypeString(v.type)).join(", ") + ")";
  }
}

function funcSigString(sig: {
  params: { vars: { type: Type }[] };
  results: { vars: { type: Type }[] };
  variadic: boolean;
}): string {
  const ps = sig.params.vars.map((v, i) => {
    if (sig.variadic && i === sig.params.vars.length - 1 && v.type.kind === "Slice") {
      return "..." + rtypeString(v.type.elem);
    }
    return rtypeString(v.type);
  });
  const rs = sig.results.vars.map((v) => rtypeString(v.type));
  let s = `(${ps.join(", ")})`;
  if (rs.length === 1) s += " " + rs[0];
  else if (rs.length > 1) s += ` (${rs.join(", ")})`;
  return s;
}
