// Collector: use-after-free and write-after-free detection, out of memory,
// bounded incremental slices, assists, MemStats and runtime.GC semantics.
import { describe, expect, it } from "vitest";
import { FatalError } from "../memory/fatal.js";
import { Collector } from "./collector.js";
import { Mutator } from "./mutator.js";

const MB = 1 << 20;

describe("collector", () => {
  it("detects a mutator read of a freed object (clobberfree)", () => {
    const gc = new Collector({ godebug: "clobberfree=1", arenaBytes: MB });
    const m = new Mutator(gc, { stackSlots: 2 });
    const T = gc.heap.types.register("T", 16, [0, 1]);
    const p = m.alloc(0, 0, T);
    m.setStack(0, 1, p); // a stale copy the collector cannot see... simulate by dropping the root
    m.setStack(0, 0, 0);
    m.setStack(0, 1, 0);
    gc.GC();
    expect(gc.heap.isAllocated(p)).toBe(false);
    expect(gc.heap.mem.u32[p >>> 2]).toBe(0xdeadbeef); // poisoned
    m.setStack(0, 0, p); // the program kept a dangling pointer
    expect(() => m.load(0, 1, 0, 0)).toThrow(FatalError);
    expect(() => m.load(0, 1, 0, 0)).toThrow("use of freed object");
  });

  it("detects a write to a freed object when the slot is reused", () => {
    const gc = new Collector({ godebug: "clobberfree=1", arenaBytes: MB });
    new Mutator(gc);
    const T = gc.heap.types.register("T", 32, [0]);
    const p = gc.heap.alloc(T);
    gc.heap.alloc(T); // keep the span non-empty? no roots: both die
    gc.GC();
    // the span was freed to the page heap and poisoned; scribble into it
    gc.heap.mem.u32[(p + 8) >>> 2] = 42;
    expect(() => {
      for (let i = 0; i < 10; i++) gc.heap.alloc(T);
    }).toThrow("found write to freed object");
  });

  it("reports out of memory as Go's fatal error", () => {
    const gc = new Collector({ arenaBytes: MB, limitBytes: 16 * MB });
    const m = new Mutator(gc, { stackSlots: 64 });
    let err: unknown;
    try {
      for (let i = 0; i < 64; i++) m.allocBytes(0, i, MB); // all live
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(FatalError);
    expect((err as FatalError).goText()).toBe("fatal error: runtime: out of memory\n");
  });

  it("marks incrementally: no single slice or assist grows with the heap", () => {
    for (const nodes of [20_000, 200_000]) {
      const gc = new Collector({ arenaBytes: 4 * MB, gogc: "off" });
      const m = new Mutator(gc, { stackSlots: 2 });
      const T = gc.heap.types.register("node", 32, [0]);
      // a long linked list, all live
      m.alloc(0, 0, T);
      for (let i = 0; i < nodes; i++) {
        m.alloc(0, 1, T);
        m.store(0, 1, 0, 0);
        m.copyStack(0, 0, 1);
      }
      gc.startCycle();
      let slices = 0;
      while (gc.phase === "mark") {
        const before = gc.marker.heapScanWork;
        gc.gcIdleWork(16 << 10);
        expect(gc.marker.heapScanWork - before).toBeLessThanOrEqual((16 << 10) + 32);
        slices++;
      }
      expect(slices).toBeGreaterThan((nodes * 32) / (16 << 10) - 1);
      // all survived
      gc.GC();
      expect(gc.readMemStats().HeapObjects).toBe(nodes + 1);
    }
  });

  it("allocation assists finish a cycle without idle time, and allocate black", () => {
    const gc = new Collector({ arenaBytes: MB, gogc: 10 });
    const m = new Mutator(gc, { stackSlots: 2 });
    const T = gc.heap.types.register("node", 64, [0]);
    m.alloc(0, 0, T);
    for (let i = 0; i < 5000; i++) {
      m.alloc(0, 1, T);
      m.store(0, 1, 0, 0);
      m.copyStack(0, 0, 1);
    }
    const n0 = gc.numGC;
    gc.startCycle();
    const fresh = gc.heap.alloc(T);
    const s = gc.heap.spanOf(fresh)!;
    expect(s.isMarked(s.objIndex(fresh))).toBe(true); // black
    for (let i = 0; i < 200_000 && gc.numGC === n0; i++) gc.heap.allocBytes(64);
    expect(gc.numGC).toBe(n0 + 1);
    expect(gc.pacer.assistTime).toBeGreaterThan(0);
  });

  it("accounts MemStats like Go", () => {
    const gc = new Collector({ arenaBytes: MB, gogc: "off" });
    const m = new Mutator(gc, { stackSlots: 4 });
    const T = gc.heap.types.register("T", 24, [0]);
    for (let i = 0; i < 1000; i++) gc.heap.alloc(T);
    m.alloc(0, 0, T);
    m.allocBytes(0, 1, 40000);
    for (let i = 0; i < 10; i++) gc.heap.allocBytes(3); // tiny
    const sp = gc.heap.allocStack(8192);
    let ms = gc.readMemStats();
    expect(ms.Mallocs).toBe(1000 + 1 + 1 + 10);
    expect(ms.TotalAlloc).toBe(1001 * 24 + 40960 + 2 * 16); // 3-byte tiny objects: 5 per 16-byte block
    expect(ms.HeapAlloc).toBe(ms.TotalAlloc);
    expect(ms.HeapInuse + ms.HeapIdle).toBe(ms.HeapSys);
    expect(ms.StackInuse).toBe(32 * 1024);
    expect(ms.Sys).toBeGreaterThanOrEqual(ms.HeapSys + ms.StackSys);
    expect(ms.BySize[3]).toEqual({ Size: 24, Mallocs: 1001, Frees: 0 });
    expect(ms.BySize.length).toBe(61);
    gc.GC();
    ms = gc.readMemStats();
    expect(ms.HeapObjects).toBe(2);
    expect(ms.HeapAlloc).toBe(24 + 40960);
    expect(ms.Frees).toBe(1000 + 8 + 2); // tiny allocs are counted in Mallocs and Frees, plus the 2 blocks
    expect(ms.NumGC).toBe(1);
    expect(ms.NumForcedGC).toBe(1);
    expect(ms.LastGC).toBeGreaterThan(0);
    expect(ms.NextGC).toBe(Number.POSITIVE_INFINITY); // GOGC=off
    gc.heap.freeStack(sp, 8192);
  });

  it("GC() finishes a cycle in progress and runs a full one", () => {
    const gc = new Collector({ arenaBytes: MB });
    new Mutator(gc);
    gc.startCycle();
    expect(gc.phase).toBe("mark");
    gc.GC();
    expect(gc.phase).toBe("off");
    expect(gc.numGC).toBe(2);
    expect(gc.numForcedGC).toBe(1);
    expect(gc.sweeper.isDone()).toBe(true);
  });
});
