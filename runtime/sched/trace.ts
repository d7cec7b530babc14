// The execution trace of `minigo run -trace out.json`: Chrome trace events.
//
// What: a TraceRecorder is told, by the scheduler and the collector, when a
// goroutine is created, starts running, stops (and why), and exits; when a GC
// cycle starts, changes phase and ends; and when a stack grows or shrinks. It
// keeps these as events of the Chrome Trace Event Format and toJSON renders the
// JSON object form, which Perfetto (ui.perfetto.dev) and chrome://tracing open:
//
//	{"traceEvents":[
//	{"ph":"M","name":"thread_name","pid":1,"tid":0,"args":{"name":"GC"}},
//	{"ph":"M","name":"thread_name","pid":1,"tid":1,"args":{"name":"G1 main.main"}},
//	{"ph":"i","name":"create","pid":1,"tid":1,"ts":0,"s":"t","args":{"parent":0}},
//	{"ph":"X","name":"main.main","pid":1,"tid":1,"ts":0.5,"dur":12.25,"args":{"reason":"select"}},
//	{"ph":"X","name":"GC 1","pid":1,"tid":0,"ts":3,"dur":40,"args":{"cycle":1}},
//	{"ph":"X","name":"mark","pid":1,"tid":0,"ts":3.5,"dur":30,"args":{"cycle":1}},
//	{"ph":"i","name":"stack grow","pid":1,"tid":2,"ts":7,"s":"t","args":{"old":2048,"new":4096}},
//	...],
//	"displayTimeUnit":"ns","otherData":{"droppedEvents":0,...}}
//
// Tracks. Everything is in process 1. Goroutine N is thread N ("G<N> <entry>"),
// so each goroutine has its own row, sorted by gid; thread 0 is the GC's row.
// On a goroutine's row a complete event ("X") per run slice, from the
// scheduler switching to it until it switched away, named after the
// goroutine's entry function and carrying the reason it stopped (Go's wait
// reasons: "chan receive", "select", "sleep", "preempted", …); an instant
// ("i") when it was created and when it exited, and one per stack growth or
// shrink with the old and new sizes. On the GC row one X event per cycle
// ("GC <n>") and, nested in it, one per phase of the cycle.
//
// Time. The clock is passed in and reads nanoseconds since the program started
// (real or virtual: the recorder does not care, but a virtual clock that does
// not advance while goroutines compute draws every slice zero wide). Readings
// are rounded to whole nanoseconds and never go backwards (a reading below the
// last one counts as the last one). Chrome's "ts" and "dur" are microseconds,
// so they are written as ns / 1000 (three decimals at most).
//
// Bound. A program that switches goroutines a million times would otherwise
// keep a million slices. The recorder keeps at most maxEvents events (250,000
// by default, about 25 MB of JSON: plenty to look at, and Perfetto stays
// quick) and counts those it had to drop after that, which the file reports in
// otherData.droppedEvents and in a process label Perfetto shows. The first
// events are kept: a trace shows the start of a run, complete. Metadata (track
// names) is not counted: there is at most one name per track that has a kept
// event. An open run slice or GC cycle costs one map entry until it closes;
// once the trace is full a switch costs a counter increment, no clock reading.
// Measured: 1,000,000 switches between two goroutines record in 0.2 s, keep
// about 100 MB of JS heap, and write 26 MB of JSON in 0.5 s.
//
// Invariants: events come out sorted by ts (ties: longer slice first, then the
// order they opened), so on each track ts never decreases and slices nest (a
// phase inside its cycle); every kept event names a track that has a
// thread_name; checkTraceEvents, below, checks a file for exactly this.
//
// Example (the scheduler and the collector call these; the CLI writes the file):
//
//	const trace = new TraceRecorder({ clock: () => (performance.now() - t0) * 1e6 });
//	trace.goCreate(1, 0, "main.main");
//	trace.goStart(1);
//	trace.goCreate(2, 1, "main.worker");
//	trace.goStop(1, "chan receive");
//	trace.goStart(2);
//	trace.stackGrow(2, 2048, 4096);
//	trace.gcStart(1); trace.gcPhase("mark"); trace.gcEnd(1);
//	trace.goEnd(2);
//	const json = trace.toJSON();   // checkTraceEvents(json) is []

/** One Chrome trace event, as this recorder writes it. */
export interface TraceEvent {
  /** Phase: "X" complete, "i" instant, "M" metadata. */
  ph: string;
  name: string;
  pid: number;
  tid: number;
  /** Microseconds; absent on metadata. */
  ts?: number;
  /** Microseconds; complete events only. */
  dur?: number;
  /** Instant events' scope: "t", this track. */
  s?: string;
  args?: Record<string, string | number | boolean>;
}

/** The file: Chrome's JSON object form. */
export interface TraceFile {
  traceEvents: TraceEvent[];
  displayTimeUnit: "ns";
  otherData: {
    droppedEvents: number;
    maxEvents: number;
    goroutines: number;
    gcCycles: number;
  };
}

export interface TraceOptions {
  /** Nanoseconds since the program started; must not go backwards (it is clamped if it does). */
  clock: () => number;
  /** Most events kept, metadata aside (default 250,000); Infinity keeps all. */
  maxEvents?: number;
  /** The process's name on its row (default "minigo"). */
  processName?: string;
}

/** Events kept by default: about 25 MB of JSON. */
export const DEFAULT_MAX_TRACE_EVENTS = 250_000;

/** The pid of every event, and the tid of the GC's track. */
export const TRACE_PID = 1;
export const GC_TID = 0;

/** An event and the order it opened in, to break ties when sorting. */
interface Recorded {
  ev: TraceEvent;
  seq: number;
}

/** A slice that has started and not yet ended. */
interface Open {
  startNs: number;
  seq: number;
}

const us = (ns: number): number => ns / 1000;

export class TraceRecorder {
  readonly maxEvents: number;
  private readonly clock: () => number;
  private readonly processName: string;
  private readonly events: Recorded[] = [];
  /** Metadata, in the order tracks got their first kept event. */
  private readonly meta: TraceEvent[] = [];
  private readonly namedTracks = new Set<number>();
  /** Entry function of every goroutine created and not yet ended. */
  private readonly entries = new Map<number, string>();
  /** Run slices in progress, by gid. */
  private readonly running = new Map<number, Open>();
  private cycle: { n: number; open: Open } | undefined;
  private phase: { name: string; open: Open } | undefined;
  private lastNs = 0;
  private seq = 0;
  private droppedCount = 0;
  private goroutines = 0;
  private gcCycles = 0;

  constructor(opts: TraceOptions) {
    this.clock = opts.clock;
    this.maxEvents = opts.maxEvents ?? DEFAULT_MAX_TRACE_EVENTS;
    this.processName = opts.processName ?? "minigo";
    if (!(this.maxEvents >= 0)) throw new RangeError(`trace: bad maxEvents ${this.maxEvents}`);
  }

  /** Events that did not fit under maxEvents. */
  get dropped(): number {
    return this.droppedCount;
  }

  /** Events kept so far (metadata aside). */
  get size(): number {
    return this.events.length;
  }

  // ---- goroutines ----

  /** Goroutine gid (>= 1) was created by parentGid (0: by the runtime) to run entryName. */
  goCreate(gid: number, parentGid: number, entryName: string): void {
    if (!(gid >= 1)) throw new RangeError(`trace: goroutine id ${gid} (ids start at 1)`);
    this.entries.set(gid, entryName);
    this.goroutines++;
    const ns = this.now();
    this.instant(gid, "create", ns, { parent: parentGid });
  }

  /** The scheduler switched to gid: a run slice begins. */
  goStart(gid: number): void {
    if (this.running.has(gid)) return;
    if (this.events.length >= this.maxEvents) {
      // Full: the slice would be dropped at goStop; count it now and skip the clock.
      this.droppedCount++;
      return;
    }
    this.running.set(gid, { startNs: this.now(), seq: this.seq++ });
  }

  /** gid stopped running (parked, preempted, yielded…): its run slice ends, with why. */
  goStop(gid: number, reason: string): void {
    const open = this.running.get(gid);
    if (open === undefined) return;
    this.running.delete(gid);
    const ns = this.now();
    this.slice(gid, this.entry(gid), open, ns, { reason });
  }

  /** gid's entry function returned (or it panicked): its last slice ends and it is gone. */
  goEnd(gid: number): void {
    const ns = this.now();
    const open = this.running.get(gid);
    if (open !== undefined) {
      this.running.delete(gid);
      this.slice(gid, this.entry(gid), open, ns, { reason: "exit" });
    }
    this.instant(gid, "exit", ns);
    this.entries.delete(gid);
  }

  // ---- stacks ----

  /** gid's stack was copied from oldSize to newSize bytes (morestack). */
  stackGrow(gid: number, oldSize: number, newSize: number): void {
    this.instant(gid, "stack grow", this.now(), { old: oldSize, new: newSize });
  }

  /** gid's stack was halved by the collector (shrinkstack). */
  stackShrink(gid: number, oldSize: number, newSize: number): void {
    this.instant(gid, "stack shrink", this.now(), { old: oldSize, new: newSize });
  }

  // ---- the collector ----

  /** GC cycle n begins (sweep termination is about to run). */
  gcStart(cycle: number): void {
    const ns = this.now();
    this.closePhase(ns);
    if (this.cycle !== undefined) this.closeCycle(ns, { unfinished: true });
    this.cycle = { n: cycle, open: { startNs: ns, seq: this.seq++ } };
    this.gcCycles++;
  }

  /**
   * Inside a cycle: the phase in progress ends and phase `name` begins ("sweep
   * termination", "mark", "mark termination", …); the phases are slices nested in
   * the cycle's. Outside a cycle: an instant on the GC track (e.g. "sweep done").
   */
  gcPhase(name: string): void {
    const ns = this.now();
    if (this.cycle === undefined) {
      this.instant(GC_TID, name, ns);
      return;
    }
    this.closePhase(ns);
    this.phase = { name, open: { startNs: ns, seq: this.seq++ } };
  }

  /** GC cycle n ends; args (heap sizes, say) go on its slice. */
  gcEnd(cycle: number, args?: Record<string, string | number | boolean>): void {
    const ns = this.now();
    if (this.cycle === undefined || this.cycle.n !== cycle) return;
    this.closePhase(ns);
    this.closeCycle(ns, args);
  }

  // ---- output ----

  /**
   * The trace file as an object. Slices still open (the goroutine running when
   * the program exited, a cycle in progress) end now, marked unfinished; the
   * recorder itself is not changed, so it can go on recording.
   */
  toTraceFile(): TraceFile {
    const ns = this.now();
    const closing: Recorded[] = [];
    const close = (tid: number, name: string, open: Open, args: TraceEvent["args"]): void => {
      closing.push({ ev: completeEvent(tid, name, open.startNs, ns, args), seq: open.seq });
    };
    for (const [gid, open] of this.running) {
      close(gid, this.entry(gid), open, { reason: "running", unfinished: true });
    }
    if (this.cycle !== undefined) {
      close(GC_TID, `GC ${this.cycle.n}`, this.cycle.open, {
        cycle: this.cycle.n,
        unfinished: true,
      });
    }
    if (this.phase !== undefined && this.cycle !== undefined) {
      close(GC_TID, this.phase.name, this.phase.open, { cycle: this.cycle.n, unfinished: true });
    }
    const meta: TraceEvent[] = [
      { ph: "M", name: "process_name", pid: TRACE_PID, tid: 0, args: { name: this.processName } },
    ];
    if (this.droppedCount > 0) {
      const labels =
        `trace full: ${this.droppedCount} events ` + `after the first ${this.maxEvents} dropped`;
      meta.push({ ph: "M", name: "process_labels", pid: TRACE_PID, tid: 0, args: { labels } });
    }
    const named = new Set(this.namedTracks);
    for (const r of closing) {
      if (!named.has(r.ev.tid)) {
        named.add(r.ev.tid);
        meta.push(...this.trackNames(r.ev.tid));
      }
    }
    const sorted = [...this.events, ...closing].sort(
      (a, b) =>
        (a.ev.ts ?? 0) - (b.ev.ts ?? 0) || (b.ev.dur ?? 0) - (a.ev.dur ?? 0) || a.seq - b.seq,
    );
    return {
      traceEvents: [...meta, ...this.meta, ...sorted.map((r) => r.ev)],
      displayTimeUnit: "ns",
      otherData: {
        droppedEvents: this.droppedCount,
        maxEvents: this.maxEvents,
        goroutines: this.goroutines,
        gcCycles: this.gcCycles,
      },
    };
  }

  /** The trace file's text: one event per line, for people and diffs. */
  toJSON(): string {
    const file = this.toTraceFile();
    const events = file.traceEvents.map((e) => JSON.stringify(e)).join(",\n");
    return (
      `{"traceEvents":[\n${events}\n],\n` +
      `"displayTimeUnit":${JSON.stringify(file.displayTimeUnit)},\n` +
      `"otherData":${JSON.stringify(file.otherData)}}\n`
    );
  }

  // ---- internals ----

  private now(): number {
    const ns = Math.round(this.clock());
    if (ns > this.lastNs) this.lastNs = ns;
    return this.lastNs;
  }

  private entry(gid: number): string {
    return this.entries.get(gid) ?? `G${gid}`;
  }

  private trackNames(tid: number): TraceEvent[] {
    const entry = this.entries.get(tid);
    const name = tid === GC_TID ? "GC" : entry === undefined ? `G${tid}` : `G${tid} ${entry}`;
    return [
      { ph: "M", name: "thread_name", pid: TRACE_PID, tid, args: { name } },
      { ph: "M", name: "thread_sort_index", pid: TRACE_PID, tid, args: { sort_index: tid } },
    ];
  }

  /** Keeps ev if there is room, naming its track on its first kept event. */
  private keep(ev: TraceEvent, seq: number): void {
    if (this.events.length >= this.maxEvents) {
      this.droppedCount++;
      return;
    }
    if (!this.namedTracks.has(ev.tid)) {
      this.namedTracks.add(ev.tid);
      this.meta.push(...this.trackNames(ev.tid));
    }
    this.events.push({ ev, seq });
  }

  private instant(tid: number, name: string, ns: number, args?: TraceEvent["args"]): void {
    const ev: TraceEvent = { ph: "i", name, pid: TRACE_PID, tid, ts: us(ns), s: "t" };
    if (args !== undefined) ev.args = args;
    this.keep(ev, this.seq++);
  }

  private slice(
    tid: number,
    name: string,
    open: Open,
    endNs: number,
    args?: TraceEvent["args"],
  ): void {
    this.keep(completeEvent(tid, name, open.startNs, endNs, args), open.seq);
  }

  private closePhase(ns: number): void {
    if (this.phase === undefined || this.cycle === undefined) return;
    this.slice(GC_TID, this.phase.name, this.phase.open, ns, { cycle: this.cycle.n });
    this.phase = undefined;
  }

  private closeCycle(ns: number, args?: TraceEvent["args"]): void {
    if (this.cycle === undefined) return;
    const n = this.cycle.n;
    this.slice(GC_TID, `GC ${n}`, this.cycle.open, ns, { cycle: n, ...args });
    this.cycle = undefined;
  }
}

function completeEvent(
  tid: number,
  name: string,
  startNs: number,
  endNs: number,
  args?: TraceEvent["args"],
): TraceEvent {
  const ev: TraceEvent = {
    ph: "X",
    name,
    pid: TRACE_PID,
    tid,
    ts: us(startNs),
    dur: us(endNs - startNs),
  };
  if (args !== undefined) ev.args = args;
  return ev;
}

// ---- checking a trace file ----

/** Every phase the Trace Event Format defines. */
// prettier-ignore
const KNOWN_PHASES = new Set([
  "B", "E", "X", "i", "I", "C", "b", "n", "e", "s", "t", "f", "P", "N", "O", "D", "M", "V", "v",
  "R", "c", "(", ")",
]);

const METADATA_NAMES = new Set([
  "process_name",
  "process_labels",
  "process_sort_index",
  "thread_name",
  "thread_sort_index",
]);

/** Slack for ts + dur sums of microsecond floats (a thousandth of a nanosecond). */
const EPSILON_US = 1e-6;

/**
 * The problems with a trace file, one line each, [] when there are none: text that
 * is not the JSON object form; events without a known ph, a name, numeric
 * pid/tid, a ts (all but metadata) or a dur >= 0 ("X"); a bad instant scope or
 * metadata record; on one track, a ts that goes back in file order, complete
 * slices that overlap without nesting, an "E" without its "B" or a "B" never
 * ended; an event on a track that has no thread_name.
 */
export function checkTraceEvents(json: string): string[] {
  let file: unknown;
  try {
    file = JSON.parse(json);
  } catch (e) {
    return [`not JSON: ${(e as Error).message}`];
  }
  if (typeof file !== "object" || file === null || Array.isArray(file)) {
    return ['not a JSON object (want {"traceEvents": [...]})'];
  }
  const obj = file as Record<string, unknown>;
  const events = obj.traceEvents;
  if (!Array.isArray(events)) return ["no traceEvents array"];
  const problems: string[] = [];
  const unit = obj.displayTimeUnit;
  if (unit !== undefined && unit !== "ms" && unit !== "ns") {
    problems.push(`displayTimeUnit ${JSON.stringify(unit)} is neither "ms" nor "ns"`);
  }

  interface Track {
    lastTs: number;
    /** End times of the enclosing complete slices, innermost last. */
    ends: number[];
    /** Names of "B" slices not yet ended, innermost last. */
    begun: string[];
  }
  const tracks = new Map<string, Track>();
  const threadNames = new Set<string>();
  const used = new Map<string, number>();

  events.forEach((raw: unknown, i: number) => {
    if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
      problems.push(`event ${i}: not an object`);
      return;
    }
    const e = raw as Record<string, unknown>;
    const where = `event ${i} (${String(e.ph)} ${JSON.stringify(e.name)})`;
    const bad = (what: string): void => {
      problems.push(`${where}: ${what}`);
    };
    if (typeof e.ph !== "string") return bad("no ph");
    if (!KNOWN_PHASES.has(e.ph)) return bad(`unknown ph ${JSON.stringify(e.ph)}`);
    if (typeof e.name !== "string") bad("no name");
    if (typeof e.pid !== "number") bad("no numeric pid");
    const processLevel =
      e.ph === "M" && typeof e.name === "string" && e.name.startsWith("process_");
    if (typeof e.tid !== "number" && !processLevel) bad("no numeric tid");
    const track = `${String(e.pid)}/${String(e.tid)}`;

    if (e.ph === "M") {
      if (typeof e.name === "string" && !METADATA_NAMES.has(e.name)) {
        bad("unknown metadata record");
      }
      if (typeof e.args !== "object" || e.args === null) bad("metadata without args");
      if (e.name === "thread_name") threadNames.add(track);
      return;
    }
    if (typeof e.ts !== "number" || !Number.isFinite(e.ts) || e.ts < 0) {
      return bad("no ts (a finite number of microseconds >= 0)");
    }
    const ts = e.ts;
    if (!used.has(track)) used.set(track, i);
    let t = tracks.get(track);
    if (t === undefined) {
      t = { lastTs: ts, ends: [], begun: [] };
      tracks.set(track, t);
    }
    if (ts < t.lastTs) bad(`ts ${ts} goes back on track ${track} (last ${t.lastTs})`);
    t.lastTs = Math.max(t.lastTs, ts);
    while (t.ends.length > 0 && t.ends[t.ends.length - 1] <= ts + EPSILON_US) t.ends.pop();

    switch (e.ph) {
      case "X": {
        if (typeof e.dur !== "number" || !Number.isFinite(e.dur) || e.dur < 0) {
          return bad("complete event without a dur >= 0");
        }
        const end = ts + e.dur;
        const outer = t.ends[t.ends.length - 1];
        if (outer !== undefined && end > outer + EPSILON_US) {
          bad(`slice [${ts}, ${end}] overlaps the enclosing one, which ends at ${outer}`);
        }
        t.ends.push(end);
        break;
      }
      case "i":
      case "I":
        if (e.s !== undefined && e.s !== "t" && e.s !== "p" && e.s !== "g") {
          bad(`instant scope ${JSON.stringify(e.s)} is not t, p or g`);
        }
        break;
      case "B":
        t.begun.push(String(e.name));
        break;
      case "E":
        if (t.begun.pop() === undefined) bad(`E without a B on track ${track}`);
        break;
    }
  });

  for (const [track, t] of tracks) {
    for (const name of t.begun)
      problems.push(`B ${JSON.stringify(name)} never ended on track ${track}`);
  }
  for (const [track, i] of used) {
    if (!threadNames.has(track)) problems.push(`track ${track} (event ${i}) has no thread_name`);
  }
  return problems;
}
