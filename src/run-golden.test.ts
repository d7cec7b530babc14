/*
 * `minigo run` against what Go 1.19 printed: the testdata/run golden corpus.
 *
 * What: runs the built command `node dist/src/cli.js run testdata/run/NAME.go [args]` for
 * every program (two at a time, 20 s each) and compares stdout, exit status and stderr
 * byte for byte with the goldens recorded from Go by scripts/record-run-golden.ts
 * (stderr by its head for `// stderr: nondeterministic` programs). Programs named in
 * testdata/run/passing.txt must match — each is its own test and fails on a mismatch —
 * and they must match again under GODEBUG=gccheckmark=1,stackmove=1 GOGC=1 (collect
 * constantly, check every mark, move the stack at every check; 90 s each). Every other program is
 * still run and counted: the summary line `run golden: P/N passed` counts all programs
 * that match, lists those that match but are not yet in passing.txt, and gives the
 * first mismatch of every program that fails.
 * Also checked: the corpus is whole (goldens for every program, no orphans), and, when
 * Go is installed, three programs chosen by today's date still print what was recorded.
 *
 * Why: the goldens are facts about Go; the list is the ratchet. A program enters
 * passing.txt when minigo matches it, and from then on a regression fails the suite.
 *
 * Invariant: only the programs in passing.txt can fail the comparison tests; the corpus
 * and the Go re-check tests fail on any inconsistency.
 *
 * Example:
 *   npm run build && npx vitest run src/run-golden.test.ts
 *   run golden: 192/213 passed
 *     newly passing, add to testdata/run/passing.txt: algo_bigadd algo_binary_trees …
 *     FAIL defer_order: stdout: line 4: want "deferred 1", got "deferred 2"
 *     time: 1650.2 s in all; slowest: map_grow 19.8 s, …
 * MINIGO_RUN_GOLDEN=regexp limits the run to matching program names; MINIGO_CLI=file.js
 * runs another command in place of dist/src/cli.js (to check the harness itself).
 */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { haveGo } from "../scripts/conformance-go.js";
import {
  compareWithGolden,
  corpusProblems,
  listPrograms,
  mapLimit,
  readGolden,
  readHeader,
  readPassingList,
  readProgramHeader,
  runDir,
  runProcess,
  runWithGo,
  seededSample,
  stderrHead,
  type RunOutput,
} from "./run-golden-lib.js";

const cli = resolve(process.env["MINIGO_CLI"] ?? "dist/src/cli.js");
const dir = runDir();
const perProgramMs = 20_000;
/** Stress mode moves the stack at every check and collects constantly: allow it more. */
const perProgramStressMs = 90_000;
const concurrency = 2;
const stressEnv = { GODEBUG: "gccheckmark=1,stackmove=1", GOGC: "1" };

const filter = process.env["MINIGO_RUN_GOLDEN"];
const programs = listPrograms(dir).filter(
  (n) => filter === undefined || new RegExp(filter).test(n),
);
const passing = readPassingList(dir).filter((n) => programs.includes(n));
const passingSet = new Set(passing);

/** Worst case for running `count` programs two at a time, plus slack for startup. */
function budgetMs(count: number, eachMs: number): number {
  return Math.ceil(count / concurrency) * (eachMs + 2_000) + 60_000;
}

interface Outcome {
  /** Mismatches against the golden; empty when the program passes. */
  problems: string[];
  /** Wall-clock time of `minigo run`, compilation included. */
  ms: number;
}

/** Runs one program with minigo and compares it with its golden. */
async function runMinigo(
  name: string,
  extraEnv: Record<string, string> = {},
  timeoutMs = perProgramMs,
): Promise<Outcome> {
  if (!existsSync(cli)) return { problems: [`${cli} does not exist (run npm run build)`], ms: 0 };
  const { args } = readProgramHeader(name, dir);
  const start = performance.now();
  const run: RunOutput = await runProcess(
    process.execPath,
    [cli, "run", join("testdata", "run", `${name}.go`), ...args],
    { cwd: resolve("."), env: { ...process.env, ...extraEnv }, timeoutMs },
  );
  const ms = performance.now() - start;
  return { problems: compareWithGolden(readGolden(name, dir), run), ms };
}

function report(name: string, problems: string[]): string {
  return `${name}:\n\t${problems.join("\n\t")}`;
}

describe("golden helpers", () => {
  it("keeps the panic lines of stderr and drops the trace and machine state", () => {
    const nilDeref =
      "panic: runtime error: invalid memory address or nil pointer dereference\n" +
      "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x48101e]\n\n" +
      "goroutine 1 [running]:\nmain.main()\n\t/x/y.go:14 +0x5e\n";
    expect(stderrHead(nilDeref)).toBe(
      "panic: runtime error: invalid memory address or nil pointer dereference\n",
    );
    const repanic = "panic: first [recovered]\n\tpanic: again\n\ngoroutine 1 [running]:\n";
    expect(stderrHead(repanic)).toBe("panic: first [recovered]\n\tpanic: again\n");
    const overflow =
      "runtime: goroutine stack exceeds 1000000000-byte limit\n" +
      "runtime: sp=0xc020078260 stack=[0xc020070000, 0xc040070000]\n" +
      "fatal error: stack overflow\n\nruntime stack:\n";
    expect(stderrHead(overflow)).toBe("fatal error: stack overflow\n");
    expect(stderrHead("")).toBe("");
  });

  it("reads the header comments", () => {
    const h = readHeader(
      "// stderr: nondeterministic\n// args: a  b\tc\n\npackage main\n// args: no\n",
    );
    expect(h).toEqual({ nondeterministicStderr: true, args: ["a", "b", "c"] });
    expect(readHeader("package main\n// stderr: nondeterministic\n")).toEqual({
      nondeterministicStderr: false,
      args: [],
    });
  });

  it("compares byte for byte, stderr by its head when asked", () => {
    const run = {
      stdout: Buffer.from("1\n"),
      stderr: Buffer.from("panic: x\n\ngoroutine 1 [running]:\n"),
      status: 2,
    };
    expect(
      compareWithGolden({ stdout: Buffer.from("1\n"), exit: "2\n", stderrHead: "panic: x\n" }, run),
    ).toEqual([]);
    expect(
      compareWithGolden({ stdout: Buffer.from("1"), exit: "2\n", stderrHead: "panic: x\n" }, run),
    ).toHaveLength(1);
    expect(
      compareWithGolden({ stdout: Buffer.from("1\n"), exit: "0\n", stderr: Buffer.from("") }, run),
    ).toHaveLength(2);
  });

  it("samples reproducibly", () => {
    const items = Array.from({ length: 50 }, (_, i) => i);
    expect(seededSample(items, 3, "2026-01-01")).toEqual(seededSample(items, 3, "2026-01-01"));
    expect(new Set(seededSample(items, 50, "x")).size).toBe(50);
  });
});

describe("testdata/run corpus", () => {
  it("has goldens for every program and nothing else", () => {
    expect(programs.length).toBeGreaterThan(0);
    expect(corpusProblems(dir)).toEqual([]);
  });

  it.skipIf(!haveGo())(
    "still matches Go 1.19 on a sample chosen by date",
    async () => {
      const seed = new Date().toISOString().slice(0, 10);
      const sample = seededSample(listPrograms(dir), 3, seed);
      const problems: string[] = [];
      for (const name of sample) {
        const [run] = await runWithGo(name, 1, dir);
        const diff = compareWithGolden(readGolden(name, dir), run!);
        if (diff.length > 0) problems.push(report(name, diff));
      }
      console.log(
        `run golden: Go re-check (${seed}) of ${sample.join(", ")}: ${problems.length === 0 ? "ok" : "FAILED"}`,
      );
      expect(problems).toEqual([]);
    },
    300_000,
  );
});

describe("minigo run matches Go's goldens", () => {
  const results = new Map<string, string[]>();
  const times = new Map<string, number>();

  beforeAll(
    async () => {
      const outcomes = await mapLimit(programs, concurrency, (name) => runMinigo(name));
      programs.forEach((name, i) => {
        results.set(name, outcomes[i]!.problems);
        times.set(name, outcomes[i]!.ms);
      });
    },
    budgetMs(programs.length, perProgramMs),
  );

  afterAll(() => {
    const passed = programs.filter((n) => results.get(n)?.length === 0);
    const newly = passed.filter((n) => !passingSet.has(n));
    const lost = passing.filter((n) => results.get(n)?.length !== 0);
    let line = `run golden: ${passed.length}/${programs.length} passed`;
    if (newly.length > 0)
      line += `\n  newly passing, add to testdata/run/passing.txt: ${newly.join(" ")}`;
    if (lost.length > 0) line += `\n  in passing.txt but failing: ${lost.join(" ")}`;
    for (const name of programs.filter((n) => results.get(n)?.length !== 0)) {
      const first = results.get(name)?.[0] ?? "not run";
      line += `\n  FAIL ${name}: ${first.length > 160 ? `${first.slice(0, 160)}…` : first}`;
    }
    const slowest = [...times.entries()].sort((a, b) => b[1] - a[1]).slice(0, 8);
    const total = [...times.values()].reduce((a, b) => a + b, 0);
    line += `\n  time: ${(total / 1000).toFixed(1)} s in all; slowest: `;
    line += slowest.map(([n, ms]) => `${n} ${(ms / 1000).toFixed(1)} s`).join(", ");
    console.log(line);
  });

  it("runs every program", () => {
    expect(results.size).toBe(programs.length);
  });

  for (const name of passing) {
    it(`${name} (in passing.txt)`, () => {
      const problems = results.get(name) ?? ["not run"];
      expect(problems, report(name, problems)).toEqual([]);
    });
  }
});

describe("passing programs under GODEBUG=gccheckmark=1,stackmove=1 GOGC=1", () => {
  const results = new Map<string, string[]>();

  beforeAll(
    async () => {
      const outcomes = await mapLimit(passing, concurrency, (name) =>
        runMinigo(name, stressEnv, perProgramStressMs),
      );
      passing.forEach((name, i) => results.set(name, outcomes[i]!.problems));
    },
    budgetMs(passing.length, perProgramStressMs),
  );

  it("runs every passing program", () => {
    expect(results.size).toBe(passing.length);
  });

  for (const name of passing) {
    it(`${name} (stress)`, () => {
      const problems = results.get(name) ?? ["not run"];
      expect(problems, report(name, problems)).toEqual([]);
    });
  }
});
