/*
 * The IR of a package as text: front end, build, (lift), verify, print — in one call.
 *
 * What: irText(sources, importer, options) runs the front end as gc does; if it reports
 * errors they are returned (sorted) and nothing is built. Otherwise the IR is built,
 * verified, optionally lifted and verified again, and printed (one function with
 * `func`). Verifier problems are returned too: they are bugs of minigo, never of the
 * program.
 *
 * Why: the `minigo ir` command, the golden tests and the benchmark all need exactly this
 * sequence; keeping it here (no Node APIs) lets the library run it in a browser as well.
 *
 * Example: irText([{name: "x.go", text}], stdlibImporter(), {lift: true}).text
 *   → "package p\n\nfunc f(x int) int (lifted)\nb0: entry\n  …"
 */
import { sortDiagnostics, type Diagnostic } from "../diagnostics.js";
import { checkSources } from "../frontend.js";
import type { SourceFile } from "../source.js";
import type { Importer } from "../types/check.js";
import { buildProgram } from "./build.js";
import { type Program, allFunctions } from "./ir.js";
import { liftProgram } from "./lift.js";
import { printProgram } from "./print.js";
import { verifyProgram } from "./verify.js";

export interface IrTextOptions {
  /** Run mem2reg before printing. */
  lift?: boolean;
  /** Print `@line:col` after each instruction. */
  positions?: boolean;
  /** Print only the function with this name (`f`, `(*T).M`, `f$1`, `init`). */
  func?: string;
}

export interface IrTextResult {
  /** Front-end errors; when present, nothing was built. */
  diagnostics: Diagnostic[];
  /** The printed IR ("" when the front end failed or -func matched nothing). */
  text: string;
  /** Verifier problems (internal errors of minigo). */
  problems: string[];
  /** The program, when it was built. */
  program: Program | undefined;
  /** The requested function was not found. */
  missingFunc: boolean;
}

export function irText(
  sources: readonly SourceFile[],
  importer: Importer,
  options: IrTextOptions = {},
): IrTextResult {
  const fe = checkSources(sources, importer);
  if (!fe.check || fe.diagnostics.length > 0) {
    return {
      diagnostics: sortDiagnostics(fe.diagnostics),
      text: "",
      problems: [],
      program: undefined,
      missingFunc: false,
    };
  }
  let program: Program;
  try {
    program = buildProgram(fe.files, fe.check.pkg, fe.check.info);
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    // The builder recurses over expressions like the checker; say so rather than crash.
    const pos = fe.files[0]!.pkgName.pos;
    const msg = "program too deeply nested for minigo's IR builder";
    return {
      diagnostics: [{ pos, msg, phase: "type" }],
      text: "",
      problems: [],
      program: undefined,
      missingFunc: false,
    };
  }
  const problems = verifyProgram(program);
  if (options.lift) {
    liftProgram(program);
    problems.push(...verifyProgram(program).map((p) => `after lift: ${p}`));
  }
  const missingFunc =
    options.func !== undefined && !allFunctions(program).some((f) => f.name === options.func);
  const text = missingFunc
    ? ""
    : printProgram(program, { positions: options.positions }, options.func);
  return { diagnostics: [], text, problems, program, missingFunc };
}
