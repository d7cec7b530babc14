/*
 * Every program of Go's own test suite that gc compiles (`// run`, `// compile`, and the
 * escape-analysis `// errorcheck -m` files, whose annotations are not type errors) must
 * type-check without a single error. Read from the installed Go 1.19 at test time.
 *
 * Files the parser rejects (type parameters: out of scope) and files importing packages
 * minigo does not ship are left out; everything else is a regression test for false
 * positives of the checker.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { formatDiagnostic, sortDiagnostics } from "../diagnostics.js";
import type { SourceFile } from "../source.js";
import { checkSources } from "../frontend.js";
import { checkPackage } from "./check.js";
import { sourceImporter } from "./srcimporter.js";

const goTest = "/usr/lib/go-1.19/test";
const stdlibDir = join(dirname(fileURLToPath(import.meta.url)), "..", "stdlib");

class DiskSources extends Map<string, SourceFile[]> {
  override get(path: string): SourceFile[] | undefined {
    const dir = join(stdlibDir, path);
    if (!existsSync(dir)) return undefined;
    const files = readdirSync(dir).filter((f) => f.endsWith(".go") && !f.endsWith("_test.go"));
    if (files.length === 0) return undefined;
    return files.map((f) => ({ name: `${path}/${f}`, text: readFileSync(join(dir, f), "utf8") }));
  }
}

function goodFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".go"))
    .filter((f) => {
      const head = readFileSync(join(dir, f), "utf8").slice(0, 400);
      return /^\/\/ (run|compile)\n/.test(head) || /^\/\/ errorcheck .*-m/.test(head);
    })
    .sort();
}

const files = [
  ...goodFiles(goTest).map((f) => join(goTest, f)),
  ...goodFiles(join(goTest, "fixedbugs")).map((f) => join(goTest, "fixedbugs", f)),
];

describe.skipIf(files.length === 0)("Go's compiling test programs type-check clean", () => {
  it(`${files.length} files`, () => {
    const importer = sourceImporter(new DiskSources());
    const failures: string[] = [];
    let checked = 0;
    for (const path of files) {
      const name = path.slice(goTest.length + 1);
      const r = checkSources([{ name, text: readFileSync(path, "utf8") }], importer);
      if (r.check === undefined) continue;
      const errors = sortDiagnostics(r.diagnostics).map((d) => formatDiagnostic(d));
      if (errors.some((e) => e.includes("is not in minigo's standard library"))) continue;
      checked++;
      failures.push(...errors);
    }
    expect(failures).toEqual([]);
    expect(checked).toBeGreaterThan(500);
  });
});
