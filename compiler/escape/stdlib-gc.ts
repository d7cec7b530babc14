/*
 * The shipped stdlib's leak tags, compared with gc's tags for the real standard library.
 *
 * What: callerSource(path) writes a Go file (package p) with one wrapper per exported
 * function and method of stdlib package `path` that minigo ships and whose parameters
 * (receiver included) carry pointers. A wrapper takes the callee's parameters as its own
 * and returns its results, so with -l its own leak diagnostics (`leaking param: p0`,
 * `p1 does not escape`, `leaking param: p0 to result ~r0 level=0`, …) restate the
 * callee's tags, at every level:
 *
 *	func f_Builder_WriteString(r *strings.Builder, p0 string) (int, error) {
 *		return r.WriteString(p0)
 *	}
 *
 * compareWithGc(path) runs minigo's escape analysis and `go tool compile -m -l` on that
 * file and compares the diagnostics of each wrapper. A wrapper gc rejects (minigo ships a
 * function or signature the real package lacks) is dropped and reported apart.
 *
 * Why: a caller's -m output depends on the tags of the stdlib functions it calls, and
 * minigo computes them from its own Go source of the stdlib, not gc's; this is where the
 * two are held equal.
 *
 * Invariant: the wrappers do nothing but pass parameters through, so any difference is a
 * difference between the callee's tags in minigo and in gc.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { formatDiagnostic } from "../diagnostics.js";
import { stdlibImporter } from "../stdlib/importer.js";
import { typeString } from "../types/typestring.js";
import type { Func, Package, Signature, Type } from "../types/types.js";
import { escapeDiagnostics } from "./run.js";

/** The packages Go's tests call whose tags are compared. */
export const gcComparedPackages = [
  "fmt",
  "io",
  "os",
  "reflect",
  "runtime",
  "strings",
  "sync",
  "sync/atomic",
];

export const goBin = "/usr/lib/go-1.19/bin/go";

/** One wrapper of the generated file: the callee's name and the wrapper's lines. */
export interface Wrapper {
  /** `strings.Index`, `(*strings.Builder).WriteString`. */
  callee: string;
  first: number;
  last: number;
  text: string;
}

function isExported(name: string): boolean {
  return /^[A-Z]/.test(name);
}

/** Whether values of t carry pointers (so that gc prints a diagnostic for them). */
function hasPointers(t: Type, seen = new Set<Type>()): boolean {
  switch (t.kind) {
    case "Basic":
      return t.name === "string" || t.name === "unsafe.Pointer" || t.name === "untyped nil";
    case "Array":
      return t.len > 0 && hasPointers(t.elem, seen);
    case "Struct":
      return t.fields.some((f) => hasPointers(f.type, seen));
    case "Named":
      if (seen.has(t)) return false;
      seen.add(t);
      return hasPointers(t.underlying, seen);
    case "Tuple":
      return t.vars.some((v) => hasPointers(v.type, seen));
    default:
      return true;
  }
}

/**
 * The packages a type names, or undefined when it names something a caller cannot
 * (an unexported type).
 */
function namedPackages(t: Type, out: Map<string, string>, seen = new Set<Type>()): boolean {
  if (seen.has(t)) return true;
  seen.add(t);
  switch (t.kind) {
    case "Basic":
      return t.name !== "unsafe.Pointer" || (out.set("unsafe", "unsafe"), true);
    case "Pointer":
    case "Slice":
    case "Array":
    case "Chan":
      return namedPackages(t.elem, out, seen);
    case "Map":
      return namedPackages(t.key, out, seen) && namedPackages(t.elem, out, seen);
    case "Struct":
      return t.fields.every((f) => isExported(f.name) && namedPackages(f.type, out, seen));
    case "Tuple":
      return t.vars.every((v) => namedPackages(v.type, out, seen));
    case "Signature":
      return namedPackages(t.params, out, seen) && namedPackages(t.results, out, seen);
    case "Interface":
      return (
        t.methods.every((m) => isExported(m.name) && namedPackages(m.type, out, seen)) &&
        t.embeddeds.every((e) => namedPackages(e, out, seen))
      );
    case "Named": {
      const pkg = t.obj.pkg;
      if (!pkg) return true; // error, any, comparable
      if (!isExported(t.obj.name)) return false;
      out.set(pkg.path, pkg.name);
      return true;
    }
  }
}

/** The wrapper of one function or method, or undefined when it cannot be written. */
function wrapperText(
  fnName: string,
  callee: string,
  sig: Signature,
  call: (args: string) => string,
  imports: Map<string, string>,
): string | undefined {
  const used = new Map<string, string>();
  const recv = sig.recv;
  if (recv && !namedPackages(recv.type, used)) return undefined;
  if (!namedPackages(sig.params, used)) return undefined;
  const pointerful =
    (recv !== undefined && hasPointers(recv.type)) ||
    sig.params.vars.some((v) => hasPointers(v.type));
  if (!pointerful) return undefined;
  const params: string[] = [];
  const args: string[] = [];
  if (recv) params.push(`r ${typeString(recv.type)}`);
  sig.params.vars.forEach((v, i) => {
    const last = i === sig.params.vars.length - 1;
    if (sig.variadic && last && v.type.kind === "Slice") {
      params.push(`p${i} ...${typeString(v.type.elem)}`);
      args.push(`p${i}...`);
    } else {
      params.push(`p${i} ${typeString(v.type)}`);
      args.push(`p${i}`);
    }
  });
  const results = sig.results.vars;
  const resUsed = new Map<string, string>();
  const canReturn = results.length > 0 && namedPackages(sig.results, resUsed);
  for (const [p, n] of used) imports.set(p, n);
  if (canReturn) for (const [p, n] of resUsed) imports.set(p, n);
  const body = canReturn ? `return ${call(args.join(", "))}` : call(args.join(", "));
  const res = !canReturn
    ? ""
    : results.length === 1
      ? ` ${typeString(results[0]!.type)}`
      : ` (${results.map((r) => typeString(r.type)).join(", ")})`;
  return `// ${callee}\nfunc ${fnName}(${params.join(", ")})${res} {\n\t${body}\n}\n`;
}

/** The callee functions of a package, in name order: functions, then methods by type. */
function callees(pkg: Package): { callee: string; fn: Func; recvType?: string }[] {
  const out: { callee: string; fn: Func; recvType?: string }[] = [];
  const names = [...pkg.scope.elems.keys()].filter(isExported).sort();
  for (const n of names) {
    const o = pkg.scope.elems.get(n)!;
    if (o.kind === "Func") out.push({ callee: `${pkg.name}.${n}`, fn: o });
  }
  for (const n of names) {
    const o = pkg.scope.elems.get(n)!;
    if (o.kind !== "TypeName" || o.isAlias || o.type.kind !== "Named") continue;
    const methods = [...o.type.methods].filter((m) => isExported(m.name));
    methods.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const m of methods) {
      const rt = m.type.recv?.type;
      const ptr = rt?.kind === "Pointer";
      out.push({
        callee: ptr ? `(*${pkg.name}.${n}).${m.name}` : `${pkg.name}.${n}.${m.name}`,
        fn: m,
        recvType: n,
      });
    }
  }
  return out;
}

/** The generated caller file of a package, and where each wrapper is in it. */
export function callerSource(
  path: string,
  skip: ReadonlySet<string> = new Set(),
): { text: string; wrappers: Wrapper[] } {
  const imp = stdlibImporter();
  const pkg = imp.importPackage(path);
  if (pkg.kind !== "Package") throw new Error(`${path}: ${pkg.msg}`);
  const imports = new Map<string, string>([[path, pkg.name]]);
  const parts: { callee: string; text: string }[] = [];
  let k = 0;
  for (const { callee, fn, recvType } of callees(pkg)) {
    if (skip.has(callee)) continue;
    const name = `f${k}_${recvType ? recvType + "_" : ""}${fn.name}`;
    const call = recvType
      ? (a: string) => `r.${fn.name}(${a})`
      : (a: string) => `${pkg.name}.${fn.name}(${a})`;
    const text = wrapperText(name, callee, fn.type, call, imports);
    if (text === undefined) continue;
    parts.push({ callee, text });
    k++;
  }
  const head = ["package p", "", "import ("];
  for (const p of [...imports.keys()].sort()) head.push(`\t"${p}"`);
  head.push(")", "");
  // Keep every import used whatever wrappers remain.
  for (const [p, n] of [...imports].sort()) {
    if (p !== "unsafe") head.push(`var _ = ${n}.${anyExported(imp, p)}`);
    else head.push("var _ unsafe.Pointer");
  }
  head.push("");
  let line = head.length + 1;
  const lines = [...head];
  const wrappers: Wrapper[] = [];
  for (const p of parts) {
    const n = p.text.split("\n").length - 1;
    wrappers.push({ callee: p.callee, first: line, last: line + n - 1, text: p.text });
    lines.push(p.text);
    line += n + 1;
  }
  return { text: lines.join("\n"), wrappers };
}

/** Some exported function or variable of a package, to use its import. */
function anyExported(imp: ReturnType<typeof stdlibImporter>, path: string): string {
  const pkg = imp.importPackage(path);
  if (pkg.kind !== "Package") return "X";
  const names = [...pkg.scope.elems.keys()].filter(isExported).sort();
  return names.find((n) => pkg.scope.elems.get(n)!.kind === "Func") ?? names[0]!;
}

/** minigo's `-m -l` lines for a file named `file`. */
export function minigoLines(file: string, text: string): string[] {
  const r = escapeDiagnostics([{ name: file, text }], stdlibImporter());
  return r.diagnostics.map((d) => formatDiagnostic(d));
}

/** gc's `-m -l` output lines (compile errors included) for `text`, compiled in `dir`. */
export function gcLines(dir: string, file: string, text: string): string[] {
  writeFileSync(join(dir, file), text);
  let out: string;
  try {
    out = execFileSync(
      goBin,
      ["tool", "compile", "-p", "p", "-e", "-o", join(dir, "gc.o"), "-m", "-l", file],
      { cwd: dir, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
    );
  } catch (e) {
    out = String((e as { stdout?: string }).stdout ?? "");
  }
  return out.split("\n").filter((l) => l.trim() !== "");
}

export interface Comparison {
  callee: string;
  minigo: string[];
  gc: string[];
}

export interface PackageComparison {
  path: string;
  /** Every compared wrapper, with the lines each side printed for it. */
  compared: Comparison[];
  /** Callees whose wrapper gc rejects: not in the real package, or another signature. */
  notInGc: string[];
}

const lineOf = (l: string): number => Number(/^[^:]+:(\d+):/.exec(l)?.[1] ?? 0);

/** Compares minigo's and gc's diagnostics for the wrappers of package `path`. */
export function compareWithGc(path: string, workDir?: string): PackageComparison {
  const dir = workDir ?? mkdtempSync(join(tmpdir(), "minigo-tags-"));
  mkdirSync(dir, { recursive: true });
  const file = `${path.replace(/\//g, "_")}_callers.go`;
  const skip = new Set<string>();
  for (let round = 0; ; round++) {
    const { text, wrappers } = callerSource(path, skip);
    const gc = gcLines(dir, file, text);
    const errors = gc.filter(
      (l) =>
        !/: (leaking param|.* does not escape|.* escapes to heap|moved to heap|parameter .* leaks)/.test(
          l,
        ),
    );
    const bad = wrappers.filter((w) =>
      errors.some((l) => lineOf(l) >= w.first && lineOf(l) <= w.last),
    );
    if (errors.length > 0 && round < 20) {
      if (bad.length === 0) throw new Error(`gc rejects ${file}:\n${errors.join("\n")}`);
      for (const w of bad) skip.add(w.callee);
      continue;
    }
    const mine = minigoLines(file, text);
    const compared = wrappers.map((w) => {
      const inW = (l: string): boolean => lineOf(l) >= w.first && lineOf(l) <= w.last;
      return { callee: w.callee, minigo: mine.filter(inW).sort(), gc: gc.filter(inW).sort() };
    });
    return { path, compared, notInGc: [...skip].sort() };
  }
}

/** The callees whose diagnostics differ. */
export function differing(c: PackageComparison): Comparison[] {
  return c.compared.filter(
    (x) => x.minigo.length !== x.gc.length || x.minigo.some((l, i) => l !== x.gc[i]),
  );
}
