/*
 * The front end's conformance figures, measured on Go's own test suite.
 *
 * What: over $GOROOT/test/*.go and $GOROOT/test/fixedbugs/*.go (Go 1.19), two figures:
 *
 *   accepted        among the files whose recipe is `// run` or `// compile` (with or
 *                   without arguments: they only tune code generation or the run, not
 *                   which programs are valid), the share minigo compiles with no
 *                   diagnostic. These programs are valid Go, so any diagnostic is a bug.
 *   errorcheck      among the `// errorcheck` files, the share of lines annotated
 *                   `// ERROR "regexp"` on which minigo reports an error (any wording),
 *                   and the number of files where minigo reports no error at all.
 *                   These are compiled with allErrors (gc's -e, as Go's test runner
 *                   passes it), so the 10-error cap does not hide lines. Files whose recipe passes flags that make gc report something other
 *                   than plain language errors are left out: -m (escape analysis), -live,
 *                   -race, -wb, -d=… other than -d=panic (nil checks, SSA), -lang=
 *                   (older language versions), -complete, -std and -+ (rules for the
 *                   standard library and runtime). So are errorcheckwithauto,
 *                   errorcheckoutput and errorcheckdir (not one file).
 *
 * Both sets are then filtered the same way: build constraints must select linux/amd64
 * with gc; the file must not use type parameters (scripts/conformance-select.ts explains
 * the syntactic heuristic); every import must be a package minigo ships (the keys of
 * stdlibSources in compiler/stdlib/sources.ts, plus unsafe, which the checker provides; or
 * a fixed list while sources.ts does not exist). Recipe arguments naming .go files
 * (`// run cmplxdivide1.go`) are compiled with the file as one package.
 *
 * Each file is compiled by a worker process (scripts/conformance-worker.ts), two at a time,
 * with a 10 s limit: a hang or a crash counts as a failure of that file, not of the run.
 *
 * Usage (after `npm run build`):
 *   node dist/scripts/conformance-frontend.js [--list-failures] [--jobs N] [--timeout MS]
 *       [--baseline FILE] [--write-baseline [FILE]] [--filter SUBSTRING]
 * --baseline exits 1 if a figure dropped below the committed one (fewer files accepted,
 * fewer errorcheck lines covered, more errorcheck files with no error); --write-baseline
 * records the figures (default testdata/conformance/frontend-baseline.json).
 *
 * Invariant: the last line printed is
 *   accepted: A/N; errorcheck lines: E/M; errorcheck files with no error: K/F
 */
import { fork, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { goRoot, repoRoot } from "./conformance-go.js";
import {
  buildConstraintsHold,
  errorLines,
  importPaths,
  testAction,
  usesGenerics,
} from "./conformance-select.js";
import type { ReportedError, WorkerAnswer, WorkerRequest } from "./conformance-worker.js";

// ---------------------------------------------------------------------------
// Options.

interface Options {
  listFailures: boolean;
  jobs: number;
  timeoutMs: number;
  baseline?: string;
  writeBaseline?: string;
  filter?: string;
}

const defaultBaseline = "testdata/conformance/frontend-baseline.json";

function parseArgs(argv: readonly string[]): Options {
  const o: Options = { listFailures: false, jobs: 2, timeoutMs: 10_000 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === "--list-failures") o.listFailures = true;
    else if (a === "--jobs") o.jobs = Math.max(1, Number(value()));
    else if (a === "--timeout") o.timeoutMs = Number(value());
    else if (a === "--baseline") o.baseline = value();
    else if (a === "--filter") o.filter = value();
    else if (a === "--write-baseline")
      o.writeBaseline = argv[i + 1]?.startsWith("--") === false ? value() : defaultBaseline;
    else throw new Error(`unknown argument ${a}`);
  }
  return o;
}

// ---------------------------------------------------------------------------
// Selecting the files.

const fallbackStdlib = [
  "fmt",
  "unsafe",
  "runtime",
  "runtime/debug",
  "os",
  "strings",
  "strconv",
  "errors",
  "sync",
  "sync/atomic",
  "math",
  "sort",
  "time",
  "reflect",
  "hash/maphash",
  "unicode/utf8",
  "bytes",
  "io",
  "math/bits",
  "unicode",
];

/** The packages minigo ships: the keys of compiler/stdlib's stdlibSources, if built. */
async function shippedPackages(): Promise<{ names: Set<string>; from: string }> {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidate = resolve(here, "..", "compiler", "stdlib", "sources.js");
  if (existsSync(candidate)) {
    try {
      const mod = (await import(pathToFileURL(candidate).href)) as { stdlibSources?: unknown };
      const s = mod.stdlibSources;
      const keys =
        s instanceof Map
          ? [...s.keys()].map(String)
          : s && typeof s === "object"
            ? Object.keys(s)
            : [];
      // unsafe has no source: the checker provides it.
      if (keys.length > 0)
        return { names: new Set([...keys, "unsafe"]), from: "compiler/stdlib/sources.ts" };
    } catch {
      // Fall through to the fixed list.
    }
  }
  return { names: new Set(fallbackStdlib), from: "the fixed list in this script" };
}

type Category = "run" | "compile" | "errorcheck";

/** Why a file is not measured, in the order the filters apply. */
type Exclusion = "build constraints" | "flags" | "generics" | "imports";

interface Candidate {
  name: string; // relative to $GOROOT/test, e.g. "fixedbugs/bug001.go"
  path: string;
  /** Other files of the package, named as recipe arguments (`// run cmplxdivide1.go`). */
  extraFiles: string[];
  category: Category;
  /** For errorcheck: the annotated lines. */
  errorLines: number[];
}

/**
 * errorcheck arguments that leave gc reporting language errors only, as minigo does:
 * optimisation and inlining switches, error limits, `-d=panic`, `-t 10`. Anything else
 * (-m, -live, -race, -wb, -d=nil/ssa/…, -lang=, -complete, -std, -+) makes gc report
 * what minigo's front end cannot, and excludes the file.
 */
const languageOnlyArg = /^(?:-0|-N|-l|-C|-e(?:=\d+)?|-t|-d=panic|\d+)$/;

function categorize(src: string): Category | undefined {
  const { action, args } = testAction(src);
  if (action === "run" || action === "compile") return action;
  if (action === "errorcheck" && args.every((a) => languageOnlyArg.test(a))) return "errorcheck";
  return undefined;
}

function testFiles(root: string): string[] {
  const names: string[] = [];
  for (const sub of ["", "fixedbugs"]) {
    const dir = join(root, sub);
    for (const f of readdirSync(dir).sort())
      if (f.endsWith(".go")) names.push(sub ? `${sub}/${f}` : f);
  }
  return names;
}

interface Selection {
  candidates: Candidate[];
  /** category → exclusion → count; "measured" counts the candidates. */
  counts: Map<Category, Map<Exclusion | "measured" | "files", number>>;
  /** Unshipped imports that excluded a file, with how many files they excluded. */
  missingImports: Map<string, number>;
}

function select(root: string, shipped: Set<string>, filter: string | undefined): Selection {
  const counts: Selection["counts"] = new Map();
  const missingImports = new Map<string, number>();
  const candidates: Candidate[] = [];
  const bump = (c: Category, k: Exclusion | "measured" | "files"): void => {
    const m = counts.get(c) ?? new Map();
    m.set(k, (m.get(k) ?? 0) + 1);
    counts.set(c, m);
  };
  for (const name of testFiles(root)) {
    if (filter && !name.includes(filter)) continue;
    const path = join(root, name);
    const src = readFileSync(path, "utf8");
    const { action } = testAction(src);
    if (action !== "run" && action !== "compile" && action !== "errorcheck") continue;
    const category = categorize(src);
    const cat: Category = category ?? "errorcheck";
    bump(cat, "files");
    if (!category) {
      bump(cat, "flags");
      continue;
    }
    if (!buildConstraintsHold(src)) {
      bump(cat, "build constraints");
      continue;
    }
    if (usesGenerics(src)) {
      bump(cat, "generics");
      continue;
    }
    const missing = importPaths(src).filter((p) => !shipped.has(p));
    if (missing.length > 0) {
      bump(cat, "imports");
      for (const p of new Set(missing)) missingImports.set(p, (missingImports.get(p) ?? 0) + 1);
      continue;
    }
    bump(cat, "measured");
    const dir = name.includes("/") ? name.slice(0, name.lastIndexOf("/") + 1) : "";
    const extraFiles = testAction(src)
      .args.filter((a) => a.endsWith(".go"))
      .map((a) => dir + a);
    candidates.push({
      extraFiles,
      name,
      path,
      category,
      errorLines: category === "errorcheck" ? errorLines(src) : [],
    });
  }
  return { candidates, counts, missingImports };
}

// ---------------------------------------------------------------------------
// Compiling them in worker processes.

type Outcome =
  | { kind: "diagnostics"; diagnostics: ReportedError[] }
  | { kind: "thrown"; detail: string }
  | { kind: "timeout" }
  | { kind: "crash"; detail: string };

/** One worker process, restarted after a timeout or crash. */
class Lane {
  private child: ChildProcess | undefined;
  private stderrTail = "";
  private nextId = 0;
  constructor(
    private readonly script: string,
    private readonly root: string,
    private readonly timeoutMs: number,
  ) {}

  private spawn(): ChildProcess {
    const child = fork(this.script, [], { stdio: ["ignore", "ignore", "pipe", "ipc"] });
    this.stderrTail = "";
    child.stderr!.on("data", (b: Buffer) => {
      this.stderrTail = (this.stderrTail + b.toString()).slice(-2000);
    });
    return child;
  }

  run(c: Candidate): Promise<Outcome> {
    const child = (this.child ??= this.spawn());
    const id = ++this.nextId;
    return new Promise((done) => {
      const finish = (o: Outcome): void => {
        clearTimeout(timer);
        child.off("message", onMessage);
        child.off("exit", onExit);
        done(o);
      };
      const onMessage = (a: WorkerAnswer): void => {
        if (a.id !== id) return;
        finish(
          "thrown" in a
            ? { kind: "thrown", detail: a.thrown }
            : { kind: "diagnostics", diagnostics: a.diagnostics },
        );
      };
      const onExit = (code: number | null, signal: string | null): void => {
        this.child = undefined;
        const last = this.stderrTail.trim().split("\n").slice(-3).join(" | ");
        finish({
          kind: "crash",
          detail: `worker exited (${signal ?? code})${last ? `: ${last}` : ""}`,
        });
      };
      const timer = setTimeout(() => {
        child.off("exit", onExit);
        child.kill("SIGKILL");
        this.child = undefined;
        finish({ kind: "timeout" });
      }, this.timeoutMs);
      child.on("message", onMessage);
      child.on("exit", onExit);
      const files = [c.name, ...c.extraFiles].map((name) => ({
        path: join(this.root, name),
        name,
      }));
      const req: WorkerRequest = { id, files, allErrors: c.category === "errorcheck" };
      child.send(req);
    });
  }

  close(): void {
    this.child?.kill();
    this.child = undefined;
  }
}

async function compileAll(
  root: string,
  cands: Candidate[],
  o: Options,
): Promise<Map<string, Outcome>> {
  const script = join(dirname(fileURLToPath(import.meta.url)), "conformance-worker.js");
  const results = new Map<string, Outcome>();
  let next = 0;
  let finished = 0;
  const lanes = Array.from({ length: o.jobs }, () => new Lane(script, root, o.timeoutMs));
  await Promise.all(
    lanes.map(async (lane) => {
      while (next < cands.length) {
        const c = cands[next++]!;
        results.set(c.name, await lane.run(c));
        if (++finished % 250 === 0) process.stderr.write(`  ${finished}/${cands.length} files\n`);
      }
      lane.close();
    }),
  );
  return results;
}

// ---------------------------------------------------------------------------
// Figures, baseline and report.

interface Figures {
  accepted: number;
  acceptTotal: number;
  errorcheckLines: number;
  errorcheckLinesTotal: number;
  errorcheckFilesNoError: number;
  errorcheckFiles: number;
}

interface Baseline extends Figures {
  /** The accepted files, so a regression can be named. */
  acceptedFiles: string[];
}

function describe(o: Outcome): string {
  switch (o.kind) {
    case "diagnostics": {
      const d = o.diagnostics[0];
      return d ? `${d.line}:${d.col}: ${d.msg.split("\n")[0]}` : "no error";
    }
    case "thrown":
      return `compile() threw ${o.detail}`;
    case "timeout":
      return "timed out";
    case "crash":
      return o.detail;
  }
}

/** First messages of rejected valid files, numbers blanked, most frequent first. */
function commonFirstErrors(
  cands: Candidate[],
  results: Map<string, Outcome>,
): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const c of cands) {
    if (c.category === "errorcheck") continue;
    const r = results.get(c.name)!;
    const key =
      r.kind === "diagnostics"
        ? r.diagnostics[0]?.msg.split("\n")[0]!.replace(/\b\d+\b/g, "N")
        : r.kind === "thrown"
          ? `(compile() threw) ${r.detail.slice(0, 80)}`
          : `(${r.kind})`;
    if (key !== undefined) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

function pct(a: number, b: number): string {
  return b === 0 ? "-" : `${((100 * a) / b).toFixed(1)}%`;
}

function pad(s: string | number, n: number): string {
  return String(s).padStart(n);
}

async function main(): Promise<number> {
  const o = parseArgs(process.argv.slice(2));
  const root = join(goRoot(), "test");
  if (!existsSync(root)) {
    process.stderr.write(`conformance-frontend: Go's tests not found at ${root}\n`);
    return 2;
  }
  const started = Date.now();
  const shipped = await shippedPackages();
  const sel = select(root, shipped.names, o.filter);
  process.stderr.write(`compiling ${sel.candidates.length} files with ${o.jobs} workers...\n`);
  const results = await compileAll(root, sel.candidates, o);

  const categories: Category[] = ["run", "compile", "errorcheck"];
  const lines: string[] = [];
  lines.push(`Go's test suite (${root}), packages minigo ships from ${shipped.from}`);
  lines.push("");
  lines.push("selection   files  flags  build-tags  generics  imports  measured");
  for (const c of categories) {
    const m = sel.counts.get(c) ?? new Map();
    const g = (k: Exclusion | "measured" | "files"): string => pad(m.get(k) ?? 0, 0);
    lines.push(
      `${c.padEnd(10)} ${pad(g("files"), 6)} ${pad(g("flags"), 6)} ${pad(g("build constraints"), 11)} ` +
        `${pad(g("generics"), 9)} ${pad(g("imports"), 8)} ${pad(g("measured"), 9)}`,
    );
  }
  const topMissing = [...sel.missingImports].sort((a, b) => b[1] - a[1]).slice(0, 8);
  if (topMissing.length > 0)
    lines.push(
      `most common unshipped imports: ${topMissing.map(([p, n]) => `${p} (${n})`).join(", ")}`,
    );
  lines.push("");

  const acceptedFiles: string[] = [];
  const failures: string[] = [];
  const fig: Figures = {
    accepted: 0,
    acceptTotal: 0,
    errorcheckLines: 0,
    errorcheckLinesTotal: 0,
    errorcheckFilesNoError: 0,
    errorcheckFiles: 0,
  };
  lines.push("results     measured  passed        rejected  threw  timeout  crash");
  for (const c of categories) {
    const cands = sel.candidates.filter((x) => x.category === c);
    const tally = { passed: 0, rejected: 0, thrown: 0, timeout: 0, crash: 0 };
    for (const x of cands) {
      const r = results.get(x.name)!;
      if (c !== "errorcheck") {
        fig.acceptTotal++;
        if (r.kind === "diagnostics" && r.diagnostics.length === 0) {
          tally.passed++;
          fig.accepted++;
          acceptedFiles.push(x.name);
        } else {
          if (r.kind === "diagnostics") tally.rejected++;
          else tally[r.kind]++;
          failures.push(`${x.name}: ${describe(r)}`);
        }
        continue;
      }
      fig.errorcheckFiles++;
      fig.errorcheckLinesTotal += x.errorLines.length;
      const reported = new Set(
        r.kind === "diagnostics"
          ? r.diagnostics.filter((d) => d.file === x.name).map((d) => d.line)
          : [],
      );
      const covered = x.errorLines.filter((l) => reported.has(l)).length;
      fig.errorcheckLines += covered;
      if (reported.size === 0) fig.errorcheckFilesNoError++;
      if (r.kind === "diagnostics") {
        if (covered === x.errorLines.length) tally.passed++;
        else tally.rejected++;
      } else tally[r.kind]++;
      if (covered < x.errorLines.length || r.kind !== "diagnostics") {
        const missed = x.errorLines.filter((l) => !reported.has(l));
        failures.push(
          `${x.name}: ${r.kind === "diagnostics" ? `missed ${missed.length}/${x.errorLines.length} ERROR lines (first: line ${missed[0]}); first error: ${describe(r)}` : describe(r)}`,
        );
      }
    }
    lines.push(
      `${c.padEnd(10)} ${pad(cands.length, 9)}  ${pad(`${tally.passed} ${pct(tally.passed, cands.length)}`, 12)}  ` +
        `${pad(tally.rejected, 8)} ${pad(tally.thrown, 6)} ${pad(tally.timeout, 8)} ${pad(tally.crash, 6)}`,
    );
  }
  lines.push("  (errorcheck passed: every ERROR line got an error; rejected: some did not)");
  lines.push("");
  lines.push(
    `accepted ${pct(fig.accepted, fig.acceptTotal)}, errorcheck lines ${pct(fig.errorcheckLines, fig.errorcheckLinesTotal)}; ` +
      `${((Date.now() - started) / 1000).toFixed(0)} s`,
  );
  if (o.listFailures) {
    lines.push("");
    lines.push("failures:");
    for (const f of failures) lines.push(`  ${f}`);
    lines.push("");
    lines.push("most common first errors in rejected run/compile files:");
    for (const [msg, n] of commonFirstErrors(sel.candidates, results).slice(0, 25))
      lines.push(`  ${pad(n, 4)}  ${msg}`);
  }

  let status = 0;
  if (o.baseline) {
    const base = JSON.parse(readFileSync(resolve(repoRoot(), o.baseline), "utf8")) as Baseline;
    const drops: string[] = [];
    if (fig.accepted < base.accepted)
      drops.push(`accepted ${fig.accepted} < baseline ${base.accepted}`);
    if (fig.errorcheckLines < base.errorcheckLines)
      drops.push(`errorcheck lines ${fig.errorcheckLines} < baseline ${base.errorcheckLines}`);
    if (fig.errorcheckFilesNoError > base.errorcheckFilesNoError)
      drops.push(
        `errorcheck files with no error ${fig.errorcheckFilesNoError} > baseline ${base.errorcheckFilesNoError}`,
      );
    const now = new Set(acceptedFiles);
    const lost = (base.acceptedFiles ?? []).filter((f) => !now.has(f));
    lines.push("");
    if (lost.length > 0)
      lines.push(`no longer accepted (${lost.length}): ${lost.slice(0, 20).join(" ")}`);
    if (drops.length > 0) {
      lines.push(`REGRESSION against ${o.baseline}: ${drops.join("; ")}`);
      status = 1;
    } else {
      lines.push(`no figure dropped against ${o.baseline}`);
    }
  }
  if (o.writeBaseline) {
    const out = resolve(repoRoot(), o.writeBaseline);
    mkdirSync(dirname(out), { recursive: true });
    const base: Baseline = { ...fig, acceptedFiles };
    writeFileSync(out, JSON.stringify(base, null, 2) + "\n");
    lines.push(`wrote ${o.writeBaseline}`);
  }
  lines.push(
    `accepted: ${fig.accepted}/${fig.acceptTotal}; errorcheck lines: ${fig.errorcheckLines}/${fig.errorcheckLinesTotal}; ` +
      `errorcheck files with no error: ${fig.errorcheckFilesNoError}/${fig.errorcheckFiles}`,
  );
  process.stdout.write(lines.join("\n") + "\n");
  return status;
}

main().then(
  (status) => {
    process.exitCode = status;
  },
  (e: unknown) => {
    process.stderr.write(`conformance-frontend: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  },
);
