/*
 * Timing one command for the benchmarks that race minigo against Go in the same run.
 *
 * What: timeOnce runs a command to completion and measures its wall clock; when GNU time
 * is installed (`apt-get install -y time`) it also reads the command's CPU time (user +
 * system) and peak resident memory. best/bestCpu/peakRss summarise repeated runs.
 *
 * Why one place: bench/frontend, bench/ir and bench/escape all compare two compilers the
 * same way; a fix to how a figure is taken must reach all of them.
 *
 * Invariant: a figure GNU time could not give is undefined, never 0; on a loaded machine
 * the least CPU time is the steadier figure, the best wall time the fairer one.
 *
 * Example:
 *   const t = [1, 2, 3].map(() => timeOnce("go", ["version"], tmp));
 *   console.log(best(t).ms, bestCpu(t), peakRss(t));
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";

const gnuTime = "/usr/bin/time";

export interface Timing {
  ms: number;
  /** Peak resident set size in KiB, when GNU time is there to measure it. */
  rssKiB?: number;
  /** User + system CPU seconds, when GNU time is there to measure them. */
  cpuS?: number;
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs a command once in cwd, timing its wall clock (and CPU and peak RSS under GNU time). */
export function timeOnce(cmd: string, args: string[], cwd: string): Timing {
  const rssFile = join(cwd, "rss.txt");
  const measured = existsSync(gnuTime);
  const [file, argv] = measured
    ? [gnuTime, ["-f", "%M %U %S", "-o", rssFile, cmd, ...args]]
    : [cmd, args];
  const start = process.hrtime.bigint();
  const r = spawnSync(file, argv, { cwd, encoding: "utf8", maxBuffer: 1 << 30 });
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
  return {
    ms,
    rssKiB,
    cpuS,
    status: r.status ?? -1,
    stdout: r.stdout ?? "",
    stderr: r.stderr ?? "",
  };
}

/** The run with the least wall time. */
export function best(ts: readonly Timing[]): Timing {
  return ts.reduce((a, b) => (b.ms < a.ms ? b : a));
}

/** The least CPU time over the runs, or undefined without GNU time. */
export function bestCpu(ts: readonly Timing[]): number | undefined {
  const cpu = ts.map((t) => t.cpuS).filter((x): x is number => x !== undefined);
  return cpu.length > 0 ? Math.min(...cpu) : undefined;
}

/** The highest peak RSS over the runs, printed in MB (or why it is not known). */
export function peakRss(ts: readonly Timing[]): string {
  const peaks = ts.map((t) => t.rssKiB).filter((x): x is number => x !== undefined);
  return peaks.length > 0
    ? `peak RSS ${(Math.max(...peaks) / 1024).toFixed(0)} MB`
    : "peak RSS n/a (apt-get install -y time)";
}

/** "   CPU 1.23 s" for the least CPU time over the runs, "" without GNU time. */
export function cpuSuffix(ts: readonly Timing[]): string {
  const c = bestCpu(ts);
  return c === undefined ? "" : `   CPU ${c.toFixed(2)} s`;
}

/**
 * Prints gc's line (best wall time, CPU, peak RSS) and the minigo/gc ratios, after the
 * caller printed minigo's; returns 1 if gc rejected the program, else 0.
 */
export function reportGc(minigo: readonly Timing[], gc: readonly Timing[]): number {
  const g = best(gc);
  process.stdout.write(
    `gc       ${(g.ms / 1000).toFixed(2)} s  (best of ${gc.length})${cpuSuffix(gc)}   ${peakRss(gc)}\n`,
  );
  if (g.status !== 0) {
    process.stdout.write(
      `  gc rejected the program (exit ${g.status}):\n${(g.stdout + g.stderr).slice(0, 500)}\n`,
    );
  }
  const mc = bestCpu(minigo);
  const gcCpu = bestCpu(gc);
  const cpuRatio = mc !== undefined && gcCpu ? ` (CPU time: ${(mc / gcCpu).toFixed(2)})` : "";
  process.stdout.write(`ratio minigo/gc: ${(best(minigo).ms / g.ms).toFixed(2)}${cpuRatio}\n`);
  return g.status !== 0 ? 1 : 0;
}
