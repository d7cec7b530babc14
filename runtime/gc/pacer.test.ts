// Pacer: heap goal, trigger bounds, runway and assist ratio against Go 1.19's
// formulas (mgcpacer.go), GOGC=off and SetGCPercent.
import { describe, expect, it } from "vitest";
import { Collector } from "./collector.js";
import { DEFAULT_HEAP_MINIMUM, Pacer } from "./pacer.js";

const MB = 1 << 20;

function pacerWith(gogc: number, marked: number, stack = 0, globals = 0): Pacer {
  const p = new Pacer(gogc);
  p.heapMarked = marked;
  p.lastStackScan = stack;
  p.globalsScan = globals;
  p.commit(true, marked);
  return p;
}

describe("pacer (Go 1.19 formulas)", () => {
  it("starts with the 4 MB minimum goal and triggers at 61/64 of it", () => {
    const p = new Pacer(100);
    expect(p.heapGoal()).toBe(DEFAULT_HEAP_MINIMUM);
    expect(p.trigger()).toBe((DEFAULT_HEAP_MINIMUM / 64) * 61);
  });

  it("goal = marked + (marked + stacks + globals) * GOGC/100", () => {
    expect(pacerWith(100, 10 * MB).heapGoal()).toBe(20 * MB);
    expect(pacerWith(50, 10 * MB, MB, MB).heapGoal()).toBe(16 * MB);
    expect(pacerWith(100, 10 * MB, 2 * MB, 0).heapGoal()).toBe(22 * MB);
  });

  it("scales the minimum heap with GOGC", () => {
    expect(pacerWith(200, MB).heapGoal()).toBe(8 * MB);
    expect(pacerWith(50, MB).heapGoal()).toBe(2 * MB);
    expect(pacerWith(-1, 10 * MB).heapGoal()).toBe(Number.POSITIVE_INFINITY);
  });

  it("clamps the trigger between 45/64 and 61/64 of the runway, or goal-4MB for big heaps", () => {
    const small = pacerWith(100, 10 * MB);
    expect(small.trigger()).toBe(10 * MB + Math.floor((10 * MB) / 64) * 61);
    const big = pacerWith(100, 100 * MB);
    expect(big.trigger()).toBe(200 * MB - 4 * MB);
    // with a cons/mark estimate the runway moves the trigger down, but not below 45/64
    const p = pacerWith(100, 100 * MB);
    p.consMark = 1;
    p.lastHeapScan = 8 * MB;
    p.commit(true, 100 * MB);
    expect(p.runway).toBe(24 * MB); // consMark * (1-0.25)/0.25 * scan work
    expect(p.trigger()).toBe(200 * MB - 24 * MB);
    p.consMark = 2; // runway 48 MB would start below 45/64
    p.commit(true, 100 * MB);
    expect(p.trigger()).toBe(100 * MB + Math.floor((100 * MB) / 64) * 45);
    p.consMark = 0.1; // runway 2.4 MB would start above goal - 4 MB
    p.commit(true, 100 * MB);
    expect(p.trigger()).toBe(200 * MB - 4 * MB);
  });

  it("keeps a minimum sweep distance while sweeping is unfinished", () => {
    const p = new Pacer(100);
    p.commit(false, 5 * MB);
    expect(p.heapGoal()).toBe(6 * MB);
  });

  it("sets the assist ratio to finish the expected scan work by the goal", () => {
    const p = pacerWith(100, 10 * MB);
    p.lastHeapScan = 10 * MB;
    p.startCycle(0);
    p.heapScanWork = 2 * MB;
    p.revise(15 * MB, 15 * MB);
    expect(p.assistWorkPerByte).toBeCloseTo((8 * MB) / (5 * MB), 10);
    expect(p.assistBytesPerWork).toBeCloseTo((5 * MB) / (8 * MB), 10);
    // more work than expected: the goal is extended towards the worst case
    p.heapScanWork = 12 * MB;
    p.revise(15 * MB, 30 * MB);
    const ext = Math.floor(((20 * MB - p.triggered) / (10 * MB)) * 30 * MB) + p.triggered;
    const hard = 2 * 20 * MB;
    expect(p.assistWorkPerByte).toBeCloseTo(
      (30 * MB - 12 * MB) / (Math.min(ext, hard) - 15 * MB),
      10,
    );
  });

  it("SetGCPercent returns the old value and moves the goal", () => {
    const gc = new Collector({ arenaBytes: 1 << 20 });
    expect(gc.setGCPercent(50)).toBe(100);
    expect(gc.nextGC).toBe(2 * MB);
    expect(gc.setGCPercent(-1)).toBe(50);
    expect(gc.setGCPercent(100)).toBe(-1);
    expect(gc.nextGC).toBe(4 * MB);
  });

  it("runs no cycle with GOGC=off, and one per ~4 MB at first with GOGC=100", () => {
    const off = new Collector({ arenaBytes: 1 << 20, gogc: "off" });
    for (let i = 0; i < 20000; i++) off.heap.allocBytes(1024);
    expect(off.numGC).toBe(0);
    const on = new Collector({ arenaBytes: 1 << 20 });
    for (let i = 0; i < 3800; i++) on.heap.allocBytes(1024);
    expect(on.numGC).toBe(0);
    for (let i = 0; i < 400; i++) on.heap.allocBytes(1024);
    expect(on.phase === "mark" || on.numGC === 1).toBe(true);
  });
});
