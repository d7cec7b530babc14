// Goroutine stacks: growth by copying with pointer adjustment, the 1 GB limit,
// shrinking, stackmove stress mode, precise scanning as a GC root, frame walks,
// and a model-based property test over random frame chains and pointer graphs.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Collector } from "../gc/collector.js";
import { FRAME_ARGS, FuncInfo, GoStack } from "../lang/abi.js";
import { Heap } from "../memory/malloc.js";
import {
  FIXED_STACK,
  MAX_STACK_BYTES,
  NO_CALLEE,
  STACK_POISON_BYTE,
  StackEnv,
  freeStack,
  growSize,
  isStressed,
  morestack,
  moveStack,
  newStack,
  reserveEntry,
  scanStack,
  shrinkStack,
  stackMoveEnabled,
  stackOverflowLines,
  stackRootJob,
  stressGuard,
  unstressGuard,
  walkFrames,
} from "./stack.js";

const MB = 1 << 20;
const smallHeap = (): Heap => new Heap({ arenaBytes: MB, limitBytes: 256 * MB });

/** Thrown by the test env's fatal. */
class StackFatal extends Error {
  constructor(readonly lines: string[]) {
    super(lines.join("\n"));
  }
}

function fn(
  name: string,
  frameSize: number,
  argsSize: number,
  argPtrs: number[],
  localPtrs: number[],
): FuncInfo {
  return {
    name,
    file: "x.go",
    line: 1,
    frameSize,
    argsSize,
    argPtrs: Int32Array.from(argPtrs),
    localPtrs: Int32Array.from(localPtrs),
    resumeLines: Int32Array.from([1, 2, 3]),
  };
}

function makeEnv(heap: Heap, funcs: FuncInfo[], extra: Partial<StackEnv> = {}): StackEnv {
  return {
    heap,
    funcs,
    fatal(lines: string[]): never {
      throw new StackFatal(lines);
    },
    ...extra,
  };
}

/**
 * What emitted code does on a call to function `id` from the frame at sp: the
 * prologue (morestack if the frame does not fit, push, frame word, zero the
 * pointer locals). Returns the callee's sp.
 */
function call(env: StackEnv, stk: GoStack, sp: number, id: number, resume = 0): number {
  const f = env.funcs[id];
  if (sp - f.frameSize < stk.guard) sp = morestack(env, stk, sp, id);
  sp -= f.frameSize;
  const mem = env.heap.mem;
  mem.u32[sp >>> 2] = id;
  mem.u32[(sp >>> 2) + 1] = resume;
  for (const o of f.localPtrs) mem.storePtr(sp + o, 0);
  return sp;
}

describe("newStack and reserveEntry", () => {
  it("allocates power-of-two blocks with room for the entry arguments", () => {
    const heap = smallHeap();
    const s = newStack(heap);
    expect(s.hi - s.lo).toBe(FIXED_STACK);
    expect(s.guard).toBe(s.lo);
    expect(s.base).toBe(s.hi - FRAME_ARGS);
    const args = reserveEntry(s, 20);
    expect(s.base).toBe(s.hi - FRAME_ARGS - 24);
    expect(args).toBe(s.base + FRAME_ARGS);
    expect(heap.stacks.bytesInUse).toBe(2048);
    freeStack(heap, s);
    expect(heap.stacks.bytesInUse).toBe(0);
    expect(() => newStack(heap, 3000)).toThrow(RangeError);
    expect(() => newStack(heap, 1024)).toThrow(RangeError);
  });

  it("parses GODEBUG=stackmove", () => {
    expect(stackMoveEnabled(undefined)).toBe(false);
    expect(stackMoveEnabled("gctrace=1,stackmove=1")).toBe(true);
    expect(stackMoveEnabled("stackmove=0")).toBe(false);
    expect(stackMoveEnabled("stackmovex=1")).toBe(false);
  });
});

describe("morestack", () => {
  // main.f(p *int, n int) *int: frame 48 = frame word, 16 B outgoing, locals
  // at +24 (pointer), +32 (int), +40 (pointer).
  const funcs = [
    fn("main.main", 64, 0, [], [40, 48]), // outgoing 24..39 unused here
    fn("main.f", 48, 24, [0, 16], [24, 40]),
    fn("main.big", 4096, 8, [0], [8]),
  ];

  it("copies the frames, adjusts pointers into the stack and nothing else", () => {
    const heap = smallHeap();
    const obj = heap.allocBytes(64);
    let extraSeen: [number, number, number] | null = null;
    const env = makeEnv(heap, funcs, {
      adjustExtra: (d, lo, hi) => {
        extraSeen = [d, lo, hi];
      },
    });
    const stk = newStack(heap);
    const old = { ...stk };
    const mem = heap.mem;
    let sp = call(env, stk, stk.base, 0);
    const mainSp = sp;
    mem.storePtr(mainSp + 40, obj); // heap pointer
    mem.storePtr(mainSp + 48, mainSp + 56); // points to its own local
    // Call f(&local, n): args in main's outgoing area.
    mem.storePtr(mainSp + 8, mainSp + 56);
    mem.storeWord(mainSp + 16, mainSp + 60); // an int that looks like a stack address
    sp = call(env, stk, sp, 1, 7);
    const fSp = sp;
    mem.storePtr(fSp + 24, mainSp + 57); // interior pointer into main's frame
    mem.storeWord(fSp + 32, mainSp + 8); // non-pointer
    mem.storePtr(fSp + 40, obj + 8);
    // Call big: it does not fit in 2 KB.
    mem.storePtr(fSp + 8, fSp + 32); // big's pointer arg → f's local
    expect(stk.hi - stk.lo).toBe(2048);
    sp = call(env, stk, sp, 2);
    const size = stk.hi - stk.lo;
    expect(size).toBeGreaterThanOrEqual(8192); // 2 KB doubled until 4096 + slack fits
    expect(size & (size - 1)).toBe(0);
    expect(stk.lo).not.toBe(old.lo);
    const delta = stk.hi - old.hi;
    expect(extraSeen).toEqual([delta, old.lo, old.hi]);
    const m2 = mainSp + delta;
    const f2 = fSp + delta;
    const u = heap.mem;
    expect(stk.base).toBe(old.base + delta);
    expect(stk.guard).toBe(stk.lo);
    expect(sp).toBe(f2 - 4096);
    // Frame words moved.
    expect(u.u32[m2 >>> 2]).toBe(0);
    expect(u.u32[f2 >>> 2]).toBe(1);
    expect(u.u32[(f2 >>> 2) + 1]).toBe(7);
    // main's locals.
    expect(u.loadPtr(m2 + 40)).toBe(obj);
    expect(u.loadPtr(m2 + 48)).toBe(m2 + 56);
    // f's args (main's outgoing area, described by f's argPtrs).
    expect(u.loadPtr(m2 + 8)).toBe(m2 + 56);
    expect(u.loadWord(m2 + 16)).toBe(mainSp + 60); // non-pointer untouched
    // f's locals.
    expect(u.loadPtr(f2 + 24)).toBe(m2 + 57);
    expect(u.loadWord(f2 + 32)).toBe(mainSp + 8);
    expect(u.loadPtr(f2 + 40)).toBe(obj + 8);
    // big's args (pending callee, described by big's argPtrs).
    expect(u.loadPtr(f2 + 8)).toBe(f2 + 32);
    // The old block went back to the pool.
    expect(heap.stacks.bytesInUse).toBe(size);
    // walkFrames sees the three frames, innermost first.
    const seen: [number, number, number][] = [];
    walkFrames(env, stk, sp, (id, at, rp) => seen.push([id, at, rp]));
    expect(seen).toEqual([
      [2, sp, 0],
      [1, f2, 7],
      [0, m2, 0],
    ]);
  });

  it("sees functions appended to the table after a first growth (runtime pseudo-frames)", () => {
    const heap = smallHeap();
    const table = [fn("main.main", 64, 0, [], [40]), funcs[2]];
    const env = makeEnv(heap, table);
    const stk = newStack(heap);
    let sp = call(env, stk, stk.base, 0);
    heap.mem.storePtr(sp + 40, sp + 48);
    sp = call(env, stk, sp, 1); // grows: the flattened maps are built for 2 functions
    table.push(fn("runtime.gopanic", 16384, 0, [], [8]));
    sp = call(env, stk, sp, 2); // grows again: function 2 must be known
    heap.mem.storePtr(sp + 8, stk.base - 64 + 48);
    stressGuard(stk);
    sp = call(env, stk, sp, 1);
    const mainSp = stk.base - 64;
    expect(heap.mem.loadPtr(mainSp + 40)).toBe(mainSp + 48);
    expect(heap.mem.loadPtr(sp + 4096 + 8)).toBe(mainSp + 48);
    expect(() => walkFrames(env, stk, sp, () => {})).not.toThrow();
    heap.mem.u32[sp >>> 2] = 99; // a corrupt frame word is reported, not walked past
    expect(() => morestack(env, stk, sp, 1)).toThrow(/bad function id 99/);
  });

  it("adjusts exactly the words in [lo, hi): lo and hi-1 move, hi does not", () => {
    const heap = smallHeap();
    const env = makeEnv(heap, [fn("main.main", 64, 0, [], [40, 48, 56]), funcs[2]]);
    const stk = newStack(heap);
    const { lo, hi } = stk;
    const sp = call(env, stk, stk.base, 0);
    heap.mem.storePtr(sp + 40, lo);
    heap.mem.storePtr(sp + 48, hi - 1);
    heap.mem.storePtr(sp + 56, hi); // the first byte of whatever follows the stack
    const sp2 = call(env, stk, sp, 1) + 4096;
    expect(heap.mem.loadPtr(sp2 + 40)).toBe(stk.hi - 2048);
    expect(heap.mem.loadPtr(sp2 + 48)).toBe(stk.hi - 1);
    expect(heap.mem.loadPtr(sp2 + 56)).toBe(hi);
  });

  it("grows a 10,000-frame recursion, every frame pointing into its callers", () => {
    // rec(p *int, q *T) with locals: x int at +24, ptr to own x at +32, ptr to
    // caller's x at +40, a heap pointer at +48, a stack-looking int at +56.
    const rec = fn("main.rec", 64, 16, [0, 8], [32, 40, 48]);
    const env = makeEnv(smallHeap(), [fn("main.main", 64, 0, [], [32]), rec]);
    const heap = env.heap as Heap;
    const obj = heap.allocBytes(16);
    const stk = newStack(heap);
    let sp = call(env, stk, stk.base, 0);
    heap.mem.storePtr(sp + 32, sp + 24);
    let grows = 0;
    const dists: number[] = []; // hi - sp of each rec frame
    const t0 = performance.now();
    let moveMs = 0;
    for (let i = 0; i < 10_000; i++) {
      const mem0 = heap.mem;
      mem0.storePtr(sp + 8, sp + 24); // p: caller's x
      mem0.storePtr(sp + 16, obj); // q: heap
      const lo = stk.lo;
      const t1 = performance.now();
      sp = call(env, stk, sp, 1, i & 0xffff);
      if (stk.lo !== lo) {
        grows++;
        moveMs += performance.now() - t1;
      }
      const m = heap.mem;
      m.storeWord(sp + 24, i);
      m.storePtr(sp + 32, sp + 24);
      m.storePtr(sp + 40, m.loadPtr(sp + 64 + 8));
      m.storePtr(sp + 48, obj);
      m.storeWord(sp + 56, sp + 24); // non-pointer with a stack address
      dists.push(stk.hi - sp);
    }
    const totalMs = performance.now() - t0;
    expect(grows).toBe(9); // 2 KB → 1 MB: 640 KB of frames
    expect(stk.hi - stk.lo).toBe(MB);
    const m = heap.mem;
    const hi = stk.hi;
    let staleInts = 0;
    for (let i = 0; i < 10_000; i++) {
      const at = hi - dists[i];
      expect(m.u32[at >>> 2]).toBe(1);
      expect(m.loadWord(at + 24)).toBe(i);
      expect(m.loadPtr(at + 32)).toBe(at + 24);
      expect(m.loadPtr(at + 40)).toBe(at + 64 + 24);
      expect(m.loadPtr(at + 48)).toBe(obj);
      expect(m.loadPtr(at + 64 + 8)).toBe(at + 64 + 24);
      if (m.loadWord(at + 56) !== at + 24) staleInts++;
    }
    // Non-pointers are never adjusted: every frame that was moved keeps its old
    // value (all frames but the ~1,800 pushed after the last growth).
    expect(staleInts).toBeGreaterThan(7000);
    expect(staleInts).toBeLessThan(10_000);
    let frames = 0;
    walkFrames(env, stk, sp, () => frames++);
    expect(frames).toBe(10_001);
    // One move of the whole 10,001-frame stack to a block of the same size.
    const lo = stk.lo;
    const t2 = performance.now();
    const sp2 = moveStack(env, stk, sp, NO_CALLEE, MB);
    const oneMoveMs = performance.now() - t2;
    expect(stk.lo).not.toBe(lo);
    expect(stk.hi - stk.lo).toBe(MB);
    expect(heap.mem.loadPtr(sp2 + 32)).toBe(sp2 + 24);
    expect(heap.mem.loadPtr(stk.base - 64 + 32)).toBe(stk.base - 64 + 24); // main's &x
    console.log(
      `10,000 frames: ${grows} growths to ${stk.hi - stk.lo} B, moves ${moveMs.toFixed(1)} ms of ${totalMs.toFixed(1)} ms; one move of all frames ${oneMoveMs.toFixed(2)} ms`,
    );
  });

  it("fails like Go past the 1e9-byte limit, before allocating anything", () => {
    const heap = smallHeap();
    const env = makeEnv(heap, funcs);
    // A fake 512 MB stack: no memory behind it, morestack must not touch it.
    const lo = 0x20000000;
    const stk: GoStack = { lo, hi: lo + 512 * MB, guard: lo, base: lo + 512 * MB - 8 };
    const sp = lo + 0x330;
    let lines: string[] = [];
    try {
      morestack(env, stk, sp, 1);
    } catch (e) {
      lines = (e as StackFatal).lines;
    }
    expect(lines).toEqual([
      "runtime: goroutine stack exceeds 1000000000-byte limit",
      "runtime: sp=0x20000330 stack=[0x20000000, 0x40000000]",
      "fatal error: stack overflow",
    ]);
    expect(heap.stacks.bytesInUse).toBe(0);
    expect(stk.lo).toBe(lo);
    // The sizes: 256 MB may grow to 512 MB, 512 MB may not.
    expect(growSize(256 * MB, 1000, 48)).toBe(512 * MB);
    expect(growSize(512 * MB, 1000, 48)).toBeGreaterThan(MAX_STACK_BYTES);
    expect(growSize(2048, 100, 5000)).toBe(8192);
    expect(growSize(2048, 100, 48, true)).toBe(2048);
    expect(growSize(2048, 1900, 48, true)).toBe(4096);
  });

  it("honours debug.SetMaxStack like Go (a 100000-byte limit fails at a 64 KB stack)", () => {
    const heap = smallHeap();
    const env = makeEnv(heap, funcs, { maxStackBytes: 100000 });
    const stk = newStack(heap);
    let sp = call(env, stk, stk.base, 0);
    let err: StackFatal | null = null;
    let depth = 0;
    try {
      for (;;) {
        sp = call(env, stk, sp, 1);
        depth++;
      }
    } catch (e) {
      err = e as StackFatal;
    }
    expect(err).not.toBeNull();
    expect(stk.hi - stk.lo).toBe(65536);
    expect(err!.lines).toEqual(stackOverflowLines(100000, sp, stk));
    expect(err!.lines[0]).toBe("runtime: goroutine stack exceeds 100000-byte limit");
    expect(depth).toBeGreaterThan(1300);
  });
});

describe("shrinkStack", () => {
  const funcs = [fn("main.main", 48, 0, [], [24, 32]), fn("main.r", 256, 16, [0], [24, 240])];

  it("halves a stack using less than a quarter, keeping pointers right", () => {
    const heap = smallHeap();
    const obj = heap.allocBytes(32);
    const env = makeEnv(heap, funcs);
    const stk = newStack(heap);
    let sp = call(env, stk, stk.base, 0);
    const m0 = heap.mem;
    m0.storePtr(sp + 24, obj);
    m0.storePtr(sp + 32, sp + 24);
    const mainDist = stk.hi - sp;
    const frames: number[] = [];
    for (let i = 0; i < 60; i++) {
      heap.mem.storePtr(sp + 8, sp + 24);
      sp = call(env, stk, sp, 1);
      frames.push(stk.hi - sp);
    }
    expect(stk.hi - stk.lo).toBe(16384);
    // Return from 55 frames: 5 frames + main + base = 1336 bytes of 16 KB used.
    sp = stk.hi - frames[4];
    let size = stk.hi - stk.lo;
    const moves: number[] = [];
    for (;;) {
      const lo = stk.lo;
      sp = shrinkStack(env, stk, sp);
      if (stk.lo === lo) break;
      moves.push(stk.hi - stk.lo);
      expect(stk.hi - stk.lo).toBe(size / 2);
      size /= 2;
    }
    // 16K → 8K → 4K; 4K is not shrunk (1336 >= 4096/4).
    expect(moves).toEqual([8192, 4096]);
    expect(heap.stacks.bytesInUse).toBe(4096);
    const m = heap.mem;
    const mainSp = stk.hi - mainDist;
    expect(m.loadPtr(mainSp + 24)).toBe(obj);
    expect(m.loadPtr(mainSp + 32)).toBe(mainSp + 24);
    let at = sp;
    for (let i = 0; i < 5; i++) {
      expect(m.u32[at >>> 2]).toBe(1);
      expect(m.loadPtr(at + 256 + 8)).toBe(at + 256 + 24); // argument → caller's local
      at += 256;
    }
    expect(at).toBe(mainSp);
    // Pop to main: 32 bytes used of 4 KB, shrinks to 2 KB and no further.
    sp = shrinkStack(env, stk, mainSp);
    expect(stk.hi - stk.lo).toBe(2048);
    sp = shrinkStack(env, stk, sp);
    expect(stk.hi - stk.lo).toBe(2048);
    expect(heap.mem.loadPtr(sp + 32)).toBe(sp + 24);
  });

  it("adjusts the arguments of a pending callee when given one", () => {
    const heap = smallHeap();
    const env = makeEnv(heap, funcs);
    const stk = newStack(heap, 8192);
    const sp = call(env, stk, stk.base, 0);
    heap.mem.storePtr(sp + 8, sp + 24); // r's argument, r not yet entered
    const sp2 = shrinkStack(env, stk, sp, 1);
    expect(stk.hi - stk.lo).toBe(4096);
    expect(heap.mem.loadPtr(sp2 + 8)).toBe(sp2 + 24);
    const sp3 = shrinkStack(env, stk, sp2); // no pending callee: word left alone
    expect(stk.hi - stk.lo).toBe(2048);
    expect(heap.mem.loadPtr(sp3 + 8)).toBe(sp2 + 24);
  });
});

describe("GODEBUG=stackmove=1", () => {
  it("moves the stack at every call, same size unless the frame needs more", () => {
    const funcs = [fn("main.main", 128, 0, [], [16]), fn("main.g", 128, 8, [0], [16, 24])];
    const heap = smallHeap();
    const env = makeEnv(heap, funcs);
    const stk = newStack(heap);
    stressGuard(stk);
    expect(isStressed(stk)).toBe(true);
    let sp = call(env, stk, stk.base, 0);
    heap.mem.storePtr(sp + 16, sp + 24);
    const los = new Set<number>([stk.lo]);
    const sizes: number[] = [];
    for (let i = 0; i < 40; i++) {
      const oldLo = stk.lo;
      const oldHi = stk.hi;
      const oldSp = sp;
      heap.mem.storePtr(sp + 8, sp + 16);
      sp = call(env, stk, sp, 1);
      expect(stk.lo).not.toBe(oldLo);
      los.add(stk.lo);
      sizes.push(stk.hi - stk.lo);
      expect(isStressed(stk)).toBe(true);
      // The old block was poisoned: anything left pointing there reads garbage.
      expect(heap.mem.u8[oldSp]).toBe(STACK_POISON_BYTE);
      expect(heap.mem.u8[oldHi - 1]).toBe(STACK_POISON_BYTE);
      heap.mem.storePtr(sp + 16, sp + 128 + 16); // g's local → caller's local
      heap.mem.storePtr(sp + 24, sp + 128 + 8); // g's local → own argument
    }
    // The freed block is reused by the next move: the stack alternates between two.
    expect(los.size).toBeGreaterThanOrEqual(2);
    expect(sizes[0]).toBe(2048);
    expect(sizes.at(-1)).toBe(8192); // 40 * 128 + 32 bytes
    let at = sp;
    walkFrames(env, stk, sp, (id, fsp) => {
      expect(fsp).toBe(at);
      at += funcs[id].frameSize;
      if (id === 1) {
        expect(heap.mem.loadPtr(fsp + 16)).toBe(fsp + 128 + 16);
        expect(heap.mem.loadPtr(fsp + 24)).toBe(fsp + 128 + 8);
        expect(heap.mem.loadPtr(fsp + 128 + 8)).toBe(fsp + 128 + 16);
      } else expect(heap.mem.loadPtr(fsp + 16)).toBe(fsp + 24);
    });
    unstressGuard(stk);
    const lo = stk.lo;
    sp = call(env, stk, sp, 1);
    expect(stk.lo).toBe(lo);
    // Shrinking keeps the stress guard.
    stressGuard(stk);
    walkFrames(env, stk, stk.base - 128, (id) => expect(id).toBe(0));
    shrinkStack(env, stk, stk.base - 128);
    expect(isStressed(stk)).toBe(true);
    expect(stk.hi - stk.lo).toBe(4096);
  });
});

describe("GODEBUG=stackmove=1 on a deep recursion", () => {
  it("moves at every call up to 64 KB, then paced so 100,000 frames stay linear", () => {
    const rec = fn("main.rec", 64, 16, [0, 8], [32, 40]);
    const heap = smallHeap();
    const env = makeEnv(heap, [fn("main.main", 64, 0, [], [32]), rec]);
    const stk = newStack(heap);
    stressGuard(stk);
    let sp = call(env, stk, stk.base, 0);
    heap.mem.storePtr(sp + 32, sp + 24);
    let moves = 0;
    let movesWithin64K = 0;
    const t0 = performance.now();
    for (let i = 0; i < 100_000; i++) {
      heap.mem.storePtr(sp + 8, sp + 24);
      const lo = stk.lo;
      const used = stk.hi - sp;
      sp = call(env, stk, sp, 1);
      if (stk.lo !== lo) {
        moves++;
        if (used <= 64 << 10) movesWithin64K++;
      }
      heap.mem.storePtr(sp + 32, sp + 24);
      heap.mem.storePtr(sp + 40, heap.mem.loadPtr(sp + 64 + 8));
    }
    const ms = performance.now() - t0;
    // Every call moved while at most 64 KB were in use (~1,020 frames of 64 bytes).
    expect(movesWithin64K).toBe(Math.floor((64 << 10) / 64) - 1);
    expect(moves - movesWithin64K).toBeGreaterThan(15);
    expect(moves - movesWithin64K).toBeLessThan(60);
    const m = heap.mem;
    let at = sp;
    let wrong = 0;
    for (let i = 0; i < 100_000; i++, at += 64) {
      if (m.loadPtr(at + 32) !== at + 24) wrong++;
      if (m.loadPtr(at + 40) !== at + 64 + 24) wrong++;
      if (m.loadPtr(at + 64 + 8) !== at + 64 + 24) wrong++;
    }
    expect(wrong).toBe(0);
    expect(at).toBe(stk.base - 64);
    console.log(`stackmove=1, 100,000 frames: ${moves} moves in ${ms.toFixed(1)} ms`);
  });
});

describe("stack scanning", () => {
  const funcs = [
    fn("main.main", 64, 0, [], [40, 48, 56]),
    fn("main.h", 48, 24, [0, 16], [24, 32]),
    fn("main.k", 32, 16, [0, 8], [16]),
  ];

  it("visits exactly the heap pointers of live frames and pending arguments", () => {
    const heap = smallHeap();
    const env = makeEnv(heap, funcs);
    const a = heap.allocBytes(16);
    const b = heap.allocBytes(48);
    const c = heap.allocBytes(1000);
    const d = heap.allocBytes(16);
    const other = newStack(heap); // another goroutine's stack: not a heap object
    const stk = newStack(heap);
    const entryArgs = reserveEntry(stk, 0);
    expect(entryArgs).toBe(stk.base + 8);
    const mem = heap.mem;
    let sp = call(env, stk, stk.base, 0);
    const mainSp = sp;
    mem.storePtr(sp + 40, a);
    mem.storePtr(sp + 48, sp + 56); // stack pointer: not visited
    mem.storePtr(sp + 56, other.lo + 16); // not a heap address: not visited
    mem.storeWord(sp + 16, b); // outgoing non-pointer word of h: not visited
    mem.storePtr(sp + 8, b + 8); // h's arg 0 (interior pointer)
    sp = call(env, stk, sp, 1);
    mem.storePtr(sp + 24, c);
    mem.storePtr(sp + 32, 0);
    mem.storeWord(sp + 40, d); // not in localPtrs: not visited
    // Pending call to k(p, q): arguments written, k not entered.
    mem.storePtr(sp + 8, d);
    mem.storePtr(sp + 16, mainSp + 40);
    // A returned frame below sp with a heap pointer: never scanned.
    mem.storePtr(sp - 32 + 16, a + 4);
    const visited: number[] = [];
    const job = stackRootJob(
      env,
      3,
      stk,
      () => sp,
      () => 2,
    );
    expect(job.kind).toBe("stack");
    expect(job.gid).toBe(3);
    expect(job.scanBytes).toBe(stk.hi - sp);
    job.scan((p) => visited.push(p));
    expect(visited.sort((x, y) => x - y)).toEqual([a, b + 8, c, d].sort((x, y) => x - y));
    // Without the pending callee its arguments are not scanned.
    const v2: number[] = [];
    scanStack(env, stk, sp, NO_CALLEE, (p) => v2.push(p));
    expect(v2.sort((x, y) => x - y)).toEqual([a, b + 8, c].sort((x, y) => x - y));
  });

  it("scans a goroutine that has not run yet through its entry arguments", () => {
    const heap = smallHeap();
    const env = makeEnv(heap, funcs);
    const a = heap.allocBytes(16);
    const stk = newStack(heap);
    const args = reserveEntry(stk, 24);
    heap.mem.storePtr(args, a);
    heap.mem.storeWord(args + 8, a);
    heap.mem.storePtr(args + 16, 0);
    const v: number[] = [];
    stackRootJob(
      env,
      1,
      stk,
      () => stk.base,
      () => 1,
    ).scan((p) => v.push(p));
    expect(v).toEqual([a]);
    // Entering h (the entry function) moves nothing but keeps the argument.
    stressGuard(stk);
    const sp = call(env, stk, stk.base, 1);
    expect(heap.mem.loadPtr(stk.base + 8)).toBe(a);
    const v2: number[] = [];
    scanStack(env, stk, sp, NO_CALLEE, (p) => v2.push(p));
    expect(v2).toEqual([a]);
  });

  it("keeps alive exactly what the frames hold through a real collection", () => {
    const gc = new Collector({ arenaBytes: MB, godebug: "gccheckmark=1", warmUp: false });
    const heap = gc.heap;
    const env = makeEnv(heap, funcs);
    const T = heap.types.register("T", 16, [0]);
    const stk = newStack(heap);
    let sp = stk.base;
    gc.roots = { rootJobs: () => [stackRootJob(env, 1, stk, () => sp)] };
    sp = call(env, stk, sp, 0);
    const kept = heap.alloc(T);
    const child = heap.alloc(T);
    gc.writePointer(kept, child);
    const dropped = heap.alloc(T);
    heap.mem.storePtr(sp + 40, kept);
    heap.mem.storePtr(sp + 8, dropped); // h's arg
    sp = call(env, stk, sp, 1);
    heap.mem.storePtr(sp + 24, sp + 48 + 40); // → main's local
    sp += 48; // h returned: its argument `dropped` is dead now
    gc.GC();
    expect(heap.isAllocated(kept)).toBe(true);
    expect(heap.isAllocated(child)).toBe(true);
    expect(heap.isAllocated(dropped)).toBe(false);
  });
});

// ---- the property test ----

/** What the model says a word holds. */
type ModelWord =
  | { kind: "stack"; dist: number } // points to hi - dist
  | { kind: "heap"; addr: number }
  | { kind: "raw"; lo: number; hi: number };

interface ModelFrame {
  id: number;
  dist: number; // hi - sp
}

const OUT = 32; // every function's outgoing area: the largest argsSize

function genFuncs(): fc.Arbitrary<FuncInfo[]> {
  const one = fc
    .record({
      localWords: fc.integer({ min: 0, max: 24 }),
      argWords: fc.integer({ min: 0, max: OUT / 8 }),
      seed: fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
      extra: fc.integer({ min: 0, max: 2 }),
    })
    .map(({ localWords, argWords, seed, extra }) => {
      const frameSize = 8 + OUT + localWords * 8 + extra * 512;
      const localPtrs: number[] = [];
      for (let i = 0; i < localWords; i++) if (seed[i]) localPtrs.push(8 + OUT + i * 8);
      const argPtrs: number[] = [];
      for (let i = 0; i < argWords; i++) if (seed[24 + i]) argPtrs.push(i * 8);
      return { frameSize, argsSize: argWords * 8, localPtrs, argPtrs };
    });
  return fc
    .array(one, { minLength: 1, maxLength: 6 })
    .map((fs) =>
      fs.map((f, i) => fn(`main.f${i}`, f.frameSize, f.argsSize, f.argPtrs, f.localPtrs)),
    );
}

type Op =
  | { op: "call"; fid: number; r: number[]; gcBefore: boolean }
  | { op: "ret" }
  | { op: "gc" }
  | { op: "stress"; on: boolean };

const genOp: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      op: fc.constant("call" as const),
      fid: fc.nat(),
      r: fc.array(fc.nat(), { minLength: 64, maxLength: 64 }),
      gcBefore: fc.boolean(),
    }),
  },
  { weight: 3, arbitrary: fc.constant({ op: "ret" as const }) },
  { weight: 1, arbitrary: fc.constant({ op: "gc" as const }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("stress" as const), on: fc.boolean() }) },
);

describe("property: growth, shrinking and scanning agree with a model", () => {
  it("keeps every live pointer word right through random calls, returns, GCs and stress", () => {
    fc.assert(
      fc.property(genFuncs(), fc.array(genOp, { minLength: 1, maxLength: 120 }), (funcs, ops) => {
        const heap = smallHeap();
        const objs = [heap.allocBytes(16), heap.allocBytes(64), heap.allocBytes(3000)];
        const otherStack = newStack(heap);
        // JS-side holders of stack addresses (defer records): adjusted by adjustExtra.
        const extra: number[] = [];
        const extraDist: number[] = [];
        const extraFrame: number[] = [];
        const env = makeEnv(heap, funcs, {
          adjustExtra: (d, lo, hi) => {
            for (let i = 0; i < extra.length; i++)
              if (extra[i] >= lo && extra[i] < hi) extra[i] += d;
          },
        });
        const stk = newStack(heap);
        reserveEntry(stk, OUT);
        const frames: ModelFrame[] = [];
        // Word address as distance from hi → model value.
        const words = new Map<number, ModelWord>();
        let sp = stk.base;

        const pick = (r: number, minDist: number): ModelWord => {
          // A value for a pointer word of a frame at distance minDist (it may point
          // into [hi - minDist, hi)), a heap object, nil, or a non-stack address.
          switch (r % 5) {
            case 0:
              return { kind: "raw", lo: 0, hi: 0 };
            case 1:
              return { kind: "heap", addr: objs[r % 3] + ((r >>> 3) % 16) };
            case 2:
              return { kind: "raw", lo: otherStack.lo + 8, hi: 0 };
            default:
              return { kind: "stack", dist: 1 + ((r >>> 3) % minDist) };
          }
        };
        const writeWord = (dist: number, w: ModelWord): void => {
          const at = stk.hi - dist;
          const m = heap.mem;
          if (w.kind === "stack") m.storePtr(at, stk.hi - w.dist);
          else if (w.kind === "heap") m.storePtr(at, w.addr);
          else {
            m.u32[at >>> 2] = w.lo;
            m.u32[(at >>> 2) + 1] = w.hi;
          }
          words.set(dist, w);
        };
        const expected = (w: ModelWord): [number, number] =>
          w.kind === "stack"
            ? [stk.hi - w.dist, 0]
            : w.kind === "heap"
              ? [w.addr, 0]
              : [w.lo, w.hi];
        const check = (): void => {
          const m = heap.mem;
          for (const [dist, w] of words) {
            const at = stk.hi - dist;
            expect([m.u32[at >>> 2], m.u32[(at >>> 2) + 1]]).toEqual(expected(w));
          }
          const got: number[] = [];
          walkFrames(env, stk, sp, (id, fsp) => got.push(id, stk.hi - fsp));
          const want: number[] = [];
          for (let i = frames.length - 1; i >= 0; i--) want.push(frames[i].id, frames[i].dist);
          expect(got).toEqual(want);
          for (let i = 0; i < extra.length; i++) expect(extra[i]).toBe(stk.hi - extraDist[i]);
          expect(stk.base).toBe(stk.hi - 8 - OUT);
          expect(stk.hi - stk.lo).toBeGreaterThanOrEqual(stk.hi - sp);
        };
        const liveHeapPointers = (pending: number): number[] => {
          // Pointer words the scanner must report: locals and args of live frames,
          // and the pending callee's args.
          const out: number[] = [];
          const add = (dist: number): void => {
            const w = words.get(dist);
            if (w !== undefined && w.kind === "heap") out.push(w.addr);
          };
          for (const f of frames) {
            const fi = funcs[f.id];
            for (const o of fi.localPtrs) add(f.dist - o);
            for (const o of fi.argPtrs) add(f.dist - fi.frameSize - 8 - o);
          }
          if (pending !== NO_CALLEE) {
            const top = stk.hi - sp;
            for (const o of funcs[pending].argPtrs) add(top - 8 - o);
          }
          return out.sort((x, y) => x - y);
        };
        const gcAt = (pending: number): void => {
          const got: number[] = [];
          stackRootJob(
            env,
            1,
            stk,
            () => sp,
            () => pending,
          ).scan((p) => got.push(p));
          expect(got.sort((x, y) => x - y)).toEqual(liveHeapPointers(pending));
          sp = shrinkStack(env, stk, sp, pending);
          check();
        };

        for (const o of ops) {
          if (o.op === "call") {
            const fid = o.fid % funcs.length;
            const f = funcs[fid];
            const callerDist = stk.hi - sp;
            if (callerDist + f.frameSize > 4 * MB) continue;
            // The caller writes the arguments into its outgoing area (the entry
            // function's arguments are above base and only point to the heap).
            const argDist = callerDist - 8;
            const ptrArg = new Set(f.argPtrs);
            for (let a = 0; a < f.argsSize; a += 8) {
              const r = o.r[a >>> 3];
              const v = ptrArg.has(a)
                ? frames.length === 0
                  ? { kind: "heap" as const, addr: objs[r % 3] }
                  : pick(r, callerDist)
                : { kind: "raw" as const, lo: (r % 2 === 0 ? stk.lo + 16 : r) >>> 0, hi: r % 7 };
              writeWord(argDist - a, v);
            }
            if (o.gcBefore) gcAt(fid);
            sp = call(env, stk, sp, fid, frames.length);
            const dist = stk.hi - sp;
            frames.push({ id: fid, dist });
            // Locals: pointer words get random targets in [sp, hi); the others
            // random data, often a stack address (which must not be adjusted).
            const ptrLocal = new Set(f.localPtrs);
            for (
              let off = 8 + OUT, k = 8;
              off + 8 <= 8 + OUT + 24 * 8 && off < f.frameSize;
              off += 8, k++
            ) {
              const r = o.r[k];
              if (ptrLocal.has(off)) writeWord(dist - off, pick(r, dist - off));
              else
                writeWord(dist - off, {
                  kind: "raw",
                  lo: (r % 2 === 0 ? sp + off : r) >>> 0,
                  hi: 0,
                });
            }
            if (o.r[40] % 4 === 0) {
              extra.push(sp + 8 + OUT);
              extraDist.push(dist - 8 - OUT);
              extraFrame.push(frames.length);
            }
          } else if (o.op === "ret") {
            const top = frames.pop();
            if (top === undefined) continue;
            const f = funcs[top.id];
            // Its frame and its arguments (the caller's outgoing area) die with it.
            const callerDist = top.dist - f.frameSize;
            for (const d of [...words.keys()]) if (d > callerDist - 8 - OUT) words.delete(d);
            sp += f.frameSize;
            // Records of the returned frame (its defers) are dropped with it.
            while (extraFrame.length > 0 && extraFrame[extraFrame.length - 1] > frames.length) {
              extra.pop();
              extraDist.pop();
              extraFrame.pop();
            }
          } else if (o.op === "gc") {
            gcAt(NO_CALLEE);
          } else {
            if (o.on) stressGuard(stk);
            else unstressGuard(stk);
          }
          check();
        }
        // Words below sp belong to returned frames: none is in the model.
        for (const d of words.keys()) expect(d).toBeLessThanOrEqual(stk.hi - sp);
        expect(heap.stacks.bytesInUse).toBe(stk.hi - stk.lo + 2048);
      }),
      { numRuns: 150 },
    );
  });
});
