/*
 * Go's own test/escape*.go files must type-check with zero errors: they are the first
 * conformance suite of the project (read from the installed Go 1.19 at test time, never
 * copied). Skipped when Go is not installed.
 *
 * The files import parts of the standard library (fmt, os, reflect, sync/atomic, …) that
 * minigo ships as Go source under compiler/stdlib. While a package is not shipped yet,
 * the only errors allowed are the import failures themselves; once every import is
 * present, the file must check with no error at all.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { formatDiagnostic, sortDiagnostics } from "../diagnostics.js";
import type { SourceFile } from "../source.js";
import { parseFile } from "../syntax/parser.js";
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

const files = existsSync(goTest)
  ? readdirSync(goTest)
      .filter((f) => /^escape.*\.go$/.test(f))
      .sort()
  : [];

const notShipped = / is not in minigo's standard library$/;

describe.skipIf(files.length === 0)("Go's test/escape*.go type-check", () => {
  const importer = sourceImporter(new DiskSources());
  for (const name of files) {
    it(name, () => {
      const { file, diagnostics } = parseFile({
        name,
        text: readFileSync(join(goTest, name), "utf8"),
      });
      expect(diagnostics.map((d) => formatDiagnostic(d))).toEqual([]);
      const r = checkPackage([file], importer);
      const errors = sortDiagnostics(r.diagnostics).map((d) => formatDiagnostic(d));
      expect(errors.filter((e) => !notShipped.test(e))).toEqual([]);
    });
  }

  it("the shipped packages they import check clean", () => {
    expect(
      importer
        .stdlibDiagnostics()
        .filter((d) => !notShipped.test(d.msg))
        .map((d) => formatDiagnostic(d)),
    ).toEqual([]);
  });
});
