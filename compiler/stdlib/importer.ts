/*
 * The importer of minigo's shipped standard library.
 *
 * What: stdlibImporter() answers `import "fmt"` by parsing and type-checking the Go
 * source of that package (embedded in sources.ts) on first use, then caching the
 * resulting Package. A package's own imports go through the same importer, so the
 * standard library is checked bottom-up on demand. `unsafe` never reaches here: the
 * checker provides it. An import path that is not shipped fails with gc-like wording
 * (`package net/http is not in minigo's standard library`), reported by the checker
 * at the import path.
 *
 * Declarations only (the default): an importer needs a package's exported objects and
 * their types, never what its function bodies or tables say, so it parses each file's
 * declarations (declarations.ts, computed when the stdlib is embedded), without the
 * imports only bodies used (as gc reads only export data, not the bodies, of what it
 * imports). Checking the bodies, and the packages only they import, was most of the cost
 * of a small compile. What the stripped check reports (a `missing return` for every
 * emptied function with results, imports used only in bodies) is meaningless and dropped. `{ checkBodies: true }` checks
 * the whole source and keeps its diagnostics (see `stdlibDiagnostics`): a stdlib package
 * with errors is a bug in the shipped sources. Code that needs a stdlib package's own
 * bodies (escape analysis of the stdlib, compiler/escape/stdlib.ts) checks that
 * package's files itself; only its imports come from here.
 *
 * Why on demand: most programs import two or three packages; checking all of them up
 * front would cost time for nothing. The cache is per importer, so every compile that
 * creates a fresh importer is independent.
 *
 * Invariants: each path is checked at most once per importer; an import cycle among
 * the stdlib sources is reported as an ImportFailure (`import cycle not allowed`)
 * instead of recursing forever; the Package of a declaration-only check has the same
 * objects and types as a full check (Func.noBody included: a body emptied here still
 * counts as a body), but its `imports` lists only what its declarations use (code that
 * needs the whole import graph, such as compiler/codegen/load.ts, checks full sources).
 *
 * Example: stdlibImporter().importPackage("strings") → Package{name: "strings", …}.
 */
import type { Diagnostic } from "../diagnostics.js";
import { parseFile } from "../syntax/parser.js";
import { type ImportFailure, checkPackage } from "../types/check.js";
import { type SourceImporter, sourceImporter } from "../types/srcimporter.js";
import type { Package } from "../types/types.js";
import { stdlibSources } from "./sources.js";

export type { SourceImporter };

export interface StdlibImporterOptions {
  /** Type-check the packages' function bodies too, keeping their diagnostics. */
  checkBodies?: boolean;
}

/** An importer over the shipped standard library (fresh cache per call). */
export function stdlibImporter(options: StdlibImporterOptions = {}): SourceImporter {
  if (options.checkBodies) return sourceImporter(stdlibSources);
  return declarationImporter();
}

function declarationImporter(): SourceImporter {
  const cache = new Map<string, Package | ImportFailure>();
  const inProgress = new Set<string>();
  const importer: SourceImporter = {
    importPackage(path: string): Package | ImportFailure {
      const hit = cache.get(path);
      if (hit) return hit;
      if (inProgress.has(path)) return { kind: "ImportFailure", msg: `import cycle not allowed` };
      const files = stdlibSources.get(path);
      if (!files) {
        return {
          kind: "ImportFailure",
          msg: `package ${path} is not in minigo's standard library`,
        };
      }
      inProgress.add(path);
      try {
        const parsed = files.map((f) => parseFile({ name: f.name, text: f.decl }).file);
        const r = checkPackage(parsed, importer, { stdlib: true, path });
        cache.set(path, r.pkg);
        return r.pkg;
      } finally {
        inProgress.delete(path);
      }
    },
    stdlibDiagnostics(): Diagnostic[] {
      return [];
    },
  };
  return importer;
}
