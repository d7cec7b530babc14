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
 * Why on demand: most programs import two or three packages; checking all of them up
 * front would cost time for nothing. The cache is per importer, so every compile that
 * creates a fresh importer is independent.
 *
 * Invariants: each path is checked at most once per importer; an import cycle among
 * the stdlib sources is reported as an ImportFailure (`import cycle not allowed`)
 * instead of recursing forever; a stdlib package with errors is a bug in the shipped
 * sources, so its diagnostics are kept (see `stdlibDiagnostics`) and the package is
 * still returned so that user code can be checked against it.
 *
 * Example: stdlibImporter().importPackage("strings") → Package{name: "strings", …}.
 */
import { type SourceImporter, sourceImporter } from "../types/srcimporter.js";
import { stdlibSources } from "./sources.js";

export type { SourceImporter };

/** An importer over the shipped standard library (fresh cache per call). */
export function stdlibImporter(): SourceImporter {
  return sourceImporter(stdlibSources);
}
