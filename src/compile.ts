/*
 * The compiler pipeline behind both the library and the command.
 *
 * What: source files in, diagnostics out. Parse every file; if any has a syntax error,
 * stop there as gc does; otherwise type-check the package against the stdlib minigo ships.
 * (Escape analysis and code generation join this pipeline in later phases.)
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
import type { File } from "../compiler/syntax/ast.js";
import { parseFile } from "../compiler/syntax/parser.js";
import { checkPackage } from "../compiler/types/check.js";
import { stdlibImporter } from "../compiler/stdlib/importer.js";

export interface CompileOptions {
  /** gc's -e: report every error instead of stopping after 10. */
  allErrors?: boolean;
}

export interface CompileResult {
  /** Sorted, capped as gc caps them; empty when the package is well formed. */
  diagnostics: Diagnostic[];
  /** True when there is no error. */
  ok: boolean;
}

/** gc stops after this many errors and prints `too many errors`. */
const maxErrors = 10;

export function compile(files: readonly SourceFile[], options: CompileOptions = {}): CompileResult {
  const parsed: File[] = [];
  let syntaxErrors: Diagnostic[] = [];
  for (const src of files) {
    const { file, diagnostics } = parseFile(src);
    parsed.push(file);
    syntaxErrors = syntaxErrors.concat(diagnostics);
  }
  const errors =
    syntaxErrors.length > 0 ? syntaxErrors : checkPackage(parsed, stdlibImporter()).diagnostics;
  const diagnostics = capErrors(sortDiagnostics(errors), options.allErrors ?? false);
  return { diagnostics, ok: diagnostics.length === 0 };
}

function capErrors(sorted: Diagnostic[], allErrors: boolean): Diagnostic[] {
  if (allErrors || sorted.length <= maxErrors) return sorted;
  const kept = sorted.slice(0, maxErrors);
  const last = kept[maxErrors - 1]!;
  return [...kept, { pos: last.pos, msg: "too many errors", phase: last.phase }];
}
