/*
 * Differential test of the -m=2 explanations: minigo against gc on random programs.
 *
 * What: the 300 seeded random programs of randprog.ts (the same as the -m test);
 * for each, `go tool compile -p p -m=2 -l` and minigo must print the same output. Two
 * figures are printed: programs whose output is identical byte for byte (gc's order
 * included), and programs whose lines agree as a set. Runs when Go 1.19 is installed;
 * the floors are what this implementation reached, so that they can only rise.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatDiagnostic } from "../diagnostics.js";
import { stdlibImporter } from "../stdlib/importer.js";
import { randomProgram } from "./randprog.js";
import { escapeDiagnostics } from "./run.js";

const goBin = "/usr/lib/go-1.19/bin/go";
const haveGo = existsSync(goBin);
const programs = 300;

describe("differential -m=2 explanations", () => {
  it.skipIf(!haveGo)(
    `agrees with gc's -m=2 on ${programs} random programs`,
    () => {
      const dir = mkdtempSync(join(tmpdir(), "minigo-diff-m2-"));
      const importer = stdlibImporter();
      const differ: number[] = [];
      let identical = 0;
      let sameLines = 0;
      for (let seed = 1; seed <= programs; seed++) {
        const text = randomProgram(seed);
        writeFileSync(join(dir, "x.go"), text);
        let gc: string;
        try {
          gc = execFileSync(
            goBin,
            ["tool", "compile", "-p", "p", "-o", join(dir, "x.o"), "-m=2", "-l", "x.go"],
            { cwd: dir, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
          );
        } catch (e) {
          gc = String((e as { stdout?: string }).stdout ?? "");
        }
        const r = escapeDiagnostics([{ name: "x.go", text }], importer, {}, 2);
        const mine = r.diagnostics.map((d) => formatDiagnostic(d) + "\n").join("");
        if (mine === gc) identical++;
        else differ.push(seed);
        const lines = (s: string): string => JSON.stringify(s.split("\n").sort());
        if (lines(mine) === lines(gc)) sameLines++;
      }
      console.log(
        `escape -m=2 differential: ${identical}/${programs} identical byte for byte, ` +
          `${sameLines}/${programs} same lines in any order` +
          (differ.length ? `; first differing seeds: ${differ.slice(0, 10).join(", ")}` : ""),
      );
      expect(identical).toBeGreaterThanOrEqual(IDENTICAL_FLOOR);
      expect(sameLines).toBeGreaterThanOrEqual(SAME_LINES_FLOOR);
    },
    120_000,
  );
});

const IDENTICAL_FLOOR = programs;
const SAME_LINES_FLOOR = programs;
