// The program's collector objects get the warm-up's field layout (warmup.ts,
// "Warm up first").
//
// The first collector of a process runs the JIT warm-up, which widens number
// fields to floating point on a private instance. The program's own heap,
// pacer, marker, sweeper, ... must be built after that, so that they have the
// same engine layout (hidden class) as objects built later. An object built
// before the widening kept integer fields, and changed layout later inside a
// stop, which deoptimised the code that used it. The check uses V8's
// %HaveSameMap: a collector built right after the first one (no warm-up, no
// cycle run yet) must share every map with it.
//
// This file must create the process's first collector, so it holds only this
// test (vitest runs each test file in a fresh module graph).

import { setFlagsFromString } from "node:v8";
import { describe, expect, it } from "vitest";
import { Collector } from "./collector.js";
import { collectorWarmedUp } from "./warmup.js";

setFlagsFromString("--allow-natives-syntax");
const haveSameMap = new Function("a", "b", "return %HaveSameMap(a, b)") as (
  a: object,
  b: object,
) => boolean;

describe("collector object layout after the warm-up", () => {
  it("gives the first collector's objects the same maps as a later collector's", () => {
    expect(collectorWarmedUp()).toBe(false);
    const first = new Collector();
    expect(collectorWarmedUp()).toBe(true);
    const later = new Collector({ warmUp: false });
    const pairs: [string, object, object][] = [
      ["collector", first, later],
      ["heap", first.heap, later.heap],
      ["pacer", first.pacer, later.pacer],
      ["marker", first.marker, later.marker],
      ["sweeper", first.sweeper, later.sweeper],
      ["maxStopByKind", first.maxStopByKind, later.maxStopByKind],
      ["linear memory", first.heap.mem, later.heap.mem],
      ["page heap", first.heap.pages, later.heap.pages],
      ["mcache", first.heap.mcaches[0], later.heap.mcaches[0]],
    ];
    const differing = pairs.filter(([, a, b]) => !haveSameMap(a, b)).map(([name]) => name);
    expect(differing).toEqual([]);
  });
});
