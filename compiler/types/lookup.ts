/*
 * Method sets and selector lookup: finding x.f through embedded fields.
 *
 * What: lookupFieldOrMethod(T, addressable, pkg, name) searches T's fields and methods
 * breadth first by embedding depth, as the spec's selector rule says: the shallowest
 * depth with exactly one match wins; two matches at that depth make the selector
 * ambiguous. At each depth a Named type contributes its declared methods, a struct its
 * fields (embedded ones are queued for the next depth), an interface its method set.
 * The result carries the index path (field indices through the embedded fields, then the
 * field or method index) and whether a pointer was followed on the way (`indirect`).
 *
 * missingMethod(V, T) answers "does V implement interface T?", naming the first missing
 * method (in name order, as gc), a method with the wrong signature, or a method that
 * only *V has (pointer receiver). completeInterface computes an interface's full method
 * set (explicit plus embedded), sorted by name.
 *
 * Invariants: a pointer to an interface has no methods; a named pointer type has no
 * methods of its own and only the fields of its base; a method with a pointer receiver
 * is in the method set of T only when the operand is addressable (or reached through a
 * pointer), otherwise lookup reports `ptrRecv`.
 *
 * Example: type A struct{ B }; type B struct{ x int }; func (*B) M()
 *   lookup(A, addressable, "x") = found Var x, index [0, 0], indirect false
 *   lookup(A, not addressable, "M") = ptrRecv (M is only in the method set of *B)
 */
import type { Func, Interface, Named, Package, Struct, Type, Var } from "./types.js";
import { identical, isExported, under } from "./predicates.js";

export function completeInterface(t: Interface): Func[] {
  if (t.allMethods) return t.allMethods;
  if (t.completing) return t.methods;
  t.completing = true;
  const all = new Map<string, Func>();
  for (const m of t.methods) all.set(m.name, m);
  for (const e of t.embeddeds) {
    const u = under(e);
    if (u.kind !== "Interface") continue;
    for (const m of completeInterface(u)) if (!all.has(m.name)) all.set(m.name, m);
  }
  t.completing = false;
  const list = [...all.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  t.allMethods = list;
  return list;
}

export type LookupResult =
  | { kind: "found"; obj: Var | Func; index: number[]; indirect: boolean }
  | { kind: "ambiguous"; index: number[] }
  | { kind: "ptrRecv"; obj: Func; index: number[] }
  | { kind: "notFound" };

function sameId(
  objName: string,
  objPkg: Package | undefined,
  pkg: Package | undefined,
  name: string,
): boolean {
  if (objName !== name) return false;
  return isExported(name) || objPkg === pkg || objPkg === undefined;
}

export function deref(t: Type): [Type, boolean] {
  if (t.kind === "Pointer") return [t.elem, true];
  return [t, false];
}

export function hasPtrRecv(f: Func): boolean {
  const r = f.type.recv;
  if (!r || f.isInterfaceMethod) return false;
  return r.type.kind === "Pointer";
}

/** Name → index maps for long method and field lists, rebuilt when a list grows. */
const methodIndexes = new WeakMap<Named, { n: number; byName: Map<string, number> }>();
const fieldIndexes = new WeakMap<Struct, Map<string, number>>();

function methodIndex(t: Named, name: string): number {
  const ms = t.methods;
  if (ms.length < 8) return ms.findIndex((m) => m.name === name);
  let ix = methodIndexes.get(t);
  if (!ix || ix.n !== ms.length) {
    const byName = new Map<string, number>();
    ms.forEach((m, i) => {
      if (!byName.has(m.name)) byName.set(m.name, i);
    });
    ix = { n: ms.length, byName };
    methodIndexes.set(t, ix);
  }
  return ix.byName.get(name) ?? -1;
}

function fieldIndex(s: Struct, name: string): number {
  if (s.fields.length < 8) return s.fields.findIndex((f) => f.name === name);
  let ix = fieldIndexes.get(s);
  if (!ix) {
    ix = new Map();
    for (let i = 0; i < s.fields.length; i++)
      if (!ix.has(s.fields[i].name)) ix.set(s.fields[i].name, i);
    fieldIndexes.set(s, ix);
  }
  return ix.get(name) ?? -1;
}

interface Entry {
  typ: Type;
  index: number[];
  indirect: boolean;
  multiples: boolean;
}

export function lookupFieldOrMethod(
  T: Type,
  addressable: boolean,
  pkg: Package | undefined,
  name: string,
): LookupResult {
  if (name === "_") return { kind: "notFound" };
  if (T.kind === "Named" && T.underlying.kind === "Pointer") {
    const r = lookupFieldOrMethod(T.underlying, false, pkg, name);
    if (r.kind === "found" && r.obj.kind === "Func") return { kind: "notFound" };
    if (r.kind === "ptrRecv") return { kind: "notFound" };
    return r;
  }
  const [typ0, isPtr] = deref(T);
  if (isPtr && under(typ0).kind === "Interface") return { kind: "notFound" };

  let current: Entry[] = [{ typ: typ0, index: [], indirect: isPtr, multiples: false }];
  const seen = new Set<Named>();
  while (current.length > 0) {
    const next: Entry[] = [];
    let obj: Var | Func | undefined;
    let index: number[] = [];
    let indirect = false;
    for (const e of current) {
      let typ = e.typ;
      if (typ.kind === "Named") {
        if (seen.has(typ)) continue;
        seen.add(typ);
        const i = methodIndex(typ, name);
        let found = false;
        if (i >= 0 && sameId(typ.methods[i].name, typ.methods[i].pkg, pkg, name)) {
          if (obj || e.multiples) return { kind: "ambiguous", index: [...e.index, i] };
          obj = typ.methods[i];
          index = [...e.index, i];
          indirect = e.indirect;
          found = true;
        }
        // A type cannot have a field and a method of the same name.
        if (found) continue;
        typ = typ.underlying;
      }
      if (typ.kind === "Struct") {
        const i = fieldIndex(typ, name);
        if (i >= 0) {
          const f = typ.fields[i];
          if (sameId(f.name, f.pkg, pkg, name)) {
            if (obj || e.multiples) return { kind: "ambiguous", index: [...e.index, i] };
            obj = f;
            index = [...e.index, i];
            indirect = e.indirect;
          }
        }
        // Embedded fields lead one level deeper (only if nothing was found here).
        if (!obj) {
          for (let k = 0; k < typ.fields.length; k++) {
            const f = typ.fields[k];
            if (!f.embedded) continue;
            const [ft, p] = deref(f.type);
            next.push({
              typ: ft,
              index: [...e.index, k],
              indirect: e.indirect || p,
              multiples: e.multiples,
            });
          }
        }
      } else if (typ.kind === "Interface") {
        const ms = completeInterface(typ);
        for (let i = 0; i < ms.length; i++) {
          if (sameId(ms[i].name, ms[i].pkg, pkg, name)) {
            if (obj || e.multiples) return { kind: "ambiguous", index: [...e.index, i] };
            obj = ms[i];
            index = [...e.index, i];
            indirect = e.indirect;
            break;
          }
        }
      }
    }
    if (obj) {
      if (obj.kind === "Func" && hasPtrRecv(obj) && !indirect && !addressable) {
        return { kind: "ptrRecv", obj, index };
      }
      return { kind: "found", obj, index, indirect };
    }
    current = consolidateMultiples(next);
  }
  return { kind: "notFound" };
}

function consolidateMultiples(list: Entry[]): Entry[] {
  if (list.length <= 1) return list;
  const out: Entry[] = [];
  for (const e of list) {
    const j = out.findIndex((o) => identical(o.typ, e.typ));
    if (j >= 0) out[j].multiples = true;
    else out.push({ ...e });
  }
  return out;
}

export interface MissingMethod {
  method: Func;
  /** A method of V with the same name but a different signature (or a different-case name). */
  alt: Func | undefined;
  /** The method exists but only with a pointer receiver. */
  ptrRecv: boolean;
}

/**
 * The first method of interface T that V lacks, or undefined if V implements T.
 * `static` is false for type assertions x.(V) (then only methods present in both must match).
 */
export function missingMethod(V: Type, T: Interface, static_: boolean): MissingMethod | undefined {
  const methods = completeInterface(T);
  if (methods.length === 0) return undefined;
  const vu = under(V);
  if (vu.kind === "Interface") {
    const vms = completeInterface(vu);
    for (const m of methods) {
      const f = vms.find((x) => sameId(x.name, x.pkg, m.pkg, m.name));
      if (!f) {
        if (static_) return { method: m, alt: undefined, ptrRecv: false };
        continue;
      }
      if (!identical(f.type, m.type)) return { method: m, alt: f, ptrRecv: false };
    }
    return undefined;
  }
  for (const m of methods) {
    const r = lookupFieldOrMethod(V, false, m.pkg, m.name);
    if (r.kind === "ptrRecv") return { method: m, alt: r.obj, ptrRecv: true };
    if (r.kind !== "found" || r.obj.kind !== "Func") {
      // A method whose name differs only in case is mentioned by gc.
      const alt = findFoldedMethod(V, m.name);
      return { method: m, alt, ptrRecv: false };
    }
    if (!identical(methodType(r.obj), methodType(m)))
      return { method: m, alt: r.obj, ptrRecv: false };
  }
  return undefined;
}

function methodType(f: Func): Type {
  const s = f.type;
  return {
    kind: "Signature",
    recv: undefined,
    params: s.params,
    results: s.results,
    variadic: s.variadic,
  };
}

function findFoldedMethod(V: Type, name: string): Func | undefined {
  const lower = name.toLowerCase();
  const [t] = deref(V);
  if (t.kind === "Named")
    return t.methods.find((m) => m.name.toLowerCase() === lower && m.name !== name);
  return undefined;
}

/** One entry of a method set: the method and how to reach it from the receiver. */
export interface MethodSetEntry {
  method: Func;
  /** Field indices through embedded fields, then the method's index (as in Selection). */
  index: number[];
  /** A pointer is followed on the way (an embedded pointer, or the receiver itself). */
  indirect: boolean;
}

/**
 * The method set of T, sorted by name (the spec's rule: for a value type, methods with
 * value receivers, also promoted through embedded fields, and those with pointer
 * receivers when reached through an embedded pointer; for *T, all of them). An
 * interface's method set is its methods. Ambiguous names (two at the same shallowest
 * depth) are left out, as they cannot be selected. Used to build itabs for conversions
 * to interfaces.
 */
export function methodSet(T: Type): MethodSetEntry[] {
  const [base, isPtr] = deref(T);
  const bu = under(base);
  if (bu.kind === "Interface") {
    if (isPtr) return [];
    return completeInterface(bu).map((m, i) => ({ method: m, index: [i], indirect: false }));
  }
  if (T.kind === "Named" && T.underlying.kind === "Pointer") return [];
  const found = new Map<string, MethodSetEntry | null>();
  let current: Entry[] = [{ typ: base, index: [], indirect: isPtr, multiples: false }];
  const seen = new Set<Named>();
  while (current.length > 0) {
    const next: Entry[] = [];
    const atDepth = new Map<string, MethodSetEntry | null>();
    const fieldsAtDepth = new Set<string>();
    const add = (name: string, e: MethodSetEntry | null): void => {
      if (found.has(name)) return;
      atDepth.set(name, atDepth.has(name) ? null : e);
    };
    for (const e of current) {
      let typ = e.typ;
      if (typ.kind === "Named") {
        if (seen.has(typ)) continue;
        seen.add(typ);
        typ.methods.forEach((m, i) =>
          add(
            m.name,
            e.multiples ? null : { method: m, index: [...e.index, i], indirect: e.indirect },
          ),
        );
        typ = typ.underlying;
      }
      if (typ.kind === "Struct") {
        typ.fields.forEach((f, i) => {
          fieldsAtDepth.add(f.name);
          if (f.embedded) {
            const [ft, p] = deref(f.type);
            next.push({
              typ: ft,
              index: [...e.index, i],
              indirect: e.indirect || p,
              multiples: e.multiples,
            });
          }
        });
      } else if (typ.kind === "Interface") {
        completeInterface(typ).forEach((m, i) =>
          add(
            m.name,
            e.multiples ? null : { method: m, index: [...e.index, i], indirect: e.indirect },
          ),
        );
      }
    }
    for (const [name, e] of atDepth) found.set(name, e);
    // A field at this depth hides deeper methods of the same name (and clashes with a
    // method at the same depth).
    for (const name of fieldsAtDepth)
      if (atDepth.has(name) || !found.has(name)) found.set(name, null);
    current = consolidateMultiples(next);
  }
  const out: MethodSetEntry[] = [];
  for (const e of found.values()) {
    if (!e) continue;
    // Pointer-receiver methods belong to the value's method set only through a pointer.
    if (!e.indirect && hasPtrRecv(e.method)) continue;
    out.push(e);
  }
  return out.sort((a, b) =>
    a.method.name < b.method.name ? -1 : a.method.name > b.method.name ? 1 : 0,
  );
}
