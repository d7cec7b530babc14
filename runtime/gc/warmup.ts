// JIT warm-up: run the collector's code paths once, on a small private heap,
// before the program's heap exists.
//
// Why. The collector is JavaScript, so the engine compiles each of its
// functions with its optimising compiler only once the function is hot, and
// recompiles it when an assumption made from type feedback fails (a branch
// never taken before, a field whose representation changes, a call site that
// meets a second target). Those compiles take 1-7 ms each, and the first use
// of a path (the first sweep termination, the first span freed by
// proportional sweeping, the first assist) happens inside a mutator stop. On a
// fresh process every one of these landed inside a stop and made the first
// cycles' pauses 2.5-5 ms, where later cycles stay under 1 ms.
//
// What. The first `new Collector()` of the process (unless `warmUp: false`)
// builds a second, private collector on a 1 MB-arena heap and drives a short
// program through it: live nodes reached through 64 KB pointer chunks (large
// objects, scanned in oblets), churn of small, tiny, pointerful and large
// allocations, barriered stores, several background cycles (sweep
// termination, assists, idle marking, mark termination, lazy and
// proportional sweeping, spans freed to the page heap and reused) and forced
// runtime.GC() cycles. That heap is then dropped; nothing of it is visible to
// the program, and no collector state is shared (every collector has its own
// heap, pacer and sweeper). What the program inherits is only the engine's
// compiled code and type feedback, like a snapshot of a warmed-up runtime.
// This is not work taken out of the measured pauses: it is compilation, and
// the program's own collector still does all of its own work in its stops.
//
// Keeping the feedback general. Where the program's objects meet the
// collector's code (root sources, root jobs and their scan functions, the
// onStop callback), the warm-up uses five shapes and functions, more than
// the four the engine keeps per site, so those sites are compiled as generic
// accesses and calls and the program's own objects do not deoptimise them.
// Numeric fields that hold byte counts, addresses and times are made
// floating-point once on the private instance (`widenNumberFields`): the
// engine keeps one field layout per class, and a field that starts as a small
// integer and later holds 2^30 or more (heap sizes and addresses past 1 GB,
// nanosecond totals) would otherwise change layout under running code. And
// the private heap's objects all live above 2 GB (`reserveLowAddresses`), so
// that the feedback of address arithmetic already covers the addresses of a
// large program heap.
//
// Warm up first. The Collector constructor runs the warm-up before it creates
// any object of its own (heap, pacer, marker, sweeper, mcaches, its stop
// arrays and maxStopByKind). Objects built before the widening keep their
// small-integer fields: the engine did not move them to the widened layout, and
// each such field changed layout on its own later, when it first held a
// fraction or a value of 2^31 or more. Then every compiled function that
// reads that object was deoptimised ("wrong map") in the middle of a stop. For
// example, the pacer's `runway` passes 2^31 in some 256 MB runs and not in
// others, depending on the measured mark speed; this caused 2-5 ms assists in
// the first cycles of the program. `--trace-generalization` shows this: with the
// warm-up last, the program's first cycle re-widened some 15 pacer, heap and
// maxStopByKind fields; with the warm-up first, it re-widens none.
//
// Cost: 80-250 ms once per process, at the first collector (measured on a
// loaded 2-core host), and 2 GB of address space, not memory, until the
// engine frees the private heap.
//
// Example:
//
//	const gc = new Collector({ roots });   // first in the process: warms up first
//	const gc2 = new Collector({ roots });  // no warm-up
//	new Collector({ roots, warmUp: false }); // never warms up (used by the warm-up itself)

import { CLASS_NELEMS, CLASS_NPAGES, CLASS_TO_SIZE, PAGE_SIZE } from "../memory/sizeclasses.js";
import { SpanState } from "../memory/span.js";
import type { Collector, CollectorOptions, StopKind } from "./collector.js";
import type { RootJob, RootSource } from "./roots.js";

let warmedUp = false;

/** True once the process's collector warm-up has run (warmUp: false collectors never run it). */
export function collectorWarmedUp(): boolean {
  return warmedUp;
}

/**
 * Run the warm-up once per process. `opts` and `barrier` are the first
 * collector's options and write barrier; `make` builds the private collector
 * (the caller's Collector constructor, called with warmUp: false).
 */
export function warmUpOnce(
  opts: CollectorOptions,
  barrier: string,
  make: (o: CollectorOptions) => Collector,
): void {
  if (warmedUp) return;
  warmedUp = true;
  const gc = make({
    warmUp: false,
    arenaBytes: 1 << 20,
    limitBytes: LOW_RESERVE_BYTES + (256 << 20),
    // A small goal (1 MB heap minimum) makes cycles frequent.
    gogc: 25,
    // The program's own clocks: the collector's call sites see the same targets.
    clock: opts.clock,
    secondClock: opts.secondClock ?? opts.clock,
    recordStops: true,
    onStop: undefined,
    traceWriter: () => {},
    // The program's barrier (the hot store path), no debug checks or tracing.
    godebug: barrier === "off" ? "" : `gcbarrier=${barrier}`,
  });
  widenNumberFields(gc);
  reserveLowAddresses(gc);
  // onStop: five different functions in turn make the call site generic.
  let k = 0;
  const rotating = gc as unknown as {
    onStop: ((kind: StopKind, a: number, b: number) => void) | null;
  };
  rotating.onStop = STOP_SINKS[0];
  exerciseCollector(gc, () => {
    k = (k + 1) % STOP_SINKS.length;
    rotating.onStop = STOP_SINKS[k];
  });
  rotating.onStop = null;
}

/**
 * The warm-up program, on collector `gc` (whose roots it replaces). Exported
 * so that tests can run it under gccheckmark and clobberfree: it must keep
 * the same rules as compiled Go code. `tick` is called after steps that may
 * have stopped the mutator.
 */
export function exerciseCollector(gc: Collector, tick: () => void = () => {}): void {
  const roots = new WarmUpRoots();
  gc.roots = roots;
  runWorkload(gc, roots, tick);
}

/**
 * The engine's type feedback for integer operations (`p >>> PAGE_SHIFT`) only
 * stops assuming small integers once it has seen values of 2^31 or more.
 */
const LOW_RESERVE_BYTES = 2 ** 31;

/**
 * Take the private heap's first 2 GB as one span that is never touched (a
 * stack span: not scanned, not swept, not counted in heapLive), so that every
 * object of the warm-up lives above 2^31. Code trained only on smaller
 * addresses is deoptimised by the first object past 2 GB of a program's heap
 * (its 1 GB benchmark reaches there) and recompiled inside a marking slice.
 * Fresh linear memory is zero and this span is never written or read, so the
 * reservation costs address space, not memory. Skipped where the engine has
 * a smaller reservation (growing would copy) or a lower limit.
 */
function reserveLowAddresses(gc: Collector): void {
  const mem = gc.heap.mem;
  if (!mem.growsInPlace || mem.limit < LOW_RESERVE_BYTES + (16 << 20)) return;
  const npages = LOW_RESERVE_BYTES / PAGE_SIZE - 1;
  gc.heap.pages.allocSpanId(npages, 0, LOW_RESERVE_BYTES - PAGE_SIZE, 0, SpanState.Stack);
}

let stopSink = 0;
const STOP_SINKS: ((kind: StopKind, a: number, b: number) => void)[] = [
  (_k, a, b) => void (stopSink += b - a),
  (_k, a, b) => void (stopSink -= b - a),
  (_k, a) => void (stopSink = a),
  (_k, _a, b) => void (stopSink = b),
  (k) => void (stopSink = k.length),
];

/** Store a non-integer once into every Smi-valued numeric field of the objects named here (see header). */
function widenNumberFields(gc: Collector): void {
  const heap = gc.heap;
  const objects: object[] = [
    gc,
    gc.pacer,
    gc.sweeper,
    gc.marker,
    gc.maxStopByKind,
    heap,
    heap.mem,
    heap.pages,
    ...heap.mcaches,
  ];
  for (const o of objects) {
    const rec = o as Record<string, unknown>;
    for (const key of Object.keys(rec)) {
      const v = rec[key];
      if (typeof v !== "number" || !Number.isInteger(v) || SMALL_FIELDS.has(key)) continue;
      rec[key] = v + 0.5;
      rec[key] = v;
    }
  }
}

/** Counters and indices that stay small (span ids, list positions): left as integers. */
const SMALL_FIELDS = new Set([
  "nwork",
  "nextJob",
  "cursor",
  "sweepgen",
  "procs",
  "currentG",
  "numGC",
  "numForcedGC",
  "tinyOffset",
  "zeroedBase",
  "totalPages",
  "arenaBytes",
]);

/** A root source whose jobs take several shapes (see header: keeping the feedback general). */
class WarmUpRoots implements RootSource {
  /** Global pointer slots. */
  readonly slots: number[] = [];
  /** A second group of slots, reported as a goroutine stack. */
  readonly stack: number[] = [];
  cycle = 0;

  rootJobs(): readonly RootJob[] {
    const slots = this.slots;
    const stack = this.stack;
    const n = slots.length;
    const half = n >>> 1;
    const scanRange = (visit: (p: number) => void, from: number, to: number): void => {
      for (let i = from; i < to; i++) visit(slots[i]);
    };
    this.cycle++;
    // Five shapes of job object and five different scan functions.
    const jobs: RootJob[] = [
      { kind: "globals", gid: -1, scanBytes: half * 8, scan: (v) => scanRange(v, 0, half) },
      {
        kind: "globals",
        gid: -1,
        scanBytes: (n - half) * 8,
        blocks: 2,
        scan: (v) => scanRange(v, half, n),
        scanBlock: (v, b) =>
          scanRange(v, b === 0 ? half : (half + n) >>> 1, b === 0 ? (half + n) >>> 1 : n),
      },
      {
        gid: 1,
        kind: "stack",
        scanBytes: stack.length * 8,
        scan: (v) => stack.forEach((p) => v(p)),
      },
      { scanBytes: 0, kind: "runtime", gid: -1, scan: () => {} },
      { kind: "globals", scanBytes: 8, gid: -1, scan: (v) => v(0) } as RootJob,
    ];
    return this.cycle % 2 === 0 ? jobs : jobs.reverse();
  }
}

/** The warm-up program (see header). `tick` is called after every stop-producing step. */
function runWorkload(gc: Collector, roots: WarmUpRoots, tick: () => void): void {
  const heap = gc.heap;
  const mem = heap.mem;
  const Node = heap.types.register("warmup.node", 128, [0, 1]);
  const Ptr = heap.types.register("warmup.*node", 8, [0]);
  const Pair = heap.types.register("warmup.pair", 48, [0, 2]);
  const CHUNK = 8192; // 64 KB of pointers: a large object, scanned in oblets
  const nchunks = 2;
  const chunks: number[] = [];
  for (let c = 0; c < nchunks; c++) {
    const chunk = heap.alloc(Ptr, CHUNK);
    roots.slots.push(chunk);
    chunks.push(chunk);
    for (let j = 0; j < CHUNK; j += 2) {
      const nn = heap.alloc(Node);
      gc.writePointer(chunk + j * 8, nn);
      if (j > 0) gc.writePointer(nn, mem.loadPtr(chunk + (j - 2) * 8));
    }
  }
  for (let i = 0; i < 6; i++) roots.stack.push(0);
  gc.GC();
  let seed = 1;
  const rounds = 3;
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < 25_000; i++) {
      roots.stack[i & 3] = heap.allocBytes(64);
      if ((i & 7) === 0) roots.stack[4] = heap.allocBytes(1 + ((i >>> 3) & 7)); // tiny
      if ((i & 15) === 0) {
        seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
        const chunk = chunks[seed & 1];
        const k = (seed >>> 3) % CHUNK;
        const nn = heap.alloc(Node);
        gc.writePointer(nn + 8, mem.loadPtr(chunk + k * 8));
        gc.writePointer(chunk + k * 8, nn);
        const pr = heap.alloc(Pair);
        gc.writePointer(pr, nn);
        roots.stack[5] = pr;
      }
      if ((i & 1023) === 0) {
        roots.stack[4] = heap.allocBytes(40 << 10);
        const big = heap.alloc(Ptr, 5000);
        gc.writePointer(big + 8 * (i & 4095), roots.stack[5]);
        roots.stack[5] = big;
      }
      if ((i & 4095) === 0) {
        gc.gcIdleWork(16 << 10);
        tick();
      }
      if ((i & 255) === 0) tick();
    }
    if (round === 1) gc.GC();
  }
  // Finish the last cycle and sweep everything.
  gc.GC();
  while (gc.gcIdleWork()) tick();
  // Paths that a program's first cycle enters once per stop but that the
  // small heap runs too rarely to make hot: sweep termination's sweep loop
  // (a program's first forced GC sweeps thousands of spans in it) and the
  // checks at the start of a slice, and greyObject.
  for (let i = 0; i < 20_000; i++) {
    gc.sweeper.finish();
    gc.marker.hasWork();
    gc.marker.drain(0);
    // The write barrier's entry (the scan loop enters greyWord directly);
    // nil is shaded as nothing.
    gc.marker.greyObject(0);
  }
  // Spans freed to the page heap and taken again (proportional sweeping of a
  // big heap frees spans in bursts; the small heap frees few).
  for (let i = 0; i < 4_000; i++) {
    const c = 1 + (i % 20);
    const spc = (c << 1) | (i & 1);
    const a = heap.allocSmallSpan(spc, CLASS_NPAGES[c], CLASS_TO_SIZE[c], CLASS_NELEMS[c]);
    const b = heap.allocSmallSpan(spc, CLASS_NPAGES[c], CLASS_TO_SIZE[c], CLASS_NELEMS[c]);
    heap.freeSpanId(a);
    heap.freeSpanId(b);
  }
}
