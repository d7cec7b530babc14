/*
 * minigo's -m output against gc's, byte for byte, on Go's own escape tests.
 *
 * What: for every test/escape*.go of Go 1.19 whose `// errorcheck` header has -l (gc's
 * inliner off, so minigo can match it exactly), `go tool compile -m -l` (plus -N when
 * the header has it) and minigo's analysis with the same flags must print the same
 * lines in the same order. Skipped when Go is not installed.
 *
 * Why: errorcheck (conformance:escape) only checks that each annotation's regexp finds
 * a line; gc's order of work and its exact words are the contract of `minigo tool
 * compile -m`, and only a whole-output comparison holds them.
 *
 * Example: escape2.go's `string(b) + s0 does not escape` comes before `string(b) does not
 * escape`: gc meets the concatenation before its operand.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { stdlibImporter } from "../stdlib/importer.js";
import { errorcheckSource } from "./run.js";

const goroot = "/usr/lib/go-1.19";
const goBin = `${goroot}/bin/go`;
const testDir = join(goroot, "test");
const haveTests = existsSync(goBin) && existsSync(testDir);

/** The header's flags, when it is an errorcheck with -l. */
function headerFlags(text: string): string[] | undefined {
  const m = /^\/\/\s*errorcheck\s+(.*)$/m.exec(text.split("\n")[0] ?? "");
  const flags = m?.[1]?.trim().split(/\s+/) ?? [];
  return flags.includes("-l") ? flags : undefined;
}

function gcOutput(file: string, flags: readonly string[]): string {
  const out = join(mkdtempSync(join(tmpdir(), "minigo-exact-")), "a.o");
  const extra = flags.filter((f) => f === "-N");
  try {
    return execFileSync(
      goBin,
      ["tool", "compile", "-p", "p", "-o", out, "-m", "-l", ...extra, file],
      {
        cwd: testDir,
        encoding: "utf8",
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
  } catch (e) {
    return String((e as { stdout?: string }).stdout ?? "");
  }
}

describe("-m -l output equals gc's on Go's test/escape*.go", () => {
  const files = haveTests
    ? readdirSync(testDir)
        .filter((f) => /^escape.*\.go$/.test(f))
        .filter((f) => headerFlags(readFileSync(join(testDir, f), "utf8")) !== undefined)
        .sort()
    : [];
  it.skipIf(!haveTests)("finds the -l files", () =>
    expect(files.length).toBeGreaterThanOrEqual(22),
  );
  for (const f of files) {
    it(`${f}: byte for byte`, () => {
      const text = readFileSync(join(testDir, f), "utf8");
      const ours = errorcheckSource(f, text, stdlibImporter()).output.map((l) => l + "\n");
      expect(ours.join("")).toBe(gcOutput(f, headerFlags(text)!));
    });
  }
});
