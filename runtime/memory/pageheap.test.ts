// Page heap: first-fit page runs, coalescing on free, arena growth, the
// out-of-memory fatal error, and the run invariants under random alloc/free.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LinearMemory } from "./linear.js";
import { PageHeap } from "./pageheap.js";
import { CLASS_NELEMS, CLASS_NPAGES, CLASS_TO_SIZE, makeSpanClass } from "./sizeclasses.js";
import { Span, SpanState } from "./span.js";

const ARENA = 1 << 20; // 128 pages per growth step

function newHeap(limit = 64 << 20): PageHeap {
  return new PageHeap(new LinearMemory({ arenaBytes: ARENA, limitBytes: limit }));
}
const span = (ph: PageHeap, n: number): Span => ph.allocSpan(n, 0, n * 8192, 1, SpanState.InUse);

describe("page heap", () => {
  it("keeps span metadata in the span table and recycles span ids with their bitmaps", () => {
    const ph = newHeap();
    const spc = makeSpanClass(5, false); // 48-byte objects, scannable: bitmaps and type ids
    const npages = CLASS_NPAGES[5];
    const nelems = CLASS_NELEMS[5];
    const first: number[] = [];
    for (let i = 0; i < 100; i++)
      first.push(ph.allocSpanId(npages, spc, CLASS_TO_SIZE[5], nelems, SpanState.InUse));
    const ids = ph.spans.count;
    const bitWords = ph.spans.bitsTop;
    const typeSlots = ph.spans.typeTop;
    expect(new Set(first).size).toBe(100);
    expect(first.includes(0)).toBe(false); // id 0 is the empty span
    // Every page maps to its span id; the handle is one object per id.
    const a = first[7];
    const start = ph.spans.startPage[a];
    expect(ph.pageSpan[start]).toBe(a);
    expect(ph.spanOf(start)).toBe(ph.spanOf(start + npages - 1));
    expect(ph.spanOf(start)!.nelems).toBe(nelems);
    ph.spans.bits[ph.spans.allocOff[a]] = 0xff; // dirty a bitmap before freeing
    for (const id of first) ph.freeSpanId(id);
    expect(ph.pageSpan[start]).toBe(0);
    const again: number[] = [];
    for (let i = 0; i < 100; i++)
      again.push(ph.allocSpanId(npages, spc, CLASS_TO_SIZE[5], nelems, SpanState.InUse));
    // No new ids, bitmaps or type-id ranges: the freed ones were reused, cleared.
    expect(ph.spans.count).toBe(ids);
    expect(ph.spans.bitsTop).toBe(bitWords);
    expect(ph.spans.typeTop).toBe(typeSlots);
    expect(new Set(again)).toEqual(new Set(first));
    for (const id of again) {
      expect(ph.spans.bits[ph.spans.allocOff[id]]).toBe(0);
      expect(ph.spans.freeindex[id]).toBe(0);
      expect(ph.spans.state[id]).toBe(SpanState.InUse);
    }
  });

  it("never hands out page 0 and grows by arenas", () => {
    const ph = newHeap();
    const a = span(ph, 1);
    expect(a.startPage).toBe(1);
    expect(a.base).toBe(8192);
    expect(ph.mem.size).toBe(ARENA);
    expect(ph.freePages).toBe(128 - 2);
    const big = span(ph, 200); // does not fit: grows by one arena, extending the tail run
    expect(ph.mem.size).toBe(2 * ARENA);
    expect(big.startPage).toBe(2);
    expect(ph.freeRuns()).toEqual([[202, 256 - 202]]);
  });

  it("allocates first fit by address and coalesces on free", () => {
    const ph = newHeap();
    const a = span(ph, 2);
    const b = span(ph, 3);
    const c = span(ph, 1);
    const d = span(ph, 4);
    expect([a.startPage, b.startPage, c.startPage, d.startPage]).toEqual([1, 3, 6, 7]);
    ph.freeSpan(b);
    ph.freeSpan(d); // merges with the tail run
    expect(ph.freeRuns()).toEqual([
      [3, 3],
      [7, 121],
    ]);
    const e = span(ph, 2); // first fit: inside b's old run
    expect(e.startPage).toBe(3);
    expect(e.needzero).toBe(true); // reused pages may be dirty
    ph.freeSpan(e);
    ph.freeSpan(c); // [3,6) + [6,7) + [7,128) coalesce
    expect(ph.freeRuns()).toEqual([[3, 125]]);
    ph.freeSpan(a);
    expect(ph.freeRuns()).toEqual([[1, 127]]);
    expect(ph.heapPagesInUse).toBe(0);
    expect(() => ph.freeSpan(a)).toThrow(/double free/);
  });

  it("maps every page of a span back to it", () => {
    const ph = newHeap();
    const a = span(ph, 5);
    for (let p = a.startPage; p < a.startPage + 5; p++) expect(ph.spanOf(p)).toBe(a);
    expect(ph.spanOf(a.startPage + 5)).toBeNull();
    ph.freeSpan(a);
    expect(ph.spanOf(a.startPage)).toBeNull();
  });

  it("fails with Go's out of memory fatal error at the limit", () => {
    const ph = newHeap(4 << 20);
    span(ph, 300);
    expect(() => span(ph, 300)).toThrow("runtime: out of memory");
    try {
      span(ph, 300);
    } catch (e) {
      expect(String(e)).toBe("fatal error: runtime: out of memory");
    }
  });

  it("keeps runs sorted, disjoint, non-adjacent, and accounts every page (random alloc/free)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 1, max: 40 }), fc.nat()), {
          maxLength: 300,
        }),
        (ops) => {
          const ph = newHeap();
          const live: Span[] = [];
          for (const [doAlloc, n, pick] of ops) {
            if (doAlloc || live.length === 0) live.push(span(ph, n));
            else ph.freeSpan(live.splice(pick % live.length, 1)[0]);
          }
          const runs = ph.freeRuns();
          let free = 0;
          for (let i = 0; i < runs.length; i++) {
            free += runs[i][1];
            expect(runs[i][1]).toBeGreaterThan(0);
            if (i > 0) expect(runs[i][0]).toBeGreaterThan(runs[i - 1][0] + runs[i - 1][1]); // not adjacent
          }
          const used = live.reduce((a, s) => a + s.npages, 0);
          expect(free).toBe(ph.freePages);
          expect(free + used + (ph.totalPages > 0 ? 1 : 0)).toBe(ph.totalPages);
          // No page both free and in a span; spans disjoint.
          const owner = new Map<number, Span>();
          for (const s of live)
            for (let p = s.startPage; p < s.startPage + s.npages; p++) {
              expect(owner.has(p)).toBe(false);
              owner.set(p, s);
              expect(ph.spanOf(p)).toBe(s);
            }
          for (const [st, n] of runs)
            for (let p = st; p < st + n; p++) expect(owner.has(p)).toBe(false);
        },
      ),
      { numRuns: 60 },
    );
  });
});
