// Write barriers: the classic lost object is caught by checkmark with the
// barrier off and survives under hybrid, Dijkstra and Yuasa.
import { describe, expect, it } from "vitest";
import { FatalError } from "../memory/fatal.js";
import { BarrierKind } from "./godebug.js";
import { Collector } from "./collector.js";
import { Mutator } from "./mutator.js";

/**
 * The classic lost object: black A gains a pointer to white W while the only
 * other path to W (from grey C) is cut before marking reaches C.
 *
 *	stack: [C, A, tmp]     C.f = W       (W reachable only through C)
 *	slice: scan the stack and A          (A black, C grey, W white)
 *	tmp = C.f; A.f = tmp; C.f = nil; tmp = nil    (W now reachable only from black A)
 */
function lostObject(barrier: BarrierKind): { gc: Collector; m: Mutator; W: number; err: unknown } {
  const gc = new Collector({
    godebug: `gcbarrier=${barrier},gccheckmark=1`,
    arenaBytes: 1 << 20,
    gogc: "off",
  });
  const m = new Mutator(gc, { goroutines: 1, stackSlots: 3, globalSlots: 0 });
  const T = gc.heap.types.register("T", 16, [0]);
  m.alloc(0, 0, T); // C
  m.alloc(0, 1, T); // A
  const W = m.alloc(0, 2, T);
  m.store(0, 0, 0, 2); // C.f = W
  m.setStack(0, 2, 0);
  gc.startCycle();
  // Roots first: globals (0 bytes) then the stack (24 bytes); then the grey
  // stack pops A (pushed last) and scans its 16 bytes: stop there.
  gc.gcIdleWork(24 + 1);
  const A = m.getStack(0, 1);
  const C = m.getStack(0, 0);
  const sA = gc.heap.spanOf(A)!;
  expect(sA.isMarked(sA.objIndex(A))).toBe(true);
  m.load(0, 2, 0, 0); // tmp = C.f (stack write, no barrier)
  m.store(0, 1, 0, 2); // A.f = tmp
  m.store(0, 0, 0, -1); // C.f = nil
  m.setStack(0, 2, 0);
  expect(gc.heap.isAllocated(C)).toBe(true);
  let err: unknown = null;
  try {
    while (gc.phase === "mark") gc.gcIdleWork(1 << 20);
  } catch (e) {
    err = e;
  }
  return { gc, m, W, err };
}

describe("write barriers", () => {
  it("off: checkmark catches the lost object", () => {
    const { err, W } = lostObject("off");
    expect(err).toBeInstanceOf(FatalError);
    expect((err as FatalError).message).toBe("checkmark found unmarked object");
    expect((err as FatalError).goText()).toContain(`obj=0x${W.toString(16)}`);
  });

  for (const b of ["hybrid", "dijkstra", "yuasa"] as const) {
    it(`${b}: the object survives and stays reachable`, () => {
      const { gc, m, W, err } = lostObject(b);
      expect(err).toBeNull();
      gc.GC();
      expect(gc.heap.isAllocated(W)).toBe(true);
      expect(m.load(0, 2, 1, 0)).toBe(W);
    });
  }

  it("hybrid: shades the new pointer only while the writer's stack is unscanned", () => {
    const gc = new Collector({ godebug: "gcbarrier=hybrid", arenaBytes: 1 << 20, gogc: "off" });
    const m = new Mutator(gc, { goroutines: 2, stackSlots: 2, globalSlots: 0 });
    const T = gc.heap.types.register("T", 16, [0]);
    m.alloc(0, 0, T);
    const x = m.alloc(0, 1, T);
    m.alloc(1, 0, T);
    const y = m.alloc(1, 1, T);
    gc.startCycle(); // nothing scanned yet: both stacks grey
    expect(gc.currentStackGrey()).toBe(true);
    m.store(0, 0, 0, 1); // g0 stack grey: new value x is shaded
    const sx = gc.heap.spanOf(x)!;
    expect(sx.isMarked(sx.objIndex(x))).toBe(true);
    gc.gcIdleWork(16); // the (empty) globals job and g0's 16-byte stack job only
    gc.currentG = 1;
    expect(gc.currentStackGrey()).toBe(true);
    gc.currentG = 0;
    expect(gc.currentStackGrey()).toBe(false);
    const sy = gc.heap.spanOf(y)!;
    expect(sy.isMarked(sy.objIndex(y))).toBe(false);
  });
});
