/*
 * Golden tests of escape analysis: testdata/escape/*.go, in Go's `// ERROR` form.
 *
 * What: every program there must pass minigo's errorcheck (compiler/escape/run.ts), and,
 * when Go 1.19 is installed (it is in CI), the real `go tool compile` run with the file's
 * header flags must pass the same harness: the annotations are facts about gc, not
 * about minigo. The seed cases of issue 4 are checked line for line against gc's output.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { stdlibImporter } from "../stdlib/importer.js";
import { checkOutput, errorcheckFlags } from "./errorcheck.js";
import { errorcheckSource } from "./run.js";

const dir = fileURLToPath(new URL("../../testdata/escape/", import.meta.url));
const programs = readdirSync(dir)
  .filter((f) => f.endsWith(".go"))
  .sort();
const goBin = "/usr/lib/go-1.19/bin/go";
const haveGo = existsSync(goBin);

/** gc's output for a file, as run.go runs it (-p=p -C -e, then the header's flags). */
function gcOutput(file: string, flags: string[]): string[] {
  const out = join(mkdtempSync(join(tmpdir(), "minigo-esc-")), "a.o");
  let text: string;
  try {
    text = execFileSync(goBin, ["tool", "compile", "-p=p", "-e", "-o", out, ...flags, file], {
      cwd: dir,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
  } catch (e) {
    text = String((e as { stdout?: string }).stdout ?? "");
  }
  return text.split("\n").filter((l) => l.trim() !== "");
}

describe("escape goldens", () => {
  const importer = stdlibImporter();
  it("has annotated programs", () => {
    expect(programs.length).toBeGreaterThanOrEqual(3);
    const annotated = programs
      .map((p) => (readFileSync(join(dir, p), "utf8").match(/\/\/ ERROR /g) ?? []).length)
      .reduce((a, b) => a + b, 0);
    expect(annotated).toBeGreaterThanOrEqual(100);
  });
  for (const name of programs) {
    const text = readFileSync(join(dir, name), "utf8");
    it(`minigo errorcheck ${name}`, () => {
      const r = errorcheckSource(name, text, importer);
      expect(r.failures).toEqual([]);
      expect(r.matched).toBe(r.wanted);
    });
    it.skipIf(!haveGo)(`gc agrees with the annotations of ${name}`, () => {
      const flags = (errorcheckFlags(text) ?? []).filter((f) => f !== "-0");
      const r = checkOutput(name, text, gcOutput(name, flags));
      expect(r.failures).toEqual([]);
    });
  }
  it.skipIf(!haveGo)("prints exactly gc's lines for the seed cases", () => {
    const text = readFileSync(join(dir, "seed.go"), "utf8");
    const mine = errorcheckSource("seed.go", text, importer).output;
    expect(mine).toEqual(gcOutput("seed.go", ["-m", "-l"]));
    expect(mine).toContain("seed.go:31:11: make([]int, 19999999999999) escapes to heap");
  });
});
