/*
 * The run-golden corpus: what a program in testdata/run must print, and how to check it.
 *
 * What: the pieces shared by the recorder (scripts/record-run-golden.ts), which asks Go
 * 1.19 what each program prints, and the golden test (src/run-golden.test.ts), which asks
 * `minigo run` the same question and compares:
 *   - listPrograms / readHeader: the programs and the few header comments they carry;
 *   - stderrHead: the part of a panic's stderr that is a fact about the program;
 *   - readGolden / compareWithGolden: the recorded files and a byte-exact comparison;
 *   - runProcess / runWithGo: a child process with a timeout, and a program run by Go;
 *   - mapLimit / seededSample / readPassingList: bounded concurrency, a reproducible
 *     sample, and the list of programs minigo must already pass.
 *
 * Why: a golden is only worth something if the recorder and the test agree exactly on
 * what was recorded. Both sides therefore use the functions here, never their own copy.
 *
 * The files for a program NAME.go, all written by the recorder from Go's output:
 *   NAME.stdout       stdout, byte for byte
 *   NAME.exit         the exit status in decimal and a newline ("2\n" after a panic)
 *   NAME.stderr       stderr, byte for byte — when stderr is deterministic
 *   NAME.stderr-head  stderrHead(stderr) — when the first line of NAME.go is
 *                     `// stderr: nondeterministic`; then no NAME.stderr exists.
 * A program's header (the `//` comment lines before `package`) may also hold
 * `// args: a b c`, the command-line arguments, split on white space (no quoting).
 *
 * Invariant: for every NAME.go there is exactly one of NAME.stderr and NAME.stderr-head,
 * chosen by its first line, plus NAME.stdout and NAME.exit; nothing else but passing.txt
 * and README.md lives beside them.
 *
 * Example: panic_index.go starts with `// stderr: nondeterministic`; Go prints
 *   panic: runtime error: index out of range [3] with length 3\n\ngoroutine 1 [running]:…
 * and the recorder writes panic_index.stderr-head containing only
 *   panic: runtime error: index out of range [3] with length 3\n
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { goBinary, repoRoot } from "../scripts/conformance-go.js";

/** The first line that marks a program whose stderr is compared by its head only. */
export const nondeterministicMarker = "// stderr: nondeterministic";

/** Files allowed in testdata/run besides programs and their goldens. */
export const extraFiles: readonly string[] = ["passing.txt", "README.md"];

/** The suffixes of golden files, without the program name. */
export const goldenSuffixes: readonly string[] = [".stdout", ".exit", ".stderr", ".stderr-head"];

export function runDir(): string {
  return join(repoRoot(), "testdata", "run");
}

/** Program names (without .go), sorted. */
export function listPrograms(dir: string = runDir()): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".go"))
    .map((f) => f.slice(0, -3))
    .sort();
}

export interface ProgramHeader {
  /** The first line is `// stderr: nondeterministic`: compare stderr's head only. */
  nondeterministicStderr: boolean;
  /** Command-line arguments from `// args: …` (os.Args[1:]). */
  args: string[];
}

/** Reads the header comments of a program's source text. */
export function readHeader(source: string): ProgramHeader {
  const lines = source.split("\n");
  const header: ProgramHeader = {
    nondeterministicStderr: lines[0]?.trimEnd() === nondeterministicMarker,
    args: [],
  };
  for (const line of lines) {
    if (line.startsWith("package ")) break;
    const m = /^\/\/ args:(.*)$/.exec(line);
    if (m)
      header.args = m[1]!
        .trim()
        .split(/\s+/)
        .filter((a) => a !== "");
  }
  return header;
}

export function readProgramHeader(name: string, dir: string = runDir()): ProgramHeader {
  return readHeader(readFileSync(join(dir, `${name}.go`), "utf8"));
}

/**
 * The deterministic head of a crashing program's stderr: every line before the first
 * blank line, without the runtime's lines that carry addresses or machine state —
 * `[signal SIGSEGV: … pc=0x…]` after a nil dereference, and the `runtime: …` lines that
 * precede a fatal error (`runtime: sp=0x… stack=[…]`, `runtime: out of memory: … in use`).
 * What is left is what the program caused: output it wrote to stderr before dying, the
 * `panic: …` line(s) (with `[recovered]` and nested `\tpanic: …` lines), or
 * `fatal error: …`. Each kept line ends in "\n"; empty stderr gives "".
 */
export function stderrHead(stderr: string): string {
  const out: string[] = [];
  for (const line of stderr.split("\n")) {
    if (line === "") break;
    if (line.startsWith("[signal ") || line.startsWith("runtime: ")) continue;
    out.push(line + "\n");
  }
  return out.join("");
}

/** What a program printed and how it ended. */
export interface RunOutput {
  stdout: Buffer;
  stderr: Buffer;
  /** Exit status; -1 when killed by a signal or a timeout. */
  status: number;
  /** Set when the process did not finish in time or could not start. */
  failure?: string;
}

export interface Golden {
  stdout: Buffer;
  exit: string;
  /** Present for deterministic stderr. */
  stderr?: Buffer;
  /** Present for `// stderr: nondeterministic` programs. */
  stderrHead?: string;
}

export function readGolden(name: string, dir: string = runDir()): Golden {
  const base = join(dir, name);
  const golden: Golden = {
    stdout: readFileSync(`${base}.stdout`),
    exit: readFileSync(`${base}.exit`, "utf8"),
  };
  if (existsSync(`${base}.stderr`)) golden.stderr = readFileSync(`${base}.stderr`);
  if (existsSync(`${base}.stderr-head`))
    golden.stderrHead = readFileSync(`${base}.stderr-head`, "utf8");
  return golden;
}

/** The golden a run would record: what the recorder writes, in memory. */
export function goldenOf(run: RunOutput, header: ProgramHeader): Golden {
  const golden: Golden = { stdout: run.stdout, exit: `${run.status}\n` };
  if (header.nondeterministicStderr) golden.stderrHead = stderrHead(run.stderr.toString("utf8"));
  else golden.stderr = run.stderr;
  return golden;
}

/** Shows at most `max` characters of a text, escaped, for a mismatch report. */
function excerpt(text: string, max = 400): string {
  const s = JSON.stringify(text);
  return s.length > max ? `${s.slice(0, max)}…(${text.length} chars)` : s;
}

/** The first differing line of two texts, for a short mismatch report. */
function firstDifference(want: string, got: string): string {
  const w = want.split("\n");
  const g = got.split("\n");
  for (let i = 0; i < Math.max(w.length, g.length); i++) {
    if (w[i] !== g[i]) {
      return `line ${i + 1}: want ${excerpt(w[i] ?? "<EOF>", 200)}, got ${excerpt(g[i] ?? "<EOF>", 200)}`;
    }
  }
  return "texts differ";
}

/**
 * Compares a run with a golden, byte for byte (stderr by its head for nondeterministic
 * programs). Returns one line per mismatch; empty means the run matches.
 */
export function compareWithGolden(golden: Golden, run: RunOutput): string[] {
  const problems: string[] = [];
  if (run.failure !== undefined) problems.push(run.failure);
  if (`${run.status}\n` !== golden.exit) {
    problems.push(`exit status: want ${golden.exit.trim()}, got ${run.status}`);
  }
  if (!run.stdout.equals(golden.stdout)) {
    problems.push(
      `stdout: ${firstDifference(golden.stdout.toString("utf8"), run.stdout.toString("utf8"))}`,
    );
  }
  const stderr = run.stderr.toString("utf8");
  if (golden.stderrHead !== undefined) {
    const head = stderrHead(stderr);
    if (head !== golden.stderrHead) {
      problems.push(`stderr head: want ${excerpt(golden.stderrHead)}, got ${excerpt(head)}`);
    }
  } else if (golden.stderr !== undefined && !run.stderr.equals(golden.stderr)) {
    problems.push(`stderr: ${firstDifference(golden.stderr.toString("utf8"), stderr)}`);
  }
  return problems;
}

export interface ProcessOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  timeoutMs: number;
}

/** Runs a command to completion (or until the timeout kills it), capturing its output. */
export function runProcess(
  command: string,
  args: readonly string[],
  options: ProcessOptions,
): Promise<RunOutput> {
  return new Promise((resolvePromise) => {
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    let failure: string | undefined;
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    const timer = setTimeout(() => {
      failure = `timed out after ${options.timeoutMs} ms`;
      child.kill("SIGKILL");
    }, options.timeoutMs);
    child.stdout.on("data", (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => stderr.push(chunk));
    child.on("error", (e) => {
      failure = `could not start ${command}: ${e.message}`;
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      if (signal !== null && failure === undefined) failure = `killed by ${signal}`;
      const out: RunOutput = {
        stdout: Buffer.concat(stdout),
        stderr: Buffer.concat(stderr),
        status: code ?? -1,
      };
      if (failure !== undefined) out.failure = failure;
      resolvePromise(out);
    });
  });
}

/**
 * The environment for Go and its programs: the caller's, with a fixed build cache and
 * without the knobs (GOGC, GODEBUG, GOMAXPROCS…) that would change what a program reports.
 */
export function goEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const k of ["GOGC", "GODEBUG", "GOMAXPROCS", "GOMEMLIMIT", "GOTRACEBACK", "GOFLAGS"])
    delete env[k];
  env["GOCACHE"] = process.env["MINIGO_GOCACHE"] ?? join(tmpdir(), "minigo-run-golden-gocache");
  return env;
}

/**
 * Builds NAME.go with Go (`go build [buildFlags]`, in the corpus directory so that paths
 * read as `./NAME.go`) and runs the binary `times` times with the program's `// args:`.
 * `go run` itself is not used for the run: it reports every non-zero exit as status 1
 * and appends `exit status N` to stderr, hiding the program's own status.
 * Returns every run, or throws when the build fails.
 */
export async function runWithGo(
  name: string,
  times = 1,
  dir: string = runDir(),
  buildFlags: readonly string[] = [],
): Promise<RunOutput[]> {
  const work = mkdtempSync(join(tmpdir(), "minigo-run-golden-"));
  try {
    const exe = join(work, name);
    const env = goEnv();
    const build = await runProcess(goBinary(), ["build", ...buildFlags, "-o", exe, `${name}.go`], {
      cwd: dir,
      env,
      timeoutMs: 120_000,
    });
    if (build.status !== 0 || build.failure !== undefined) {
      throw new Error(
        `go build ${name}.go failed: ${build.failure ?? ""}\n${build.stderr.toString("utf8")}`,
      );
    }
    const { args } = readProgramHeader(name, dir);
    const runs: RunOutput[] = [];
    for (let i = 0; i < times; i++) {
      runs.push(await runProcess(exe, args, { cwd: dir, env, timeoutMs: 120_000 }));
    }
    return runs;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Applies fn to every item with at most `limit` calls in flight; results keep order. */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  async function worker(): Promise<void> {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!);
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** A reproducible pseudo-random sample of k items chosen by a string seed. */
export function seededSample<T>(items: readonly T[], k: number, seed: string): T[] {
  let h = 2166136261;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 16777619) >>> 0;
  const pool = [...items];
  const out: T[] = [];
  while (out.length < k && pool.length > 0) {
    h = (Math.imul(h, 1664525) + 1013904223) >>> 0;
    out.push(pool.splice(h % pool.length, 1)[0]!);
  }
  return out;
}

/** The programs `minigo run` must pass: testdata/run/passing.txt, one name a line. */
export function readPassingList(dir: string = runDir()): string[] {
  const path = join(dir, "passing.txt");
  if (!existsSync(path)) return [];
  return readFileSync(path, "utf8")
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "" && !l.startsWith("#"))
    .map((l) => l.replace(/\.go$/, ""));
}

/**
 * Problems with the corpus itself: a program without its goldens, a golden without its
 * program, the wrong kind of stderr golden for a program's header, or a stray file.
 */
export function corpusProblems(dir: string = runDir()): string[] {
  const problems: string[] = [];
  const files = new Set(readdirSync(dir));
  const programs = listPrograms(dir);
  const names = new Set(programs);
  for (const name of programs) {
    const header = readProgramHeader(name, dir);
    for (const suffix of [".stdout", ".exit"]) {
      if (!files.has(name + suffix)) problems.push(`${name}.go has no ${name}${suffix}`);
    }
    const [want, unwanted] = header.nondeterministicStderr
      ? [".stderr-head", ".stderr"]
      : [".stderr", ".stderr-head"];
    if (!files.has(name + want)) problems.push(`${name}.go has no ${name}${want}`);
    if (files.has(name + unwanted)) problems.push(`${name}.go has a stray ${name}${unwanted}`);
    if (
      files.has(`${name}.exit`) &&
      !/^-?\d+\n$/.test(readFileSync(join(dir, `${name}.exit`), "utf8"))
    ) {
      problems.push(`${name}.exit is not a decimal status and a newline`);
    }
  }
  for (const f of files) {
    if (f.endsWith(".go") || extraFiles.includes(f)) continue;
    const suffix = goldenSuffixes.find((s) => f.endsWith(s));
    if (suffix === undefined) problems.push(`unexpected file ${f}`);
    else if (!names.has(f.slice(0, -suffix.length))) problems.push(`orphan golden ${f}`);
  }
  for (const name of readPassingList(dir)) {
    if (!names.has(name)) problems.push(`passing.txt names ${name}, which has no ${name}.go`);
  }
  return problems;
}
