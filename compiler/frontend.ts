/*
 * The front end as gc runs it: parse every file, check branches, type-check.
 *
 * What: source files in; the parsed files, the type checker's result and every front-end
 * diagnostic out. gc's order of events decides what is reported:
 *  - every file is parsed; a diagnostic whose message begins `syntax error` stops the
 *    package before type checking (other parser diagnostics, such as `unknown escape`
 *    or `expression in defer must be function call`, do not);
 *  - labels and jumps are checked per function body by compiler/syntax/branches.ts, as
 *    gc's syntax package does, even when another function has a syntax error;
 *  - otherwise the type checker runs and its diagnostics are added.
 *
 * Why one place: the command, the library and the tests must all see gc's behaviour; a
 * test that parsed and checked by hand would miss the branch errors or the stop rule.
 *
 * Invariant: `check` is present exactly when type checking ran to the end (no syntax
 * error, and the tree was not too deep for the checker's recursion).
 * Diagnostics are unsorted and uncapped; the caller sorts and caps them.
 *
 * Example: checkSources([{name: "x.go", text: "package p\nfunc f() { L: }\n"}], imp)
 *   .diagnostics → [x.go:2:12: label L defined and not used]
 */
import type { Diagnostic } from "./diagnostics.js";
import type { SourceFile } from "./source.js";
import type { File } from "./syntax/ast.js";
import { checkBranches } from "./syntax/branches.js";
import { parseFile } from "./syntax/parser.js";
import { checkPackage, type CheckOptions, type Importer } from "./types/check.js";

export interface FrontendResult {
  files: File[];
  check: ReturnType<typeof checkPackage> | undefined;
  diagnostics: Diagnostic[];
}

export function checkSources(
  sources: readonly SourceFile[],
  importer: Importer,
  options: CheckOptions = {},
): FrontendResult {
  const files: File[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const src of sources) {
    const parsed = parseFile(src);
    files.push(parsed.file);
    diagnostics.push(...parsed.diagnostics, ...checkBranches(parsed.file, parsed.diagnostics));
  }
  if (diagnostics.some((d) => d.msg.startsWith("syntax error"))) {
    return { files, check: undefined, diagnostics };
  }
  let check: ReturnType<typeof checkPackage>;
  try {
    check = checkPackage(files, importer, options);
  } catch (e) {
    if (!(e instanceof RangeError) || files.length === 0) throw e;
    // The checker recurses over the tree; an expression nested tens of thousands deep
    // (a 100,000-term sum) exhausts the JavaScript stack. Say so at the package clause
    // rather than crash.
    const pos = files[0]!.pkgName.pos;
    diagnostics.push({
      pos,
      msg: "program too deeply nested for minigo's type checker",
      phase: "type",
    });
    return { files, check: undefined, diagnostics };
  }
  diagnostics.push(...check.diagnostics);
  return { files, check, diagnostics };
}
