/*
 * defer, panic and recover, and how an unrecovered panic ends the program.
 *
 * What: a goroutine's deferred calls are records (JS objects) pushed by deferproc with
 * a copy of the call's arguments, the frame that deferred them and the function (or
 * closure) to call. At a function's exit popdefer hands them back to the frame, which
 * calls them itself. gopanic runs the records top down, each on a small pseudo-frame
 * pushed below the panicking frame (so the deferred function can find the panic, and
 * so the stack stays walkable); when one of them calls recover — directly, from the
 * frame the panic loop called — the panic stops: a Recovered exception carries the
 * deferring frame's sp to the trampoline, which resumes that frame at its
 * RESUME_RECOVERED point (run its remaining defers, return its named results).
 * Unrecovered: the panic chain is printed as Go prints it, then the goroutine trace,
 * and the program exits with status 2.
 *
 * Why: Go's semantics (deferred calls run in LIFO order, recover only in a deferred
 * call made by the panic, re-panics print `panic: a [recovered]`) with frames that live
 * in linear memory: nothing here depends on the JavaScript stack.
 *
 * Invariant: a record's argument words that hold pointers are GC roots (rootPointers)
 * and are adjusted when the stack moves (adjustStack).
 *
 * Example: `defer fmt.Println("x")` → deferproc(sp, fid, 0, args, 24, [0, 8]); at the
 * RunDefers of the function, popdefer(sp, sp+8) copies the args back and returns fid.
 */
import { FRAME_ARGS, type FuncInfo, RESUME_RECOVERED } from "./abi.js";

export interface DeferRecord {
  /** sp of the frame that deferred the call. */
  sp: number;
  /** Function id, or -2 for a closure call (fid read from ctx at call time). */
  fid: number;
  ctx: number;
  args: Uint8Array;
  ptrs: readonly number[];
}

interface Panic {
  typeId: number;
  data: number;
  recovered: boolean;
  /** sp of the pseudo-frame the current deferred call was made from. */
  argp: number;
  /** The deferred call that is running for this panic was itself aborted by a new panic. */
  aborted: boolean;
}

/** Thrown to the trampoline when a deferred call recovered a panic. */
export class Recovered {
  constructor(readonly sp: number) {}
}

/** What the panic machinery needs from the running program. */
export interface PanicHost {
  readonly u8: Uint8Array;
  readonly u32: Uint32Array;
  getSP(): number;
  setSP(sp: number): void;
  /** The top of the current stack (sp's distance from it survives a stack move). */
  stackHi(): number;
  setCtx(ctx: number): void;
  /** Push a frame of `size` bytes for a runtime call (a registered FuncInfo), return its sp. */
  pushPseudoFrame(argsSize: number): number;
  /** Run Go function fid to completion from the current SP (a nested trampoline). */
  runGo(fid: number): void;
  /** The text Go prints for a panic value (calls Error/String methods). */
  panicValueText(typeId: number, data: number): string;
  /** Go's nil dereference panic (calling a nil func value). */
  panicNil(): never;
  /** Write the goroutine trace and exit with status 2 (never returns). */
  die(lines: string): never;
}

export class Defers {
  readonly records: DeferRecord[] = [];
  /** Records whose deferred call is running (popped, but their frames still matter). */
  private readonly running: DeferRecord[] = [];
  private readonly panics: Panic[] = [];

  constructor(private readonly host: PanicHost) {}

  deferproc(
    sp: number,
    fid: number,
    ctx: number,
    args: number,
    size: number,
    ptrs: readonly number[],
  ): void {
    this.records.push({ sp, fid, ctx, args: this.host.u8.slice(args, args + size), ptrs });
  }

  /** The next deferred call of the frame at sp: copies its args to dst, returns the fid or -1. */
  popdefer(sp: number, dst: number): number {
    const r = this.records[this.records.length - 1];
    if (!r || r.sp !== sp) return -1;
    this.records.pop();
    return this.prepare(r, dst);
  }

  private prepare(r: DeferRecord, dst: number): number {
    this.host.u8.set(r.args, dst);
    if (r.fid === -2 && r.ctx === 0) this.host.panicNil(); // defer of a nil func value
    if (r.fid === -2) {
      this.host.setCtx(r.ctx);
      return this.host.u32[r.ctx >>> 2]!;
    }
    return r.fid;
  }

  gopanic(typeId: number, data: number): never {
    const p: Panic = { typeId, data, recovered: false, argp: 0, aborted: false };
    // A panic during a deferred call of an earlier panic aborts that one.
    for (const q of this.panics) if (q.argp !== 0) q.aborted = true;
    this.panics.push(p);
    for (;;) {
      const r = this.records.pop();
      if (!r) break;
      // The deferred call may grow the stack: keep positions as distances from its top,
      // and keep the record where adjustStack sees it.
      const depth0 = this.host.stackHi() - this.host.getSP();
      this.running.push(r); // before the pseudo-frame push, which may move the stack
      const frame = this.host.pushPseudoFrame(r.args.length);
      const fid = this.prepare(r, frame + FRAME_ARGS);
      p.argp = frame;
      try {
        this.host.runGo(fid);
      } finally {
        this.running.pop();
      }
      this.host.setSP(this.host.stackHi() - depth0);
      p.argp = 0;
      if (p.recovered) {
        this.panics.pop();
        throw new Recovered(r.sp);
      }
    }
    this.printAndDie();
  }

  /**
   * runtime.Goexit: run every deferred call of the goroutine, top down, each on a pseudo
   * frame as a panic would (recover returns nil: there is no panic to stop).
   */
  goexit(): void {
    for (;;) {
      const r = this.records.pop();
      if (!r) return;
      const depth0 = this.host.stackHi() - this.host.getSP();
      this.running.push(r);
      const frame = this.host.pushPseudoFrame(r.args.length);
      const fid = this.prepare(r, frame + FRAME_ARGS);
      try {
        this.host.runGo(fid);
      } finally {
        this.running.pop();
      }
      this.host.setSP(this.host.stackHi() - depth0);
    }
  }

  /**
   * The panic a recover() called by the frame whose top is callerSp stops: the current
   * one, if that frame is the deferred call the panic made. Marks it recovered.
   */
  private recoverable(callerSp: number): Panic | undefined {
    const p = this.panics[this.panics.length - 1];
    if (!p || p.recovered || p.argp === 0 || callerSp !== p.argp) return undefined;
    p.recovered = true;
    return p;
  }

  /** recover(): the panic value if called directly by a deferred call of a panic, else nil. */
  gorecover(callerSp: number, dst: number): void {
    const p = this.recoverable(callerSp);
    const u32 = this.host.u32;
    if (p) {
      u32[dst >>> 2] = p.typeId;
      u32[(dst + 8) >>> 2] = p.data;
    } else {
      u32[dst >>> 2] = 0;
      u32[(dst + 8) >>> 2] = 0;
    }
    u32[(dst + 4) >>> 2] = 0;
    u32[(dst + 12) >>> 2] = 0;
  }

  /**
   * `defer recover()`: the builtin deferred by the function F whose frame is at sp (the
   * caller of the deferred call, frame word 0 its function id). As in Go, it acts as a
   * recover() made by F itself: it stops the panic that called F when F runs its defers
   * on the way out, and nothing when a panic runs it (its caller is then the panic).
   */
  recoverDeferred(sp: number, frameSizeOf: (fid: number) => number): void {
    this.recoverable(sp + frameSizeOf(this.host.u32[sp >>> 2]!));
  }

  private printAndDie(): never {
    let text = "";
    this.panics.forEach((p, k) => {
      if (k > 0) text += "\t";
      text += "panic: " + this.host.panicValueText(p.typeId, p.data);
      if (p.recovered) text += " [recovered]";
      text += "\n";
    });
    this.host.die(text);
  }

  /** Pointers held by deferred records (GC roots). */
  rootPointers(visit: (p: number) => void): void {
    for (const r of this.records) {
      if (r.ctx !== 0) visit(r.ctx);
      const dv = new DataView(r.args.buffer, r.args.byteOffset, r.args.byteLength);
      for (const off of r.ptrs) visit(dv.getUint32(off, true));
    }
  }

  /** The stack moved by delta: adjust record frames and stack pointers in their args. */
  adjustStack(delta: number, lo: number, hi: number): void {
    const inOld = (x: number): boolean => x >= lo && x < hi;
    for (const r of [...this.records, ...this.running]) {
      if (inOld(r.sp)) r.sp += delta;
      if (inOld(r.ctx)) r.ctx += delta;
      const dv = new DataView(r.args.buffer, r.args.byteOffset, r.args.byteLength);
      for (const off of r.ptrs) {
        const v = dv.getUint32(off, true);
        if (inOld(v)) dv.setUint32(off, v + delta, true);
      }
    }
    for (const p of this.panics) if (inOld(p.argp)) p.argp += delta;
  }
}

/** A FuncInfo for the pseudo-frame of a runtime call with `argsSize` bytes of outgoing args. */
export function pseudoFuncInfo(name: string, argsSize: number): FuncInfo {
  return {
    name,
    file: "",
    line: 0,
    frameSize: FRAME_ARGS + Math.ceil(argsSize / 8) * 8,
    argsSize: 0,
    argPtrs: new Int32Array(0),
    localPtrs: new Int32Array(0),
    resumeLines: new Int32Array(0),
  };
}

export { RESUME_RECOVERED };
