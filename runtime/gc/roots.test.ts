// Root jobs: a big globals root is split into blocks that marking scans one
// step at a time, and everything it holds still survives the cycle.
import { describe, expect, it } from "vitest";
import { Collector } from "./collector.js";
import { Mutator } from "./mutator.js";
import { ROOT_BLOCK_BYTES } from "./roots.js";

describe("root jobs", () => {
  it("scans a big globals root one block per marking step", () => {
    const gc = new Collector({ godebug: "gccheckmark=1", arenaBytes: 1 << 20, gogc: "off" });
    const nglobals = 10_000; // 80 000 bytes: blocks of 4096, 4096 and 1808 slots
    const m = new Mutator(gc, { goroutines: 1, stackSlots: 1, globalSlots: nglobals });
    const T = gc.heap.types.register("T", 16, [0]);
    for (let i = 0; i < nglobals; i++) {
      m.alloc(0, 0, T);
      m.storeGlobal(0, i, 0);
    }
    m.setStack(0, 0, 0);
    const marked = (i: number): boolean => {
      const p = m.globals[i];
      const s = gc.heap.spanOf(p)!;
      return s.isMarked(s.objIndex(p));
    };
    const perBlock = ROOT_BLOCK_BYTES / 8;
    gc.startCycle();
    // Scan work is charged per block as an even share of the job's scanBytes.
    const share = Math.floor((nglobals * 8) / 3);
    gc.gcIdleWork(1); // the smallest step: one unit of root work
    expect(gc.marker.globalsScanWork).toBe(share);
    expect(marked(0)).toBe(true);
    expect(marked(perBlock - 1)).toBe(true);
    expect(marked(perBlock)).toBe(false);
    expect(marked(nglobals - 1)).toBe(false);
    gc.gcIdleWork(1);
    expect(gc.marker.globalsScanWork).toBe(2 * share);
    expect(marked(2 * perBlock - 1)).toBe(true);
    expect(marked(2 * perBlock)).toBe(false);
    while (gc.phase === "mark") gc.gcIdleWork(1 << 20); // checkmark verifies at the end
    expect(gc.marker.globalsScanWork).toBe(nglobals * 8);
    gc.GC();
    for (let i = 0; i < nglobals; i++) expect(gc.heap.isAllocated(m.globals[i])).toBe(true);
  });
});
