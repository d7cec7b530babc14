/*
 * Golden tests of gc's -m=2 explanations (solve.ts explainPath, lower.ts notes).
 *
 * What: for each testdata/escape/m2/*.go, `minigo tool compile -m=2 -l` must print the
 * matching .out byte for byte: the .out files record what Go 1.19 printed for our own
 * programs. When Go is installed (it is in CI) the .out files are re-checked against the
 * real gc, and so are Go's own -m=2 test files read from its installation.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { formatDiagnostic } from "../diagnostics.js";
import { stdlibImporter } from "../stdlib/importer.js";
import { errorcheckSource, escapeDiagnostics } from "./run.js";

const dir = fileURLToPath(new URL("../../testdata/escape/m2/", import.meta.url));
const programs = readdirSync(dir)
  .filter((f) => f.endsWith(".go"))
  .sort();
const goroot = "/usr/lib/go-1.19";
const goBin = `${goroot}/bin/go`;
const haveGo = existsSync(goBin);

/** gc's -m=2 -l output for a file in cwd, as `go tool compile` prints it. */
function gcOutput(cwd: string, file: string): string {
  const out = join(mkdtempSync(join(tmpdir(), "minigo-m2-")), "a.o");
  try {
    return execFileSync(goBin, ["tool", "compile", "-p", "p", "-o", out, "-m=2", "-l", file], {
      cwd,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
  } catch (e) {
    return String((e as { stdout?: string }).stdout ?? "");
  }
}

function mine(name: string, text: string): string {
  const r = escapeDiagnostics([{ name, text }], stdlibImporter(), {}, 2);
  return r.diagnostics.map((d) => formatDiagnostic(d) + "\n").join("");
}

describe("-m=2 explanations", () => {
  it("has goldens", () => expect(programs).toContain("seed.go"));
  for (const name of programs) {
    const text = readFileSync(join(dir, name), "utf8");
    const golden = readFileSync(join(dir, name.replace(/\.go$/, ".out")), "utf8");
    it(`prints ${name.replace(/\.go$/, ".out")} byte for byte`, () => {
      expect(mine(name, text)).toBe(golden);
    });
    it.skipIf(!haveGo)(`gc still prints ${name.replace(/\.go$/, ".out")}`, () => {
      expect(gcOutput(dir, name)).toBe(golden);
    });
  }
  it("explains the seed's decisions in gc's words", () => {
    const out = mine("seed.go", readFileSync(join(dir, "seed.go"), "utf8"));
    expect(out).toContain("seed.go:12:2:   flow: ~r0 = &l3:\n");
    expect(out).toContain("seed.go:8:21: parameter arg leaks to l3 with derefs=0:\n");
    expect(out).toContain("(non-constant size)");
  });

  // Go's own test files run with -m=2 (test/fixedbugs): the whole output must equal
  // gc's, and the `// ERROR` annotations must pass minigo errorcheck.
  const goFiles = ["fixedbugs/issue35518.go"];
  for (const f of goFiles) {
    const path = join(goroot, "test", f);
    const name = f.split("/").pop()!;
    it.skipIf(!existsSync(path))(`go test/${f}: same output as gc, errorcheck passes`, () => {
      const text = readFileSync(path, "utf8");
      expect(mine(name, text)).toBe(gcOutput(join(goroot, "test", "fixedbugs"), name));
      const r = errorcheckSource(name, text, stdlibImporter());
      expect(r.failures).toEqual([]);
    });
  }
  // Go's test/escape*.go files run with -l, at -m=2: these print exactly gc's output,
  // and the agreement over all of them is reported (and may not drop).
  const exact = [
    "escape_field.go",
    "escape_goto.go",
    "escape_hash_maphash.go",
    "escape_indir.go",
    "escape_level.go",
    "escape_map.go",
    "escape_runtime_atomic.go",
    "escape_selfassign.go",
    "escape_slice.go",
    "escape_sync_atomic.go",
  ];
  const testDir = join(goroot, "test");
  it.skipIf(!haveGo || !existsSync(testDir))(
    "go test/escape*.go (-l) at -m=2: identical files and lines",
    () => {
      const files = readdirSync(testDir)
        .filter((f) => /^escape.*\.go$/.test(f))
        .filter((f) => /^\/\/\s*errorcheck.*\s-l\b/.test(readFileSync(join(testDir, f), "utf8")))
        .sort();
      const identical: string[] = [];
      let lines = 0;
      let agreeing = 0;
      for (const f of files) {
        const theirs = gcOutput(testDir, f);
        const ours = mine(f, readFileSync(join(testDir, f), "utf8"));
        if (ours === theirs) identical.push(f);
        const t = theirs.split("\n").filter((l) => l !== "");
        const o = new Map<string, number>();
        for (const l of ours.split("\n")) o.set(l, (o.get(l) ?? 0) + 1);
        for (const l of t) {
          const n = o.get(l) ?? 0;
          if (n > 0) {
            agreeing++;
            o.set(l, n - 1);
          }
        }
        lines += t.length;
      }
      console.log(
        `escape -m=2 on Go's test/escape*.go (-l): ${identical.length}/${files.length} files identical; ` +
          `${agreeing}/${lines} of gc's lines printed by minigo`,
      );
      for (const f of exact) expect(identical).toContain(f);
      // The agreement measured when the last classes of notes were added (may not drop).
      expect(agreeing).toBeGreaterThanOrEqual(7029);
    },
    60_000,
  );

  // issue41635.go (-m -m without -l) also wants gc's `can inline f`, which needs an
  // inliner; every explanation of it must still be ours.
  it.skipIf(!existsSync(join(goroot, "test/fixedbugs/issue41635.go")))(
    "go test/fixedbugs/issue41635.go: only the inliner's line is missing",
    () => {
      const text = readFileSync(join(goroot, "test/fixedbugs/issue41635.go"), "utf8");
      const r = errorcheckSource("issue41635.go", text, stdlibImporter());
      expect(r.failures).toEqual(['issue41635.go:9: missing error ""']);
      expect(r.matched).toBe(r.wanted - 1);
    },
  );
});
