/*
 * Columns and order of -m diagnostics: gc's exact output, not just its lines.
 *
 * What: the `// ERROR` harness matches messages per line only, so a diagnostic at the
 * wrong column (or printed in the wrong order) passes it. These tests compare whole
 * outputs byte for byte:
 *   1. testdata/escape/positions.go, whose implicit interface conversions exercise gc's
 *      "current position" quirk (compiler/ir/gcpos.ts), must print positions.out, the
 *      output Go 1.19 gave for it; when Go is installed, gc must still print it.
 *   2. When Go is installed, the benchmark's generated program (bench/frontend/gen.ts,
 *      3,000 lines: literals holding conversions, closures, maps, interfaces) gives
 *      identical `-m -l` output from minigo and gc, so a regression at scale shows here
 *      before it shows in `npm run bench:escape`.
 * Plus a few columns pinned without Go, so the quirk is tested everywhere.
 *
 * Example: `l = append(l, C{R: float64(j) / 2})` is reported at the column of `j`.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { generateProgram } from "../../bench/frontend/gen.js";
import { formatDiagnostic } from "../diagnostics.js";
import { stdlibImporter } from "../stdlib/importer.js";
import { escapeDiagnostics } from "./run.js";

const dir = fileURLToPath(new URL("../../testdata/escape/", import.meta.url));
const goBin = "/usr/lib/go-1.19/bin/go";
const haveGo = existsSync(goBin);

function gcOutput(cwd: string, file: string): string {
  const out = join(mkdtempSync(join(tmpdir(), "minigo-pos-")), "a.o");
  return execFileSync(goBin, ["tool", "compile", "-p", "p", "-o", out, "-m", "-l", file], {
    cwd,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    maxBuffer: 64 << 20,
  });
}

function mine(name: string, text: string): string {
  const r = escapeDiagnostics([{ name, text }], stdlibImporter(), {}, 1);
  expect(r.failed).toBe(false);
  return r.diagnostics.map((d) => formatDiagnostic(d) + "\n").join("");
}

describe("-m positions and order", () => {
  const text = readFileSync(join(dir, "positions.go"), "utf8");
  const golden = readFileSync(join(dir, "positions.out"), "utf8");

  it("prints positions.out byte for byte", () => {
    expect(mine("positions.go", text)).toBe(golden);
  });

  it("places conversions where gc's base.Pos was left", () => {
    const out = mine("positions.go", text).split("\n");
    const at = (line: number, col: number, msg: string): void =>
      expect(out).toContain(`positions.go:${line}:${col}: ${msg}`);
    const lines = text.split("\n");
    const lineOf = (code: string): number => lines.findIndex((l) => l.includes(code)) + 1;
    const colOf = (line: number, sub: string): number => lines[line - 1]!.indexOf(sub) + 1;
    // The last non-constant operand visited: `j` inside the literal.
    const a = lineOf("l = append(l, C{R: float64(j) / 2})");
    at(a, colOf(a, "j)"), "C{...} escapes to heap");
    // No such operand: the literal's `{`.
    const b = lineOf("l = append(l, C{R: 1})");
    at(b, colOf(b, "{R: 1}"), "C{...} escapes to heap");
    // A call inside the literal leaves the position at its `(`.
    const c = lineOf("l = append(l, C{R: half(j)})");
    at(c, colOf(c, "(j)"), "C{...} escapes to heap");
    // A return converts each value at its own node; a name keeps the position before it.
    const r = lineOf("return d, C{N: j}");
    at(r, colOf(r, "j}"), "d escapes to heap");
    at(r, colOf(r, "{N"), "C{...} escapes to heap");
  });

  it.skipIf(!haveGo)("gc still prints positions.out", () => {
    expect(gcOutput(dir, "positions.go")).toBe(golden);
  });

  it.skipIf(!haveGo)("agrees with gc on the benchmark's generated program (3,000 lines)", () => {
    const tmp = mkdtempSync(join(tmpdir(), "minigo-pos-gen-"));
    const src = generateProgram(3000);
    writeFileSync(join(tmp, "gen.go"), src);
    const theirs = gcOutput(tmp, "gen.go");
    const ours = mine("gen.go", src);
    expect(theirs.split("\n").length).toBeGreaterThan(300);
    expect(ours).toBe(theirs);
  });
});
