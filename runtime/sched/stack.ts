// Goroutine stacks: contiguous blocks of linear memory that grow by copying.
//
// A goroutine starts on a 2 KB stack. Every compiled function's prologue
// computes its new sp and, when that would fall below `stack.guard`, calls
// morestack before it stores its frame word. morestack allocates a block at
// least twice as big, copies the used part [sp, hi) to the top of the new
// block, and adds `delta = newHi - oldHi` to every pointer word that pointed
// into the old block. Go does the same (runtime/stack.go: newstack,
// copystack, adjustpointers); the difference is that our frames are described
// by one map per function (FuncInfo) instead of per-PC stack maps, and that
// nothing but the linear memory and a few JS-side records (defers, sudogs:
// `adjustExtra`) can hold a stack address.
//
//	old block                          new block (2x)
//	lo        sp           base  hi    lo'                    sp'       base' hi'
//	| free    | frames ... |entry|     |  free ...            | frames  |entry|
//	          └──────── copied ───────────────────────────────►┘
//	sp' = hi' - (hi - sp)         every word w in [lo, hi) → w + (hi' - hi)
//
// Which words are pointers. Frames are walked from sp towards base: the u32
// at a frame's sp is its function id, the frame spans funcs[id].frameSize
// bytes, and the next frame (its caller) starts right above. For each frame:
//
//	locals   sp + localPtrs[i]                       (stack objects, spills)
//	args     sp + frameSize + FRAME_ARGS + argPtrs[i] (params and results, in
//	                                                   the caller's outgoing area)
//
// The outgoing area of the top frame holds the arguments of the *pending*
// callee — the function whose prologue called morestack, or the function a
// parked goroutine is blocked in — described by that callee's argPtrs at
// sp + FRAME_ARGS. The outermost frame's args are the entry arguments at
// base + FRAME_ARGS; a goroutine that has not run yet has no frame (sp ===
// base) and its entry function is the pending callee, so the same rule covers
// the entry arguments in both cases and no word is ever adjusted twice.
// Frames of functions that returned lie below sp and are neither copied,
// adjusted nor scanned.
//
// Why only pointers into the stack move, and why it is safe: escape analysis
// guarantees that no heap object and no global points into a stack, and that a
// pointer to a stack object never outlives its frame, so every pointer into a
// stack is in a frame of that stack (or a runtime record the scheduler knows).
//
// Sizes. The new size is twice the old one, doubled again until the pending
// frame plus STACK_SLACK fits. A stack larger than maxStackBytes (1e9 by
// default; debug.SetMaxStack) is Go's fatal "stack overflow", raised through
// env.fatal with the lines Go prints, before anything is allocated: the
// largest stack is therefore 512 MB, as in Go. shrinkStack (at GC) halves a
// stack that uses less than a quarter of its size, never below 2 KB.
//
// GODEBUG=stackmove=1: stressGuard puts guard above hi, so every prologue
// calls morestack, which then moves the stack to a new block of the same size
// (bigger only if the frame does not fit) and keeps the stress guard. The old
// block is poisoned before it is freed, so a pointer that was not adjusted
// reads garbage at once. Every adjustment path runs at every call — while the
// stack uses at most 64 KB; a deeper stack moves every used/256 calls, so that
// a million-frame recursion stays linear (STRESS_ALWAYS_BYTES).
//
// Invariant: lo <= guard (or guard > hi: stress), lo <= sp <= base < hi,
// hi - lo is a power of two >= 2 KB, and the frame chain from any sp the
// runtime is given ends exactly at base.
//
// Example:
//
//	const stk = newStack(heap);                 // 2 KB
//	const args = reserveEntry(stk, 16);         // entry f(p *T, n int)
//	let sp = stk.base;                          // f's prologue: frame of 64 bytes
//	if (sp - 64 < stk.guard) sp = morestack(env, stk, sp, fId);
//	sp -= 64;

import type { Heap } from "../memory/malloc.js";
import type { RootJob } from "../gc/roots.js";
import { FRAME_ARGS, type FuncInfo, type GoStack } from "../lang/abi.js";

/** A goroutine's first stack (Go's _FixedStack). */
export const FIXED_STACK = 2048;
/** Go's default maximum stack size on 64-bit systems (runtime.main sets 1e9). */
export const MAX_STACK_BYTES = 1_000_000_000;
/**
 * Room kept free below the pending frame after a growth, so that a stack that
 * has just grown does not grow again at the very next call.
 */
export const STACK_SLACK = 256;
/** Byte written over a stack block that was moved away (stress mode, poison). */
export const STACK_POISON_BYTE = 0xfc;
/**
 * Stress mode moves the stack at every prologue while at most this many bytes are in
 * use. Beyond, a move copies the whole used part, so moving at every call would make a
 * deep recursion quadratic (a million frames: terabytes copied); there the stack
 * moves once every `used / STRESS_CREDIT_PER_CALL` prologues, which bounds the copying
 * to STRESS_CREDIT_PER_CALL bytes per call on average while still moving deep stacks
 * over and over.
 */
export const STRESS_ALWAYS_BYTES = 64 << 10;
/** See STRESS_ALWAYS_BYTES. */
export const STRESS_CREDIT_PER_CALL = 256;

/** Stress mode: bytes of copying earned by the prologues since the stack last moved. */
const stressCredit = new WeakMap<GoStack, number>();

/** What of the heap the stack code uses. */
export type StackHeap = Pick<Heap, "mem" | "allocStack" | "freeStack" | "spanIdOf">;

/** The runtime around the stacks: memory, frame maps, fatal errors, extra holders. */
export interface StackEnv {
  readonly heap: StackHeap;
  /** Frame maps, index = function id (the u32 at a frame's sp). */
  readonly funcs: readonly FuncInfo[];
  /**
   * Raise Go's fatal error. `lines` are the lines Go writes to stderr, the last
   * one being `fatal error: …`; the runner prints them and exits with status 2.
   */
  fatal(lines: string[]): never;
  /**
   * Called after a stack moved, before the old block is freed: adjust every
   * stack address held outside the linear memory (defer records, sudogs, …)
   * that lies in [oldLo, oldHi) by adding delta.
   */
  adjustExtra?(delta: number, oldLo: number, oldHi: number): void;
  /** debug.SetMaxStack; default MAX_STACK_BYTES. */
  maxStackBytes?: number;
  /** Poison every moved-away block (always done in stress mode). */
  poison?: boolean;
}

/** No pending callee (a goroutine parked where its outgoing area holds nothing live). */
export const NO_CALLEE = -1;

function isPow2(n: number): boolean {
  return n > 0 && Number.isInteger(n) && (n & (n - 1)) === 0;
}

function hex(n: number): string {
  return "0x" + n.toString(16);
}

/**
 * Allocate a stack of `size` bytes (a power of two >= 2 KB). Its base leaves room
 * for an entry function without arguments; reserveEntry makes room for arguments.
 */
export function newStack(heap: Pick<Heap, "allocStack">, size = FIXED_STACK): GoStack {
  if (!isPow2(size) || size < FIXED_STACK) throw new RangeError(`newStack: bad size ${size}`);
  const lo = heap.allocStack(size);
  const hi = lo + size;
  return { lo, hi, guard: lo, base: hi - FRAME_ARGS };
}

/**
 * Make room at the top of an unused stack for the entry function's `argsSize`
 * bytes of parameters and results: base becomes hi - FRAME_ARGS - argsSize
 * (rounded up to words). Returns the address of the arguments (base + FRAME_ARGS),
 * where the creator writes them. The word at base is the frame word of no one
 * (Go's goexit frame): nothing reads it.
 */
export function reserveEntry(stack: GoStack, argsSize: number): number {
  const room = FRAME_ARGS + Math.ceil(argsSize / 8) * 8;
  if (room > stack.hi - stack.lo)
    throw new RangeError(`reserveEntry: ${argsSize} bytes of arguments`);
  stack.base = stack.hi - room;
  return stack.base + FRAME_ARGS;
}

/** Return a dead goroutine's stack to the heap. */
export function freeStack(heap: Pick<Heap, "freeStack">, stack: GoStack): void {
  heap.freeStack(stack.lo, stack.hi - stack.lo);
  stack.lo = stack.hi = stack.guard = stack.base = 0;
}

/** GODEBUG=stackmove=1: make every prologue call morestack (and move the stack). */
export function stressGuard(stack: GoStack): void {
  stack.guard = stack.hi + 8;
}

/** Leave stress mode: prologues call morestack only when the frame does not fit. */
export function unstressGuard(stack: GoStack): void {
  stack.guard = stack.lo;
}

/** True if the stack is in stackmove stress mode. */
export function isStressed(stack: GoStack): boolean {
  return stack.guard > stack.hi;
}

/** True if GODEBUG (`a=1,stackmove=1`) asks for stack-move stress mode. */
export function stackMoveEnabled(godebug: string | undefined): boolean {
  if (godebug === undefined) return false;
  let on = false;
  for (const kv of godebug.split(",")) {
    const eq = kv.indexOf("=");
    if (eq > 0 && kv.slice(0, eq).trim() === "stackmove") on = Number(kv.slice(eq + 1)) > 0;
  }
  return on;
}

/**
 * The size morestack grows a stack of `oldSize` bytes to, when `used` bytes are in
 * use and the pending frame needs `need` more: twice the old size (the same size
 * when `force`, stress mode), doubled until `need + STACK_SLACK` fits. Pure, so the
 * 1 GB limit can be tested without allocating; the caller compares it with the limit.
 */
export function growSize(oldSize: number, used: number, need: number, force = false): number {
  let size = force ? oldSize : oldSize * 2;
  while (size - used < need + STACK_SLACK) size *= 2;
  return size;
}

/**
 * The lines Go prints when a stack would exceed `limit` bytes (then exit 2).
 * `sp` is the stack pointer at the failing prologue.
 */
export function stackOverflowLines(limit: number, sp: number, stack: GoStack): string[] {
  return [
    `runtime: goroutine stack exceeds ${limit}-byte limit`,
    `runtime: sp=${hex(sp)} stack=[${hex(stack.lo)}, ${hex(stack.hi)}]`,
    "fatal error: stack overflow",
  ];
}

function funcOf(env: StackEnv, id: number, where: number): FuncInfo {
  const f = env.funcs[id];
  if (f === undefined) throw new Error(`stack: bad function id ${id} in frame at ${hex(where)}`);
  return f;
}

/** The FuncInfo of the frame at sp, which must have a positive size. */
function frameFunc(env: StackEnv, id: number, sp: number): FuncInfo {
  const f = funcOf(env, id, sp);
  if (f.frameSize <= 0) throw new Error(`stack: frame of ${f.name} at ${hex(sp)} has size 0`);
  return f;
}

/** sp must lie in the stack, at or below base (else the caller passed a stale sp). */
function checkSp(stack: GoStack, sp: number): void {
  if (sp < stack.lo || sp > stack.base)
    throw new Error(`stack: sp ${hex(sp)} outside [${hex(stack.lo)}, ${hex(stack.base)}]`);
}

/** A frame walk must end exactly at base (else the frame words or maps are corrupt). */
function checkChainEnd(sp: number, base: number): void {
  if (sp !== base) throw new Error(`stack: frame chain overruns base ${hex(base)} at ${hex(sp)}`);
}

/**
 * Call fn for every frame from sp (the innermost) to base (the outermost), with
 * the frame's function id, its sp and the resume point stored in its frame word.
 */
export function walkFrames(
  env: StackEnv,
  stack: GoStack,
  sp: number,
  fn: (funcId: number, frameSp: number, resumePoint: number) => void,
): void {
  const base = stack.base;
  while (sp < base) {
    const u32 = env.heap.mem.u32;
    const id = u32[sp >>> 2];
    const f = frameFunc(env, id, sp);
    fn(id, sp, u32[(sp >>> 2) + 1]);
    sp += f.frameSize;
  }
  checkChainEnd(sp, base);
}

/**
 * The frame maps flattened for the walks that touch every frame (adjusting and
 * scanning): per function id its frame size, and one list of pointer-word
 * offsets relative to the frame's sp — the locals, then the arguments
 * (argPtrs + frameSize + FRAME_ARGS). Built once per funcs table and rebuilt
 * when the table has grown (the runtime may append pseudo-functions; entries
 * are never replaced).
 */
interface FrameTables {
  readonly count: number;
  readonly frameSize: Int32Array;
  /** Offsets of function id are ptrOffs[offStart[id] .. offStart[id+1]). */
  readonly offStart: Int32Array;
  readonly ptrOffs: Int32Array;
}

const frameTablesCache = new WeakMap<readonly FuncInfo[], FrameTables>();

function frameTables(funcs: readonly FuncInfo[]): FrameTables {
  const have = frameTablesCache.get(funcs);
  if (have !== undefined && have.count === funcs.length) return have;
  const count = funcs.length;
  const frameSize = new Int32Array(count);
  const offStart = new Int32Array(count + 1);
  let total = 0;
  for (let id = 0; id < count; id++) {
    const f = funcs[id];
    if (f !== undefined) total += f.localPtrs.length + f.argPtrs.length;
  }
  const ptrOffs = new Int32Array(total);
  let k = 0;
  for (let id = 0; id < count; id++) {
    offStart[id] = k;
    const f = funcs[id];
    if (f === undefined) continue;
    frameSize[id] = f.frameSize;
    for (const o of f.localPtrs) ptrOffs[k++] = o;
    for (const o of f.argPtrs) ptrOffs[k++] = f.frameSize + FRAME_ARGS + o;
  }
  offStart[count] = k;
  const t: FrameTables = { count, frameSize, offStart, ptrOffs };
  frameTablesCache.set(funcs, t);
  return t;
}

/** The frame at sp has a function id that is not in the table, or a size of 0. */
function badFrame(env: StackEnv, id: number, sp: number): never {
  frameFunc(env, id, sp);
  throw new Error(`stack: bad frame of function ${id} at ${hex(sp)}`);
}

/**
 * Add delta to every pointer word of the frames from sp to base (and of the
 * pending callee's arguments at sp + FRAME_ARGS) whose value is in [oldLo, oldHi).
 * The frames must already be at their new place: sp and base are new addresses.
 */
function adjustFrames(
  env: StackEnv,
  sp: number,
  base: number,
  pending: number,
  delta: number,
  oldLo: number,
  oldHi: number,
): void {
  const u32 = env.heap.mem.u32;
  if (pending !== NO_CALLEE) {
    const offs = funcOf(env, pending, sp).argPtrs;
    for (let i = 0; i < offs.length; i++) {
      const w = (sp + FRAME_ARGS + offs[i]) >>> 2;
      const p = u32[w];
      if (p >= oldLo && p < oldHi) u32[w] = p + delta;
    }
  }
  const { count, frameSize, offStart, ptrOffs } = frameTables(env.funcs);
  while (sp < base) {
    const id = u32[sp >>> 2];
    const size = id < count ? frameSize[id] : 0;
    if (size <= 0) badFrame(env, id, sp);
    for (let k = offStart[id], e = offStart[id + 1]; k < e; k++) {
      const w = (sp + ptrOffs[k]) >>> 2;
      const p = u32[w];
      // A pointer word's high half is 0 (abi.ts); p < oldHi also excludes nil.
      if (p >= oldLo && p < oldHi) u32[w] = p + delta;
    }
    sp += size;
  }
  checkChainEnd(sp, base);
}

/**
 * Move the stack to a new block of `newSize` bytes (copystack): copy [sp, hi) to
 * the top of the new block, adjust pointers (those of the frames from sp to base
 * and of the pending callee's arguments), update the fields, free the old block.
 * Returns the new sp. morestack and shrinkStack decide when and how big; this is
 * exported for the scheduler and for tests.
 */
export function moveStack(
  env: StackEnv,
  stack: GoStack,
  sp: number,
  pending: number,
  newSize: number,
): number {
  const heap = env.heap;
  const oldLo = stack.lo;
  const oldHi = stack.hi;
  const stressed = isStressed(stack);
  const newLo = heap.allocStack(newSize);
  const newHi = newLo + newSize;
  const delta = newHi - oldHi;
  const newSp = sp + delta;
  const mem = heap.mem; // read after allocStack: the memory may have grown
  mem.u8.copyWithin(newSp, sp, oldHi);
  stack.lo = newLo;
  stack.hi = newHi;
  stack.base += delta;
  stack.guard = stressed ? newHi + 8 : newLo;
  adjustFrames(env, newSp, stack.base, pending, delta, oldLo, oldHi);
  env.adjustExtra?.(delta, oldLo, oldHi);
  // Poison what held frames: a pointer that was not adjusted reads garbage at once.
  if (stressed || env.poison === true) mem.u8.fill(STACK_POISON_BYTE, sp, oldHi);
  heap.freeStack(oldLo, oldHi - oldLo);
  return newSp;
}

/**
 * Called by the prologue of function `funcId` when its frame does not fit above
 * guard: sp is the caller's sp (funcId's frame is not pushed; its arguments are
 * at sp + FRAME_ARGS). Moves the stack to a bigger block (stress mode: a block
 * of the same size) and returns the new sp, at the same distance from hi.
 * Past the limit, Go's "stack overflow" fatal error through env.fatal.
 */
export function morestack(env: StackEnv, stack: GoStack, sp: number, funcId: number): number {
  checkSp(stack, sp);
  const f = funcOf(env, funcId, sp);
  const oldSize = stack.hi - stack.lo;
  const stressed = isStressed(stack);
  const used = stack.hi - sp;
  if (stressed && used > STRESS_ALWAYS_BYTES && sp - f.frameSize >= stack.lo) {
    // The frame fits: move only when enough calls have paid for it (see STRESS_ALWAYS_BYTES).
    const credit = (stressCredit.get(stack) ?? 0) + STRESS_CREDIT_PER_CALL;
    if (credit < used) {
      stressCredit.set(stack, credit);
      return sp;
    }
    stressCredit.set(stack, 0);
  }
  const newSize = growSize(oldSize, used, f.frameSize, stressed);
  const limit = env.maxStackBytes ?? MAX_STACK_BYTES;
  if (newSize > limit) env.fatal(stackOverflowLines(limit, sp, stack));
  return moveStack(env, stack, sp, funcId, newSize);
}

/**
 * At GC, with the goroutine stopped at sp (its pending callee `pending`, or
 * NO_CALLEE): if less than a quarter of the stack is used and it is bigger than
 * 2 KB, move it to a block of half the size. Returns the (possibly new) sp.
 */
export function shrinkStack(
  env: StackEnv,
  stack: GoStack,
  sp: number,
  pending = NO_CALLEE,
): number {
  checkSp(stack, sp);
  const size = stack.hi - stack.lo;
  if (size <= FIXED_STACK) return sp;
  if (stack.hi - sp >= size / 4) return sp;
  return moveStack(env, stack, sp, pending, size / 2);
}

/**
 * The GC root job for one goroutine's stack: at scan time it walks the frames
 * from spGetter() to base and reports every pointer word (locals, args, the
 * pending callee's args from pendingGetter) whose value is a heap address.
 * Pointers into the stack itself and into non-heap memory are not reported.
 */
export function stackRootJob(
  env: StackEnv,
  gid: number,
  stack: GoStack,
  spGetter: () => number,
  pendingGetter: () => number = () => NO_CALLEE,
): RootJob {
  return {
    kind: "stack",
    gid,
    scanBytes: stack.hi - spGetter(),
    scan(visit: (ptr: number) => void): void {
      scanStack(env, stack, spGetter(), pendingGetter(), visit);
    },
  };
}

/** Report the heap pointers held by the frames from sp to base (see stackRootJob). */
export function scanStack(
  env: StackEnv,
  stack: GoStack,
  sp: number,
  pending: number,
  visit: (ptr: number) => void,
): void {
  const heap = env.heap;
  const base = stack.base;
  const lo = stack.lo;
  const hi = stack.hi;
  const u32 = heap.mem.u32; // scanning does not allocate
  if (pending !== NO_CALLEE) {
    const offs = funcOf(env, pending, sp).argPtrs;
    for (let i = 0; i < offs.length; i++) {
      const p = u32[(sp + FRAME_ARGS + offs[i]) >>> 2];
      if (p !== 0 && (p < lo || p >= hi) && heap.spanIdOf(p) !== 0) visit(p);
    }
  }
  const { count, frameSize, offStart, ptrOffs } = frameTables(env.funcs);
  while (sp < base) {
    const id = u32[sp >>> 2];
    const size = id < count ? frameSize[id] : 0;
    if (size <= 0) badFrame(env, id, sp);
    for (let k = offStart[id], e = offStart[id + 1]; k < e; k++) {
      const p = u32[(sp + ptrOffs[k]) >>> 2];
      if (p !== 0 && (p < lo || p >= hi) && heap.spanIdOf(p) !== 0) visit(p);
    }
    sp += size;
  }
  checkChainEnd(sp, base);
}
