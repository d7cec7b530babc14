/*
 * `minigo run` conformance, measured on Go's own run tests.
 *
 * What: runs every test selected by scripts/conformance-run-select.ts (Go's test/*.go and
 * test/fixedbugs/*.go whose recipe is exactly `// run`, built for linux/amd64, without
 * type parameters, importing only packages minigo ships) as
 *
 *   node dist/src/cli.js run <name>      (working directory $GOROOT/test)
 *
 * and checks it as Go's test/run.go checks a "run" test: exit status 0, and stdout and
 * stderr together, in the order written, byte for byte equal to the `.out` file beside
 * the test (empty when there is none; "\r\n" in the output counts as "\n"). It prints one
 * line per file, in selection order,
 *
 *   PASS 235.go
 *   FAIL fixedbugs/bug001.go: exit status 2: panic: runtime error: index out of range …
 *
 * and ends with the figure CI keeps:
 *
 *   run: P/N passed
 *
 * Usage (after `npm run build`):
 *   node dist/scripts/conformance-run.js [--baseline FILE] [--update-baseline] [--only SUBSTRING]
 *       [-v] [--jobs N] [--timeout MS] [--list] [--cli FILE]
 *
 *   --baseline FILE    exit 1 if fewer files pass than FILE records, or if a file FILE
 *                      lists as passing fails now (each is named). Such a file is first
 *                      run once more, alone, so that a slow test on a loaded machine is
 *                      not taken for a regression. With --only, only the listed files
 *                      within the selection are checked.
 *   --update-baseline  write the passing files to the baseline (the --baseline FILE, else
 *                      testdata/conformance/run-baseline.json); refused with --only.
 *   --only SUBSTRING   run only the tests whose name contains SUBSTRING.
 *   -v                 after each failure, show the output and, for a mismatch, the lines
 *                      around the first difference.
 *   --jobs N           programs run at once (default 2: CI and this machine have 2 cores).
 *   --timeout MS       per program, wall clock (default 10000); the whole process group
 *                      is killed when it expires.
 *   --list             print the selection and exit without running anything.
 *   --cli FILE         run `node FILE run <name>` instead of minigo: a way to check the
 *                      harness itself (a FILE that hands the test to `go run` should pass
 *                      every selected test).
 *
 * Why a child process per file: a program under test may loop, exhaust memory or kill
 * its process (os.Exit, fatal errors); only a process boundary contains all of that, and
 * it is exactly what a user runs. Both output streams go to one file descriptor (a
 * temporary file per lane), which keeps their interleaving exactly as run.go's single
 * buffer sees it. As run.go does, GOOS and GOARCH are set in the programs' environment
 * when they are not already.
 *
 * Invariant: the last line printed is `run: P/N passed`; the exit status is 0 unless a
 * baseline check failed (1) or the command was misused (2). Failing tests alone do not
 * fail the run: the baseline is the gate.
 */
import { spawn, type ChildProcess } from "node:child_process";
import {
  closeSync,
  existsSync,
  fstatSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { stdlibSources } from "../compiler/stdlib/sources.js";
import { goRoot, repoRoot } from "./conformance-go.js";
import {
  expectedOutput,
  runSkipReasons,
  selectRunTests,
  type RunSelection,
  type RunTest,
} from "./conformance-run-select.js";

// ---------------------------------------------------------------------------
// Options.

interface Options {
  baseline?: string;
  updateBaseline: boolean;
  only?: string;
  verbose: boolean;
  jobs: number;
  timeoutMs: number;
  list: boolean;
  /** The script run as `node <cli> run <name>`; dist/src/cli.js unless --cli says. */
  cli?: string;
}

class UsageError extends Error {}

const defaultBaseline = "testdata/conformance/run-baseline.json";

function parseArgs(argv: readonly string[]): Options {
  const o: Options = {
    updateBaseline: false,
    verbose: false,
    jobs: 2,
    timeoutMs: 10_000,
    list: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value`);
      return v;
    };
    const count = (): number => {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 1) throw new UsageError(`${a} needs a positive integer`);
      return n;
    };
    if (a === "--baseline") o.baseline = value();
    else if (a === "--update-baseline") o.updateBaseline = true;
    else if (a === "--only") o.only = value();
    else if (a === "-v" || a === "--verbose") o.verbose = true;
    else if (a === "--jobs") o.jobs = count();
    else if (a === "--timeout") o.timeoutMs = count();
    else if (a === "--list") o.list = true;
    else if (a === "--cli") o.cli = value();
    else throw new UsageError(`unknown argument ${a}`);
  }
  if (o.updateBaseline && o.only !== undefined)
    throw new UsageError("--update-baseline records the whole selection; drop --only");
  return o;
}

// ---------------------------------------------------------------------------
// Running one program.

/** What one run of a program did. */
interface Execution {
  /** Exit status, or null when a signal ended it. */
  status: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  /** stdout and stderr as written, in order; at most outputLimit bytes. */
  output: Buffer;
  /** The full size written, which exceeds output.length when it was cut. */
  outputSize: number;
  ms: number;
}

/** More output than this is certainly wrong; only this much is read back. */
const outputLimit = 4 << 20;

/**
 * The programs' environment: ours, with GOOS and GOARCH set when they are not, as
 * run.go sets them ("a few tests (of things like the environment) require these").
 */
const childEnv: NodeJS.ProcessEnv = {
  ...process.env,
  GOOS: process.env["GOOS"] ?? "linux",
  GOARCH: process.env["GOARCH"] ?? "amd64",
};

/** The programs running now, so an interrupted run can end them (they are detached). */
const running = new Set<ChildProcess>();

function killGroup(child: ChildProcess): void {
  try {
    // The child leads its own process group (detached): end it and anything it started.
    process.kill(-child.pid!, "SIGKILL");
  } catch {
    child.kill("SIGKILL");
  }
}

for (const sig of ["SIGINT", "SIGTERM"] as const)
  process.on(sig, () => {
    for (const child of running) killGroup(child);
    process.exit(130);
  });

/**
 * Runs `node cli run name` in testRoot with both output streams on the file at
 * outPath, in its own process group so a timeout can kill whatever it started.
 */
function execute(
  cli: string,
  testRoot: string,
  name: string,
  outPath: string,
  timeoutMs: number,
): Promise<Execution> {
  const started = performance.now();
  const fd = openSync(outPath, "w+");
  return new Promise((done) => {
    let timedOut = false;
    let timer: NodeJS.Timeout | undefined;
    let finished = false;
    const finish = (status: number | null, signal: NodeJS.Signals | null): void => {
      if (finished) return;
      finished = true;
      if (timer) clearTimeout(timer);
      const ms = performance.now() - started;
      const outputSize = fstatSync(fd).size;
      const output = Buffer.alloc(Math.min(outputSize, outputLimit));
      let read = 0;
      while (read < output.length) {
        const n = readSync(fd, output, read, output.length - read, read);
        if (n === 0) break;
        read += n;
      }
      closeSync(fd);
      done({ status, signal, timedOut, output: output.subarray(0, read), outputSize, ms });
    };
    const child = spawn(process.execPath, [cli, "run", name], {
      cwd: testRoot,
      stdio: ["ignore", fd, fd],
      env: childEnv,
      detached: true,
    });
    child.on("error", (e) => {
      const msg = Buffer.from(`conformance-run: cannot start node: ${e.message}\n`);
      writeFileSync(fd, msg);
      finish(-1, null);
    });
    running.add(child);
    child.on("exit", (code, signal) => {
      running.delete(child);
      finish(code, signal);
    });
    timer = setTimeout(() => {
      timedOut = true;
      killGroup(child);
    }, timeoutMs);
  });
}

// ---------------------------------------------------------------------------
// Judging it.

interface Verdict {
  pass: boolean;
  /** Short reason for a failure. */
  reason: string;
  /** For -v: the output, and the lines around a mismatch. */
  detail: string[];
}

function clip(s: string, n = 100): string {
  return s.length > n ? s.slice(0, n - 1) + "…" : s;
}

function quote(s: string): string {
  return JSON.stringify(clip(s));
}

function lines(b: Buffer): string[] {
  const s = b.toString("utf8");
  const ls = s.split("\n");
  if (ls[ls.length - 1] === "") ls.pop();
  return ls;
}

/** The line that best says why a program that exited non-zero failed. */
function failureLine(out: string[]): string | undefined {
  const isCompileError = (l: string): boolean => /^\S*\.go:\d+(?::\d+)?: /.test(l);
  const compile = out.find(isCompileError);
  if (compile !== undefined) return `compile error: ${compile}`;
  const runtime = out.find((l) => /^(?:panic: |fatal error: |runtime: |minigo: )/.test(l));
  if (runtime !== undefined) return runtime;
  // An uncaught JavaScript exception: Node prints the source line first, the error later.
  const thrown = out.find((l) => /^(?:[A-Z]\w*)?Error(?: \[\w+\])?: /.test(l));
  if (thrown !== undefined) return thrown;
  return out.find((l) => l.trim() !== "" && !l.startsWith("# "));
}

function judge(e: Execution, want: Buffer, opts: Options): Verdict {
  // run.go normalises "\r\n" in the output before comparing.
  const got = Buffer.from(e.output.toString("latin1").replace(/\r\n/g, "\n"), "latin1");
  const gotLines = lines(got);
  const shown = (): string[] => {
    const head = gotLines.slice(0, 20).map((l) => `\t| ${clip(l, 160)}`);
    if (gotLines.length > 20) head.push(`\t| … (${gotLines.length - 20} more lines)`);
    return head.length > 0 ? ["\toutput:", ...head] : ["\t(no output)"];
  };
  if (e.timedOut)
    return { pass: false, reason: `timed out after ${opts.timeoutMs / 1000} s`, detail: shown() };
  if (e.signal !== null) return { pass: false, reason: `killed by ${e.signal}`, detail: shown() };
  if (e.status !== 0) {
    const why = failureLine(gotLines);
    return {
      pass: false,
      reason: `exit status ${e.status}${why === undefined ? "" : `: ${clip(why, 120)}`}`,
      detail: shown(),
    };
  }
  if (e.outputSize > outputLimit)
    return { pass: false, reason: `output too large (${e.outputSize} bytes)`, detail: shown() };
  if (got.equals(want)) return { pass: true, reason: "", detail: [] };
  const wantLines = lines(want);
  let i = 0;
  while (i < gotLines.length && i < wantLines.length && gotLines[i] === wantLines[i]) i++;
  let reason: string;
  if (i < gotLines.length && i < wantLines.length)
    reason = `output line ${i + 1}: got ${quote(gotLines[i]!)}, want ${quote(wantLines[i]!)}`;
  else if (i < wantLines.length)
    reason = `output ends before line ${i + 1}: want ${quote(wantLines[i]!)}`;
  else if (i < gotLines.length)
    reason =
      wantLines.length === 0
        ? `want no output, got ${quote(gotLines[i]!)}`
        : `extra output at line ${i + 1}: ${quote(gotLines[i]!)}`;
  else reason = "output differs in its final newline";
  const from = Math.max(0, i - 2);
  const context = (ls: string[]): string[] =>
    ls.slice(from, i + 3).map((l, k) => `\t${from + k + 1 === i + 1 ? ">" : " "} ${clip(l, 160)}`);
  return {
    pass: false,
    reason,
    detail: ["\tgot:", ...context(gotLines), "\twant:", ...context(wantLines)],
  };
}

// ---------------------------------------------------------------------------
// Running them all.

interface Result {
  test: RunTest;
  verdict: Verdict;
  ms: number;
}

/**
 * Runs the tests `jobs` at a time and prints each result as soon as every earlier one
 * has been printed, so the report is in selection order whatever the timing.
 */
async function runAll(
  cli: string,
  testRoot: string,
  tests: RunTest[],
  o: Options,
  print: (line: string) => void,
): Promise<Result[]> {
  const scratch = mkdtempSync(join(tmpdir(), "minigo-conformance-run-"));
  const results: Array<Result | undefined> = new Array(tests.length);
  let next = 0;
  let printed = 0;
  const flush = (): void => {
    for (; printed < tests.length && results[printed] !== undefined; printed++) {
      const r = results[printed]!;
      if (r.verdict.pass) print(`PASS ${r.test.name}`);
      else {
        print(`FAIL ${r.test.name}: ${r.verdict.reason}`);
        if (o.verbose) for (const l of r.verdict.detail) print(l);
      }
    }
  };
  try {
    await Promise.all(
      Array.from({ length: Math.min(o.jobs, tests.length) }, async (_, lane) => {
        const outPath = join(scratch, `lane${lane}.out`);
        while (next < tests.length) {
          const k = next++;
          const t = tests[k]!;
          const e = await execute(cli, testRoot, t.name, outPath, o.timeoutMs);
          results[k] = { test: t, verdict: judge(e, expectedOutput(t), o), ms: e.ms };
          flush();
        }
      }),
    );
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return results as Result[];
}

// ---------------------------------------------------------------------------
// Selection report, baseline and main.

/** The import paths minigo ships: the stdlib sources, and unsafe from the checker. */
function shippedPackages(): Set<string> {
  return new Set([...stdlibSources.keys(), "unsafe"]);
}

function selectionReport(testRoot: string, sel: RunSelection): string[] {
  const out = [
    `Go's run tests in ${testRoot}: ${sel.considered} .go files, ${sel.tests.length} selected ` +
      `(${sel.tests.filter((t) => t.outFile).length} with a .out file)`,
  ];
  const other = [...sel.otherActions]
    .sort((a, b) => b[1] - a[1])
    .map(([a, n]) => `${a} ${n}`)
    .join(", ");
  for (const r of runSkipReasons) {
    const n = sel.skipped.get(r) ?? 0;
    let line = `  skipped, ${r}: ${n}`;
    if (r === "other recipe" && n > 0) line += ` (${other})`;
    if (r === "imports" && n > 0)
      line += ` (${[...sel.missingImports]
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .map(([p, k]) => `${p} ${k}`)
        .join(", ")})`;
    out.push(line);
  }
  return out;
}

interface Baseline {
  passed: number;
  total: number;
  /** The passing files, so a regression can be named. */
  passing: string[];
}

function readBaseline(path: string): Baseline {
  const b = JSON.parse(readFileSync(path, "utf8")) as Partial<Baseline>;
  if (typeof b.passed !== "number" || !Array.isArray(b.passing))
    throw new Error(`${path}: not a run baseline (want passed, total, passing)`);
  return { passed: b.passed, total: b.total ?? 0, passing: b.passing };
}

/** Compares with the baseline; returns the problems (empty when none). */
function checkBaseline(base: Baseline, results: Result[], only: string | undefined): string[] {
  const passing = new Set(results.filter((r) => r.verdict.pass).map((r) => r.test.name));
  const selected = new Set(results.map((r) => r.test.name));
  const problems: string[] = [];
  const listed = base.passing.filter((n) => only === undefined || n.includes(only));
  const lost = listed.filter((n) => selected.has(n) && !passing.has(n));
  const gone = listed.filter((n) => !selected.has(n));
  if (only === undefined && passing.size < base.passed)
    problems.push(`${passing.size} passed, baseline ${base.passed}`);
  if (lost.length > 0)
    problems.push(`${lost.length} passing in the baseline fail now: ${lost.join(" ")}`);
  if (gone.length > 0)
    problems.push(
      `${gone.length} passing in the baseline are no longer selected: ${gone.join(" ")}`,
    );
  return problems;
}

/**
 * Runs once more, one at a time, the tests the baseline lists as passing that failed:
 * with two programs at once on a loaded CI machine, a slow test can miss its 10 s. A test
 * that passes on the second run replaces its failed result (its name is returned); one
 * that fails again is a regression.
 */
async function retryLost(
  cli: string,
  testRoot: string,
  base: Baseline,
  results: Result[],
  o: Options,
  print: (line: string) => void,
): Promise<string[]> {
  const listed = new Set(base.passing);
  const lost = results.filter((r) => !r.verdict.pass && listed.has(r.test.name));
  if (lost.length === 0) return [];
  print("");
  print(`running again, one at a time, ${lost.length} failed tests the baseline lists as passing:`);
  const again = await runAll(
    cli,
    testRoot,
    lost.map((r) => r.test),
    { ...o, jobs: 1 },
    (l) => print(`  ${l}`),
  );
  const flaky: string[] = [];
  for (const r of again) {
    if (!r.verdict.pass) continue;
    flaky.push(r.test.name);
    results[results.findIndex((x) => x.test.name === r.test.name)] = r;
  }
  return flaky;
}

async function main(argv: readonly string[]): Promise<number> {
  const o = parseArgs(argv);
  const root = repoRoot();
  const testRoot = join(goRoot(), "test");
  if (!existsSync(testRoot)) {
    process.stderr.write(`conformance-run: Go's tests not found at ${testRoot}\n`);
    return 2;
  }
  const cli = o.cli !== undefined ? resolve(o.cli) : join(root, "dist", "src", "cli.js");
  if (!existsSync(cli)) {
    process.stderr.write(`conformance-run: ${cli} not found; run npm run build\n`);
    return 2;
  }
  const print = (l: string): void => {
    process.stdout.write(l + "\n");
  };

  const sel = selectRunTests(testRoot, shippedPackages(), o.only);
  if (o.list) {
    for (const l of selectionReport(testRoot, sel)) process.stderr.write(l + "\n");
    for (const t of sel.tests) print(t.name);
    return 0;
  }
  for (const l of selectionReport(testRoot, sel)) print(l);
  print("");

  // Read the baseline first: a missing or broken one should not cost a whole run.
  const baselinePath = resolve(root, o.baseline ?? defaultBaseline);
  const base =
    o.baseline !== undefined && !o.updateBaseline ? readBaseline(baselinePath) : undefined;

  const started = performance.now();
  const results = await runAll(cli, testRoot, sel.tests, o, print);
  const seconds = (performance.now() - started) / 1000;
  const slowest = [...results].sort((a, b) => b.ms - a.ms).slice(0, 3);
  print("");
  print(
    `${results.length} programs in ${seconds.toFixed(1)} s with ${o.jobs} at a time ` +
      `(${results.length ? (results.reduce((t, r) => t + r.ms, 0) / results.length).toFixed(0) : 0} ms each on average; ` +
      `slowest: ${slowest.map((r) => `${r.test.name} ${(r.ms / 1000).toFixed(1)} s`).join(", ")})`,
  );

  let flaky: string[] = [];
  if (base) flaky = await retryLost(cli, testRoot, base, results, o, print);
  const passed = results.filter((r) => r.verdict.pass).length;
  let status = 0;
  if (flaky.length > 0)
    print(`passed only when run again (${flaky.length}; counted as passing): ${flaky.join(" ")}`);
  if (base) {
    const problems = checkBaseline(base, results, o.only);
    if (problems.length > 0) {
      print(`REGRESSION against ${o.baseline}:`);
      for (const p of problems) print(`  ${p}`);
      status = 1;
    } else
      print(`no regression against ${o.baseline} (baseline: ${base.passed}/${base.total} passed)`);
  }
  if (o.updateBaseline) {
    const base: Baseline = {
      passed,
      total: results.length,
      passing: results.filter((r) => r.verdict.pass).map((r) => r.test.name),
    };
    mkdirSync(dirname(baselinePath), { recursive: true });
    writeFileSync(baselinePath, JSON.stringify(base, null, 2) + "\n");
    print(`wrote ${baselinePath}`);
  }
  print(`run: ${passed}/${results.length} passed`);
  return status;
}

main(process.argv.slice(2)).then(
  (status) => {
    process.exitCode = status;
  },
  (e: unknown) => {
    process.stderr.write(`conformance-run: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  },
);
