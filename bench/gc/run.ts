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
//	overhead   a mix of object sizes, all live, after a full GC: HeapInuse
//	           against the bytes requested. Target: within 1.25x of Go's HeapInuse.
//
// Usage:  npx tsc -p tsconfig.json && node dist/bench/gc/run.js [--quick] [--no-go]
//   --quick   smaller counts, no 1 GB heap (a smoke run)
//   --no-go   skip the Go side (no ratios)
//   --procs=N run Go with GOMAXPROCS=N (default: Go's default; our runtime is one thread)

import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import { Collector } from "../../runtime/gc/collector.js";
import { RootJob, RootSource } from "../../runtime/gc/roots.js";

const GO = "/usr/lib/go-1.19/bin/go";
const quick = process.argv.includes("--quick");
const noGo = process.argv.includes("--no-go") || !existsSync(GO);
const GO_SRC = fileURLToPath(new URL("../../../bench/gc/gcbench.go", import.meta.url));
const GO_BIN = "/tmp/minigo-gcbench";
/** --procs=N runs Go with GOMAXPROCS=N (default: Go's default, all cores). */
const GOMAXPROCS = process.argv.find((a) => a.startsWith("--procs="))?.slice("--procs=".length);

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
  const gc = new Collector({ roots, gogc: 100 });
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

function oursPause(liveMB: number, n: number, clock: "wall" | "cpu"): Json {
  const roots = new Roots();
  roots.slots.push(0, 0);
  const gc = new Collector({
    roots,
    gogc: 100,
    recordStops: true,
    clock: clock === "cpu" ? cpuClock : undefined,
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
  const seconds = (performance.now() - start) / 1000;
  const stops = gc.stops.slice().sort((a, b) => a - b);
  gaps.sort((a, b) => a - b);
  const ms = gc.readMemStats();
  return {
    mode: "pause",
    clock,
    liveMB,
    n,
    seconds,
    cycles: gc.numGC - n0,
    stops: stops.length,
    maxStopNs: stops[stops.length - 1] ?? 0,
    p99StopNs: percentile(stops, 0.99),
    maxGapNs: gaps[gaps.length - 1],
    medianGapNs: percentile(gaps, 0.5),
    heapInuse: ms.HeapInuse,
    maxSweepTermNs: gc.maxStopByKind.sweepTermination,
    maxAssistNs: gc.maxStopByKind.assist,
    maxMarkTermNs: gc.maxStopByKind.markTermination,
    maxSweepNs: gc.maxStopByKind.sweep,
  };
}

// ---- overhead ----

function oursOverhead(liveMB: number): Json {
  const roots = new Roots();
  const gc = new Collector({ roots, gogc: 100 });
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

function main(): void {
  if (!noGo) execFileSync(GO, ["build", "-o", GO_BIN, GO_SRC], { stdio: "inherit" });
  const results: { ours: Json; go: Json | null }[] = [];
  console.log(
    `minigo heap/GC benchmarks (node ${process.version}${noGo ? ", Go side skipped" : `, vs go1.19 GOMAXPROCS=${GOMAXPROCS ?? "default"}`})`,
  );

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

  console.log("\n== pauses (live heap + churn; ours: every mutator stop; go: STW pauses) ==");
  const noise = noiseFloor(2000);
  console.log(
    `machine noise floor: a busy loop saw ${noise.gapsOver1ms} gaps > 1 ms in 2 s, longest ${fmtMs(noise.maxGapNs)} (other load on the host)`,
  );
  for (const liveMB of quick ? [16, 64] : [16, 256, 1024]) {
    const n = Math.max(2_000_000, liveMB * 16384 * 3);
    const ours = oursPause(liveMB, n, "wall");
    const cpu = oursPause(liveMB, n, "cpu");
    const go = goRun("pause", String(liveMB), String(n));
    results.push({ ours, go }, { ours: cpu, go: null });
    console.log(
      `${String(liveMB).padStart(5)} MB: ours wall max ${fmtMs(ours.maxStopNs as number)} p99 ${fmtMs(ours.p99StopNs as number)} ` +
        `(${ours.stops} stops, ${ours.cycles} cycles, max loop gap ${fmtMs(ours.maxGapNs as number)}, ${(ours.seconds as number).toFixed(1)} s)` +
        `\n          ours wall max by kind: sweep termination ${fmtMs(ours.maxSweepTermNs as number)}, assist ${fmtMs(ours.maxAssistNs as number)}, mark termination ${fmtMs(ours.maxMarkTermNs as number)}, proportional sweep ${fmtMs(ours.maxSweepNs as number)}` +
        `\n          ours cpu-time max ${fmtMs(cpu.maxStopNs as number)} p99 ${fmtMs(cpu.p99StopNs as number)} (${cpu.stops} stops; stops timed with process CPU time, immune to descheduling)` +
        `\n          ours cpu-time max by kind: sweep termination ${fmtMs(cpu.maxSweepTermNs as number)}, assist ${fmtMs(cpu.maxAssistNs as number)}, mark termination ${fmtMs(cpu.maxMarkTermNs as number)}, proportional sweep ${fmtMs(cpu.maxSweepNs as number)}` +
        (go
          ? `\n          go   max ${fmtMs(go.maxPauseNs as number)} p99 ${fmtMs(go.p99PauseNs as number)} (${go.cycles} cycles, max loop gap ${fmtMs(go.maxGapNs as number)}, ${(go.seconds as number).toFixed(1)} s)`
          : ""),
    );
  }

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
  console.log("\nJSON " + JSON.stringify(results));
}

main();
