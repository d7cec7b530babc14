/*
 * The `minigo run` benchmark: compiled Go programs raced against native Go and Go's wasm port.
 *
 * What: each program in bench/run/programs (binary-trees, fannkuch-redux, n-body,
 * spectral-norm, deep-recursion, and the concurrent ping-pong and fan-out) is run, in the
 * same run of this script, four ways:
 *
 *	native        `go build`, then the binary
 *	wasm          `GOOS=js GOARCH=wasm go build`, run by this same `node` through
 *	              bench/run/wasm-launcher.ts and Go's misc/wasm/wasm_exec.js
 *	minigo        `minigo build -o x.mjs prog.go` (not timed), then `node x.mjs`
 *	minigo run    `minigo run prog.go`, compile time included
 *
 * and each way's best wall time over the repetitions (and least CPU time, when GNU time is
 * installed) is printed with the ratios minigo/native, minigo/wasm and wasm/native. An
 * empty program run every way gives the start-up cost. Every way's stdout must equal
 * native Go's, byte for byte; a way that fails, times out or prints something else shows
 * `fails` and the reason (the line of its stderr that says why) instead of figures, and the run
 * goes on. The target (issues 6 and 7): minigo faster than Go's wasm port on every program
 * and within 3x of native Go.
 *
 * Why the same run: the machine is shared and its speed drifts; figures are only
 * comparable when taken side by side. Repetitions go round-robin over the ways (all
 * ways once, then all again) so a slow patch of time hurts every way alike.
 *
 * Invariant: native Go's output is the reference; when native Go itself fails the run's
 * exit status is 1, minigo failing never changes it.
 *
 * Usage:  npm run bench:run [-- flags]   (= npm run build && node dist/bench/run/run.js)
 *   --quick        1 repetition and small sizes (the programs read them from os.Args)
 *   --only NAME    one program (binary-trees, fannkuch-redux, n-body, spectral-norm,
 *                  deep-recursion, ping-pong, fan-out, or empty for the start-up line alone)
 *   --reps N       repetitions per way (default 3, 1 with --quick)
 *   --timeout S    seconds before one run is killed and counted as failed (default 300)
 *   --budget S     no more repetitions of a way once its runs of one program total more
 *                  than S seconds (default 60); its cell then shows "(runs)" after the time
 *
 * Example:  node dist/bench/run/run.js --quick --only n-body
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { best, bestCpu, Timing, timeOnce } from "../measure.js";

const GO = process.env.GO ?? "/usr/lib/go-1.19/bin/go";
const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
const programsDir = join(repoRoot, "bench/run/programs");
/** minigo's command; MINIGO_CLI overrides it (to race a stand-in, or another build). */
const cli = process.env.MINIGO_CLI ?? join(repoRoot, "dist/src/cli.js");
const launcher = fileURLToPath(new URL("./wasm-launcher.js", import.meta.url));
const node = process.execPath;

/** A benchmark program and the os.Args it is run with, full and --quick. */
interface Program {
  name: string;
  full: string[];
  quick: string[];
}

// Full sizes take 0.6–1 s each natively on the 2-core machine the figures were taken on,
// but ping-pong's, which is the issue's own size (1,000,000 messages; 0.25 s natively).
const programs: readonly Program[] = [
  { name: "binary-trees", full: ["17"], quick: ["12"] },
  { name: "fannkuch-redux", full: ["10", "6"], quick: ["8", "1"] },
  { name: "n-body", full: ["20000000"], quick: ["200000"] },
  { name: "spectral-norm", full: ["4000"], quick: ["400"] },
  { name: "deep-recursion", full: ["40"], quick: ["2"] },
  { name: "ping-pong", full: ["1000000"], quick: ["10000"] },
  { name: "fan-out", full: ["80", "10000"], quick: ["2", "10000"] },
];

type Way = "native" | "wasm" | "minigo" | "minigoRun";
const ways: readonly Way[] = ["native", "wasm", "minigo", "minigoRun"];
const wayLabel: Record<Way, string> = {
  native: "native",
  wasm: "wasm",
  minigo: "minigo module",
  minigoRun: "minigo run",
};

/** How one way runs one program, or why it cannot. */
type Runner = { cmd: string; args: string[] } | { failed: string };

/** One way's outcome for one program: its timings, or why it does not count. */
interface Outcome {
  timings: Timing[];
  failed?: string;
}

// ---- flags ----

function usage(message: string): never {
  process.stderr.write(
    `${message}\nusage: node dist/bench/run/run.js [--quick] [--only name] [--reps N] [--timeout S] [--budget S]\n`,
  );
  process.exit(2);
}

interface Flags {
  quick: boolean;
  only?: string;
  reps: number;
  timeoutS: number;
  budgetS: number;
}

function parseFlags(argv: string[]): Flags {
  const flags: Flags = { quick: false, reps: 0, timeoutS: 300, budgetS: 60 };
  for (let i = 0; i < argv.length; i++) {
    const [key, inline] = argv[i].split(/=(.*)/s, 2);
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined) usage(`flag needs an argument: ${key}`);
      return v;
    };
    const count = (): number => {
      const v = value();
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1) usage(`${key}: not a positive integer: ${v}`);
      return n;
    };
    switch (key) {
      case "--quick":
        flags.quick = true;
        break;
      case "--only":
        flags.only = value();
        break;
      case "--reps":
        flags.reps = count();
        break;
      case "--timeout":
        flags.timeoutS = count();
        break;
      case "--budget":
        flags.budgetS = count();
        break;
      default:
        usage(`unknown flag ${argv[i]}`);
    }
  }
  if (flags.reps === 0) flags.reps = flags.quick ? 1 : 3;
  const names = [...programs.map((p) => p.name), "empty"];
  if (flags.only !== undefined && !names.includes(flags.only)) {
    usage(`--only: no program ${flags.only} (one of ${names.join(", ")})`);
  }
  return flags;
}

// ---- building ----

/**
 * The line that says why a command failed: the first line of its stderr (or stdout) that
 * reads like Go's or JavaScript's own report (`panic: …`, `fatal error: …`, `RangeError: …`,
 * `minigo: …`), else its first non-empty line, else its exit status. Node prints the
 * throwing source line before an uncaught error's message, hence the search.
 */
function firstLine(r: { status: number | null; stdout: string; stderr: string }): string {
  const lines = (r.stderr + "\n" + r.stdout)
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "" && !l.startsWith("# ")); // go build's "# command-line-arguments"
  const report = lines.find((l) => /^([A-Za-z]*Error\b|panic: |fatal error: |minigo)/.test(l));
  return report ?? lines[0] ?? `exit status ${r.status}`;
}

/** Runs a build step; returns its failure's first line, or undefined on success. */
function build(
  cmd: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  cwd: string,
): string | undefined {
  const r = spawnSync(cmd, args, { cwd, env, encoding: "utf8" });
  if (r.error) return r.error.message;
  return r.status === 0 ? undefined : firstLine(r);
}

/** Builds one program every way it needs building; returns how each way runs it. */
function buildAll(
  name: string,
  source: string,
  args: string[],
  work: string,
  minigoBuildMs: Map<string, number>,
): Record<Way, Runner> {
  const goEnv = { ...process.env };
  delete goEnv.GOOS;
  delete goEnv.GOARCH;
  const nativeBin = join(work, name);
  const wasmBin = join(work, `${name}.wasm`);
  const module = join(work, `${name}.mjs`);

  const nativeErr = build(GO, ["build", "-o", nativeBin, source], goEnv, work);
  const wasmErr = build(
    GO,
    ["build", "-o", wasmBin, source],
    { ...goEnv, GOOS: "js", GOARCH: "wasm" },
    work,
  );
  const start = process.hrtime.bigint();
  const minigoErr = build(node, [cli, "build", "-o", module, source], process.env, work);
  if (minigoErr === undefined) {
    minigoBuildMs.set(name, Number(process.hrtime.bigint() - start) / 1e6);
  }
  return {
    native: nativeErr ? { failed: `go build: ${nativeErr}` } : { cmd: nativeBin, args },
    wasm: wasmErr
      ? { failed: `go build: ${wasmErr}` }
      : { cmd: node, args: [launcher, wasmBin, ...args] },
    minigo: minigoErr ? { failed: minigoErr } : { cmd: node, args: [module, ...args] },
    minigoRun: { cmd: node, args: [cli, "run", source, ...args] },
  };
}

// ---- running ----

/** Why a run does not count against native Go's output, or undefined when it does. */
function verdict(t: Timing, want: string | undefined, timeoutS: number): string | undefined {
  if (t.status === 124) return `timed out after ${timeoutS} s`;
  if (t.status !== 0) return `exit ${t.status}: ${firstLine(t)}`;
  if (want === undefined || t.stdout === want) return undefined;
  const got = t.stdout.split("\n");
  const exp = want.split("\n");
  let i = 0;
  while (i < got.length && i < exp.length && got[i] === exp[i]) i++;
  const show = (s: string | undefined): string =>
    s === undefined ? "end of output" : JSON.stringify(s.slice(0, 60));
  return `stdout differs at line ${i + 1}: got ${show(got[i])}, want ${show(exp[i])}`;
}

/**
 * Runs every way reps times, round-robin, under `timeout`. A way drops out at its first
 * failure, and is not run again once its runs of this program add up to more than
 * budgetS (one run of a way that slow says enough); native runs first in each round so
 * its output is known before the others'.
 */
function race(
  runners: Record<Way, Runner>,
  reps: number,
  timeoutS: number,
  budgetS: number,
  work: string,
): Record<Way, Outcome> {
  const out = {} as Record<Way, Outcome>;
  for (const w of ways) {
    const r = runners[w];
    out[w] = { timings: [], failed: "failed" in r ? r.failed : undefined };
  }
  let want: string | undefined;
  for (let rep = 0; rep < reps; rep++) {
    for (const w of ways) {
      const r = runners[w];
      const o = out[w];
      if (o.failed !== undefined || "failed" in r) continue;
      if (o.timings.reduce((sum, t) => sum + t.ms, 0) > budgetS * 1000) continue;
      if (w !== "native" && out.native.failed !== undefined) {
        o.failed = "no reference output (native Go failed)";
        continue;
      }
      const t = timeOnce("timeout", ["--kill-after=5", String(timeoutS), r.cmd, ...r.args], work);
      o.failed = verdict(t, want, timeoutS);
      if (o.failed === undefined) {
        o.timings.push(t);
        if (w === "native") want = t.stdout;
      }
    }
  }
  return out;
}

// ---- printing ----

const seconds = (ms: number): string => (ms / 1000).toFixed(2);

function wall(o: Outcome): number | undefined {
  return o.failed === undefined && o.timings.length > 0 ? best(o.timings).ms : undefined;
}

/** a/b as "1.23x"; "-" when either is unknown or b is 0 (GNU time counts in 10 ms steps). */
function ratio(a: number | undefined, b: number | undefined): string {
  return a === undefined || b === undefined || b <= 0 ? "-" : `${(a / b).toFixed(2)}x`;
}

function table(rows: string[][]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return rows
    .map((r) =>
      r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join("  "),
    )
    .join("\n");
}

/** Whether a program meets the target (issues 6 and 7), and if not why. */
function target(r: Record<Way, Outcome>): string {
  const m = wall(r.minigo);
  const n = wall(r.native);
  const w = wall(r.wasm);
  if (m === undefined) return "no (minigo fails)";
  if (n === undefined) return "unknown (native fails)";
  const within3 = m <= 3 * n;
  const beatsWasm = w === undefined || m < w; // a wasm that fails is beaten by running
  if (within3 && beatsWasm) return "yes";
  const why = [];
  if (!beatsWasm) why.push("slower than wasm");
  if (!within3) why.push("over 3x native");
  return `no (${why.join(", ")})`;
}

function main(): number {
  const flags = parseFlags(process.argv.slice(2));
  if (!existsSync(GO)) usage(`no Go toolchain at ${GO} (set GO=/path/to/go)`);
  const goVersion = spawnSync(GO, ["version"], { encoding: "utf8" }).stdout.trim();
  const work = mkdtempSync(join(tmpdir(), "minigo-bench-run-"));
  const emptySource = join(work, "empty.go");
  writeFileSync(emptySource, "package main\n\nfunc main() {}\n");

  process.stdout.write(
    `bench/run  ${new Date().toISOString()}\n` +
      `machine    ${availableParallelism()} CPUs (${cpus()[0]?.model ?? "unknown"}), node ${process.version}, ${goVersion}\n` +
      `load       ${loadavg()
        .map((l) => l.toFixed(2))
        .join(" ")} (1, 5, 15 min load averages at the start)\n` +
      `mode       ${flags.quick ? "--quick" : "full"}, best of ${flags.reps} (wall), timeout ${flags.timeoutS} s per run,\n` +
      `           no more runs of a way once its runs of a program total ${flags.budgetS} s\n\n`,
  );

  const selected = programs.filter((p) => flags.only === undefined || p.name === flags.only);
  const minigoBuildMs = new Map<string, number>();
  const results: { name: string; args: string[]; r: Record<Way, Outcome> }[] = [];
  let nativeFailed = false;
  for (const p of selected) {
    const args = flags.quick ? p.quick : p.full;
    process.stderr.write(`${p.name} ${args.join(" ")}: building… `);
    const runners = buildAll(p.name, join(programsDir, `${p.name}.go`), args, work, minigoBuildMs);
    process.stderr.write("running… ");
    const r = race(runners, flags.reps, flags.timeoutS, flags.budgetS, work);
    process.stderr.write(`done\n`);
    if (r.native.failed !== undefined) nativeFailed = true;
    results.push({ name: p.name, args, r });
  }

  // Start-up: an empty program, five times every way (each run is short).
  process.stderr.write("empty: building… running… ");
  const empty = race(
    buildAll("empty", emptySource, [], work, minigoBuildMs),
    5,
    flags.timeoutS,
    flags.budgetS,
    work,
  );
  process.stderr.write("done\n\n");

  if (results.length > 0) {
    const head = [
      "program",
      "args",
      "native s",
      "wasm s",
      "wasm/native",
      "minigo-module s",
      "minigo/native",
      "minigo/wasm",
      "minigo-run s",
      "target",
    ];
    const cell = (o: Outcome): string => {
      const t = wall(o);
      if (t === undefined) return "fails";
      // Fewer runs than asked for (the time budget ran out): say how many.
      return o.timings.length < flags.reps ? `${seconds(t)} (${o.timings.length})` : seconds(t);
    };
    const rows = results.map(({ name, args, r }) => [
      name,
      args.join(" "),
      cell(r.native),
      cell(r.wasm),
      ratio(wall(r.wasm), wall(r.native)),
      cell(r.minigo),
      wall(r.minigo) === undefined ? "fails" : ratio(wall(r.minigo), wall(r.native)),
      wall(r.minigo) === undefined ? "fails" : ratio(wall(r.minigo), wall(r.wasm)),
      cell(r.minigoRun),
      target(r),
    ]);
    process.stdout.write(`wall time, best of ${flags.reps}:\n${table([head, ...rows])}\n\n`);

    const cpuOf = (o: Outcome): number | undefined =>
      o.failed === undefined ? bestCpu(o.timings) : undefined;
    const cpu = (o: Outcome): string => cpuOf(o)?.toFixed(2) ?? "-";
    const cpuRows = results.map(({ name, r }) => [
      name,
      cpu(r.native),
      cpu(r.wasm),
      ratio(cpuOf(r.wasm), cpuOf(r.native)),
      cpu(r.minigo),
      ratio(cpuOf(r.minigo), cpuOf(r.native)),
      ratio(cpuOf(r.minigo), cpuOf(r.wasm)),
      cpu(r.minigoRun),
      minigoBuildMs.has(name) ? seconds(minigoBuildMs.get(name)!) : "-",
    ]);
    const cpuHead = [
      "program",
      "native",
      "wasm",
      "wasm/native",
      "minigo-module",
      "minigo/native",
      "minigo/wasm",
      "minigo-run",
      "minigo build (wall)",
    ];
    process.stdout.write(
      `CPU time, s (user+sys, least over the runs; "-" without GNU time or on failure;\n` +
        `the steadier figure when the machine is busy):\n` +
        `${table([cpuHead, ...cpuRows])}\n\n`,
    );

    const failures = results.flatMap(({ name, r }) =>
      ways
        .filter((w) => r[w].failed !== undefined)
        .map((w) => `  ${name} ${wayLabel[w]}: ${r[w].failed}`),
    );
    if (failures.length > 0) process.stdout.write(`failures:\n${failures.join("\n")}\n\n`);

    const met = results.filter(({ r }) => target(r) === "yes").length;
    process.stdout.write(
      `target (minigo faster than Go's wasm port and within 3x of native): met on ${met}/${results.length}\n\n`,
    );
  }

  const startup = ways.map((w) => {
    const t = wall(empty[w]);
    return `${wayLabel[w]} ${t === undefined ? `fails (${empty[w].failed})` : `${(t / 1000).toFixed(3)} s`}`;
  });
  process.stdout.write(`start-up (empty program, best of 5): ${startup.join(", ")}\n`);

  rmSync(work, { recursive: true, force: true });
  if (empty.native.failed !== undefined) nativeFailed = true;
  if (nativeFailed) process.stdout.write("native Go failed: the comparison is incomplete\n");
  return nativeFailed ? 1 : 0;
}

process.exitCode = main();
