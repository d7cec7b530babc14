// GODEBUG settings that concern the heap and the collector.
//
// Go reads GODEBUG from the environment at startup: a comma-separated list of
// name=value pairs; unknown names are ignored, later pairs override earlier
// ones. minigo's runtime must run in browsers, so the string is passed in the
// runtime options instead of being read from process.env.
//
//	gctrace=1          one line per GC cycle on the trace writer (Go's format)
//	gccheckmark=1      after marking, re-mark with the world stopped and verify
//	                   that nothing reachable was left white
//	gcbarrier=hybrid   write barrier: hybrid (default) | dijkstra | yuasa | off
//	clobberfree=1      fill freed objects with a bad pattern (Go's name); here it
//	                   also turns on use-after-free detection in mutator reads
//
// Invariant: parseGodebug never throws on malformed input; it ignores what it
// does not understand, like Go.
//
// Example:
//
//	parseGodebug("gctrace=1,gcbarrier=yuasa")
//	// { gctrace: 1, gccheckmark: false, gcbarrier: "yuasa", clobberfree: false }

export type BarrierKind = "hybrid" | "dijkstra" | "yuasa" | "off";

export interface GCDebug {
  gctrace: number;
  gccheckmark: boolean;
  gcbarrier: BarrierKind;
  clobberfree: boolean;
}

export function parseGodebug(s: string | undefined): GCDebug {
  const d: GCDebug = { gctrace: 0, gccheckmark: false, gcbarrier: "hybrid", clobberfree: false };
  if (!s) return d;
  for (const field of s.split(",")) {
    const eq = field.indexOf("=");
    if (eq < 0) continue;
    const key = field.slice(0, eq).trim();
    const value = field.slice(eq + 1).trim();
    const n = /^-?\d+$/.test(value) ? parseInt(value, 10) : NaN;
    switch (key) {
      case "gctrace":
        if (!Number.isNaN(n)) d.gctrace = n;
        break;
      case "gccheckmark":
        if (!Number.isNaN(n)) d.gccheckmark = n !== 0;
        break;
      case "clobberfree":
        if (!Number.isNaN(n)) d.clobberfree = n !== 0;
        break;
      case "gcbarrier":
        if (value === "hybrid" || value === "dijkstra" || value === "yuasa" || value === "off")
          d.gcbarrier = value;
        break;
    }
  }
  return d;
}

/** Parse a GOGC value the way Go's readGOGC does: "off" => -1, integer => percent, else 100. */
export function parseGOGC(v: string | number | undefined): number {
  if (v === undefined) return 100;
  if (typeof v === "number") return v < 0 ? -1 : Math.floor(v);
  if (v === "off") return -1;
  if (/^-?\d+$/.test(v)) {
    const n = parseInt(v, 10);
    return n < 0 ? -1 : n;
  }
  return 100;
}
