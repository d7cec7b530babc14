/*
 * The benchmark program generator: exact size, deterministic, valid Go.
 *
 * The full 100,000-line program takes gc tens of seconds (it compiles to machine code), so
 * validity is checked with gc on a 5,000-line program made of the same unit templates.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { haveGo, runGcCompile } from "../../scripts/conformance-go.js";
import { generateProgram } from "./gen.js";

describe("bench/frontend generator", () => {
  it("produces exactly 100,000 lines, the same every time", () => {
    const a = generateProgram(100_000);
    expect(a.endsWith("\n")).toBe(true);
    expect(a.split("\n").length - 1).toBe(100_000);
    expect(generateProgram(100_000)).toBe(a);
    expect(a).toMatch(/^package main$/m);
    expect(a).toContain("func main() {");
  });

  it.skipIf(!haveGo())("is valid Go according to gc", () => {
    const dir = mkdtempSync(join(tmpdir(), "minigo-bench-gen-"));
    writeFileSync(join(dir, "small.go"), generateProgram(5_000));
    expect(runGcCompile(dir, "small.go")).toEqual({ output: "", status: 0 });
  });
});
