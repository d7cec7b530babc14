// Sweeping: the allocBits = gcmarkBits swap, freeing empty spans and dead
// large objects, and lazy sweeping on allocation.
import { describe, expect, it } from "vitest";
import { CLASS_NELEMS } from "../memory/sizeclasses.js";
import { Collector } from "./collector.js";
import { Mutator } from "./mutator.js";

describe("sweeping", () => {
  it("swaps allocBits = gcmarkBits, resets freeindex and counts frees", () => {
    const gc = new Collector({ arenaBytes: 1 << 20, gogc: "off" });
    const m = new Mutator(gc, { stackSlots: 8 });
    const T = gc.heap.types.register("T", 32, [0]);
    const objs: number[] = [];
    for (let i = 0; i < 8; i++) objs.push(gc.heap.alloc(T));
    const s = gc.heap.spanOf(objs[0])!;
    // keep objects 1, 3 and 6
    m.setStack(0, 0, objs[1]);
    m.setStack(0, 1, objs[3]);
    m.setStack(0, 2, objs[6]);
    const oldAlloc = s.allocOff;
    gc.startCycle();
    while (gc.phase === "mark") gc.gcIdleWork(1 << 20);
    // marked, not swept yet: the old state still holds, the span is unswept
    expect(s.markWord(0)).toBe(0b1001010);
    expect(s.sweepgen).toBe(gc.heap.sweepgen - 2);
    expect(gc.heap.isAllocated(objs[0])).toBe(true);
    const markArray = s.markOff;
    expect(gc.sweeper.sweepSpan(s, false)).toBe(false);
    expect(s.allocOff).toBe(markArray); // swapped, not copied
    expect(s.markOff).toBe(oldAlloc); // recycled and cleared
    for (let w = 0; w < s.nwords; w++) expect(s.markWord(w)).toBe(0);
    expect(s.allocWord(0)).toBe(0b1001010);
    expect(s.freeindex).toBe(0);
    expect(s.allocCount).toBe(3);
    expect(s.sweepgen).toBe(gc.heap.sweepgen);
    expect(gc.heap.smallFreeCount[4]).toBe(5);
    expect(gc.heap.isAllocated(objs[0])).toBe(false);
    expect(gc.heap.isAllocated(objs[3])).toBe(true);
    // the freed slots are reused first, in order
    expect(gc.heap.alloc(T)).toBe(objs[0]);
    expect(gc.heap.alloc(T)).toBe(objs[2]);
    expect(gc.sweeper.sweepSpan(s, false)).toBe(false); // already swept: no-op
  });

  it("returns empty spans and dead large objects to the page heap", () => {
    const gc = new Collector({ arenaBytes: 1 << 20, gogc: "off" });
    new Mutator(gc);
    const T = gc.heap.types.register("T", 64, [0]);
    for (let i = 0; i < CLASS_NELEMS[6] * 3; i++) gc.heap.alloc(T);
    gc.heap.allocBytes(100 << 10);
    const inUse = gc.heap.pages.heapPagesInUse;
    expect(inUse).toBe(3 + 13);
    gc.GC();
    expect(gc.heap.pages.heapPagesInUse).toBe(0);
    expect(gc.heap.pages.freeRuns().length).toBe(1);
    const ms = gc.readMemStats();
    expect(ms.HeapObjects).toBe(0);
    expect(ms.Frees).toBe(ms.Mallocs);
  });

  it("sweeps lazily: allocation sweeps the spans it takes, the rest stays unswept", () => {
    const gc = new Collector({ arenaBytes: 1 << 20, gogc: "off" });
    const m = new Mutator(gc, { stackSlots: 40 });
    const T = gc.heap.types.register("T", 64, [0]);
    const perSpan = CLASS_NELEMS[6];
    // 10 spans; keep one object in each, so no span becomes empty
    for (let sp = 0; sp < 10; sp++)
      for (let i = 0; i < perSpan; i++) {
        const p = gc.heap.alloc(T);
        if (i === 0) m.setStack(0, sp, p);
      }
    gc.startCycle();
    while (gc.phase === "mark") gc.gcIdleWork(1 << 20);
    const spans = m.stacks[0].slice(0, 10).map((p) => gc.heap.spanOf(p)!);
    expect(spans.every((s) => s.sweepgen === gc.heap.sweepgen - 2)).toBe(true);
    gc.heap.alloc(T); // takes one span from mcentral and sweeps it
    const swept = spans.filter((s) => s.sweepgen === gc.heap.sweepgen).length;
    expect(swept).toBe(1);
    while (gc.gcIdleWork(8192)); // idle sweeping finishes the rest
    expect(spans.every((s) => s.sweepgen === gc.heap.sweepgen)).toBe(true);
    expect(gc.readMemStats().HeapObjects).toBe(11);
  });
});
