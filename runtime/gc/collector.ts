// The collector: an incremental tri-colour mark-sweep GC driving the heap.
//
// A cycle, as in Go's mgc.go (GC runs on the mutator's thread, in slices):
//
//	off ──heapLive >= trigger (or GC())──► sweep termination   STW pause 1:
//	                                       finish sweeping, flush mcaches,
//	                                       list root jobs, barrier on,
//	                                       allocate black
//	mark (incremental) ◄─────────────────  assists: an allocation of n bytes first
//	                                       pays n * assistWorkPerByte of scan work
//	                                       (at least 64 KB, at most
//	                                       maxAssistWork per call);
//	                                       gcIdleWork(budget) from the scheduler
//	no grey object, no root job left ────► mark termination    STW pause 2:
//	                                       (dijkstra: re-scan stacks), checkmark,
//	                                       barrier off, heapMarked -> pacer,
//	                                       sweepgen += 2
//	sweep (lazy + proportional) ─────────► off
//
// Every slice of collector work is bounded, so the time the mutator is
// stopped does not grow with the heap: root jobs are one stack or one globals
// block each, large objects are scanned in 32 KB oblets, and an assist or idle
// slice does its work in 16 KB steps and stops after maxSliceMs (0.5 ms by
// default) even if its debt is not paid, unless the heap has overshot its goal
// by half (then the cycle must finish). Sweep termination is short because
// proportional sweeping has normally swept everything before the trigger.
//
// runtime.GC() (`GC()`) finishes any cycle in progress, runs a full cycle
// with the world stopped and sweeps everything, like Go's.
//
// Time comes from an injectable clock in milliseconds (performance.now by
// default); gctrace lines go to an injectable writer.
//
// Invariant: phase === "mark" iff heap.allocBlack iff heap.assistEnabled;
// during marking no span is unswept; outside marking no object is grey.
//
// Example:
//
//	const gc = new Collector({ godebug: "gctrace=1", roots: myRoots });
//	const T = gc.heap.types.register("T", 16, [0]);
//	const p = gc.heap.alloc(T);     // myRoots must report p from now on
//	const q = gc.heap.alloc(T);     // (an allocation may run GC work)
//	gc.writePointer(p, q);          // barriered store into the heap: p.f = q
//	gc.GC();

import { Heap, HeapOptions, GcHooks } from "../memory/malloc.js";
import {
  BARRIER_DIJKSTRA,
  BARRIER_OFF,
  BARRIER_YUASA,
  BarrierMode,
  barrierMode,
  writeBarrier,
} from "./barrier.js";
import { checkmark } from "./checkmark.js";
import { GCDebug, parseGOGC, parseGodebug } from "./godebug.js";
import { formatGCTrace } from "./gctrace.js";
import { Marker } from "./mark.js";
import { MemStats, computeMemStats } from "./memstats.js";
import { GC_OVER_ASSIST_WORK, Pacer } from "./pacer.js";
import { NO_ROOTS, RootJob, RootSource } from "./roots.js";
import { Sweeper } from "./sweep.js";
import { warmUpOnce } from "./warmup.js";

/** Granularity (bytes of scan work) at which time-bounded slices check the clock. */
const MARK_STEP = 16 << 10;

export interface CollectorOptions extends HeapOptions {
  /** GODEBUG string (gctrace, gccheckmark, gcbarrier, clobberfree). */
  godebug?: string;
  /** GOGC: percent, or "off". Default 100. */
  gogc?: number | string;
  /** Milliseconds, monotonic. Default performance.now. */
  clock?: () => number;
  /** Where gctrace lines go. Default: console.error. */
  traceWriter?: (line: string) => void;
  roots?: RootSource;
  /** GOMAXPROCS reported in traces. */
  procs?: number;
  /** Upper bound on scan work (bytes) done by one assist; bounds the pause. */
  maxAssistWork?: number;
  /** Keep the duration (ns) of every mutator stop (STW pauses and assists) in `stops`. */
  recordStops?: boolean;
  /**
   * A second clock (ms), read at the start and end of every mutator stop; with
   * recordStops, `stopsBySecondClock[i]` is the duration of `stops[i]` by it.
   * Benchmarks time stops with wall time and process CPU time at once: on a
   * busy host, wall time also counts time the process was descheduled and
   * process CPU time also counts the engine's other threads, so the smaller
   * of the two is still an upper bound of the stop's own work.
   */
  secondClock?: () => number;
  /** Called after every mutator stop with its kind, start and end (ms by the clock). */
  onStop?: (kind: StopKind, startMs: number, endMs: number) => void;
  /**
   * Time bound (ms) on one assist or idle slice (default 0.5). Marking work is
   * done in 16 KB steps and the clock is checked between steps. The bound is
   * ignored when the heap has overshot its goal by half (the cycle must end).
   */
  maxSliceMs?: number;
  /**
   * Warm the engine's compiler up on a small private heap when this is the
   * process's first collector (default true; see warmup.ts).
   */
  warmUp?: boolean;
}

export type GCPhase = "off" | "mark";
/** The ways the collector stops the mutator. */
export type StopKind = "sweepTermination" | "assist" | "markTermination" | "sweep";

const perf = (globalThis as { performance?: { now(): number } }).performance;
/**
 * The default clock: one function for every collector, so that the call sites
 * reading it see a single target (see warmup.ts).
 */
const DEFAULT_CLOCK: () => number = perf !== undefined ? () => perf.now() : () => Date.now();

/**
 * An array of n zeros whose elements the engine already stores as doubles, so
 * that the first fractional nanosecond or Date value stored in it does not
 * change its layout under compiled code (a deoptimisation inside a stop).
 */
function doubleArray(n: number): number[] {
  const a = [0.5];
  a.length = 0;
  for (let i = 0; i < n; i++) a.push(0);
  return a;
}

function defaultWriter(line: string): void {
  const con = (globalThis as { console?: { error(s: string): void } }).console;
  con?.error(line.endsWith("\n") ? line.slice(0, -1) : line);
}

export class Collector implements GcHooks {
  readonly heap: Heap;
  readonly marker: Marker;
  readonly sweeper: Sweeper;
  readonly pacer: Pacer;
  readonly debug: GCDebug;
  readonly barrier: BarrierMode;
  roots: RootSource;
  phase: GCPhase = "off";
  /** Write barrier active (marking and barrier not off). Checked by codegen'd stores. */
  barrierOn = false;
  /** Goroutine running now (for the hybrid barrier's "is the current stack grey"). */
  currentG = 0;
  readonly procs: number;
  readonly maxAssistWork: number;
  readonly maxSliceMs: number;
  private readonly clock: () => number;
  private readonly writer: (line: string) => void;
  private readonly startTime: number;
  /** Go's gcAssistBytes: allocation credit in bytes; negative = debt. */
  private assistCredit = 0;
  /** Stack goroutine ids listed as root jobs this cycle. */
  private readonly stackGids = new Set<number>();
  private triggerBytes = 0;

  // Statistics.
  numGC = 0;
  /**
   * Told when a cycle starts (sweep termination), reaches mark termination, and ends:
   * `cycle` is the cycle's number (NumGC after it). The execution trace listens here.
   */
  onCycle: ((event: "start" | "mark termination" | "end", cycle: number) => void) | undefined;
  /**
   * Called when marking is complete, before the cycle ends: may grey more objects (a
   * finalizer's object, to keep it for its finalizer), which are then marked too.
   */
  beforeMarkTermination:
    ((isMarked: (p: number) => boolean, grey: (p: number) => void) => void) | undefined;
  numForcedGC = 0;
  pauseTotalNs = 0;
  readonly pauseNs: number[];
  readonly pauseEnd: number[];
  lastGC = 0;
  /** Total ns spent in collector work (STW, assists, idle marking). */
  gcTimeNs = 0;
  /**
   * Durations (ns) of every mutator stop, when recordStops is set: STW pauses,
   * assist slices, and proportional sweeping done inside an allocation.
   */
  readonly stops: number[];
  private readonly recordStops: boolean;
  /** Durations (ns) of the same stops by the second clock (see CollectorOptions.secondClock). */
  readonly stopsBySecondClock: number[];
  private readonly secondClock: (() => number) | null;
  /** Not readonly: the warm-up rotates it (see warmup.ts). */
  private onStop: ((kind: StopKind, startMs: number, endMs: number) => void) | null;
  private secondClockStart = 0;
  /** Longest mutator stop so far (ns), and per kind of stop. */
  maxStopNs = 0;
  readonly maxStopByKind: Record<StopKind, number>;

  // Per-cycle bookkeeping for gctrace.
  private cycleForced = false;
  private tSweepTerm = 0;
  private tMark = 0;
  private heap0 = 0;
  private cyclePauseNs = 0;

  constructor(opts: CollectorOptions = {}) {
    const debug = parseGodebug(opts.godebug);
    // The warm-up runs before this collector creates any object of its own (heap,
    // pacer, marker, sweeper, arrays): see warmup.ts, "Warm up first".
    if (opts.warmUp !== false) warmUpOnce(opts, debug.gcbarrier, (o) => new Collector(o));
    this.debug = debug;
    this.pauseNs = doubleArray(256);
    this.pauseEnd = doubleArray(256);
    this.stops = doubleArray(0);
    this.stopsBySecondClock = doubleArray(0);
    this.maxStopByKind = { sweepTermination: 0, assist: 0, markTermination: 0, sweep: 0 };
    this.heap = new Heap({ ...opts, poison: opts.poison ?? this.debug.clobberfree });
    this.marker = new Marker(this.heap);
    this.marker.checkFree = this.debug.gccheckmark || this.debug.clobberfree;
    this.sweeper = new Sweeper(this.heap);
    this.pacer = new Pacer(parseGOGC(opts.gogc));
    this.barrier = barrierMode(this.debug.gcbarrier);
    this.roots = opts.roots ?? NO_ROOTS;
    this.clock = opts.clock ?? DEFAULT_CLOCK;
    this.writer = opts.traceWriter ?? defaultWriter;
    this.procs = opts.procs ?? 1;
    this.maxAssistWork = opts.maxAssistWork ?? 256 << 10;
    this.recordStops = opts.recordStops ?? false;
    this.secondClock = opts.secondClock ?? null;
    this.onStop = opts.onStop ?? null;
    this.maxSliceMs = opts.maxSliceMs ?? 0.5;
    this.startTime = this.clock();
    this.heap.hooks = this;
    this.triggerBytes = this.pacer.trigger();
  }

  // ---- GcHooks (called by malloc) ----

  assistAlloc(bytes: number): void {
    this.assistCredit -= bytes;
    if (this.assistCredit >= 0) return;
    const t0 = this.clock();
    this.beginStop();
    const debt = -this.assistCredit * this.pacer.assistWorkPerByte;
    const want = Math.min(Math.max(debt, GC_OVER_ASSIST_WORK), this.maxAssistWork);
    const done = this.markWork(want, t0);
    this.assistCredit += Math.max(done, 1) * this.pacer.assistBytesPerWork;
    const t1 = this.clock();
    this.pacer.assistTime += (t1 - t0) * 1e6;
    this.gcTimeNs += (t1 - t0) * 1e6;
    this.noteStop(t0, t1, "assist");
    if (this.phase === "mark" && !this.marker.hasWork()) this.markTermination();
  }

  afterSlowAlloc(addr: number): void {
    if (this.phase === "mark") {
      this.pacer.revise(this.heap.heapLive, this.heap.heapScan);
      return;
    }
    if (this.heap.heapLive >= this.triggerBytes && this.pacer.gcPercent >= 0) {
      this.gcStart(false);
      // The object was allocated white just before the cycle started and no
      // root holds it yet: shade it.
      this.marker.greyObject(addr);
    }
  }

  deductSweepCredit(bytes: number): void {
    if (this.sweeper.isDone()) return;
    const t0 = this.clock();
    this.beginStop();
    const before = this.sweeper.pagesSwept;
    this.sweeper.deductSweepCredit(bytes);
    if (this.sweeper.pagesSwept !== before) {
      const t1 = this.clock();
      this.gcTimeNs += (t1 - t0) * 1e6;
      this.noteStop(t0, t1, "sweep");
    }
  }

  sweepSpan(id: number, preserve: boolean): boolean {
    return this.sweeper.sweepSpanId(id, preserve);
  }

  // ---- mutator interface ----

  /** Store pointer `val` into the heap word at `slot`, through the write barrier. */
  writePointer(slot: number, val: number): void {
    const mem = this.heap.mem;
    if (this.barrierOn) this.writeBarrierValues(mem.loadPtr(slot), val);
    mem.storePtr(slot, val);
  }

  /** The barrier for a pointer slot outside the linear memory (e.g. globals held by the host). */
  writeBarrierValues(oldVal: number, newVal: number): void {
    if (!this.barrierOn) return;
    writeBarrier(this.barrier, this.marker, this.currentStackGrey(), oldVal, newVal);
  }

  /** Shade a pointer (e.g. arguments copied onto a goroutine created during marking). */
  shade(p: number): void {
    if (this.phase === "mark" && p !== 0) this.marker.greyObject(p);
  }

  /** True if the running goroutine's stack has not been scanned yet in this cycle. */
  currentStackGrey(): boolean {
    return this.stackGids.has(this.currentG) && !this.marker.scannedStacks.has(this.currentG);
  }

  /**
   * Do up to `budget` bytes of collector work while the program is idle:
   * marking if a cycle is running, otherwise sweeping. Returns true if work remains.
   */
  gcIdleWork(budget = 64 << 10): boolean {
    const t0 = this.clock();
    let more: boolean;
    if (this.phase === "mark") {
      this.markWork(budget, t0);
      const t1 = this.clock();
      this.pacer.idleMarkTime += (t1 - t0) * 1e6;
      this.gcTimeNs += (t1 - t0) * 1e6;
      if (!this.marker.hasWork()) this.markTermination();
      more = true;
    } else {
      for (let swept = 0; swept < budget;) {
        const n = this.sweeper.sweepone();
        if (n < 0) break;
        swept += n * 8192;
      }
      more = !this.sweeper.isDone();
      this.gcTimeNs += (this.clock() - t0) * 1e6;
    }
    return more;
  }

  /** runtime.GC: finish the current cycle, run a full one, sweep everything. */
  GC(): void {
    if (this.phase === "mark") {
      this.markWork(Number.POSITIVE_INFINITY);
      this.markTermination();
    }
    this.gcStart(true);
    const t0 = this.clock();
    this.markWork(Number.POSITIVE_INFINITY);
    this.gcTimeNs += (this.clock() - t0) * 1e6;
    this.markTermination();
    const t1 = this.clock();
    this.sweeper.finish();
    this.gcTimeNs += (this.clock() - t1) * 1e6;
  }

  /** Start a background cycle now (as if the trigger was reached); no-op while marking. */
  startCycle(): void {
    if (this.phase === "off") this.gcStart(false);
  }

  /** debug.SetGCPercent: returns the previous value; negative disables the collector. */
  setGCPercent(v: number): number {
    const old = this.pacer.setGCPercent(v);
    this.pacer.commit(this.sweeper.isDone(), this.heap.heapLive);
    this.triggerBytes = this.pacer.trigger();
    if (this.phase === "mark") this.pacer.revise(this.heap.heapLive, this.heap.heapScan);
    return old;
  }

  readMemStats(): MemStats {
    const now = this.clock();
    const elapsed = (now - this.startTime) * 1e6;
    return computeMemStats(this.heap, {
      nextGC: this.pacer.heapGoal(),
      lastGC: this.lastGC,
      pauseTotalNs: this.pauseTotalNs,
      pauseNs: this.pauseNs,
      pauseEnd: this.pauseEnd,
      numGC: this.numGC,
      numForcedGC: this.numForcedGC,
      gcCPUFraction: elapsed > 0 ? this.gcTimeNs / (elapsed * this.procs) : 0,
      gcSys: this.metadataBytes(),
    });
  }

  /** Current heap goal (MemStats.NextGC). */
  get nextGC(): number {
    return this.pacer.heapGoal();
  }

  // ---- the cycle ----

  /**
   * Do up to `budget` bytes of marking; returns the work done. With a start
   * time `t0`, stop after maxSliceMs (unless the heap is far past its goal).
   */
  private markWork(budget: number, t0 = -1): number {
    if (this.phase !== "mark") return 0;
    if (t0 < 0 || budget <= MARK_STEP) return this.marker.drain(budget);
    const deadline = t0 + this.maxSliceMs;
    const overshoot = this.heap.heapLive > this.pacer.heapGoal() * 1.5;
    let done = 0;
    while (done < budget) {
      const d = this.marker.drain(Math.min(MARK_STEP, budget - done));
      done += d;
      if (d === 0 || (!overshoot && this.clock() > deadline)) break;
    }
    return done;
  }

  private gcStart(forced: boolean): void {
    const heap = this.heap;
    this.onCycle?.("start", this.numGC + 1);
    const t0 = this.clock();
    this.beginStop();
    this.tSweepTerm = t0;
    this.cycleForced = forced;
    // Sweep termination: every span must be swept before marking.
    this.sweeper.finish();
    heap.releaseAll();
    this.heap0 = heap.heapLive;
    this.pacer.startCycle(t0 * 1e6);
    const jobs: readonly RootJob[] = this.roots.rootJobs();
    this.marker.reset(jobs);
    this.stackGids.clear();
    let globals = 0;
    let stacks = 0;
    for (const j of jobs) {
      if (j.kind === "stack") {
        this.stackGids.add(j.gid);
        stacks += j.scanBytes;
      } else if (j.kind === "globals") globals += j.scanBytes;
    }
    this.pacer.globalsScan = globals;
    this.pacer.maxStackScan = stacks;
    this.phase = "mark";
    heap.allocBlack = true;
    heap.assistEnabled = true;
    heap.blackBytes = 0;
    this.barrierOn = this.barrier !== BARRIER_OFF;
    this.assistCredit = 0;
    if (this.barrier === BARRIER_YUASA) {
      // Snapshot: every stack is scanned in this pause.
      jobs.forEach((j, i) => {
        if (j.kind === "stack") this.marker.scanJob(i);
      });
    }
    this.pacer.revise(heap.heapLive, heap.heapScan);
    const t1 = this.clock();
    this.tMark = t1;
    const ns = (t1 - t0) * 1e6;
    this.cyclePauseNs = ns;
    this.gcTimeNs += ns;
    this.noteStop(t0, t1, "sweepTermination");
  }

  private markTermination(): void {
    const heap = this.heap;
    const marker = this.marker;
    this.onCycle?.("mark termination", this.numGC + 1);
    const t0 = this.clock();
    this.beginStop();
    if (this.barrier === BARRIER_DIJKSTRA) {
      // Stacks were written without barriers: re-scan them all.
      for (const j of marker.rootJobs) if (j.kind === "stack") marker.scanRoot(j);
    }
    marker.drain(Number.POSITIVE_INFINITY);
    if (this.beforeMarkTermination) {
      this.beforeMarkTermination(
        (p) => marker.isMarked(p),
        (p) => marker.greyObject(p),
      );
      marker.drain(Number.POSITIVE_INFINITY);
    }
    if (this.debug.gccheckmark) checkmark(heap, marker.rootJobs);
    const heap1 = heap.heapLive;
    this.phase = "off";
    this.barrierOn = false;
    heap.allocBlack = false;
    heap.assistEnabled = false;
    const bytesMarked = marker.bytesMarked + heap.blackBytes;
    const pacer = this.pacer;
    pacer.heapScanWork = marker.heapScanWork;
    pacer.stackScanWork = marker.stackScanWork;
    pacer.globalsScanWork = marker.globalsScanWork;
    pacer.endCycle(t0 * 1e6, heap.heapLive, this.procs);
    const goal = pacer.lastHeapGoal;
    heap.releaseAll();
    heap.heapLive = bytesMarked;
    heap.heapScan = marker.heapScanWork;
    pacer.resetLive(bytesMarked);
    heap.sweepgen += 2;
    this.sweeper.start();
    pacer.commit(false, heap.heapLive);
    this.triggerBytes = pacer.trigger();
    this.sweeper.pace(this.triggerBytes);
    const t1 = this.clock();
    const ns = (t1 - t0) * 1e6;
    this.cyclePauseNs += ns;
    this.gcTimeNs += ns;
    this.noteStop(t0, t1, "markTermination");
    const slot = this.numGC % 256;
    this.pauseNs[slot] = Math.round(this.cyclePauseNs);
    this.pauseEnd[slot] = Date.now() * 1e6;
    this.pauseTotalNs += Math.round(this.cyclePauseNs);
    this.lastGC = Date.now() * 1e6;
    this.numGC++;
    if (this.cycleForced) this.numForcedGC++;
    this.onCycle?.("end", this.numGC);
    if (this.debug.gctrace > 0) {
      const elapsed = (t1 - this.startTime) * 1e6;
      this.writer(
        formatGCTrace({
          numGC: this.numGC,
          startNs: (this.tSweepTerm - this.startTime) * 1e6,
          cpuFraction: elapsed > 0 ? this.gcTimeNs / (elapsed * this.procs) : 0,
          clockNs: [(this.tMark - this.tSweepTerm) * 1e6, (t0 - this.tMark) * 1e6, ns],
          cpuNs: [
            (this.tMark - this.tSweepTerm) * 1e6 * this.procs,
            pacer.assistTime,
            0,
            pacer.idleMarkTime,
            ns * this.procs,
          ],
          heap0: this.heap0,
          heap1,
          heap2: bytesMarked,
          goal,
          stacks: pacer.maxStackScan,
          globals: pacer.globalsScan,
          procs: this.procs,
          forced: this.cycleForced,
        }),
      );
    }
  }

  /** Read the second clock at the start of a mutator stop. */
  private beginStop(): void {
    if (this.secondClock !== null) this.secondClockStart = this.secondClock();
  }

  /** Account a mutator stop from t0 to t1 (ms by the clock). */
  private noteStop(t0: number, t1: number, kind: StopKind): void {
    const ns = (t1 - t0) * 1e6;
    // Read the second clock before calling out, so that neither clock counts onStop.
    const ns2 = this.secondClock !== null ? (this.secondClock() - this.secondClockStart) * 1e6 : 0;
    if (ns > this.maxStopNs) this.maxStopNs = ns;
    if (ns > this.maxStopByKind[kind]) this.maxStopByKind[kind] = ns;
    if (this.recordStops) {
      this.stops.push(ns);
      if (this.secondClock !== null) this.stopsBySecondClock.push(ns2);
    }
    if (this.onStop !== null) this.onStop(kind, t0, t1);
  }

  /** Bytes of collector metadata outside the linear memory (bitmaps and type ids). */
  private metadataBytes(): number {
    return this.heap.spans.byteLength + this.heap.pages.pageSpan.byteLength;
  }
}
