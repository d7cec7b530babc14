/*
 * The trace recorder writes Chrome trace events that say what happened, and the checker
 * finds what would make a viewer misdraw a file.
 *
 * A synthetic run on a hand-driven clock (two goroutines, one GC cycle, one stack growth)
 * is recorded, rendered, parsed back, and its events asserted one by one: kinds, tracks,
 * names, times and durations in microseconds, order. Then the bound on events, the clamp
 * on a clock that goes back, slices still open at the end, and the checker on files that
 * break each of its rules.
 */
import { describe, expect, it } from "vitest";
import {
  checkTraceEvents,
  GC_TID,
  TRACE_PID,
  TraceRecorder,
  type TraceEvent,
  type TraceFile,
} from "./trace.js";

/** A clock the test moves by hand, in nanoseconds. */
function manualClock(): { clock: () => number; at: (ns: number) => void } {
  let now = 0;
  return { clock: () => now, at: (ns) => (now = ns) };
}

function parse(json: string): TraceFile {
  return JSON.parse(json) as TraceFile;
}

const named = (events: TraceEvent[], ph: string, name: string): TraceEvent[] =>
  events.filter((e) => e.ph === ph && e.name === name);

/**
 * main (G1) starts a worker (G2) and blocks receiving; the worker grows its stack, a GC
 * cycle runs while it works, it sends, main takes over and the worker exits.
 */
function twoGoroutines(): string {
  const { clock, at } = manualClock();
  const trace = new TraceRecorder({ clock });
  at(0);
  trace.goCreate(1, 0, "main.main");
  at(1_000);
  trace.goStart(1);
  at(5_000);
  trace.goCreate(2, 1, "main.worker");
  at(7_500);
  trace.goStop(1, "chan receive");
  at(8_000);
  trace.goStart(2);
  at(9_000);
  trace.stackGrow(2, 2048, 4096);
  at(10_000);
  trace.gcStart(1);
  trace.gcPhase("sweep termination");
  at(10_250);
  trace.gcPhase("mark");
  at(30_000);
  trace.gcPhase("mark termination");
  at(31_000);
  trace.gcEnd(1, { heapBefore: 4 << 20, heapAfter: 1 << 20 });
  at(40_000);
  trace.goStop(2, "chan send");
  trace.goStart(1);
  at(42_000);
  trace.goStop(1, "preempted");
  trace.goStart(2);
  at(43_000);
  trace.goEnd(2);
  trace.goStart(1);
  at(50_000);
  trace.goEnd(1);
  return trace.toJSON();
}

describe("TraceRecorder on two goroutines, a GC cycle and a stack growth", () => {
  const json = twoGoroutines();
  const file = parse(json);
  const events = file.traceEvents;
  const timed = events.filter((e) => e.ph !== "M");

  it("is a Chrome trace-event object the checker accepts", () => {
    expect(file.displayTimeUnit).toBe("ns");
    expect(Array.isArray(events)).toBe(true);
    expect(checkTraceEvents(json)).toEqual([]);
    expect(file.otherData).toEqual({
      droppedEvents: 0,
      maxEvents: 250_000,
      goroutines: 2,
      gcCycles: 1,
    });
    for (const e of events) expect(e.pid).toBe(TRACE_PID);
  });

  it("names the process, the GC track and each goroutine's track, before any timed event", () => {
    const firstTimed = events.findIndex((e) => e.ph !== "M");
    expect(events.slice(firstTimed).some((e) => e.ph === "M")).toBe(false);
    const threadNames = named(events, "M", "thread_name").map((e) => [e.tid, e.args?.name]);
    expect(threadNames).toEqual(
      expect.arrayContaining([
        [GC_TID, "GC"],
        [1, "G1 main.main"],
        [2, "G2 main.worker"],
      ]),
    );
    expect(threadNames).toHaveLength(3);
    expect(named(events, "M", "process_name")[0].args).toEqual({ name: "minigo" });
    const sort = named(events, "M", "thread_sort_index").map((e) => [e.tid, e.args?.sort_index]);
    expect(sort).toEqual(
      expect.arrayContaining([
        [0, 0],
        [1, 1],
        [2, 2],
      ]),
    );
  });

  it("records each goroutine's creation with its parent", () => {
    const creates = named(timed, "i", "create").map((e) => [e.tid, e.ts, e.args?.parent, e.s]);
    expect(creates).toEqual([
      [1, 0, 0, "t"],
      [2, 5, 1, "t"],
    ]);
  });

  it("draws one complete event per run slice, named after the entry function, with why it stopped", () => {
    const slices = timed
      .filter((e) => e.ph === "X" && e.tid !== GC_TID)
      .map((e) => [e.tid, e.name, e.ts, e.dur, e.args?.reason]);
    expect(slices).toEqual([
      [1, "main.main", 1, 6.5, "chan receive"],
      [2, "main.worker", 8, 32, "chan send"],
      [1, "main.main", 40, 2, "preempted"],
      [2, "main.worker", 42, 1, "exit"],
      [1, "main.main", 43, 7, "exit"],
    ]);
    expect(named(timed, "i", "exit").map((e) => [e.tid, e.ts])).toEqual([
      [2, 43],
      [1, 50],
    ]);
  });

  it("draws the GC cycle on track 0 with its phases nested inside it", () => {
    const gc = timed.filter((e) => e.tid === GC_TID);
    expect(gc.map((e) => [e.ph, e.name, e.ts, e.dur])).toEqual([
      ["X", "GC 1", 10, 21],
      ["X", "sweep termination", 10, 0.25],
      ["X", "mark", 10.25, 19.75],
      ["X", "mark termination", 30, 1],
    ]);
    expect(gc[0].args).toEqual({ cycle: 1, heapBefore: 4 << 20, heapAfter: 1 << 20 });
    for (const phase of gc.slice(1)) {
      expect(phase.args).toEqual({ cycle: 1 });
      expect(phase.ts!).toBeGreaterThanOrEqual(gc[0].ts!);
      expect(phase.ts! + phase.dur!).toBeLessThanOrEqual(gc[0].ts! + gc[0].dur!);
    }
  });

  it("marks the stack growth on the goroutine's track with the old and new sizes", () => {
    const grow = named(timed, "i", "stack grow");
    expect(grow).toEqual([
      {
        ph: "i",
        name: "stack grow",
        pid: TRACE_PID,
        tid: 2,
        ts: 9,
        s: "t",
        args: { old: 2048, new: 4096 },
      },
    ]);
  });

  it("orders the timed events by ts, the longer slice first on a tie", () => {
    const ts = timed.map((e) => e.ts!);
    expect(ts).toEqual([...ts].sort((a, b) => a - b));
    const at10 = timed.filter((e) => e.ts === 10).map((e) => e.name);
    expect(at10).toEqual(["GC 1", "sweep termination"]);
  });

  it("writes one event per line", () => {
    const lines = json.split("\n");
    expect(lines[0]).toBe('{"traceEvents":[');
    expect(lines.filter((l) => l.startsWith('{"ph":'))).toHaveLength(events.length);
  });
});

describe("TraceRecorder's bounds and edge cases", () => {
  it("keeps the first maxEvents events and counts the rest as dropped", () => {
    const { clock, at } = manualClock();
    const trace = new TraceRecorder({ clock, maxEvents: 100 });
    trace.goCreate(1, 0, "main.main");
    trace.goCreate(2, 1, "main.pong");
    for (let i = 0; i < 1_000_000; i++) {
      at(i * 10);
      trace.goStart(1 + (i % 2));
      at(i * 10 + 5);
      trace.goStop(1 + (i % 2), "chan send");
    }
    expect(trace.size).toBe(100);
    expect(trace.dropped).toBe(1_000_000 + 2 - 100);
    const json = trace.toJSON();
    expect(checkTraceEvents(json)).toEqual([]);
    const file = parse(json);
    expect(file.otherData.droppedEvents).toBe(999_902);
    expect(file.traceEvents.filter((e) => e.ph !== "M")).toHaveLength(100);
    const labels = named(file.traceEvents, "M", "process_labels");
    expect(String(labels[0].args?.labels)).toContain("999902 events");
    // The kept events are the first ones.
    const last = file.traceEvents[file.traceEvents.length - 1];
    expect(last.ts).toBe(0.97);
    expect(json.length).toBeLessThan(20_000);
  });

  it("never lets time go back, and rounds to whole nanoseconds", () => {
    const { clock, at } = manualClock();
    const trace = new TraceRecorder({ clock });
    at(1_000.4);
    trace.goCreate(1, 0, "main.main");
    trace.goStart(1);
    at(500); // a clock that went back counts as the last reading
    trace.goStop(1, "sleep");
    const file = parse(trace.toJSON());
    const slice = named(file.traceEvents, "X", "main.main")[0];
    expect([slice.ts, slice.dur]).toEqual([1, 0]);
  });

  it("ends slices still open when the file is written, marked unfinished, and goes on recording", () => {
    const { clock, at } = manualClock();
    const trace = new TraceRecorder({ clock });
    trace.goCreate(1, 0, "main.main");
    trace.goStart(1);
    at(2_000);
    trace.gcStart(3);
    trace.gcPhase("mark");
    at(5_000);
    const json = trace.toJSON();
    expect(checkTraceEvents(json)).toEqual([]);
    const x = parse(json).traceEvents.filter((e) => e.ph === "X");
    expect(x.map((e) => [e.tid, e.name, e.ts, e.dur, e.args?.unfinished])).toEqual([
      [1, "main.main", 0, 5, true],
      [GC_TID, "GC 3", 2, 3, true],
      [GC_TID, "mark", 2, 3, true],
    ]);
    expect(trace.size).toBe(1); // the creation only: writing did not close anything
    at(6_000);
    trace.gcEnd(3);
    trace.goStop(1, "preempted");
    const after = parse(trace.toJSON()).traceEvents.filter((e) => e.ph === "X");
    expect(after.map((e) => [e.name, e.dur, e.args?.unfinished])).toEqual([
      ["main.main", 6, undefined],
      ["GC 3", 4, undefined],
      ["mark", 4, undefined],
    ]);
  });

  it("names a goroutine it was not told about G<gid>, and a phase outside a cycle is an instant", () => {
    const trace = new TraceRecorder({ clock: () => 0 });
    trace.goStart(7);
    trace.goStop(7, "select");
    trace.gcPhase("sweep done");
    trace.gcEnd(9); // no cycle 9: nothing
    const json = trace.toJSON();
    expect(checkTraceEvents(json)).toEqual([]);
    const events = parse(json).traceEvents;
    expect(named(events, "X", "G7")).toHaveLength(1);
    expect(named(events, "M", "thread_name").map((e) => e.args?.name)).toEqual(["G7", "GC"]);
    expect(named(events, "i", "sweep done")[0].tid).toBe(GC_TID);
  });

  it("refuses goroutine id 0, which is the GC's track", () => {
    const trace = new TraceRecorder({ clock: () => 0 });
    expect(() => trace.goCreate(0, 0, "main.main")).toThrow(RangeError);
  });
});

describe("checkTraceEvents", () => {
  const meta = (tid: number): TraceEvent => ({
    ph: "M",
    name: "thread_name",
    pid: 1,
    tid,
    args: { name: `G${tid}` },
  });
  const check = (events: unknown[]): string[] =>
    checkTraceEvents(JSON.stringify({ traceEvents: events, displayTimeUnit: "ns" }));

  it("accepts nested slices, matched B/E and instants", () => {
    expect(
      check([
        meta(1),
        { ph: "X", name: "a", pid: 1, tid: 1, ts: 0, dur: 10 },
        { ph: "B", name: "b", pid: 1, tid: 1, ts: 1 },
        { ph: "X", name: "c", pid: 1, tid: 1, ts: 2, dur: 8 },
        { ph: "E", name: "b", pid: 1, tid: 1, ts: 3 },
        { ph: "i", name: "d", pid: 1, tid: 1, ts: 10, s: "t" },
        { ph: "X", name: "e", pid: 1, tid: 1, ts: 10, dur: 0 },
      ]),
    ).toEqual([]);
  });

  it("rejects what is not a trace", () => {
    expect(checkTraceEvents("{")[0]).toMatch(/^not JSON/);
    expect(checkTraceEvents("[]")[0]).toMatch(/not a JSON object/);
    expect(checkTraceEvents('{"events":[]}')).toEqual(["no traceEvents array"]);
    expect(checkTraceEvents('{"traceEvents":[],"displayTimeUnit":"s"}')[0]).toMatch(
      /displayTimeUnit/,
    );
  });

  it("finds missing fields and unknown phases", () => {
    const problems = check([
      meta(1),
      { name: "no ph", pid: 1, tid: 1, ts: 0 },
      { ph: "Q", name: "bad ph", pid: 1, tid: 1, ts: 0 },
      { ph: "i", name: "no ts", pid: 1, tid: 1 },
      { ph: "i", name: "no pid", tid: 1, ts: 0 },
      { ph: "i", name: "no tid", pid: 1, ts: 0 },
      { ph: "i", pid: 1, tid: 1, ts: 0 },
      { ph: "X", name: "no dur", pid: 1, tid: 1, ts: 0 },
      { ph: "X", name: "negative dur", pid: 1, tid: 1, ts: 0, dur: -1 },
      { ph: "i", name: "bad scope", pid: 1, tid: 1, ts: 0, s: "x" },
      { ph: "M", name: "thread_colour", pid: 1, tid: 1, args: {} },
      { ph: "M", name: "thread_name", pid: 1, tid: 2 },
      42,
    ]);
    const expected = [
      /event 1 .*: no ph/,
      /event 2 .*: unknown ph "Q"/,
      /event 3 .*"no ts".*: no ts/,
      /event 4 .*: no numeric pid/,
      /event 5 .*: no numeric tid/,
      /event 6 .*: no name/,
      /event 7 .*: complete event without a dur/,
      /event 8 .*: complete event without a dur/,
      /event 9 .*: instant scope "x"/,
      /event 10 .*: unknown metadata record/,
      /event 11 .*: metadata without args/,
      /event 12: not an object/,
    ];
    for (const re of expected)
      expect(
        problems.some((p) => re.test(p)),
        String(re),
      ).toBe(true);
  });

  it("finds time going back on a track, overlapping slices, and unbalanced B/E", () => {
    const problems = check([
      meta(1),
      meta(2),
      { ph: "X", name: "a", pid: 1, tid: 1, ts: 10, dur: 5 },
      { ph: "X", name: "back", pid: 1, tid: 1, ts: 9, dur: 1 },
      { ph: "X", name: "outer", pid: 1, tid: 2, ts: 0, dur: 10 },
      { ph: "X", name: "straddles", pid: 1, tid: 2, ts: 5, dur: 10 },
      { ph: "E", name: "lonely", pid: 1, tid: 2, ts: 20 },
      { ph: "B", name: "open", pid: 1, tid: 2, ts: 21 },
    ]);
    expect(problems).toEqual([
      expect.stringMatching(/event 3 .*"back".*: ts 9 goes back on track 1\/1 \(last 10\)/),
      expect.stringMatching(/event 5 .*"straddles".*: slice \[5, 15\] overlaps .* ends at 10/),
      expect.stringMatching(/event 6 .*: E without a B on track 1\/2/),
      'B "open" never ended on track 1/2',
    ]);
  });

  it("finds events on a track without a name", () => {
    expect(check([{ ph: "i", name: "x", pid: 1, tid: 5, ts: 0 }])).toEqual([
      "track 1/5 (event 0) has no thread_name",
    ]);
  });

  it("catches a recorder trace that was broken after the fact", () => {
    const file = parse(twoGoroutines());
    const slice = file.traceEvents.find((e) => e.name === "mark")!;
    slice.dur = 100; // now sticks out of its cycle
    const worker = file.traceEvents.find((e) => e.ph === "X" && e.tid === 2)!;
    delete worker.ts;
    const problems = checkTraceEvents(JSON.stringify(file));
    expect(problems).toHaveLength(2);
    expect(problems.join("\n")).toMatch(/"mark".*overlaps/);
    expect(problems.join("\n")).toMatch(/"main.worker".*no ts/);
  });
});
