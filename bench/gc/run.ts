// Heap and GC benchmarks: minigo's runtime against native Go 1.19.
//
// Three workloads, each run on our runtime (runtime/memory + runtime/gc, driven
// directly through the heap API as generated code will) and by the equivalent
// Go program bench/gc/gcbench.go (built once with /usr/lib/go-1.19/bin/go):
//
//	alloc      throughput of pointer-free allocations of 16 B, 64 B, 1 KB, 64 KB
//	           with only the last object kept (GOGC=100). Target: >= 0.5x Go.
//	pause      live heaps of 16 MB, 256 MB, 1 GB (128-byte nodes through 64 KB
//	           pointer chunks), then a churn of 64-byte garbage with live-node
//	           replacement. We report the distribution of mutator stops (every
//	           STW pause, every assist slice and every proportional-sweep step
//	           inside an allocation: the time the program is not running); Go
//	           reports its STW pauses (MemStats.PauseNs). Both also
//	           report the longest gap between checkpoints every 1000 iterations.
//	           Target: max stop <= 1 ms at 256 MB.
//	           Every stop of ours is timed with two clocks at once: wall time
//	           (which also counts time the host deschedules us) and process
//	           CPU time (which also counts the engine's helper threads, and
//	           moves in lumps of their time). Each only overstates a stop, so
//	           per stop min(wall, cpu) is also reported: still an upper bound
//	           of the stop's own work, without either artifact. The workload
//	           runs twice per heap size (run 1 is the first use of the churn's
//	           paths; the collector's own paths were already compiled by the
//	           first collector's JIT warm-up, runtime/gc/warmup.ts, whose
//	           duration is printed), and
//	           the engine's own collections during the churn are counted
//	           (node:perf_hooks "gc" entries).
//	overhead   a mix of object sizes, all live, after a full GC: HeapInuse
//	           against the bytes requested. Target: within 1.25x of Go's HeapInuse.
//
// Usage:  npx tsc -p tsconfig.json && node dist/bench/gc/run.js [--quick] [--no-go]
//   --quick   smaller counts, no 1 GB heap (a smoke run)
//   --no-go   skip the Go side (no ratios)
//   --procs=N run Go with GOMAXPROCS=N (default: Go's default; our runtime is one thread)
//   --only=alloc|pause|overhead   run one workload
//   --live=16,256                 live heap sizes (MB) of the pause workload
// Run node with --single-threaded to keep the engine's GC and compiler off
// helper threads (then process CPU time is the main thread's).

import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { PerformanceObserver, performance } from "node:perf_hooks";
import { Collector, CollectorOptions } from "../../runtime/gc/collector.js";
import { collectorWarmedUp } from "../../runtime/gc/warmup.js";
import { RootJob, RootSource } from "../../runtime/gc/roots.js";
import type { StopKind } from "../../runtime/gc/collector.js";

const GO = "/usr/lib/go-1.19/bin/go";
const quick = process.argv.includes("--quick");
const noGo = process.argv.includes("--no-go") || !existsSync(GO);
const GO_SRC = fileURLToPath(new URL("../../../bench/gc/gcbench.go", import.meta.url));
const GO_BIN = "/tmp/minigo-gcbench";
/** --procs=N runs Go with GOMAXPROCS=N (default: Go's default, all cores). */
const GOMAXPROCS = process.argv.find((a) => a.startsWith("--procs="))?.slice("--procs=".length);
/** --only=alloc|pause|overhead runs one workload. */
const ONLY = process.argv.find((a) => a.startsWith("--only="))?.slice("--only=".length);
/** --live=16,256 chooses the live heaps (MB) of the pause workload. */
const LIVE = process.argv
  .find((a) => a.startsWith("--live="))
  ?.slice("--live=".length)
  .split(",")
  .map(Number);

type Json = Record<string, number | string>;

function goRun(...args: string[]): Json | null {
  if (noGo) return null;
  const env: NodeJS.ProcessEnv = { ...process.env, GOGC: "100" };
  if (GOMAXPROCS !== undefined) env.GOMAXPROCS = GOMAXPROCS;
  const outText = execFileSync(GO_BIN, args, { encoding: "utf8", env });
  return JSON.parse(outText.trim().split("\n").pop()!) as Json;
}

/** Roots held by the benchmark driver: a list of pointers (our "globals"). */
class Roots implements RootSource {
  readonly slots: number[] = [];
  rootJobs(): readonly RootJob[] {
    return [
      {
        kind: "globals",
        gid: -1,
        scanBytes: this.slots.length * 8,
        scan: (visit) => this.slots.forEach((p) => visit(p)),
      },
    ];
  }
}

/**
 * new Collector(opts), printing how long the first one took: the first
 * collector of a process runs the JIT warm-up (runtime/gc/warmup.ts).
 */
function newCollector(opts: CollectorOptions): Collector {
  const first = !collectorWarmedUp();
  const t0 = performance.now();
  const gc = new Collector(opts);
  if (first)
    console.log(`(first collector: JIT warm-up took ${(performance.now() - t0).toFixed(1)} ms)`);
  return gc;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.floor((sorted.length - 1) * p)];
}

const fmtMs = (ns: number): string => (ns / 1e6).toFixed(3) + " ms";
const ratio = (a: number, b: number | undefined): string =>
  b === undefined || b === 0 ? "n/a" : (a / b).toFixed(2) + "x";

// ---- alloc ----

function oursAlloc(size: number, n: number): Json {
  const roots = new Roots();
  roots.slots.push(0);
  const gc = newCollector({ roots, gogc: 100 });
  const heap = gc.heap;
  const slots = roots.slots;
  // warm up the JIT on a smaller run
  for (let i = 0; i < Math.min(n, 200_000); i++) slots[0] = heap.allocBytes(size);
  gc.GC();
  const n0 = gc.numGC;
  const t0 = performance.now();
  for (let i = 0; i < n; i++) slots[0] = heap.allocBytes(size);
  const seconds = (performance.now() - t0) / 1000;
  return { mode: "alloc", size, n, seconds, perSec: n / seconds, numGC: gc.numGC - n0 };
}

// ---- pause ----

const CHUNK_PTRS = 8192;

/** Process CPU time in ms (user + system): a clock that does not advance while the process is descheduled. */
const cpuClock = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** The longest gap a busy loop observes in `ms` milliseconds: the machine's scheduling noise floor. */
function noiseFloor(ms: number): { maxGapNs: number; gapsOver1ms: number } {
  let last = performance.now();
  const end = last + ms;
  let maxGap = 0;
  let over = 0;
  for (;;) {
    const now = performance.now();
    const g = now - last;
    if (g > maxGap) maxGap = g;
    if (g > 1) over++;
    last = now;
    if (now > end) break;
  }
  return { maxGapNs: maxGap * 1e6, gapsOver1ms: over };
}

/** The engine's own collections (start ms, duration ms), from node:perf_hooks. */
const engineGCs: [number, number][] = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) engineGCs.push([e.startTime, e.duration]);
}).observe({ entryTypes: ["gc"] });
/** Let the observer deliver the entries buffered during a synchronous run. */
const flushObservers = (): Promise<void> => new Promise((r) => setTimeout(r, 20));

const STOP_KINDS: readonly StopKind[] = ["sweepTermination", "assist", "markTermination", "sweep"];

/** Wall-clock start/end (ms) and kind of every mutator stop, in the order of gc.stops. */
class StopLog {
  start = new Float64Array(1 << 14);
  end = new Float64Array(1 << 14);
  kind = new Uint8Array(1 << 14);
  n = 0;
  add(kind: StopKind, startMs: number, endMs: number): void {
    if (this.n === this.start.length) {
      const grow = <T extends Float64Array | Uint8Array>(a: T, b: T): T => (b.set(a), b);
      this.start = grow(this.start, new Float64Array(this.n * 2));
      this.end = grow(this.end, new Float64Array(this.n * 2));
      this.kind = grow(this.kind, new Uint8Array(this.n * 2));
    }
    this.start[this.n] = startMs;
    this.end[this.n] = endMs;
    this.kind[this.n++] = STOP_KINDS.indexOf(kind);
  }
}

interface PauseResult {
  json: Json;
  churnStart: number;
  churnEnd: number;
  log: StopLog;
  /** min(wall, cpu) of every stop (ns), in order. */
  minNs: number[];
}

function oursPause(liveMB: number, n: number): PauseResult {
  const roots = new Roots();
  roots.slots.push(0, 0);
  const log = new StopLog();
  const gc = newCollector({
    roots,
    gogc: 100,
    recordStops: true,
    secondClock: cpuClock,
    onStop: (kind, t0, t1) => log.add(kind, t0, t1),
  });
  const heap = gc.heap;
  const Node = heap.types.register("node", 128, [0, 1]);
  const Ptr = heap.types.register("*node", 8, [0]);
  const nodes = Math.floor((liveMB << 20) / 128);
  const nchunks = Math.ceil(nodes / CHUNK_PTRS);
  const spine = heap.alloc(Ptr, nchunks);
  roots.slots[0] = spine;
  const mem = heap.mem;
  const chunks: number[] = [];
  let made = 0;
  for (let ci = 0; ci < nchunks; ci++) {
    const c = heap.alloc(Ptr, CHUNK_PTRS);
    gc.writePointer(spine + ci * 8, c);
    chunks.push(c);
    for (let j = 0; j < CHUNK_PTRS && made < nodes; j++, made++) {
      const nn = heap.alloc(Node);
      gc.writePointer(c + j * 8, nn);
      if (j > 0) gc.writePointer(nn, mem.loadPtr(c + (j - 1) * 8));
    }
  }
  gc.GC();
  // Measure the churn only.
  gc.stops.length = 0;
  gc.stopsBySecondClock.length = 0;
  log.n = 0;
  gc.maxStopNs = 0;
  for (const k of Object.keys(gc.maxStopByKind) as (keyof typeof gc.maxStopByKind)[])
    gc.maxStopByKind[k] = 0;
  const n0 = gc.numGC;
  let seed = 12345;
  const gaps: number[] = [];
  let last = performance.now();
  const start = last;
  for (let i = 0; i < n; i++) {
    roots.slots[1] = heap.allocBytes(64);
    if (i % 16 === 0) {
      seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
      const c = chunks[(seed >>> 8) % chunks.length];
      const k = (seed >>> 3) % CHUNK_PTRS;
      const nn = heap.alloc(Node);
      gc.writePointer(nn + 8, mem.loadPtr(c + k * 8));
      gc.writePointer(c + k * 8, nn);
    }
    if (i % 1000 === 999) {
      const now = performance.now();
      gaps.push((now - last) * 1e6);
      last = now;
    }
  }
  const end = performance.now();
  const seconds = (end - start) / 1000;
  const wall = gc.stops;
  const cpu = gc.stopsBySecondClock;
  const both = wall.map((w, i) => Math.min(w, cpu[i]));
  const sortNum = (a: number[]): number[] => a.slice().sort((x, y) => x - y);
  const [sw, sc, sb] = [sortNum(wall), sortNum(cpu), sortNum(both)];
  gaps.sort((a, b) => a - b);
  const ms = gc.readMemStats();
  const json: Json = {
    mode: "pause",
    liveMB,
    n,
    seconds,
    cycles: gc.numGC - n0,
    stops: wall.length,
    maxStopNs: sw[sw.length - 1] ?? 0,
    p99StopNs: percentile(sw, 0.99),
    cpuMaxStopNs: sc[sc.length - 1] ?? 0,
    cpuP99StopNs: percentile(sc, 0.99),
    minMaxStopNs: sb[sb.length - 1] ?? 0,
    minP99StopNs: percentile(sb, 0.99),
    minStopsOver1ms: sb.filter((x) => x > 1e6).length,
    maxGapNs: gaps[gaps.length - 1],
    medianGapNs: percentile(gaps, 0.5),
    heapInuse: ms.HeapInuse,
    maxSweepTermNs: gc.maxStopByKind.sweepTermination,
    maxAssistNs: gc.maxStopByKind.assist,
    maxMarkTermNs: gc.maxStopByKind.markTermination,
    maxSweepNs: gc.maxStopByKind.sweep,
  };
  return { json, churnStart: start, churnEnd: end, log, minNs: both };
}

// ---- overhead ----

function oursOverhead(liveMB: number): Json {
  const roots = new Roots();
  const gc = newCollector({ roots, gogc: 100 });
  const sizes = [8, 16, 24, 40, 64, 100, 250, 700, 1500, 3000, 9000, 40000];
  let live = 0;
  for (let i = 0; live < liveMB << 20; i++) {
    const s = sizes[i % sizes.length];
    roots.slots.push(gc.heap.allocBytes(s));
    live += s;
  }
  gc.GC();
  const ms = gc.readMemStats();
  return {
    mode: "overhead",
    liveMB,
    liveBytes: live,
    objects: roots.slots.length,
    heapInuse: ms.HeapInuse,
    heapAlloc: ms.HeapAlloc,
    heapSys: ms.HeapSys,
  };
}

async function main(): Promise<void> {
  if (!noGo) execFileSync(GO, ["build", "-o", GO_BIN, GO_SRC], { stdio: "inherit" });
  const results: Results = [];
  console.log(
    `minigo heap/GC benchmarks (node ${process.version}${noGo ? ", Go side skipped" : `, vs go1.19 GOMAXPROCS=${GOMAXPROCS ?? "default"}`})`,
  );

  if (ONLY === undefined || ONLY === "alloc") allocWorkload(results);
  if (ONLY === undefined || ONLY === "pause") await pauseWorkload(results);
  if (ONLY === undefined || ONLY === "overhead") overheadWorkload(results);
  console.log("\nJSON " + JSON.stringify(results));
}

type Results = { ours: Json; go: Json | null }[];

function allocWorkload(results: Results): void {
  console.log("\n== allocation throughput (pointer-free, GOGC=100) ==");
  const allocN: Record<number, number> = quick
    ? { 16: 2_000_000, 64: 2_000_000, 1024: 400_000, 65536: 10_000 }
    : { 16: 20_000_000, 64: 20_000_000, 1024: 4_000_000, 65536: 100_000 };
  for (const size of [16, 64, 1024, 65536]) {
    const ours = oursAlloc(size, allocN[size]);
    const go = goRun("alloc", String(size), String(allocN[size]));
    results.push({ ours, go });
    const o = ours.perSec as number;
    const g = go?.perSec as number | undefined;
    console.log(
      `${String(size).padStart(6)} B: ours ${(o / 1e6).toFixed(2)} M/s (${((o * size) / 2 ** 20).toFixed(0)} MB/s, ${ours.numGC} GCs)` +
        (g !== undefined
          ? `  go ${(g / 1e6).toFixed(2)} M/s (${go!.numGC} GCs)  ratio ${ratio(o, g)}`
          : ""),
    );
  }
}

async function pauseWorkload(results: Results): Promise<void> {
  console.log("\n== pauses (live heap + churn; ours: every mutator stop; go: STW pauses) ==");
  const noise = noiseFloor(2000);
  console.log(
    `machine noise floor: a busy loop saw ${noise.gapsOver1ms} gaps > 1 ms in 2 s, longest ${fmtMs(noise.maxGapNs)} (other load on the host)`,
  );
  for (const liveMB of LIVE ?? (quick ? [16, 64] : [16, 256, 1024])) {
    const n = Math.max(2_000_000, liveMB * 16384 * 3);
    const go = goRun("pause", String(liveMB), String(n));
    let line = `${String(liveMB).padStart(5)} MB:`;
    for (const run of [1, 2]) {
      const r = oursPause(liveMB, n);
      const ours = r.json;
      await flushObservers();
      const during = engineGCs.filter(([s, d]) => s + d >= r.churnStart && s <= r.churnEnd);
      const engineMax = during.reduce((m, [, d]) => Math.max(m, d), 0);
      const { log, minNs } = r;
      const json = ours;
      // Our stops over 1 ms (by min(wall, cpu)) and whether an engine collection overlapped them.
      const long: string[] = [];
      let overlapped = 0;
      for (let i = 0; i < minNs.length; i++) {
        if (minNs[i] <= 1e6) continue;
        const hit = during.some(([s, d]) => s < log.end[i] && s + d > log.start[i]);
        if (hit) overlapped++;
        long.push(
          `${STOP_KINDS[log.kind[i]]} ${(minNs[i] / 1e6).toFixed(2)} ms${hit ? " (overlaps a V8 GC)" : ""}`,
        );
      }
      json.run = run;
      json.engineGCs = during.length;
      json.engineGCMaxMs = engineMax;
      json.stopsOver1msOverlappingEngineGC = overlapped;
      results.push({ ours: json, go: run === 1 ? go : null });
      line +=
        `\n  run ${run}: ${ours.stops} stops, ${ours.cycles} cycles, ${(ours.seconds as number).toFixed(1)} s; ` +
        `max / p99: wall ${fmtMs(ours.maxStopNs as number)} / ${fmtMs(ours.p99StopNs as number)}, ` +
        `cpu ${fmtMs(ours.cpuMaxStopNs as number)} / ${fmtMs(ours.cpuP99StopNs as number)}, ` +
        `min(wall,cpu) ${fmtMs(ours.minMaxStopNs as number)} / ${fmtMs(ours.minP99StopNs as number)} (${ours.minStopsOver1ms} stops > 1 ms)` +
        `\n         wall max by kind: sweep termination ${fmtMs(ours.maxSweepTermNs as number)}, assist ${fmtMs(ours.maxAssistNs as number)}, mark termination ${fmtMs(ours.maxMarkTermNs as number)}, proportional sweep ${fmtMs(ours.maxSweepNs as number)}; max loop gap ${fmtMs(ours.maxGapNs as number)}` +
        `\n         engine (V8) collections during the churn: ${during.length}, longest ${engineMax.toFixed(2)} ms` +
        (long.length > 0 ? `\n         stops > 1 ms: ${long.slice(0, 8).join(", ")}` : "");
    }
    if (go)
      line += `\n  go: max ${fmtMs(go.maxPauseNs as number)} p99 ${fmtMs(go.p99PauseNs as number)} (${go.cycles} cycles, max loop gap ${fmtMs(go.maxGapNs as number)}, ${(go.seconds as number).toFixed(1)} s)`;
    console.log(line);
  }
}

function overheadWorkload(results: Results): void {
  console.log("\n== memory overhead (mixed sizes, all live, after GC) ==");
  for (const liveMB of quick ? [16] : [64, 256]) {
    const ours = oursOverhead(liveMB);
    const go = goRun("overhead", String(liveMB));
    results.push({ ours, go });
    const oi = ours.heapInuse as number;
    console.log(
      `${String(liveMB).padStart(5)} MB live: ours HeapInuse ${(oi / 2 ** 20).toFixed(1)} MB (${(oi / (ours.liveBytes as number)).toFixed(3)}x live)` +
        (go
          ? `  go HeapInuse ${((go.heapInuse as number) / 2 ** 20).toFixed(1)} MB  ours/go ${ratio(oi, go.heapInuse as number)}`
          : ""),
    );
  }
}

await main();
