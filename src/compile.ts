/*
 * The compiler pipeline behind both the library and the command.
 *
 * What: source files in, diagnostics out: the front end (compiler/frontend.ts) against the
 * stdlib minigo ships, then gc's sorting and error cap; with escapeLevel, the escape
 * analysis diagnostics (compiler/escape/run.ts) of a package that type-checks.
 *
 * Why here: the command (src/cli.ts) and the library entry (src/index.ts) must give the
 * same answers, so neither holds any compiler logic of its own. This module uses no
 * Node-only API: the library runs in a browser too.
 *
 * Invariant: the returned diagnostics are sorted by position and capped as gc caps them:
 * after 10 errors, one more line `too many errors` at the position of the tenth, unless
 * `allErrors` (gc's -e) is set.
 *
 * Example:
 *   compile([{ name: "x.go", text: "package main\nfunc main() { y = 1 }\n" }])
 *     .diagnostics  // [{ pos: {file:"x.go",line:2,col:15}, msg: "undefined: y", phase: "type" }]
 */
import { sortDiagnostics, type Diagnostic } from "../compiler/diagnostics.js";
import type { SourceFile } from "../compiler/source.js";
import { checkSources } from "../compiler/frontend.js";
import { stdlibImporter } from "../compiler/stdlib/importer.js";
import { analyzeChecked } from "../compiler/escape/run.js";

export interface CompileOptions {
  /** gc's -e: report every error instead of stopping after 10. */
  allErrors?: boolean;
  /**
   * gc's -complete, which `go build` passes: a function without a body is an error and
   * package main needs func main. `go tool compile` leaves it off.
   */
  complete?: boolean;
  /**
   * gc's -m level: when > 0 and the package type-checks, escape analysis runs and its
   * diagnostics (phase "escape", not errors) join the result, sorted with the others.
   */
  escapeLevel?: number;
}

export interface CompileResult {
  /** Sorted, capped as gc caps them; empty when the package is well formed. */
  diagnostics: Diagnostic[];
  /** True when there is no error (escape analysis diagnostics are not errors). */
  ok: boolean;
}

/** gc stops after this many errors and prints `too many errors`. */
const maxErrors = 10;

/**
 * The shipped standard library is checked once per process and shared: a checked
 * package is never modified afterwards, so every compile may import the same objects.
 * Only its declarations are checked (compiler/stdlib/importer.ts), and escape analysis
 * takes its tags from a table made at build time (compiler/escape/stdlib.ts): a small
 * program's compile is no longer dominated by the stdlib it imports.
 */
let sharedStdlib: ReturnType<typeof stdlibImporter> | undefined;

export function compile(files: readonly SourceFile[], options: CompileOptions = {}): CompileResult {
  sharedStdlib ??= stdlibImporter();
  const fe = checkSources(files, sharedStdlib, { complete: options.complete });
  const errors = fe.diagnostics;
  if (errors.length === 0 && (options.escapeLevel ?? 0) > 0) {
    return { diagnostics: analyzeChecked(fe, files, options.escapeLevel), ok: true };
  }
  const diagnostics = capErrors(sortDiagnostics(errors), options.allErrors ?? false);
  return { diagnostics, ok: diagnostics.length === 0 };
}

function capErrors(sorted: Diagnostic[], allErrors: boolean): Diagnostic[] {
  if (allErrors || sorted.length <= maxErrors) return sorted;
  const kept = sorted.slice(0, maxErrors);
  const last = kept[maxErrors - 1]!;
  return [...kept, { pos: last.pos, msg: "too many errors", phase: last.phase }];
}
