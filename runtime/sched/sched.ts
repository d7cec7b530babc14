/*
 * The scheduler: goroutines on one JavaScript thread, switched by unwinding.
 *
 * What: every goroutine (G) has its own stack in the linear memory (stack.ts), its own
 * defer records (panic.ts) and a saved sp. Exactly one G runs at a time. Emitted code
 * reaches a switch point — a channel operation or select that cannot complete, a
 * semaphore, time.Sleep, runtime.Gosched, or a preemption check at a loop back-edge —
 * only where it has saved everything it holds in its frame and stored a resume state
 * (codegen's resumable call sites). The runtime then marks the G waiting (park) or
 * runnable (yield) and sets RES[2]: emitted code returns up to the
 * scheduler loop, which picks the next G and resumes it from the frame at its sp, as the
 * trampoline resumes frames after a deep-recursion unwind (Go's wasm port switches
 * goroutines the same way). A woken G finds what its operation produced (a received
 * value's ok, a select's case) in its `res` words, which the loop hands to emitted code
 * through RES before resuming it.
 *
 *	runnext ─┐   runq ─────────────►  pick ─► install(g) ─► resume frames ─► park/yield
 *	ready(g) ┘   (Gosched, preempted,                          │  (RES[2] = PARKING)
 *	newproc      timers' goroutines)     ◄──────────────────────┘
 *
 * Order: like Go with GOMAXPROCS=1, a new goroutine and a goroutine readied by a channel
 * handoff go to `runnext` (they run as soon as the current one stops), the previous
 * runnext moving to the queue's tail; Gosched and preemption put the G at the tail.
 * A preemption check at every loop back-edge counts down a quantum (PREEMPT_QUANTUM
 * back-edges); a spinning `for {}` therefore lets the others run.
 *
 * Time: the clock is the real monotonic clock plus a skew. When no G can run and some
 * sleep, the clock jumps to the earliest timer instead of waiting (a virtual clock for
 * sleeping programs, real time for computing ones). A runtime timer (time.Timer, After,
 * AfterFunc, Ticker) calls its Go function on a new goroutine when due.
 *
 * Deadlock: no G runnable, no timer pending → Go's `fatal error: all goroutines are
 * asleep - deadlock!` with every goroutine's wait reason and frames.
 *
 * Nested trampolines: a panic runs deferred calls on a nested trampoline (JS frames of
 * the panicking G stay on the JS stack). If such a call parks, the nested trampoline
 * runs other goroutines (those with no JS frames of their own) until its G is runnable
 * again; `level` records which trampoline owns a G's JS frames.
 *
 * Invariant: the running G's saved sp is stale (regs.sp is the truth); every other live
 * G's frames from sp to its stack's base are complete (all live values spilled, a valid
 * resume state in each frame word), so the GC can scan and the loop can resume them.
 *
 * Unwinding is by return, not by exception: park and yield set RES[2] to PARKING, a
 * prologue that finds the JavaScript stack deep or the quantum spent sets UNWINDING, and
 * emitted code returns at once from every call after which RES[2] is set (`if (RES[2]
 * !== 0) return;`), leaving SP at the innermost frame. Only Goexit and recovered panics
 * throw.
 *
 * Example: `go f(1)` → newproc(fid, 0, args, 8): a new G on a 2 KB stack with f's
 * arguments at base+8, put in runnext; main's `<-c` parks main ("chan receive"); the
 * loop installs f's G and calls FUNCS[fid](0); f's `c <- 1` hands the value to main's
 * frame and readies main, which resumes after its receive with RES[0] = 1 (ok).
 */
import type { RootJob } from "../gc/roots.js";
import {
  FRAME_ARGS,
  type GoStack,
  PARKING,
  RESUME_RECOVERED,
  UNWIND,
  UNWINDING,
} from "../lang/abi.js";
import { type Defers, Recovered } from "../lang/panic.js";
import type { ChanWaits } from "./chan.js";
import { load64, store64 } from "../lang/int64.js";
import { NO_CALLEE, type StackEnv, shrinkStack, stackRootJob, walkFrames } from "./stack.js";

export const enum GStatus {
  Runnable = 1,
  Running = 2,
  Waiting = 3,
  Dead = 4,
}

/** Back-edges a goroutine runs before it yields to others (when others are runnable). */
export const PREEMPT_QUANTUM = 20_000;

/** One goroutine waiting in one channel queue (Go's sudog). */
export interface Sudog {
  readonly g: G;
  readonly chan: number;
  /** Where a received value goes / where the value to send is (0: none); in g's stack. */
  elem: number;
  readonly isSend: boolean;
  /** Index of the select case, -1 for a plain send or receive. */
  readonly caseIndex: number;
  prev: Sudog | undefined;
  next: Sudog | undefined;
  queue: WaitQ | undefined;
}

/** A FIFO of sudogs with O(1) removal from the middle (a select's other cases). */
export class WaitQ {
  first: Sudog | undefined;
  last: Sudog | undefined;

  enqueue(s: Sudog): void {
    s.queue = this;
    s.prev = this.last;
    s.next = undefined;
    if (this.last) this.last.next = s;
    else this.first = s;
    this.last = s;
  }

  dequeue(): Sudog | undefined {
    const s = this.first;
    if (s) this.remove(s);
    return s;
  }

  remove(s: Sudog): void {
    if (s.queue !== this) return;
    if (s.prev) s.prev.next = s.next;
    else this.first = s.next;
    if (s.next) s.next.prev = s.prev;
    else this.last = s.prev;
    s.prev = s.next = s.queue = undefined;
  }

  get empty(): boolean {
    return this.first === undefined;
  }
}

export interface G {
  readonly id: number;
  readonly stack: GoStack;
  /** sp when not running. */
  sp: number;
  /** Closure context for the entry function (0: a plain function). */
  ctx: number;
  /** Entry functions to run in order (main's G: the package initializers, then main). */
  readonly entries: number[];
  started: boolean;
  status: GStatus;
  waitReason: string;
  /** Deferred calls and panics, made at the goroutine's first defer (most have none). */
  defers: Defers | undefined;
  /** What a waker left for the resumed operation: RES[0], RES[1]. */
  res0: number;
  res1: number;
  /** A panic the goroutine raises when it resumes (a send on a channel closed meanwhile). */
  resumePanic: string | undefined;
  /** The nested trampoline whose JS stack holds this G's frames (0: none). */
  level: number;
  /** The sudogs of the channel operation or select this G waits in. */
  waiting: Sudog[] | undefined;
  readonly parent: number;
  /** Index in the scheduler's list of live goroutines. */
  slot: number;
  /** The function whose `go` statement created this goroutine (-1: none), and its line. */
  readonly creator: number;
  createdLine: number;
  /** The entry function's name (traces). */
  readonly name: string;
}

/** A pending timer: a sleeping goroutine, or a time.runtimeTimer in the heap. */
interface Timer {
  when: number;
  seq: number;
  g: G | undefined;
  /** Address of the runtimeTimer (when +0, period +8, f +16, arg +24, seq +40). */
  addr: number;
}

/** The registers' fast path, emitted in the program's module (compiler/codegen/program.ts). */
export interface EmittedFrames {
  /** Make sp the current frame, with a fresh depth and preemption quantum. */
  enter(sp: number, pre: number): void;
  /** Resume frames from SP until RES[2] (parked) or SP reaches the stack's base; returns SP. */
  resume(): number;
}

/** Run-slice events for the trace file (trace.ts implements them). */
export interface SchedTracer {
  goCreate(gid: number, parent: number, name: string): void;
  goStart(gid: number): void;
  goStop(gid: number, reason: string): void;
  goEnd(gid: number): void;
  stackShrink(gid: number, oldSize: number, newSize: number): void;
}

/** What the scheduler needs from the running program. */
export interface SchedHost {
  readonly u32: Uint32Array;
  readonly i32: Int32Array;
  readonly u8: Uint8Array;
  /** The emitted code's registers (pre: back-edges left before a preemption check). */
  readonly regs: { sp: number; ctx: number; depth: number; pre: number };
  /** The same registers, set and used by the emitted code itself (no accessor calls). */
  readonly frames: EmittedFrames;
  /**
   * RES: [0], [1] the results of a parking operation, read by emitted code after it
   * resumes; [2] non-zero while the running goroutine is unwinding to park or yield.
   */
  readonly res: Int32Array;
  readonly stackEnv: StackEnv;
  /** Call emitted function fid (resume 0: enter; 1: resume the frame at regs.sp). */
  call(fid: number, resume: number): void;
  /** Make g the running goroutine: its stack for emitted code, its defers, the GC's G. */
  install(g: G): void;
  newStack(argsSize: number): GoStack;
  freeStack(stack: GoStack): void;
  /** Start goroutines the runtime owes (finalizers queued by the collector). */
  startPending?(): void;
  /** Grey p if the GC is marking (pointers copied onto a new goroutine's stack). */
  shade(p: number): void;
  /** Raise a run-time panic in the running goroutine. */
  panicPlain(msg: string): never;
  /** Write `text`, the running goroutine's trace (all goroutines': `all`), exit status 2. */
  die(text: string, all?: boolean): never;
  /** The program's end: main returned. */
  exit(code: number): never;
  /** Monotonic real clock, ns. */
  realNow(): number;
  /** Pointer offsets of function fid's arguments (to shade on newproc). */
  argPtrs(fid: number): ArrayLike<number>;
  funcName(fid: number): string;
  tracer?: SchedTracer;
}

export class Scheduler {
  /** Every goroutine that has not ended, in no order (G.slot is its index). */
  private readonly all: G[] = [];
  cur: G;
  private runnext: G | undefined;
  private readonly runq: G[] = [];
  private runqHead = 0;
  private nextId = 1;
  /** Nesting depth of trampolines (0: the scheduler loop). */
  level = 0;
  private readonly timers: Timer[] = [];
  private timerSeq = 0;
  private readonly timerOf = new Map<number, Timer>();
  private skew = 0;
  /** Channel wait queues (chan.ts: the hchan names its slot). */
  readonly waitSlots: ChanWaits[] = [];
  readonly freeWaitSlots: number[] = [];
  /** Goroutines parked on a semaphore, by its address. */
  private readonly semWaits = new Map<number, G[]>();
  private mainExited = false;

  constructor(
    private readonly host: SchedHost,
    mainStack: GoStack,
    mainEntries: number[],
  ) {
    this.cur = this.makeG(mainStack, mainEntries, 0, 0, -1, "main.main");
    this.runnext = this.cur;
  }

  // ---- the clock ----

  now(): number {
    return this.host.realNow() + this.skew;
  }

  // ---- goroutines ----

  private makeG(
    stack: GoStack,
    entries: number[],
    ctx: number,
    parent: number,
    creator: number,
    name: string,
  ): G {
    const g: G = {
      id: this.nextId++,
      stack,
      sp: stack.base,
      ctx,
      entries,
      started: false,
      status: GStatus.Runnable,
      waitReason: "",
      defers: undefined,
      res0: 0,
      res1: 0,
      resumePanic: undefined,
      level: 0,
      waiting: undefined,
      parent,
      slot: 0,
      creator,
      createdLine: 0,
      name,
    };
    g.slot = this.all.length;
    this.all.push(g);
    this.host.tracer?.goCreate(g.id, parent, name);
    return g;
  }

  /**
   * `go f(args)`: fid (or a closure ctx when fid is -2) with `size` bytes of args at
   * `args`; `byRuntime`: made by the runtime (a finalizer), not by a go statement.
   */
  newproc(fid: number, ctx: number, args: number, size: number, byRuntime = false, line = 0): void {
    const h = this.host;
    if (fid === -2) fid = h.u32[ctx >>> 2]!;
    const stack = h.newStack(size);
    const dst = stack.base + FRAME_ARGS;
    h.u8.copyWithin(dst, args, args + size);
    // The new stack is black for a cycle in progress: shade what it holds.
    const ptrs = h.argPtrs(fid);
    for (let i = 0; i < ptrs.length; i++) h.shade(h.u32[(dst + ptrs[i]!) >>> 2]!);
    h.shade(ctx);
    const creator = byRuntime ? -1 : h.u32[h.regs.sp >>> 2]!;
    const g = this.makeG(stack, [fid], ctx, this.cur.id, creator, h.funcName(fid));
    g.createdLine = line;
    this.ready(g, true);
  }

  /** Make g runnable: next to run (runnext) or at the queue's tail. */
  ready(g: G, next = true): void {
    g.status = GStatus.Runnable;
    g.waitReason = "";
    if (next) {
      const old = this.runnext;
      this.runnext = g;
      if (old) this.runq.push(old);
    } else this.runq.push(g);
  }

  numGoroutine(): number {
    return this.all.length;
  }

  /**
   * Park the running goroutine (its call site is resumable). The caller returns at once,
   * and so does emitted code up to the scheduler (RES[2]).
   */
  park(reason: string, waiting?: Sudog[]): void {
    const g = this.cur;
    g.status = GStatus.Waiting;
    g.waitReason = reason;
    g.waiting = waiting;
    this.host.res[2] = PARKING;
  }

  /** runtime.Gosched: let the others run (nothing happens when none can). */
  gosched(): void {
    this.host.startPending?.();
    if (!this.othersRunnable() || this.cur.level > 0) return;
    this.ready(this.cur, false);
    this.host.res[2] = PARKING;
  }

  /** A back-edge's quantum ran out: yield if others can run. */
  preempt(): void {
    this.fireTimers(false);
    this.gosched();
  }

  private othersRunnable(): boolean {
    return this.runnext !== undefined || this.runqHead < this.runq.length;
  }

  /** runtime.Goexit after the deferred calls ran: the goroutine ends. */
  goexit(): never {
    this.cur.status = GStatus.Dead;
    throw UNWIND;
  }

  private finish(g: G): void {
    g.status = GStatus.Dead;
    // Remove by moving the last goroutine into its slot.
    const last = this.all.pop()!;
    if (last !== g) {
      this.all[g.slot] = last;
      last.slot = g.slot;
    }
    this.host.tracer?.goEnd(g.id);
    if (g.id === 1) {
      this.mainExited = true; // its stack stays: the exit or the traceback may read it
      return;
    }
    this.host.freeStack(g.stack);
  }

  // ---- the loop ----

  /** Run goroutines until main returns (then exit 0) or the program dies. */
  run(): never {
    this.loop(undefined);
    throw new Error("unreachable");
  }

  /**
   * Run goroutines until `waitFor` is runnable again (a nested trampoline whose G parked)
   * and install it; with no waitFor, forever (the top-level loop).
   */
  loop(waitFor: G | undefined): void {
    for (;;) {
      const g = this.pick(waitFor);
      if (g === waitFor) {
        this.switchTo(g);
        return;
      }
      this.runSlice(g);
    }
  }

  private pick(waitFor: G | undefined): G {
    for (;;) {
      if (this.timers.length > 0) this.fireTimers(false);
      this.host.startPending?.();
      // A goroutine whose JS frames sit in a nested trampoline can only go on there.
      const next = this.runnext;
      if (next !== undefined && (next.level === 0 || next === waitFor)) {
        this.runnext = undefined;
        return next;
      }
      for (let i = this.runqHead; i < this.runq.length; i++) {
        const g = this.runq[i]!;
        if (g.level !== 0 && g !== waitFor) continue;
        if (i === this.runqHead) this.runqHead++;
        else this.runq.splice(i, 1);
        if (this.runqHead > 1024 && this.runqHead * 2 > this.runq.length) {
          this.runq.splice(0, this.runqHead);
          this.runqHead = 0;
        }
        return g;
      }
      if (this.timers.length > 0) {
        this.fireTimers(true);
        continue;
      }
      this.deadlock();
    }
  }

  private switchTo(g: G): void {
    const h = this.host;
    // (The goroutine switched from saved its sp when it stopped: stopped, waitInNested.)
    this.cur = g;
    g.status = GStatus.Running;
    h.install(g);
    h.frames.enter(g.sp, PREEMPT_QUANTUM);
    h.res[0] = g.res0;
    h.res[1] = g.res1;
    h.res[2] = 0;
    h.tracer?.goStart(g.id);
  }

  /** Run g until it parks, yields or ends. */
  private runSlice(g: G): void {
    const h = this.host;
    this.switchTo(g);
    for (;;) {
      try {
        if (g.resumePanic !== undefined) {
          const msg = g.resumePanic;
          g.resumePanic = undefined;
          h.panicPlain(msg);
        }
        if (!g.started) {
          g.started = true;
          h.regs.ctx = g.ctx;
          h.regs.depth = 0;
          h.call(g.entries[0]!, 0);
        }
        const sp = h.frames.resume();
        if (h.res[2] === UNWINDING) {
          // Deep recursion, or a call's preemption check: the frames are all saved. When
          // the quantum ran out, yield if others can run.
          h.res[2] = 0;
          if (h.regs.pre < 0) {
            h.regs.pre = PREEMPT_QUANTUM;
            this.preempt();
            if (h.res[2] !== 0) {
              this.stopped(g);
              return;
            }
          }
          continue;
        }
        if (h.res[2] !== 0) {
          this.stopped(g, sp);
          return;
        }
        g.entries.shift();
        if (g.entries.length > 0) {
          g.started = false;
          continue;
        }
        h.tracer?.goStop(g.id, "exit");
        this.finish(g);
        if (g.id === 1) h.exit(0); // main returned: the program ends
        return;
      } catch (e) {
        if (e === UNWIND) {
          // Goexit: the goroutine ended.
          this.stopped(g);
          return;
        }
        if (e instanceof Recovered) {
          h.regs.sp = e.sp;
          h.u32[(e.sp + 4) >>> 2] = RESUME_RECOVERED;
          continue;
        }
        throw e;
      }
    }
  }

  /** g parked, yielded or ended (Goexit): save its sp, or bury it. */
  private stopped(g: G, sp = this.host.regs.sp): void {
    g.sp = sp;
    this.host.tracer?.goStop(g.id, g.status === GStatus.Waiting ? g.waitReason : "yield");
    if (g.status === GStatus.Dead) {
      this.finish(g);
      if (this.mainExited && this.all.length === 0) this.noGoroutines();
    }
  }

  /**
   * A nested trampoline's goroutine parked: run the others until it can go on. Called
   * with the parked G current; returns with it installed again.
   */
  waitInNested(g: G): void {
    g.sp = this.host.regs.sp;
    this.loop(g);
  }

  // ---- semaphores (sync) ----

  /** *addr is 0: wait until a semrelease hands the count over. */
  semacquire(addr: number): void {
    let q = this.semWaits.get(addr);
    if (!q) this.semWaits.set(addr, (q = []));
    q.push(this.cur);
    return this.park("semacquire");
  }

  /** *addr was incremented: hand it to the first waiter (which then owns the decrement). */
  semrelease(addr: number): void {
    const q = this.semWaits.get(addr);
    if (!q || q.length === 0) return;
    const g = q.shift()!;
    if (q.length === 0) this.semWaits.delete(addr);
    this.host.u32[addr >>> 2] = (this.host.u32[addr >>> 2]! - 1) >>> 0;
    this.ready(g, true);
  }

  // ---- timers ----

  sleep(ns: number): void {
    this.addTimer({ when: this.now() + ns, seq: 0, g: this.cur, addr: 0 });
    return this.park("sleep");
  }

  private addTimer(t: Timer): void {
    t.seq = this.timerSeq++;
    const a = this.timers;
    a.push(t);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!timerLess(a[i]!, a[p]!)) break;
      [a[i], a[p]] = [a[p]!, a[i]!];
      i = p;
    }
  }

  private popTimer(): Timer {
    const a = this.timers;
    const top = a[0]!;
    const last = a.pop()!;
    if (a.length > 0) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && timerLess(a[l]!, a[m]!)) m = l;
        if (r < a.length && timerLess(a[r]!, a[m]!)) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m]!, a[i]!];
        i = m;
      }
    }
    return top;
  }

  /** Fire due timers; with `jump`, first move the clock to the earliest one. */
  private fireTimers(jump: boolean): void {
    if (this.timers.length === 0) return;
    let now = this.now();
    if (jump && this.timers[0]!.when > now) {
      this.skew += this.timers[0]!.when - now;
      now = this.now();
    }
    while (this.timers.length > 0 && this.timers[0]!.when <= now) {
      const t = this.popTimer();
      if (t.g) {
        this.ready(t.g, false);
        continue;
      }
      if (this.timerOf.get(t.addr) !== t) continue; // stopped or reset meanwhile
      this.timerOf.delete(t.addr);
      this.runTimerFunc(t, now);
    }
  }

  /** A runtime timer is due: start f(arg, seq) on a new goroutine; re-arm a ticker. */
  private runTimerFunc(t: Timer, now: number): void {
    const h = this.host;
    const u32 = h.u32;
    const a = t.addr;
    const period = Number(load64(h.u32, h.i32, a + 8));
    const f = u32[(a + 16) >>> 2]!;
    // f(arg any, seq uintptr): 24 bytes of arguments, copied from the timer.
    this.newproc(-2, f, a + 24, 24);
    if (period > 0) {
      let when = t.when + period;
      if (when <= now) when += period * Math.ceil((now - when + 1) / period);
      store64(h.u32, a, when);
      const nt: Timer = { when, seq: 0, g: undefined, addr: a };
      this.timerOf.set(a, nt);
      this.addTimer(nt);
    }
  }

  startTimer(addr: number): void {
    const when = Number(load64(this.host.u32, this.host.i32, addr));
    const t: Timer = { when, seq: 0, g: undefined, addr };
    this.timerOf.set(addr, t);
    this.addTimer(t);
  }

  stopTimer(addr: number): boolean {
    return this.timerOf.delete(addr);
  }

  resetTimer(addr: number, when: number): boolean {
    const was = this.timerOf.delete(addr);
    store64(this.host.u32, addr, when);
    this.startTimer(addr);
    return was;
  }

  // ---- the end ----

  private noGoroutines(): never {
    return this.host.die(
      "fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n",
      true,
    );
  }

  private deadlock(): never {
    if (this.all.length === 0) this.noGoroutines();
    return this.host.die("fatal error: all goroutines are asleep - deadlock!\n", true);
  }

  /** Every live goroutine, the running one first (tracebacks). */
  goroutines(): G[] {
    const gs = this.all.filter((g) => g.status !== GStatus.Dead);
    gs.sort((a, b) => (a === this.cur ? -1 : b === this.cur ? 1 : a.id - b.id));
    return gs;
  }

  /** The frames of g, innermost first: [fid, resume state] pairs. */
  frames(g: G): [number, number][] {
    const out: [number, number][] = [];
    const sp = g === this.cur ? this.host.regs.sp : g.sp;
    if (!g.started) return out;
    walkFrames(this.host.stackEnv, g.stack, sp, (fid, _sp, resume) => {
      out.push([fid, resume]);
    });
    return out;
  }

  // ---- GC roots ----

  /**
   * At the start of a GC cycle: halve the stacks of stopped goroutines that use less
   * than a quarter of theirs (stack.ts shrinkStack), adjusting their defer records and
   * the sudogs that point into them. Not the running goroutine, nor one whose JS frames
   * sit in a nested trampoline (they hold absolute stack addresses).
   */
  private shrinkStacks(): void {
    const env = this.host.stackEnv;
    for (const g of this.all) {
      if (g === this.cur || !g.started || g.level !== 0 || g.status === GStatus.Dead) continue;
      const size = g.stack.hi - g.stack.lo;
      const genv: StackEnv = {
        ...env,
        adjustExtra: (delta, lo, hi) => {
          g.defers?.adjustStack(delta, lo, hi);
          for (const sg of g.waiting ?? []) if (sg.elem >= lo && sg.elem < hi) sg.elem += delta;
        },
      };
      g.sp = shrinkStack(genv, g.stack, g.sp, NO_CALLEE);
      const now = g.stack.hi - g.stack.lo;
      if (now !== size) this.host.tracer?.stackShrink(g.id, size, now);
    }
  }

  /** One stack job per live goroutine, and the scheduler's own pointers. */
  rootJobs(): RootJob[] {
    this.shrinkStacks();
    const jobs: RootJob[] = [];
    const env = this.host.stackEnv;
    for (const g of this.all) {
      if (g.status === GStatus.Dead) continue;
      const stack = stackRootJob(
        env,
        g.id,
        g.stack,
        () => (g === this.cur ? this.host.regs.sp : g.sp),
        () => (g.started ? NO_CALLEE : g.entries[0]!),
      );
      jobs.push({
        ...stack,
        scan: (visit) => {
          if (g.status === GStatus.Dead) return; // ended since: its stack is freed
          stack.scan(visit);
          if (!g.started && g.ctx !== 0) visit(g.ctx);
          g.defers?.rootPointers(visit);
        },
      });
    }
    jobs.push({
      kind: "runtime",
      gid: -1,
      scanBytes: 8 * (this.waitSlots.length + this.semWaits.size + this.timers.length),
      scan: (visit) => {
        for (const w of this.waitSlots) if (w.chan !== 0) visit(w.chan);
        for (const s of this.semWaits.keys()) visit(s);
        for (const t of this.timerOf.keys()) visit(t);
      },
    });
    return jobs;
  }
}

function timerLess(a: Timer, b: Timer): boolean {
  return a.when < b.when || (a.when === b.when && a.seq < b.seq);
}
