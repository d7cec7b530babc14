/*
 * runtime.Caller, Callers, Stack, FuncForPC and Frames: program counters for frames that
 * have none.
 *
 * What: emitted code has no machine addresses, but every frame records which function it
 * is (its frame word) and where it is in it (the resume point of the call it is making,
 * stored before every Go call and before the hooks here). A "pc" packs the two:
 *
 *	pc = (fid + 1) * 2^17 + 2 * point + 2
 *
 * so that pc - 1, which callers of Callers customarily pass to FuncForPC and FileLine,
 * names the same frame and point. The line of a point is FuncInfo.resumeLines[point]
 * (the call's line), the function's own line for point 0. A *Func is an 8-byte object
 * holding a pc of its function. The bottom of every goroutine's stack shows Go's
 * runtime.main (goroutine 1) and runtime.goexit frames, as Go's tracebacks do.
 *
 * Why: tests and libraries print their caller's file and line, compare function names
 * from FuncForPC, and walk Callers with CallersFrames; all of that only needs the
 * function, the line and a stable token per call site.
 *
 * Invariant: a pc decodes to a function id and a point that the function has; file
 * names are absolute, as Go reports them (relative ones joined to the working directory,
 * the shipped stdlib under GOROOT/src).
 *
 * Example: main.main at point 3 (a call on line 12) of function 7 → pc 8*2^17+8;
 * FuncForPC(pc-1).Name() = "main.main", FileLine → ("/home/x/prog.go", 12).
 */
import type { FuncInfo, Hook, Machine } from "./abi.js";
import { setString } from "./hooks-sys.js";
import { load64, store64 } from "./int64.js";

const PC_FUNC = 2 ** 17;

/** What the hooks need from the running program. */
export interface CallerHost {
  readonly funcs: readonly FuncInfo[];
  /** The running goroutine's frames, innermost first: [function id, resume point]. */
  frames(): [number, number][];
  /** The running goroutine's id (1: main). */
  goroutineId(): number;
  /** The goroutine's traceback as Go's runtime.Stack writes it. */
  stackText(all: boolean): string;
  /** Absolute file name for a FuncInfo file. */
  absFile(file: string): string;
  /** The *runtime.Func type id (an 8-byte object) and string's type. */
  funcObject(pc: number): number;
}

export function encodePC(fid: number, point: number): number {
  return (fid + 1) * PC_FUNC + 2 * point + 2;
}

/** [function id, point] of a pc (or pc - 1); undefined if it names no function. */
export function decodePC(funcs: readonly FuncInfo[], pc: number): [number, number] | undefined {
  const fid = Math.floor(pc / PC_FUNC) - 1;
  if (fid < 0 || fid >= funcs.length || !funcs[fid]) return undefined;
  const point = Math.floor(((pc % PC_FUNC) - 1) / 2);
  return [fid, Math.max(0, point)];
}

/** The line a frame of f is at when its frame word holds `point`. */
export function lineOf(f: FuncInfo, point: number): number {
  return (point > 0 ? f.resumeLines[point] : 0) || f.line;
}

/** The pcs of the running goroutine's frames, innermost first, Go's runtime frames last. */
function callerPCs(host: CallerHost, bottom: readonly number[]): number[] {
  const pcs = host.frames().map(([fid, point]) => encodePC(fid, point));
  for (const fid of bottom) pcs.push(encodePC(fid, 0));
  return pcs;
}

/**
 * The hooks, given the ids of pseudo functions for runtime.Callers, runtime.main and
 * runtime.goexit (registered by the runner so that their names decode).
 */
export function callerHooks(
  host: CallerHost,
  ids: { callers: number; main: number; goexit: number },
): Record<string, Hook> {
  const h: Record<string, Hook> = {};
  const bottom = (): number[] => (host.goroutineId() === 1 ? [ids.main, ids.goexit] : [ids.goexit]);
  const describe = (pc: number): { name: string; file: string; line: number } | undefined => {
    const d = decodePC(host.funcs, pc);
    if (!d) return undefined;
    const f = host.funcs[d[0]]!;
    return { name: f.name, file: host.absFile(f.file), line: lineOf(f, d[1]) };
  };

  // Caller(skip int) (pc uintptr, file string, line int, ok bool): skip 0 is Caller's caller.
  h["runtime.Caller"] = (m, a) => {
    const skip = Number(load64(m.u32, m.i32, a));
    const pcs = callerPCs(host, bottom());
    const pc = skip >= 0 ? pcs[skip] : undefined;
    const info = pc === undefined ? undefined : describe(pc);
    store64(m.u32, a + 8, info ? pc! : 0);
    setString(m, a + 16, info ? info.file : "");
    store64(m.u32, a + 32, info ? info.line : 0);
    m.u8[a + 40] = info ? 1 : 0;
  };

  // Callers(skip int, pc []uintptr) int: skip 0 is Callers itself.
  h["runtime.Callers"] = (m, a) => {
    const skip = Number(load64(m.u32, m.i32, a));
    const pcs = [encodePC(ids.callers, 0), ...callerPCs(host, bottom())].slice(Math.max(0, skip));
    const p = m.u32[(a + 8) >>> 2]!;
    const n = Math.min(pcs.length, Number(load64(m.u32, m.i32, a + 16)));
    for (let i = 0; i < n; i++) store64(m.u32, p + i * 8, pcs[i]!);
    store64(m.u32, a + 32, n);
  };

  // Stack(buf []byte, all bool) int
  h["runtime.Stack"] = (m, a) => {
    const bytes = new TextEncoder().encode(host.stackText(m.u8[a + 24] !== 0));
    const p = m.u32[a >>> 2]!;
    const n = Math.min(bytes.length, Number(load64(m.u32, m.i32, a + 8)));
    m.u8.set(bytes.subarray(0, n), p);
    store64(m.u32, a + 32, n);
  };

  // FuncForPC(pc uintptr) *Func
  h["runtime.FuncForPC"] = (m, a) => {
    const pc = Number(load64(m.u32, m.i32, a));
    m.u32[(a + 8) >>> 2] = decodePC(host.funcs, pc) ? host.funcObject(pc) : 0;
    m.u32[(a + 12) >>> 2] = 0;
  };

  const funcPC = (m: Machine, a: number): number => {
    const f = m.u32[a >>> 2]!;
    return f === 0 ? 0 : Number(load64(m.u32, m.i32, f));
  };
  h["runtime.(*Func).Name"] = (m, a) => setString(m, a + 8, describe(funcPC(m, a))?.name ?? "");
  h["runtime.(*Func).Entry"] = (m, a) => {
    const d = decodePC(host.funcs, funcPC(m, a));
    store64(m.u32, a + 8, d ? encodePC(d[0], 0) : 0);
  };
  // (f *Func) FileLine(pc uintptr) (file string, line int)
  h["runtime.(*Func).FileLine"] = (m, a) => {
    const info = describe(Number(load64(m.u32, m.i32, a + 8)));
    setString(m, a + 16, info?.file ?? "?");
    store64(m.u32, a + 32, info?.line ?? 0);
  };

  // frameForPC(pc uintptr) Frame{PC, Func, Function, File, Line, Entry}
  h["runtime.frameForPC"] = (m, a) => {
    const pc = Number(load64(m.u32, m.i32, a));
    const r = a + 8;
    const info = describe(pc);
    const d = decodePC(host.funcs, pc);
    store64(m.u32, r, pc);
    if (!info || !d) return;
    m.u32[(r + 8) >>> 2] = host.funcObject(pc);
    setString(m, r + 16, info.name);
    setString(m, r + 32, info.file);
    store64(m.u32, r + 48, info.line);
    store64(m.u32, r + 56, encodePC(d[0], 0));
  };
  return h;
}
