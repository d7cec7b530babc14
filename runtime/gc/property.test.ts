// Property tests: random mutator programs interleaved with GC slices.
//
// A shadow model mirrors every object's pointer fields. At checkpoints and at
// the end we compare the real heap with the model:
//   - nothing reachable from the roots is ever freed (and checkmark +
//     clobberfree are on, so a lost object or a use of freed memory throws);
//   - an address is never handed out again while its old object is reachable;
//   - after a full GC() every unreachable object is freed, and HeapObjects /
//     HeapAlloc equal exactly what is reachable.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TypeDesc } from "../memory/typedesc.js";
import { Collector } from "./collector.js";
import { Mutator } from "./mutator.js";

const G = 3; // goroutines
const SLOTS = 6; // stack slots per goroutine
const GLOBALS = 3;

type Kind = "node2" | "node6" | "bigptr" | "bytes" | "tiny";
const KINDS: Kind[] = ["node2", "node6", "node6", "node2", "bigptr", "bytes", "tiny"];

type Op =
  | { op: "alloc"; g: number; slot: number; kind: number }
  | { op: "copy"; g: number; dst: number; src: number }
  | { op: "load"; g: number; dst: number; src: number; field: number }
  | { op: "store"; g: number; obj: number; field: number; val: number }
  | { op: "clear"; g: number; slot: number }
  | { op: "storeGlobal"; g: number; i: number; slot: number }
  | { op: "loadGlobal"; g: number; slot: number; i: number }
  | { op: "slice"; budget: number }
  | { op: "start" }
  | { op: "garbage"; n: number };

const g = fc.integer({ min: 0, max: G - 1 });
const slot = fc.integer({ min: 0, max: SLOTS - 1 });
const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      op: fc.constant("alloc" as const),
      g,
      slot,
      kind: fc.nat(KINDS.length - 1),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ op: fc.constant("copy" as const), g, dst: slot, src: slot }),
  },
  {
    weight: 5,
    arbitrary: fc.record({
      op: fc.constant("load" as const),
      g,
      dst: slot,
      src: slot,
      field: fc.nat(7),
    }),
  },
  {
    weight: 6,
    arbitrary: fc.record({
      op: fc.constant("store" as const),
      g,
      obj: slot,
      field: fc.nat(7),
      val: fc.integer({ min: -1, max: SLOTS - 1 }),
    }),
  },
  { weight: 2, arbitrary: fc.record({ op: fc.constant("clear" as const), g, slot }) },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant("storeGlobal" as const),
      g,
      i: fc.nat(GLOBALS - 1),
      slot: fc.integer({ min: -1, max: SLOTS - 1 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant("loadGlobal" as const),
      g,
      slot,
      i: fc.nat(GLOBALS - 1),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      op: fc.constant("slice" as const),
      budget: fc.integer({ min: 1, max: 4096 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("start" as const) }) },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant("garbage" as const),
      n: fc.integer({ min: 1, max: 40 }),
    }),
  },
);

interface Shadow {
  addr: number;
  kind: Kind;
  /** pointer word offsets usable as fields */
  fields: number[];
  vals: Map<number, number>;
  size: number;
  /** End of the memory the object occupies (slot or tiny extent). */
  end: number;
}

export function run(barrier: string, gogc: number, ops: Op[]): void {
  // Tiny assists so that marking really interleaves with the program.
  const gc = new Collector({
    godebug: `gcbarrier=${barrier},gccheckmark=1,clobberfree=1`,
    arenaBytes: 1 << 20,
    gogc,
    maxAssistWork: 256,
  });
  const m = new Mutator(gc, { goroutines: G, stackSlots: SLOTS, globalSlots: GLOBALS });
  const types: Record<Kind, TypeDesc | null> = {
    node2: gc.heap.types.register("node2", 16, [0, 1]),
    node6: gc.heap.types.register("node6", 48, [0, 2, 5]),
    bigptr: gc.heap.types.register("ptr", 8, [0]), // [20000]*T: 160 KB, two oblets
    bytes: null,
    tiny: null,
  };
  const fieldsOf: Record<Kind, number[]> = {
    node2: [0, 1],
    node6: [0, 2, 5],
    bigptr: [0, 17000, 19999],
    bytes: [],
    tiny: [],
  };
  const shadow = new Map<number, Shadow>();

  const reachable = (): Set<number> => {
    const seen = new Set<number>();
    const stack: number[] = [];
    const push = (p: number): void => {
      if (p !== 0 && !seen.has(p)) {
        seen.add(p);
        stack.push(p);
      }
    };
    m.stacks.forEach((s) => s.forEach(push));
    m.globals.forEach(push);
    while (stack.length > 0) {
      const o = shadow.get(stack.pop()!)!;
      for (const v of o.vals.values()) push(v);
    }
    return seen;
  };

  /** Shadow addresses by page, to find the old objects a new one overlaps. */
  const byPage = new Map<number, Set<number>>();
  /** Record a new object; `holder` is the stack slot that now holds it, if any. */
  const record = (addr: number, kind: Kind, size: number, holder?: [number, number]): void => {
    const s = gc.heap.spanOf(addr)!;
    // The slot's extent; a tiny object's own extent is within its 16-byte block.
    const start = s.base + s.objIndex(addr) * s.elemsize;
    const slotEnd = start + s.elemsize;
    const end = kind === "tiny" ? addr + size : slotEnd;
    const stale: number[] = [];
    for (let pg = start >>> 13; pg <= (slotEnd - 1) >>> 13; pg++) {
      for (const a of byPage.get(pg) ?? []) {
        const o = shadow.get(a)!;
        // Tiny objects sharing the block only collide if they overlap the new one.
        const [lo, hi] = kind === "tiny" && o.kind === "tiny" ? [addr, end] : [start, slotEnd];
        if (a < hi && o.end > lo && !stale.includes(a)) stale.push(a);
      }
    }
    if (stale.length > 0) {
      // The memory was reused: the old objects must have been unreachable
      // (ignoring the slot that now holds the new object).
      if (holder) m.setStack(holder[0], holder[1], 0);
      const live = reachable();
      for (const a of stale) expect(live.has(a), `address ${a} reused while reachable`).toBe(false);
      if (holder) m.setStack(holder[0], holder[1], addr);
      for (const a of stale) {
        const o = shadow.get(a)!;
        for (let pg = a >>> 13; pg <= (o.end - 1) >>> 13; pg++) byPage.get(pg)!.delete(a);
        shadow.delete(a);
      }
    }
    shadow.set(addr, { addr, kind, fields: fieldsOf[kind], vals: new Map(), size, end });
    for (let pg = addr >>> 13; pg <= (end - 1) >>> 13; pg++) {
      let set = byPage.get(pg);
      if (set === undefined) byPage.set(pg, (set = new Set()));
      set.add(addr);
    }
  };

  const checkReachableAllocated = (): void => {
    for (const p of reachable()) expect(gc.heap.isAllocated(p), `reachable ${p} freed`).toBe(true);
  };

  const alloc = (gi: number, s: number, kind: Kind): void => {
    let addr: number;
    let size: number;
    switch (kind) {
      case "node2":
      case "node6":
        addr = m.alloc(gi, s, types[kind]!);
        size = types[kind]!.size;
        break;
      case "bigptr":
        addr = m.alloc(gi, s, types.bigptr!, 20000);
        size = 160000;
        break;
      case "bytes":
        addr = m.allocBytes(gi, s, 100);
        size = 100;
        break;
      case "tiny":
        addr = m.allocBytes(gi, s, 5);
        size = 5;
        break;
    }
    record(addr, kind, size, [gi, s]);
  };

  ops.forEach((o, step) => {
    switch (o.op) {
      case "alloc":
        alloc(o.g, o.slot, KINDS[o.kind]);
        break;
      case "copy":
        m.copyStack(o.g, o.dst, o.src);
        break;
      case "load": {
        const src = m.getStack(o.g, o.src);
        if (src === 0) break;
        const sh = shadow.get(src)!;
        if (sh.fields.length === 0) break;
        const f = sh.fields[o.field % sh.fields.length];
        const v = m.load(o.g, o.dst, o.src, f);
        expect(v).toBe(sh.vals.get(f) ?? 0);
        break;
      }
      case "store": {
        const obj = m.getStack(o.g, o.obj);
        if (obj === 0) break;
        const sh = shadow.get(obj)!;
        if (sh.fields.length === 0) break;
        const f = sh.fields[o.field % sh.fields.length];
        m.store(o.g, o.obj, f, o.val);
        const v = o.val < 0 ? 0 : m.getStack(o.g, o.val);
        if (v === 0) sh.vals.delete(f);
        else sh.vals.set(f, v);
        break;
      }
      case "clear":
        m.setStack(o.g, o.slot, 0);
        break;
      case "storeGlobal":
        m.storeGlobal(o.g, o.i, o.slot);
        break;
      case "loadGlobal":
        m.loadGlobal(o.g, o.slot, o.i);
        break;
      case "slice":
        gc.gcIdleWork(o.budget);
        break;
      case "start":
        gc.startCycle();
        break;
      case "garbage":
        for (let i = 0; i < o.n; i++) {
          const addr = gc.heap.allocBytes(24 + (i % 5) * 40);
          record(addr, "bytes", 24);
        }
        break;
    }
    if (step % 100 === 99) checkReachableAllocated();
  });
  checkReachableAllocated();
  // The run must have exercised the barrier: pointer writes while marking.
  expect(gc.numGC).toBeGreaterThan(0);
  gc.GC();
  const live = reachable();
  const tinyBlocks = new Set<number>();
  let liveBytes = 0;
  let liveObjects = 0;
  for (const sh of shadow.values()) {
    const isLive = live.has(sh.addr);
    if (sh.kind === "tiny") {
      if (isLive) tinyBlocks.add(sh.addr & ~15);
      continue;
    }
    expect(gc.heap.isAllocated(sh.addr), `object ${sh.addr} (${sh.kind}) live=${isLive}`).toBe(
      isLive,
    );
    if (isLive) {
      liveObjects++;
      liveBytes += gc.heap.spanOf(sh.addr)!.elemsize;
      // contents intact
      for (const f of sh.fields)
        expect(gc.heap.mem.loadPtr(sh.addr + f * 8)).toBe(sh.vals.get(f) ?? 0);
    }
  }
  for (const b of tinyBlocks) expect(gc.heap.isAllocated(b)).toBe(true);
  const ms = gc.readMemStats();
  expect(ms.HeapObjects).toBe(liveObjects + tinyBlocks.size);
  expect(ms.HeapAlloc).toBe(liveBytes + 16 * tinyBlocks.size);
}

describe("random mutator programs under incremental GC", () => {
  for (const barrier of ["hybrid", "dijkstra", "yuasa"]) {
    it(`${barrier}: never frees a reachable object, frees all garbage by the next full cycle`, () => {
      fc.assert(
        fc.property(
          fc.constantFrom(1, 5, 25),
          fc.array(opArb, { minLength: 1500, maxLength: 2000 }),
          (gogc, ops) => run(barrier, gogc, ops),
        ),
        { numRuns: 30 },
      );
    });
  }
});
