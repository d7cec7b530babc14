/*
 * Escape analysis from source text: front end, IR build, analysis — in one call.
 *
 * What: escapeDiagnostics(sources, importer) type-checks the package; if that reports
 * errors they are returned and nothing else runs (gc does not analyse an ill-typed
 * package). Otherwise the unlifted IR is built and analysed, and the -m diagnostics are
 * returned sorted by position, as gc prints them.
 *
 * Why: `minigo tool compile -m`, `minigo build -gcflags=-m`, `minigo errorcheck` and the
 * conformance script all need exactly this sequence; no Node API is used here.
 *
 * The level is gc's -m level: at 2 and above the flow explanations are included.
 *
 * Example: escapeDiagnostics([{name: "x.go", text}], importer).diagnostics
 *   → [{pos: x.go:5:2, msg: "moved to heap: x", phase: "escape"}, …]
 */
import { formatDiagnostic, sortDiagnostics, type Diagnostic } from "../diagnostics.js";
import { checkSources, type FrontendResult } from "../frontend.js";
import { buildProgram } from "../ir/build.js";
import type { SourceFile } from "../source.js";
import type { CheckOptions, Importer } from "../types/check.js";
import { analyzeProgram } from "./escape.js";
import { stdlibTags } from "./stdlib.js";
import { type CheckResult, checkOutput, errorcheckFlags } from "./errorcheck.js";
import { SourceLines } from "./source-lines.js";

export interface EscapeRunResult {
  /** Front-end errors, or else the escape diagnostics; sorted. */
  diagnostics: Diagnostic[];
  /** True when the front end reported errors (no analysis ran). */
  failed: boolean;
}

export function escapeDiagnostics(
  sources: readonly SourceFile[],
  importer: Importer,
  options: CheckOptions = {},
  level = 1,
): EscapeRunResult {
  const fe = checkSources(sources, importer, options);
  if (!fe.check || fe.diagnostics.length > 0) {
    return { diagnostics: sortDiagnostics(fe.diagnostics), failed: true };
  }
  return { diagnostics: analyzeChecked(fe, sources, level), failed: false };
}

/** The escape diagnostics of a package the front end accepted, in gc's order of work. */
export function analyzeChecked(
  fe: FrontendResult,
  sources: readonly SourceFile[],
  level = 1,
): Diagnostic[] {
  if (!fe.check) return [];
  const prog = buildProgram(fe.files, fe.check.pkg, fe.check.info);
  // In gc's order of work, as `go tool compile -m` prints them (not sorted).
  return analyzeProgram(prog, new SourceLines(sources), stdlibTags, level).diagnostics;
}

/** gc's -m level in a flag list (`-m`, `-m -m`, `-m=2`); other flags are ignored. */
export function escapeLevelOf(flags: readonly string[]): number {
  let m = 0;
  for (const f of flags) {
    const x = /^--?m(?:=(\d+))?$/.exec(f);
    if (x) m = x[1] !== undefined ? Number(x[1]) : m + 1;
  }
  return m;
}

/**
 * Runs one `// errorcheck` file as run.go does (flags from its header, all errors) and
 * matches the output against its `// ERROR` comments. `short` is the name the output and
 * the LINE substitutions use (run.go uses the base name).
 */
export function errorcheckSource(
  short: string,
  text: string,
  importer: Importer,
): CheckResult & { output: string[] } {
  const flags = errorcheckFlags(text) ?? [];
  const level = escapeLevelOf(flags);
  const src: SourceFile = { name: short, text };
  const fe = checkSources([src], importer);
  const diags =
    fe.diagnostics.length > 0 || !fe.check || level === 0
      ? sortDiagnostics(fe.diagnostics)
      : analyzeChecked(fe, [src], level);
  const output = diags.map((d) => formatDiagnostic(d));
  return { ...checkOutput(short, text, output), output };
}
