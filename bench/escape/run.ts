/*
 * The escape-analysis benchmark: `minigo tool compile -m -l` against
 * `go tool compile -p p -o <tmp>/gc.o -m -l` on programs of 10k, 100k and 300k lines.
 *
 * What: for each size, writes the program of bench/frontend/gen.ts (exact line count,
 * deterministic, valid Go; every unit has pointers, pointer and value receivers,
 * interfaces and type switches, closures capturing locals, slices built with append,
 * maps, calls between functions and into fmt/strings/strconv, so the location graph is
 * far from trivial) to a temporary directory, then runs
 *   node dist/src/cli.js tool compile -m -l FILE        (parse, check, IR, escape analysis
 *                                                       and its diagnostics; Node start-up
 *                                                       included)
 *   go tool compile -p p -o <tmp>/gc.o -m -l FILE       (gc's whole compile with -m)
 * three times each, alternating, and prints per size the best wall time, the least CPU time
 * (user + system) and the peak RSS of each (the last two with GNU time at /usr/bin/time),
 * the ratio minigo/gc, and the time per 1,000 lines. A final table gives the growth factor
 * of each compiler's best wall time from 10k to 100k to 300k lines (linear growth would be
 * 10× and 3×), so super-linear cost in minigo shows against gc's in the same run.
 *
 * It also compares the two compilers' -m output on every program line by line (as multisets:
 * gc's order of work is checked by the tests, compiler/escape/positions.test.ts) and prints
 * "identical" or the number of lines that differ (with the first few), a correctness signal
 * at scale; a final line gives the total.
 *
 * Why: escape analysis runs on every build; issue 4's target is ratio ≤ 1.0 and growth no
 * worse than gc's. Ratios in the same run are comparable across machines where absolute
 * times are not.
 *
 * Invariant: both compilers must accept every program; if one exits non-zero the benchmark
 * says so and exits 1 rather than time an early exit.
 *
 * Options: `--sizes 10000,100000` picks the sizes; `--runs N` the number of timed runs per
 * compiler and size (default 3).
 *
 * Example (2 cores shared with other jobs, 2026-11-26; at 10k lines about a quarter of
 * minigo's time is Node's start-up, loading its modules and checking the declarations of
 * the imported stdlib, the rest the program's own checking, IR and escape analysis):
 *   node dist/bench/escape/run.js
 *   /tmp/minigo-bench-escape/big10000.go: 10000 lines, 0.2 MB
 *     minigo    0.60 s   CPU 0.96 s    RSS 125 MB    59.7 ms/1k lines
 *     gc        0.58 s   CPU 0.68 s    RSS 70 MB     58.3 ms/1k lines
 *     ratio minigo/gc: wall 1.02   CPU 1.41
 *     -m output: identical (1544 lines)
 *   … 100000 lines: wall 2.62 s vs 7.12 s (0.37); 300000 lines: 6.68 s vs 24.48 s (0.27)
 *   -m output vs gc: 0 differing lines over 3 programs (gc printed 63570)
 *   growth of best wall time: 10k→100k minigo ×4.39 gc ×12.21; 100k→300k ×2.55 gc ×3.44
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { generateProgram } from "../frontend/gen.js";
import { best, bestCpu, timeOnce, type Timing } from "../measure.js";

/** What one compiler did on one program over all runs. */
interface Measured {
  bestMs: number;
  cpuS?: number;
  rssKiB?: number;
  status: number;
  /** The -m diagnostics (gc prints them on stdout; minigo on stdout too), of the last run. */
  output: string;
}

function summarise(ts: Timing[]): Measured {
  const rss = ts.map((t) => t.rssKiB).filter((x): x is number => x !== undefined);
  const failed = ts.find((t) => t.status !== 0);
  const last = ts[ts.length - 1]!;
  return {
    bestMs: best(ts).ms,
    cpuS: bestCpu(ts),
    rssKiB: rss.length > 0 ? Math.max(...rss) : undefined,
    status: failed ? failed.status : 0,
    output: failed ? failed.stdout + failed.stderr : last.stdout + last.stderr,
  };
}

function fmt(name: string, m: Measured, lines: number): string {
  const cpu = m.cpuS === undefined ? "CPU n/a" : `CPU ${m.cpuS.toFixed(2)} s`;
  const rss = m.rssKiB === undefined ? "RSS n/a" : `RSS ${(m.rssKiB / 1024).toFixed(0)} MB`;
  const per1k = ((m.bestMs / lines) * 1000).toFixed(1);
  return `  ${name.padEnd(7)}${(m.bestMs / 1000).toFixed(2).padStart(7)} s   ${cpu.padEnd(13)} ${rss.padEnd(11)} ${per1k.padStart(6)} ms/1k lines`;
}

/** The lines of one -m output that the other lacks, as a multiset difference. */
function compareOutputs(minigo: string, gc: string): { differing: number; sample: string[] } {
  const count = new Map<string, number>();
  const ml = minigo.split("\n").filter((l) => l !== "");
  const gl = gc.split("\n").filter((l) => l !== "");
  for (const l of gl) count.set(l, (count.get(l) ?? 0) + 1);
  const onlyMinigo: string[] = [];
  for (const l of ml) {
    const n = count.get(l) ?? 0;
    if (n > 0) count.set(l, n - 1);
    else onlyMinigo.push(l);
  }
  const onlyGc: string[] = [];
  for (const [l, n] of count) for (let i = 0; i < n; i++) onlyGc.push(l);
  return {
    differing: onlyMinigo.length + onlyGc.length,
    sample: [
      ...onlyMinigo.slice(0, 4).map((l) => `  minigo only: ${l}`),
      ...onlyGc.slice(0, 4).map((l) => `  gc only:     ${l}`),
    ],
  };
}

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function main(): number {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
  const cli = join(root, "dist", "src", "cli.js");
  const go = process.env["MINIGO_GO"] ?? "/usr/lib/go-1.19/bin/go";
  if (!existsSync(cli)) {
    process.stderr.write(`bench: ${cli} not found; run npm run build\n`);
    return 1;
  }
  const sizes = (option("--sizes") ?? "10000,100000,300000").split(",").map(Number);
  const runs = Number(option("--runs") ?? "3");
  const haveGo = existsSync(go);
  const dir = join(tmpdir(), "minigo-bench-escape");
  mkdirSync(dir, { recursive: true });

  let status = 0;
  let differing = 0;
  let compared = 0;
  const results: { lines: number; minigo: Measured; gc?: Measured }[] = [];
  for (const lines of sizes) {
    const file = join(dir, `big${lines}.go`);
    const text = generateProgram(lines);
    writeFileSync(file, text);
    const mt: Timing[] = [];
    const gt: Timing[] = [];
    for (let i = 0; i < runs; i++) {
      mt.push(timeOnce(process.execPath, [cli, "tool", "compile", "-m", "-l", file], dir));
      if (haveGo)
        gt.push(
          timeOnce(
            go,
            ["tool", "compile", "-p", "p", "-o", join(dir, "gc.o"), "-m", "-l", file],
            dir,
          ),
        );
    }
    const minigo = summarise(mt);
    const gc = haveGo ? summarise(gt) : undefined;
    results.push({ lines, minigo, gc });
    process.stdout.write(`${file}: ${lines} lines, ${(text.length / 1e6).toFixed(1)} MB\n`);
    process.stdout.write(fmt("minigo", minigo, lines) + "\n");
    if (minigo.status !== 0) {
      process.stdout.write(
        `  minigo failed (exit ${minigo.status}):\n${minigo.output.split("\n").slice(0, 5).join("\n")}\n`,
      );
      status = 1;
    }
    if (gc) {
      process.stdout.write(fmt("gc", gc, lines) + "\n");
      if (gc.status !== 0) {
        process.stdout.write(`  gc failed (exit ${gc.status}):\n${gc.output.slice(0, 500)}\n`);
        status = 1;
      }
      const cpuRatio =
        minigo.cpuS !== undefined && gc.cpuS ? `   CPU ${(minigo.cpuS / gc.cpuS).toFixed(2)}` : "";
      process.stdout.write(
        `  ratio minigo/gc: wall ${(minigo.bestMs / gc.bestMs).toFixed(2)}${cpuRatio}\n`,
      );
    } else {
      process.stdout.write(`  gc not run: ${go} not found\n`);
    }
    if (gc && gc.status === 0 && minigo.status === 0) {
      const d = compareOutputs(minigo.output, gc.output);
      const total = gc.output.split("\n").filter((l) => l !== "").length;
      differing += d.differing;
      compared += total;
      process.stdout.write(
        d.differing === 0
          ? `  -m output: identical (${total} lines)\n`
          : `  -m output: ${d.differing} lines differ (gc printed ${total})\n${d.sample.join("\n")}\n`,
      );
    }
  }

  if (compared > 0) {
    process.stdout.write(
      `-m output vs gc: ${differing} differing lines over ${results.length} programs (gc printed ${compared})\n`,
    );
  }
  if (results.length > 1) {
    process.stdout.write("growth of best wall time (linear = ratio of sizes):\n");
    for (let i = 1; i < results.length; i++) {
      const a = results[i - 1]!;
      const b = results[i]!;
      const g = (x: Measured | undefined, y: Measured | undefined): string =>
        x && y ? `×${(y.bestMs / x.bestMs).toFixed(2)}` : "n/a";
      process.stdout.write(
        `  ${a.lines}→${b.lines} (×${(b.lines / a.lines).toFixed(1)} lines): minigo ${g(a.minigo, b.minigo)}   gc ${g(a.gc, b.gc)}\n`,
      );
    }
  }
  return status;
}

process.exitCode = main();
