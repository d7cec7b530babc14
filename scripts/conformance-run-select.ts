/*
 * Which of Go's own test programs `minigo run` is measured on, and what each must print.
 *
 * What: selectRunTests(testRoot, shipped) walks $GOROOT/test/*.go and
 * $GOROOT/test/fixedbugs/*.go (regular files only: the *.dir directories hold multi-file
 * tests, which are other recipes) and keeps the files that are, for Go's own harness
 * (test/run.go), a plain "run" test minigo can be expected to handle:
 *
 *   recipe        the recipe line, read as run.go reads it (the first line, or the second
 *                 when the first is a `+build` line), is exactly `// run`: the action is
 *                 run and there are no arguments. `// run -gcflags=…`, `// run -race`,
 *                 `// run -goexperiment …` and `// run cmplxdivide1.go` change how gc
 *                 builds or what the program is given, so they are left out, as is every
 *                 other action (compile, errorcheck, rundir, runoutput, …).
 *   build tags    the `//go:build` / `// +build` lines before the package clause select
 *                 the file on linux/amd64 with gc (scripts/conformance-select.ts).
 *   generics      the file does not use type parameters (the same file's heuristic).
 *   imports       every imported package is one minigo ships (the keys of stdlibSources
 *                 in compiler/stdlib/sources.ts) or unsafe.
 *
 * The filters apply in that order and a file is counted under the first that rejects it,
 * so the counts add up to the number of .go files.
 *
 * What a selected test must do is run.go's check for "run": the program exits with status
 * 0, and its standard output and standard error, interleaved as written (run.go gives the
 * child one buffer for both), equal the `.out` file beside the test — or are empty when
 * there is none. expectedOutput reads that file.
 *
 * Why its own file: the selection is pure and cheap (about 0.3 s for the 2,100 files), so
 * it is computed on every run instead of committed; keeping it apart from the runner
 * keeps it easy to read and check by hand.
 *
 * Known difference from run.go: a few recipes run on past the first line
 * (`// run\n// +build !js`); run.go passes the extra words to the program as arguments,
 * which the programs ignore. minigo runs them with none.
 *
 * Example: selectRunTests("/usr/lib/go-1.19/test", shipped).tests[0] is
 *   { name: "235.go", path: "/usr/lib/go-1.19/test/235.go", outFile: undefined }
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import {
  buildConstraintsHold,
  importPaths,
  testAction,
  usesGenerics,
} from "./conformance-select.js";

/** One selected test: its name relative to $GOROOT/test and where its files are. */
export interface RunTest {
  /** e.g. "fixedbugs/bug001.go": the path run.go compiles, relative to the test root. */
  name: string;
  path: string;
  /** The `.out` file beside it, when Go has one. */
  outFile: string | undefined;
}

/** Why a file is not selected, in the order the filters apply. */
export type RunSkipReason =
  "other recipe" | "run with arguments" | "build constraints" | "generics" | "imports";

export const runSkipReasons: readonly RunSkipReason[] = [
  "other recipe",
  "run with arguments",
  "build constraints",
  "generics",
  "imports",
];

export interface RunSelection {
  /** The selected tests, sorted by name (top-level files first, then fixedbugs/). */
  tests: RunTest[];
  /** Every .go file considered. */
  considered: number;
  /** Skipped files per reason. */
  skipped: Map<RunSkipReason, number>;
  /** For "other recipe": how many files per action (compile, errorcheck, …). */
  otherActions: Map<string, number>;
  /** For "imports": how many files each unshipped package kept out. */
  missingImports: Map<string, number>;
}

/** The .go files of test/ and test/fixedbugs/, as names relative to the test root. */
export function goTestFiles(testRoot: string): string[] {
  const names: string[] = [];
  for (const sub of ["", "fixedbugs"]) {
    const dir = join(testRoot, sub);
    for (const f of readdirSync(dir).sort()) {
      if (!f.endsWith(".go")) continue;
      if (!statSync(join(dir, f)).isFile()) continue;
      names.push(sub ? `${sub}/${f}` : f);
    }
  }
  return names;
}

/**
 * Why the file with this text is not a run test minigo is measured on, or undefined when
 * it is. `shipped` holds the import paths minigo provides.
 */
export function runSkipReason(
  src: string,
  shipped: ReadonlySet<string>,
): { reason: RunSkipReason; detail: string[] } | undefined {
  // run.go skips a file starting with a newline: it has no recipe.
  const { action, args } = src.startsWith("\n") ? { action: "", args: [] } : testAction(src);
  if (action !== "run") return { reason: "other recipe", detail: [action || "(none)"] };
  if (args.length > 0) return { reason: "run with arguments", detail: args };
  if (!buildConstraintsHold(src)) return { reason: "build constraints", detail: [] };
  if (usesGenerics(src)) return { reason: "generics", detail: [] };
  const missing = [...new Set(importPaths(src).filter((p) => !shipped.has(p)))];
  if (missing.length > 0) return { reason: "imports", detail: missing };
  return undefined;
}

/** Applies runSkipReason to every file; `only` keeps names containing it. */
export function selectRunTests(
  testRoot: string,
  shipped: ReadonlySet<string>,
  only?: string,
): RunSelection {
  const sel: RunSelection = {
    tests: [],
    considered: 0,
    skipped: new Map(runSkipReasons.map((r) => [r, 0])),
    otherActions: new Map(),
    missingImports: new Map(),
  };
  const bump = <K>(m: Map<K, number>, k: K): void => {
    m.set(k, (m.get(k) ?? 0) + 1);
  };
  for (const name of goTestFiles(testRoot)) {
    if (only !== undefined && !name.includes(only)) continue;
    sel.considered++;
    const path = join(testRoot, name);
    const skip = runSkipReason(readFileSync(path, "utf8"), shipped);
    if (skip) {
      bump(sel.skipped, skip.reason);
      if (skip.reason === "other recipe") bump(sel.otherActions, skip.detail[0]!);
      if (skip.reason === "imports") for (const p of skip.detail) bump(sel.missingImports, p);
      continue;
    }
    const out = path.slice(0, -".go".length) + ".out";
    sel.tests.push({ name, path, outFile: existsSync(out) ? out : undefined });
  }
  return sel;
}

/** What run.go wants the program to print: the .out file, or nothing. */
export function expectedOutput(t: RunTest): Buffer {
  return t.outFile ? readFileSync(t.outFile) : Buffer.alloc(0);
}
