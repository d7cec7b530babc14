/*
 * An importer over Go source text: import path → files, parsed and checked on demand.
 *
 * What: sourceImporter(sources) answers importPackage(path) by parsing and type-checking
 * the files of that path (with options.stdlib: bodiless functions allowed) the first time
 * it is asked, then caching the Package. The packages' own imports go through the same
 * importer, so dependencies are checked bottom-up on demand. `unsafe` never reaches here:
 * the checker provides it. A path with no sources fails with
 * `package net/http is not in minigo's standard library`, which the checker reports at
 * the import path.
 *
 * Why separate from compiler/stdlib/importer.ts: tests and tools can check programs
 * against any set of sources (e.g. read from disk) without the embedded stdlib.
 *
 * Invariants: each path is checked at most once per importer; an import cycle is an
 * ImportFailure (`import cycle not allowed`), never infinite recursion; errors inside
 * the imported sources are kept (stdlibDiagnostics) and the package is still returned.
 *
 * Example: sourceImporter(new Map([["p", [{name: "p.go", text: "package p\nconst C = 1\n"}]]]))
 *   .importPackage("p") → Package{name: "p"} whose scope has C.
 */
import type { Diagnostic } from "../diagnostics.js";
import type { SourceFile } from "../source.js";
import { parseFile } from "../syntax/parser.js";
import { type ImportFailure, type Importer, checkPackage } from "./check.js";
import type { Package } from "./types.js";

export interface SourceImporter extends Importer {
  /** Errors found in the imported sources checked so far (should be empty for the stdlib). */
  stdlibDiagnostics(): Diagnostic[];
}

/** An importer over any map of import path → Go source files (tests use their own). */
export function sourceImporter(sources: ReadonlyMap<string, SourceFile[]>): SourceImporter {
  const cache = new Map<string, Package | ImportFailure>();
  const inProgress = new Set<string>();
  const diags: Diagnostic[] = [];
  const importer: SourceImporter = {
    importPackage(path: string): Package | ImportFailure {
      const hit = cache.get(path);
      if (hit) return hit;
      if (inProgress.has(path)) return { kind: "ImportFailure", msg: `import cycle not allowed` };
      const files = sources.get(path);
      if (!files) {
        return {
          kind: "ImportFailure",
          msg: `package ${path} is not in minigo's standard library`,
        };
      }
      inProgress.add(path);
      try {
        const parsed = files.map((f) => {
          const r = parseFile(f);
          diags.push(...r.diagnostics);
          return r.file;
        });
        const r = checkPackage(parsed, importer, { stdlib: true, path });
        diags.push(...r.diagnostics);
        cache.set(path, r.pkg);
        return r.pkg;
      } finally {
        inProgress.delete(path);
      }
    },
    stdlibDiagnostics(): Diagnostic[] {
      return diags;
    },
  };
  return importer;
}
