// GODEBUG parsing and gctrace formatting (Go's fmtNSAsMS and line layout).
import { describe, expect, it } from "vitest";
import { Collector } from "./collector.js";
import { parseGOGC, parseGodebug } from "./godebug.js";
import { fmtNSAsMS, formatGCTrace } from "./gctrace.js";

describe("GODEBUG", () => {
  it("parses the GC settings and ignores junk, later pairs winning", () => {
    expect(parseGodebug("gctrace=1,gcbarrier=yuasa")).toEqual({
      gctrace: 1,
      gccheckmark: false,
      gcbarrier: "yuasa",
      clobberfree: false,
    });
    expect(
      parseGodebug("gcbarrier=bogus,foo,gccheckmark=1,clobberfree=1,gctrace=x").gcbarrier,
    ).toBe("hybrid");
    expect(parseGodebug("gccheckmark=1,gccheckmark=0").gccheckmark).toBe(false);
    expect(parseGodebug(undefined).gcbarrier).toBe("hybrid");
    expect(parseGOGC("off")).toBe(-1);
    expect(parseGOGC("50")).toBe(50);
    expect(parseGOGC("junk")).toBe(100);
  });
});

describe("gctrace", () => {
  it("formats durations like Go's fmtNSAsMS", () => {
    expect(fmtNSAsMS(0)).toBe("0");
    expect(fmtNSAsMS(999)).toBe("0");
    expect(fmtNSAsMS(11_000)).toBe("0.011");
    expect(fmtNSAsMS(1_234_567)).toBe("1.2");
    expect(fmtNSAsMS(123_456)).toBe("0.12");
    expect(fmtNSAsMS(9_999_999)).toBe("9.9");
    expect(fmtNSAsMS(12_000_000)).toBe("12");
  });

  it("writes Go's line format", () => {
    const line = formatGCTrace({
      numGC: 1,
      startNs: 12_000_000,
      cpuFraction: 0.021,
      clockNs: [11_000, 1_200_000, 3_000],
      cpuNs: [11_000, 400_000, 0, 750_000, 3_000],
      heap0: 4 << 20,
      heap1: 4 << 20,
      heap2: 1000,
      goal: 4 << 20,
      stacks: 0,
      globals: 0,
      procs: 1,
      forced: false,
    });
    expect(line).toBe(
      "gc 1 @0.012s 2%: 0.011+1.2+0.003 ms clock, 0.011+0.40/0/0.75+0.003 ms cpu, 4->4->0 MB, 4 MB goal, 0 MB stacks, 0 MB globals, 1 P\n",
    );
  });

  it("emits one line per cycle through the injected writer and clock", () => {
    let now = 0;
    const lines: string[] = [];
    const gc = new Collector({
      godebug: "gctrace=1",
      arenaBytes: 1 << 20,
      clock: () => (now += 0.5),
      traceWriter: (l) => lines.push(l),
    });
    gc.GC();
    gc.GC();
    expect(lines.length).toBe(2);
    const re =
      /^gc (\d+) @\d+\.\d{3}s \d+%: [\d.]+\+[\d.]+\+[\d.]+ ms clock, [\d.]+\+[\d.]+\/[\d.]+\/[\d.]+\+[\d.]+ ms cpu, \d+->\d+->\d+ MB, \d+ MB goal, \d+ MB stacks, \d+ MB globals, 1 P \(forced\)\n$/;
    expect(lines[0]).toMatch(re);
    expect(re.exec(lines[1])![1]).toBe("2");
    const ms = gc.readMemStats();
    expect(ms.NumGC).toBe(2);
    expect(ms.NumForcedGC).toBe(2);
    expect(ms.PauseNs[0]).toBeGreaterThan(0);
    expect(ms.PauseTotalNs).toBe(ms.PauseNs[0] + ms.PauseNs[1]);
  });
});
