/*
 * Diagnostics: what every compiler phase reports, and how gc prints it.
 *
 * What: a diagnostic is a position and a message. Phases collect them in arrays; nothing
 * throws for bad input. The command prints them sorted by position, as gc does, in the
 * form `file:line:col: message`.
 *
 * Why one shape: the parser, the type checker and (later) escape analysis all report into
 * the same list, and the golden tests compare the printed text byte for byte with gc's.
 *
 * Invariant: `pos` is where gc would report (see compiler/syntax/ast.ts for which token of
 * a node that is); messages use gc 1.19's words.
 *
 * Example: { pos: { file: "x.go", line: 7, col: 2 }, msg: "undefined: y" } prints as
 *   x.go:7:2: undefined: y
 */
import type { Pos } from "./syntax/ast.js";

export interface Diagnostic {
  pos: Pos;
  msg: string;
  /** Syntax errors stop compilation before type checking, as in gc. */
  phase: "syntax" | "type" | "escape";
}

/** Orders by file, line, column; stable for equal positions (gc keeps report order there). */
export function sortDiagnostics(diags: readonly Diagnostic[]): Diagnostic[] {
  return diags
    .map((d, i) => ({ d, i }))
    .sort(
      (a, b) =>
        (a.d.pos.file < b.d.pos.file ? -1 : a.d.pos.file > b.d.pos.file ? 1 : 0) ||
        a.d.pos.line - b.d.pos.line ||
        a.d.pos.col - b.d.pos.col ||
        a.i - b.i,
    )
    .map((x) => x.d);
}

/**
 * gc packs a column into 8 bits; from 255 on it knows only the line and prints `x.go:3: msg`.
 */
const maxPrintedColumn = 254;

/** `file:line:col: msg`, with `file` rewritten by `displayFile` (e.g. to add `./`). */
export function formatDiagnostic(
  d: Diagnostic,
  displayFile: (file: string) => string = (f) => f,
): string {
  const col = d.pos.col <= maxPrintedColumn ? `:${d.pos.col}` : "";
  return `${displayFile(d.pos.file)}:${d.pos.line}${col}: ${d.msg}`;
}
