/*
 * Records what Go 1.19 prints for each program in testdata/run: the run goldens.
 *
 * What: for every testdata/run/NAME.go (or only the NAMEs given), builds it with the real
 * `go build` and runs the binary three times with the program's `// args:`, then writes
 *   NAME.stdout, NAME.exit ("<status>\n"), and NAME.stderr — or, when the program's
 *   first line is `// stderr: nondeterministic`, NAME.stderr-head (the head of stderr,
 *   see stderrHead in src/run-golden-lib.ts) and no NAME.stderr.
 * With no names it also removes goldens whose program is gone. Prints what changed.
 *
 * Why: a golden records a fact about Go, so it must come from running Go, never from
 * editing by hand or from running minigo; this script is the only writer of these files.
 * The binary is run directly rather than through `go run`, because `go run` reports
 * every failing program as exit status 1 and appends `exit status N` to stderr.
 *
 * Invariants checked before anything is written:
 *   - the three runs agree exactly (stdout, status, and stderr or its head): a program
 *     whose output varies between runs (map order, addresses, timing, allocation counts
 *     that depend on the run) is refused, not recorded;
 *   - a program without the marker does not print a goroutine trace (`goroutine 1
 *     [running]:`), whose PCs and paths belong to one build; add the marker instead;
 *   - a program with the marker has a non-empty head;
 *   - a program that calls runtime.ReadMemStats prints the same when built with
 *     -gcflags=-l: its allocation counts do not depend on gc's inlining, which minigo
 *     does not do (yet).
 *
 * Example:
 *   npm run build && node dist/scripts/record-run-golden.js panic_index int64_wrap
 *   updated panic_index (stderr-head)
 *   2 programs, 1 updated, 0 stale goldens removed, 0 refused
 */
import { existsSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { goBinary, haveGo } from "./conformance-go.js";
import {
  compareWithGolden,
  goldenOf,
  goldenSuffixes,
  listPrograms,
  readProgramHeader,
  runDir,
  runWithGo,
  type Golden,
} from "../src/run-golden-lib.js";

/** Writes a file only when its bytes change; reports whether it did. */
function writeIfChanged(path: string, data: Buffer | string): boolean {
  const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
  if (existsSync(path) && readFileSync(path).equals(bytes)) return false;
  writeFileSync(path, bytes);
  return true;
}

function removeIfPresent(path: string): boolean {
  if (!existsSync(path)) return false;
  unlinkSync(path);
  return true;
}

/** Records one program; returns the names of the files that changed, or throws. */
async function record(dir: string, name: string): Promise<string[]> {
  const header = readProgramHeader(name, dir);
  const runs = await runWithGo(name, 3, dir);
  const first = runs[0]!;
  if (first.failure !== undefined) throw new Error(`${name}: ${first.failure}`);
  const golden: Golden = goldenOf(first, header);
  for (const [i, run] of runs.entries()) {
    const problems = compareWithGolden(golden, run);
    if (problems.length > 0) {
      throw new Error(
        `${name}: run ${i + 1} differs from run 1 (nondeterministic):\n\t${problems.join("\n\t")}`,
      );
    }
  }
  if (readFileSync(join(dir, `${name}.go`), "utf8").includes("ReadMemStats")) {
    // minigo has no inliner yet: allocation counts must not depend on gc's inlining.
    const [noInline] = await runWithGo(name, 1, dir, ["-gcflags=-l"]);
    const problems = compareWithGolden(golden, noInline!);
    if (problems.length > 0) {
      throw new Error(
        `${name}: output changes when built with -gcflags=-l:\n\t${problems.join("\n\t")}`,
      );
    }
  }
  const stderr = first.stderr.toString("utf8");
  if (!header.nondeterministicStderr && /^goroutine \d+ \[/m.test(stderr)) {
    throw new Error(
      `${name}: stderr has a goroutine trace; start the program with "// stderr: nondeterministic"`,
    );
  }
  if (header.nondeterministicStderr && golden.stderrHead === "") {
    throw new Error(`${name}: marked "// stderr: nondeterministic" but its stderr has no head`);
  }
  const base = join(dir, name);
  const changed: string[] = [];
  if (writeIfChanged(`${base}.stdout`, golden.stdout)) changed.push("stdout");
  if (writeIfChanged(`${base}.exit`, golden.exit)) changed.push("exit");
  if (golden.stderrHead !== undefined) {
    if (writeIfChanged(`${base}.stderr-head`, golden.stderrHead)) changed.push("stderr-head");
    if (removeIfPresent(`${base}.stderr`)) changed.push("-stderr");
  } else {
    if (writeIfChanged(`${base}.stderr`, golden.stderr ?? Buffer.alloc(0))) changed.push("stderr");
    if (removeIfPresent(`${base}.stderr-head`)) changed.push("-stderr-head");
  }
  return changed;
}

async function main(argv: string[]): Promise<number> {
  if (!haveGo()) {
    process.stderr.write(
      `record-run-golden: Go not found at ${goBinary()} (set MINIGO_GO); refusing to guess goldens\n`,
    );
    return 1;
  }
  const dir = runDir();
  const all = listPrograms(dir);
  const names =
    argv.length > 0 ? argv.map((a) => a.replace(/^.*\//, "").replace(/\.go$/, "")) : all;
  for (const n of names) {
    if (!all.includes(n)) {
      process.stderr.write(`record-run-golden: no program ${n}.go in ${dir}\n`);
      return 2;
    }
  }
  let updated = 0;
  let refused = 0;
  for (const name of names) {
    try {
      const changed = await record(dir, name);
      if (changed.length > 0) {
        updated++;
        process.stdout.write(`updated ${name} (${changed.join(", ")})\n`);
      }
    } catch (e) {
      refused++;
      process.stderr.write(`refused ${e instanceof Error ? e.message : String(e)}\n`);
    }
  }
  let removed = 0;
  if (argv.length === 0) {
    const programs = new Set(all);
    for (const f of readdirSync(dir)) {
      const suffix = goldenSuffixes.find((s) => f.endsWith(s));
      if (suffix !== undefined && !programs.has(f.slice(0, -suffix.length))) {
        unlinkSync(join(dir, f));
        process.stdout.write(`removed ${f} (no ${f.slice(0, -suffix.length)}.go)\n`);
        removed++;
      }
    }
  }
  process.stdout.write(
    `${names.length} programs, ${updated} updated, ${removed} stale goldens removed, ${refused} refused\n`,
  );
  return refused > 0 ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
