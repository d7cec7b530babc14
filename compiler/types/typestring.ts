/*
 * Printing types the way gc (types2) prints them in its messages.
 *
 * What: typeString(t, pkg) renders a type in Go syntax. Named types declared in `pkg` (the
 * package being checked) print bare (`T`); those of other packages are qualified by the
 * package name (`fmt.Stringer`); predeclared ones print bare (`error`, `byte`).
 *
 * Why exact: diagnostics are compared byte for byte with gc's. types2's conventions:
 *  - struct fields and interface methods are separated by "; " with no padding:
 *    `struct{a int; b string "tag"; I}`, `interface{M(); N(x int) string}`;
 *    an interface lists its explicit methods before its embedded types;
 *  - parameter lists repeat the type for each name: `func(a int, b int, c ...string)`;
 *    a single unnamed result prints without parentheses: `func(a int) int`;
 *  - `chan (<-chan int)` parenthesizes a receive-only element of a bidirectional channel;
 *  - the empty interface prints `interface{}`, and `any` when written as `any`
 *    (the alias is its own object in universe.ts).
 *
 * Example: typeString(Map{key: string, elem: Slice{byte}}) === "map[string][]byte".
 */
import type { Package, Signature, Tuple, Type } from "./types.js";
import { emptyInterface } from "./universe.js";

export function typeString(t: Type, pkg?: Package): string {
  const out: string[] = [];
  writeType(out, t, pkg, new Set());
  return out.join("");
}

export function signatureString(sig: Signature, pkg?: Package): string {
  const out: string[] = [];
  writeSignature(out, sig, pkg, new Set());
  return out.join("");
}

function writeType(out: string[], t: Type, pkg: Package | undefined, seen: Set<Type>): void {
  switch (t.kind) {
    case "Basic":
      out.push(t.display);
      return;
    case "Pointer":
      out.push("*");
      writeType(out, t.elem, pkg, seen);
      return;
    case "Slice":
      out.push("[]");
      writeType(out, t.elem, pkg, seen);
      return;
    case "Array":
      out.push(`[${t.len}]`);
      writeType(out, t.elem, pkg, seen);
      return;
    case "Map":
      out.push("map[");
      writeType(out, t.key, pkg, seen);
      out.push("]");
      writeType(out, t.elem, pkg, seen);
      return;
    case "Chan": {
      let parens = false;
      if (t.dir === "send") out.push("chan<- ");
      else if (t.dir === "recv") out.push("<-chan ");
      else {
        out.push("chan ");
        parens = t.elem.kind === "Chan" && t.elem.dir === "recv";
      }
      if (parens) out.push("(");
      writeType(out, t.elem, pkg, seen);
      if (parens) out.push(")");
      return;
    }
    case "Struct": {
      out.push("struct{");
      t.fields.forEach((f, i) => {
        if (i > 0) out.push("; ");
        if (!f.embedded) out.push(f.name + " ");
        writeType(out, f.type, pkg, seen);
        if (t.tags[i]) out.push(" " + JSON.stringify(t.tags[i]));
      });
      out.push("}");
      return;
    }
    case "Tuple":
      writeTuple(out, t, false, pkg, seen);
      return;
    case "Signature":
      out.push("func");
      writeSignature(out, t, pkg, seen);
      return;
    case "Interface": {
      if (t === emptyInterface) {
        out.push("any");
        return;
      }
      if (seen.has(t)) {
        out.push("interface{...}");
        return;
      }
      seen.add(t);
      out.push("interface{");
      let first = true;
      const methods = [...t.methods].sort((a, b) =>
        a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
      );
      for (const m of methods) {
        if (!first) out.push("; ");
        first = false;
        out.push(m.name);
        writeSignature(out, m.type, pkg, seen);
      }
      for (const e of t.embeddeds) {
        if (!first) out.push("; ");
        first = false;
        writeType(out, e, pkg, seen);
      }
      out.push("}");
      seen.delete(t);
      return;
    }
    case "Named": {
      const obj = t.obj;
      if (obj.pkg && obj.pkg !== pkg) out.push(obj.pkg.name + ".");
      out.push(obj.name);
      return;
    }
  }
}

function writeTuple(
  out: string[],
  tup: Tuple,
  variadic: boolean,
  pkg: Package | undefined,
  seen: Set<Type>,
): void {
  out.push("(");
  tup.vars.forEach((v, i) => {
    if (i > 0) out.push(", ");
    if (v.name !== "") out.push(v.name + " ");
    const last = i === tup.vars.length - 1;
    if (variadic && last && v.type.kind === "Slice") {
      out.push("...");
      writeType(out, v.type.elem, pkg, seen);
    } else {
      writeType(out, v.type, pkg, seen);
    }
  });
  out.push(")");
}

function writeSignature(
  out: string[],
  sig: Signature,
  pkg: Package | undefined,
  seen: Set<Type>,
): void {
  writeTuple(out, sig.params, sig.variadic, pkg, seen);
  const res = sig.results.vars;
  if (res.length === 0) return;
  out.push(" ");
  if (res.length === 1 && res[0].name === "") {
    writeType(out, res[0].type, pkg, seen);
    return;
  }
  writeTuple(out, sig.results, false, pkg, seen);
}
