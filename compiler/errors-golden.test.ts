/*
 * Golden error tests: minigo's diagnostics for testdata/errors/NAME.go must equal
 * NAME.out, byte for byte.
 *
 * What: one test per program, named after the file, that runs the library's compile() on
 * { name: "NAME.go", text } and prints the diagnostics as gc does (`file:line:col: msg`,
 * one per line, continuation lines such as "\tT does not implement I (...)" being part of
 * the message). When Go 1.19 is installed, a second test per program re-runs gc on it and
 * checks that NAME.out still is what gc prints, so the goldens stay facts.
 *
 * Why: gc's error messages are part of the behaviour minigo reproduces; the goldens are
 * the parser's and checker's targets, listed by name when they fail.
 *
 * Invariant: NAME.out is written only from gc's output — by scripts/update-errors-golden.ts,
 * or by this test under MINIGO_UPDATE_GOLDEN=1 — except for `ours_*` files whose goldens
 * are minigo's own wording, written by hand (see testdata/errors/README.md).
 *
 * Example: testdata/errors/type_undefined_name.go with type_undefined_name.out
 *   type_undefined_name.go:4:7: undefined: y
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { haveGo, isOwnGolden, repoRoot, runGcCompile } from "../scripts/conformance-go.js";
import { formatDiagnostic, type Diagnostic } from "./diagnostics.js";
import type { SourceFile } from "./source.js";

const dir = join(repoRoot(), "testdata", "errors");
const programs = readdirSync(dir)
  .filter((n) => n.endsWith(".go"))
  .sort();

function golden(name: string): string {
  return readFileSync(join(dir, name.replace(/\.go$/, ".out")), "utf8");
}

/** What gc would print for these diagnostics: one `file:line:col: msg` line each. */
function printDiagnostics(diags: readonly Diagnostic[]): string {
  return diags.map((d) => formatDiagnostic(d) + "\n").join("");
}

type Compile = (files: SourceFile[]) => { diagnostics: Diagnostic[] };

describe("golden errors: minigo matches gc", () => {
  // Loaded dynamically so that the gc re-checks below still run while the compiler is
  // being written; if loading fails, every minigo test reports why.
  let compile: Compile | undefined;
  let loadError: unknown;
  beforeAll(async () => {
    try {
      compile = (await import("../src/index.js")).compile;
    } catch (e) {
      loadError = e;
    }
  });

  it("has at least 70 programs, each with a golden", () => {
    expect(programs.length).toBeGreaterThanOrEqual(70);
    for (const p of programs) expect(() => golden(p), p).not.toThrow();
  });

  for (const name of programs) {
    it(name, () => {
      if (!compile) throw new Error(`cannot load the compiler: ${String(loadError)}`);
      const text = readFileSync(join(dir, name), "utf8");
      const { diagnostics } = compile([{ name, text }]);
      expect(printDiagnostics(diagnostics)).toBe(golden(name));
    });
  }
});

// With MINIGO_UPDATE_GOLDEN=1 (npm run test:update) a golden that no longer matches gc is
// rewritten from gc's output, as scripts/update-errors-golden.ts would; never from minigo's.
const updating = process.env["MINIGO_UPDATE_GOLDEN"] === "1";

describe.skipIf(!haveGo())("golden errors: goldens still match gc", () => {
  for (const name of programs) {
    if (isOwnGolden(name)) continue;
    it(`gc ${name}`, () => {
      const { output } = runGcCompile(dir, name);
      if (updating && output !== golden(name)) {
        writeFileSync(join(dir, name.replace(/\.go$/, ".out")), output);
      }
      expect(output).toBe(golden(name));
    });
  }
});
