import { describe, expect, it } from "vitest";
import { Collector } from "./collector.js";
import { collectorWarmedUp, exerciseCollector } from "./warmup.js";

describe("JIT warm-up", () => {
  it("runs once, at the first collector, and leaves the program's collector untouched", () => {
    expect(collectorWarmedUp()).toBe(false);
    let stops = 0;
    const gc = new Collector({ recordStops: true, onStop: () => stops++ });
    expect(collectorWarmedUp()).toBe(true);
    // Nothing of the private heap shows in the program's collector.
    expect(gc.numGC).toBe(0);
    expect(gc.stops).toEqual([]);
    expect(stops).toBe(0);
    expect(gc.heap.heapLive).toBe(0);
    expect(gc.heap.mem.size).toBe(0);
    const ms = gc.readMemStats();
    expect(ms.NumGC).toBe(0);
    expect(ms.HeapAlloc).toBe(0);
    expect(ms.Mallocs).toBe(0);
    // And it still works as usual.
    const T = gc.heap.types.register("T", 16, [0]);
    const p = gc.heap.alloc(T);
    expect(gc.heap.isAllocated(p)).toBe(true);
    gc.GC();
    expect(gc.numGC).toBe(1);
    expect(gc.heap.isAllocated(p)).toBe(false); // no root held it
  });

  it.each(["hybrid", "dijkstra", "yuasa"])(
    "its program keeps the barrier rules (%s barrier, checkmark and clobberfree on)",
    (barrier) => {
      const gc = new Collector({
        godebug: `gcbarrier=${barrier},gccheckmark=1,clobberfree=1`,
        arenaBytes: 1 << 20,
        gogc: 25,
      });
      // A lost object would be a FatalError from checkmark; a use of freed
      // memory would be one from clobberfree's poison check.
      expect(() => exerciseCollector(gc)).not.toThrow();
      expect(gc.numGC).toBeGreaterThan(5);
      expect(gc.sweeper.spansFreed).toBeGreaterThan(0);
    },
  );
});
