/*
 * Loading a whole program: the main package and every shipped stdlib package it needs,
 * checked once each, with shared type objects, and lowered to lifted IR.
 *
 * What: loadProgram(sources) type-checks the main package with an importer that keeps,
 * for each stdlib package, its syntax trees and TypeInfo (not just the Package, as the
 * front end's importer does), so that the IR built for `fmt` and the calls into it from
 * `main` refer to the same Func and Var objects. Each package is then built to IR, run
 * through escape analysis (which decides `heap` on every allocation site) and lifted.
 * Packages come out in dependency order: a package after everything it imports, main last.
 *
 * Why: code generation links functions, globals and types across packages by identity;
 * re-checking a package from source per importer would create distinct objects.
 *
 * Invariant: a package is checked and built at most once per Loader; the stdlib is
 * never reported on (its diagnostics are minigo bugs, raised as exceptions).
 *
 * Example: loadProgram([{name: "x.go", text}]) → {packages: [unicode/utf8, …, fmt, main]}.
 */
import type { Diagnostic } from "../diagnostics.js";
import { analyzeProgram } from "../escape/escape.js";
import { SourceLines } from "../escape/source-lines.js";
import { stdlibTags } from "../escape/stdlib.js";
import { checkSources } from "../frontend.js";
import { buildProgram } from "../ir/build.js";
import type { Program } from "../ir/ir.js";
import { liftProgram } from "../ir/lift.js";
import type { SourceFile } from "../source.js";
import { stdlibSources } from "../stdlib/sources.js";
import type * as ast from "../syntax/ast.js";
import { parseFile } from "../syntax/parser.js";
import { type ImportFailure, type Importer, type TypeInfo, checkPackage } from "../types/check.js";
import type { Package } from "../types/types.js";

export interface LoadedPackage {
  path: string;
  files: ast.File[];
  sources: readonly SourceFile[];
  pkg: Package;
  info: TypeInfo;
  ir: Program;
}

export interface LoadResult {
  /** Front-end errors of the main package (nothing else is loaded then). */
  diagnostics: Diagnostic[];
  /** Dependency order, main last. */
  packages: LoadedPackage[];
}

interface Checked {
  path: string;
  files: ast.File[];
  sources: readonly SourceFile[];
  pkg: Package;
  info: TypeInfo;
}

/** Checked stdlib packages, shared by every program of a process (they never change). */
const stdlibCache = new Map<string, Checked>();
const stdlibOrder: string[] = [];
const inProgress = new Set<string>();

const stdlibImporter: Importer = {
  importPackage(path: string): Package | ImportFailure {
    const hit = stdlibCache.get(path);
    if (hit) return hit.pkg;
    if (inProgress.has(path)) return { kind: "ImportFailure", msg: "import cycle not allowed" };
    const sources = stdlibSources.get(path);
    if (!sources) {
      return { kind: "ImportFailure", msg: `package ${path} is not in minigo's standard library` };
    }
    inProgress.add(path);
    try {
      const files = sources.map((f) => parseFile(f).file);
      const r = checkPackage(files, stdlibImporter, { stdlib: true, path });
      if (r.diagnostics.length > 0) {
        throw new Error(`minigo: stdlib package ${path} does not check: ${r.diagnostics[0]!.msg}`);
      }
      stdlibCache.set(path, { path, files, sources, pkg: r.pkg, info: r.info });
      stdlibOrder.push(path);
      return r.pkg;
    } finally {
      inProgress.delete(path);
    }
  },
};

/** Built and lifted IR per stdlib package (escape analysis decided its allocations). */
const stdlibIR = new Map<string, Program>();

function lower(c: Checked): Program {
  const prog = buildProgram(c.files, c.pkg, c.info);
  analyzeProgram(prog, new SourceLines(c.sources), stdlibTags);
  liftProgram(prog);
  return prog;
}

/** The stdlib packages p imports, transitively, in dependency order. */
function closure(pkg: Package, out: Set<string>): void {
  for (const imp of pkg.imports) {
    if (out.has(imp.path) || !stdlibCache.has(imp.path)) continue;
    closure(imp, out);
    out.add(imp.path);
  }
}

export function loadProgram(sources: readonly SourceFile[]): LoadResult {
  const fe = checkSources(sources, stdlibImporter, { complete: true });
  if (!fe.check || fe.diagnostics.length > 0) return { diagnostics: fe.diagnostics, packages: [] };
  const deps = new Set<string>();
  closure(fe.check.pkg, deps);
  // The runtime is always linked: panics and interfaces need its types.
  for (const always of ["runtime"]) {
    if (!deps.has(always)) {
      stdlibImporter.importPackage(always);
      const p = stdlibCache.get(always);
      if (p) {
        closure(p.pkg, deps);
        deps.add(always);
      }
    }
  }
  const packages: LoadedPackage[] = [];
  for (const path of stdlibOrder) {
    if (!deps.has(path)) continue;
    const c = stdlibCache.get(path)!;
    let ir = stdlibIR.get(path);
    if (!ir) {
      ir = lower(c);
      stdlibIR.set(path, ir);
    }
    packages.push({ ...c, ir });
  }
  const main: Checked = {
    path: "main",
    files: fe.files,
    sources,
    pkg: fe.check.pkg,
    info: fe.check.info,
  };
  packages.push({ ...main, ir: lower(main) });
  return { diagnostics: [], packages };
}
