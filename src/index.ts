/*
 * minigo as a library: the same compiler the `minigo` command runs, with no Node-only
 * dependency, so that it also runs in a browser.
 *
 * Example:
 *   import { compile, formatDiagnostic } from "minigo";
 *   const r = compile([{ name: "x.go", text: src }]);
 *   for (const d of r.diagnostics) console.log(formatDiagnostic(d));
 */
export { compile, type CompileOptions, type CompileResult } from "./compile.js";
export { formatDiagnostic, sortDiagnostics, type Diagnostic } from "../compiler/diagnostics.js";
export type { SourceFile } from "../compiler/source.js";
export type { Pos } from "../compiler/syntax/ast.js";
