/*
 * The front-end benchmark: minigo's `tool compile` against gc's on a 100,000-line program.
 *
 * What: writes the program of bench/frontend/gen.ts to a temporary directory, then runs
 *   node dist/src/cli.js tool compile FILE          (parse + type-check, Node start-up included)
 *   go tool compile -p p -o <tmp>/gc.o FILE          (gc's whole compile: it has no
 *                                                    check-only mode)
 * three times each, alternating, and prints the best wall time of each, the ratio
 * minigo/gc, and — measured with GNU time when /usr/bin/time exists (`apt-get install -y
 * time`) — the least CPU time (user + system) and the peak resident memory of each. On a
 * loaded machine the CPU-time ratio is the steadier figure.
 *
 * Note that gc compiles to machine code (inlining, SSA, code generation) while minigo's
 * front end only parses and type-checks, so the ratio flatters minigo; it is the
 * comparison the two command lines offer.
 *
 * Why: the front end must stay fast enough to be used on real programs; the ratio to gc in
 * the same run is comparable across machines where absolute times are not.
 *
 * Invariant: both compilers must accept the program (it is valid Go); if one does not, the
 * benchmark says so and exits 1 rather than time an early exit.
 *
 * Example:
 *   npm run bench:frontend
 *   program  /tmp/minigo-bench-frontend/big.go: 100000 lines, 1.8 MB
 *   minigo   3.92 s  (best of 3)   CPU 2.41 s   peak RSS 280 MB
 *   gc       30.88 s  (best of 3)   CPU 11.60 s   peak RSS 709 MB
 *   ratio minigo/gc: 0.13 (CPU time: 0.21)
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { generateProgram } from "./gen.js";

const gnuTime = "/usr/bin/time";
const runs = 3;

interface Timing {
  ms: number;
  /** Peak resident set size in KiB, when GNU time is there to measure it. */
  rssKiB?: number;
  /** User + system CPU seconds, when GNU time is there to measure them. */
  cpuS?: number;
  status: number;
  output: string;
}

/** Runs a command once, timing its wall clock (and peak RSS under GNU time). */
function timeOnce(cmd: string, args: string[], cwd: string): Timing {
  const rssFile = join(cwd, "rss.txt");
  const measured = existsSync(gnuTime);
  const [file, argv] = measured
    ? [gnuTime, ["-f", "%M %U %S", "-o", rssFile, cmd, ...args]]
    : [cmd, args];
  const start = process.hrtime.bigint();
  const r = spawnSync(file, argv, { cwd, encoding: "utf8", maxBuffer: 256 << 20 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.error) throw r.error;
  let rssKiB: number | undefined;
  let cpuS: number | undefined;
  if (measured && existsSync(rssFile)) {
    // GNU time writes "Command exited with non-zero status N" before the figures on failure.
    const last = readFileSync(rssFile, "utf8").trim().split("\n").pop() ?? "";
    const m = /^(\d+) ([\d.]+) ([\d.]+)$/.exec(last);
    if (m) {
      rssKiB = Number(m[1]);
      cpuS = Number(m[2]) + Number(m[3]);
    }
    rmSync(rssFile);
  }
  return { ms, rssKiB, cpuS, status: r.status ?? -1, output: (r.stdout ?? "") + (r.stderr ?? "") };
}

function best(ts: Timing[]): Timing {
  return ts.reduce((a, b) => (b.ms < a.ms ? b : a));
}

function fmtRss(t: Timing[]): string {
  const peaks = t.map((x) => x.rssKiB).filter((x): x is number => x !== undefined);
  return peaks.length > 0
    ? `peak RSS ${(Math.max(...peaks) / 1024).toFixed(0)} MB`
    : "peak RSS n/a (apt-get install -y time)";
}

/** The least CPU time over the runs (user + system), or undefined without GNU time. */
function bestCpu(t: Timing[]): number | undefined {
  const cpu = t.map((x) => x.cpuS).filter((x): x is number => x !== undefined);
  return cpu.length > 0 ? Math.min(...cpu) : undefined;
}

function fmtCpu(t: Timing[]): string {
  const c = bestCpu(t);
  return c === undefined ? "" : `   CPU ${c.toFixed(2)} s`;
}

function main(): number {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
  const cli = join(root, "dist", "src", "cli.js");
  const go = process.env["MINIGO_GO"] ?? "/usr/lib/go-1.19/bin/go";
  if (!existsSync(cli)) {
    process.stderr.write(`bench: ${cli} not found; run npm run build\n`);
    return 1;
  }
  const dir = join(tmpdir(), "minigo-bench-frontend");
  mkdirSync(dir, { recursive: true });
  const file = join(dir, "big.go");
  const text = generateProgram(100_000);
  writeFileSync(file, text);
  process.stdout.write(
    `program  ${file}: ${text.split("\n").length - 1} lines, ${(text.length / 1e6).toFixed(1)} MB\n`,
  );

  const minigo: Timing[] = [];
  const gc: Timing[] = [];
  const haveGo = existsSync(go);
  for (let i = 0; i < runs; i++) {
    minigo.push(timeOnce(process.execPath, [cli, "tool", "compile", file], dir));
    if (haveGo)
      gc.push(timeOnce(go, ["tool", "compile", "-p", "p", "-o", join(dir, "gc.o"), file], dir));
  }
  let status = 0;
  const m = best(minigo);
  process.stdout.write(
    `minigo   ${(m.ms / 1000).toFixed(2)} s  (best of ${runs})${fmtCpu(minigo)}   ${fmtRss(minigo)}\n`,
  );
  if (m.status !== 0) {
    process.stdout.write(
      `  minigo rejected the program (exit ${m.status}):\n${m.output.split("\n").slice(0, 5).join("\n")}\n`,
    );
    status = 1;
  }
  if (!haveGo) {
    process.stdout.write(`gc       not run: ${go} not found\n`);
    return status;
  }
  const g = best(gc);
  process.stdout.write(
    `gc       ${(g.ms / 1000).toFixed(2)} s  (best of ${runs})${fmtCpu(gc)}   ${fmtRss(gc)}\n`,
  );
  if (g.status !== 0) {
    process.stdout.write(
      `  gc rejected the program (exit ${g.status}):\n${g.output.slice(0, 500)}\n`,
    );
    status = 1;
  }
  const mc = bestCpu(minigo);
  const gcCpu = bestCpu(gc);
  const cpuRatio = mc !== undefined && gcCpu ? ` (CPU time: ${(mc / gcCpu).toFixed(2)})` : "";
  process.stdout.write(`ratio minigo/gc: ${(m.ms / g.ms).toFixed(2)}${cpuRatio}\n`);
  return status;
}

process.exitCode = main();
