// malloc: free-slot search in spans, size classes, the tiny allocator, large
// objects, zeroing, heapLive accounting, stack spans and out of memory.
import { describe, expect, it } from "vitest";
import { FatalError } from "./fatal.js";
import { Heap, ZERO_BASE } from "./malloc.js";
import { CLASS_NELEMS, CLASS_TO_SIZE, PAGE_SIZE, sizeToClass } from "./sizeclasses.js";
import { SpanState, SpanTable } from "./span.js";

const small = (): Heap => new Heap({ arenaBytes: 1 << 20, limitBytes: 256 << 20 });

describe("span free-slot search", () => {
  it("hands out slots in order, skipping allocBits, across 32-bit words", () => {
    const table = new SpanTable();
    const s = table.span(table.create(1, 1, (2 << 1) | 1, 16, 512, false, true));
    s.setAllocWord(0, 0b1011); // slots 0,1,3 live
    s.setAllocWord(1, 0xffffffff); // slots 32..63 live
    s.refillAllocCache(0);
    const got: number[] = [];
    for (let i = 0; i < 29; i++) got.push(s.nextFreeIndex());
    expect(got.slice(0, 3)).toEqual([2, 4, 5]);
    expect(got[28]).toBe(31);
    expect(s.nextFreeIndex()).toBe(64); // word 1 is full
    expect(s.isFree(2)).toBe(false);
    expect(s.isFree(65)).toBe(true);
    expect(s.isFree(33)).toBe(false);
  });
});

describe("malloc", () => {
  it("uses Go's size class for each request and packs objects of a class into a span", () => {
    const h = small();
    const T = h.types.register("T", 24, [0]);
    const a = h.alloc(T);
    const b = h.alloc(T);
    expect(b - a).toBe(24);
    const s = h.spanOf(a)!;
    expect(s.sizeclass).toBe(sizeToClass(24));
    expect(s.noscan).toBe(false);
    expect(s.typeIdAt(s.objIndex(a))).toBe(T.id);
    const bytes = h.allocBytes(100); // noscan class 112
    expect(h.spanOf(bytes)!.elemsize).toBe(112);
    expect(h.spanOf(bytes)!.noscan).toBe(true);
    expect(h.spanOf(bytes)).not.toBe(s);
    // fill the 24-byte span: the next allocation comes from a new span
    for (let i = 2; i < CLASS_NELEMS[3]; i++) h.alloc(T);
    const next = h.alloc(T);
    expect(h.spanOf(next)).not.toBe(s);
    expect(s.allocCount).toBe(CLASS_NELEMS[3]);
  });

  it("packs tiny pointer-free objects into 16-byte blocks with natural alignment", () => {
    const h = small();
    const a = h.allocBytes(1);
    const b = h.allocBytes(2); // 2-aligned
    const c = h.allocBytes(4); // 4-aligned
    const d = h.allocBytes(8); // 8-aligned, does not fit after c (offset 8+8=16 fits)
    expect(a % 16).toBe(0);
    expect(b).toBe(a + 2);
    expect(c).toBe(a + 4);
    expect(d).toBe(a + 8);
    const e = h.allocBytes(1); // block full: new block
    expect(e).toBe(a + 16);
    expect(h.mcache.tinyAllocs).toBe(3);
    // a pointerful small object never goes to the tiny allocator
    const P = h.types.register("P", 8, [0]);
    expect(h.spanOf(h.alloc(P))!.sizeclass).toBe(1);
    // 16 bytes is not tiny: a slot of its own in the same 16-byte noscan class
    const f = h.allocBytes(16);
    expect(f).toBe(a + 32);
    expect(h.mcache.tiny).toBe(e);
    expect(h.mcache.tinyAllocs).toBe(3);
  });

  it("gives large objects their own span of whole pages", () => {
    const h = small();
    const T = h.types.register("T", 8, [0]);
    const p = h.alloc(T, 5000); // 40000 bytes > 32 KB
    const s = h.spanOf(p)!;
    expect(s.sizeclass).toBe(0);
    expect(s.base).toBe(p);
    expect(s.npages).toBe(Math.ceil(40000 / PAGE_SIZE));
    expect(s.largeType).toBe(T.id);
    expect(h.spanOf(p + 39999)).toBe(s);
    expect(h.findObject(p + 12345)).toBe(p);
    expect(h.largeAllocCount).toBe(1);
    const q = h.allocBytes(32769);
    expect(h.spanOf(q)!.noscan).toBe(true);
    expect(h.spanOf(q)!.npages).toBe(5);
  });

  it("returns zeroed memory, also when a span is reused", () => {
    const h = small();
    const p = h.allocBytes(64 << 10);
    h.mem.u8.fill(0xab, p, p + (64 << 10));
    const s = h.spanOf(p)!;
    h.freeSpan(s);
    const q = h.allocBytes(64 << 10);
    expect(q).toBe(p);
    expect(h.mem.u8.subarray(q, q + (64 << 10)).every((x) => x === 0)).toBe(true);
    // small objects in a dirty span are zeroed one by one
    const T = h.types.register("T", 48, [0, 5]);
    const objs = Array.from({ length: 10 }, () => h.alloc(T));
    for (const o of objs) h.mem.u8.fill(0xcd, o, o + 48);
    const sp = h.spanOf(objs[0])!;
    sp.needzero = true;
    sp.freeindex = 0; // pretend the sweeper freed them all
    sp.allocCount = 0;
    sp.refillAllocCache(0);
    const again = h.alloc(T);
    expect(again).toBe(objs[0]);
    expect(h.mem.u8.subarray(again, again + 48).every((x) => x === 0)).toBe(true);
  });

  it("returns the zero base for zero-size allocations", () => {
    const h = small();
    expect(h.allocBytes(0)).toBe(ZERO_BASE);
    expect(h.isAllocated(ZERO_BASE)).toBe(false);
  });

  it("throws a typed out-of-memory fatal error at the limit", () => {
    const h = new Heap({ arenaBytes: 1 << 20, limitBytes: 8 << 20 });
    let err: unknown;
    try {
      for (let i = 0; i < 1000; i++) h.allocBytes(1 << 20);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(FatalError);
    expect((err as FatalError).message).toBe("runtime: out of memory");
    expect((err as FatalError).exitCode).toBe(2);
  });

  it("keeps heapLive in step with cached spans and large objects", () => {
    const h = small();
    h.allocBytes(24);
    expect(h.heapLive).toBe(CLASS_NELEMS[3] * 24); // whole span counted when cached
    h.allocBytes(40000);
    expect(h.heapLive).toBe(CLASS_NELEMS[3] * 24 + 5 * PAGE_SIZE);
    h.releaseAll();
    expect(h.heapLive).toBe(24 + 5 * PAGE_SIZE); // unused part given back
    expect(h.smallAllocCount[3]).toBe(1);
  });

  it("allocates stacks from stack spans, outside the object heap", () => {
    const h = small();
    const a = h.allocStack(2048);
    const b = h.allocStack(2048);
    expect(Math.abs(a - b)).toBe(2048);
    const s = h.pages.spanOf(a / PAGE_SIZE)!;
    expect(s.state).toBe(SpanState.Stack);
    expect(h.spanOf(a)).toBeNull(); // not a heap object
    expect(h.pages.stackPagesInUse).toBe(4);
    const big = h.allocStack(64 << 10);
    expect(h.pages.stackPagesInUse).toBe(12);
    h.freeStack(big, 64 << 10);
    expect(h.pages.stackPagesInUse).toBe(4);
    h.freeStack(a, 2048);
    expect(h.allocStack(2048)).toBe(a);
    expect(() => h.allocStack(3000)).toThrow(RangeError);
  });

  it("every class keeps its objects inside its span", () => {
    const h = small();
    const W = h.types.register("W", 8, [0]);
    for (let c = 1; c < CLASS_TO_SIZE.length; c++) {
      const p = h.mallocgc(CLASS_TO_SIZE[c], W.id);
      const s = h.spanOf(p)!;
      expect(s.elemsize).toBe(CLASS_TO_SIZE[c]);
      expect(p + s.elemsize).toBeLessThanOrEqual(s.limit);
    }
  });
});
