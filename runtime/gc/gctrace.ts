// GODEBUG=gctrace=1: one summary line per GC cycle, in Go's exact format.
//
//	gc 1 @0.012s 2%: 0.011+1.2+0.003 ms clock, 0.011+0.40/0.75/0+0.003 ms cpu, 4->4->0 MB, 4 MB goal, 0 MB stacks, 0 MB globals, 1 P
//
//	gc N              cycle number (NumGC after the cycle)
//	@T s              time since the program started, 3 decimals
//	U%                GCCPUFraction, truncated
//	a+b+c ms clock    sweep termination (STW), concurrent mark, mark termination (STW)
//	a+b/c/d+e ms cpu  sweep termination, assist / background / idle mark, mark termination
//	h0->h1->h2 MB     heapLive at the start of the cycle, at mark termination, marked
//	G MB goal         heap goal of the cycle; then stacks, globals, GOMAXPROCS
//	(forced)          appended when runtime.GC started the cycle
//
// Durations are formatted like Go's fmtNSAsMS: whole milliseconds from 10 ms
// up, otherwise two significant digits with at most three decimals.
//
// Invariant: formatting is pure; the line ends with "\n".
//
// Example:
//
//	fmtNSAsMS(1_234_567) === "1.2"; fmtNSAsMS(11_000) === "0.011"; fmtNSAsMS(12_000_000) === "12"

/** Go's itoaDiv: val with a decimal point inserted `dec` digits from the right. */
export function itoaDiv(val: number, dec: number): string {
  let s = Math.floor(val).toString();
  if (dec <= 0) return s;
  while (s.length <= dec) s = "0" + s;
  return s.slice(0, s.length - dec) + "." + s.slice(s.length - dec);
}

/** Go's fmtNSAsMS. */
export function fmtNSAsMS(ns: number): string {
  ns = Math.max(0, Math.floor(ns));
  if (ns >= 10e6) return itoaDiv(Math.floor(ns / 1e6), 0);
  let x = Math.floor(ns / 1e3);
  if (x === 0) return "0";
  let dec = 3;
  while (x >= 100) {
    x = Math.floor(x / 10);
    dec--;
  }
  return itoaDiv(x, dec);
}

export interface GCTraceRecord {
  numGC: number;
  /** Nanoseconds since program start at the start of the cycle. */
  startNs: number;
  cpuFraction: number;
  /** Clock: sweep termination, mark, mark termination (ns). */
  clockNs: [number, number, number];
  /** CPU: sweep termination, assist, background, idle, mark termination (ns). */
  cpuNs: [number, number, number, number, number];
  heap0: number;
  heap1: number;
  heap2: number;
  goal: number;
  stacks: number;
  globals: number;
  procs: number;
  forced: boolean;
}

export function formatGCTrace(r: GCTraceRecord): string {
  const mb = (b: number): number => Math.floor(b / (1 << 20));
  const [st, mk, mt] = r.clockNs;
  const [c0, ca, cb, ci, cm] = r.cpuNs;
  return (
    `gc ${r.numGC} @${itoaDiv(Math.floor(r.startNs / 1e6), 3)}s ${Math.floor(r.cpuFraction * 100)}%: ` +
    `${fmtNSAsMS(st)}+${fmtNSAsMS(mk)}+${fmtNSAsMS(mt)} ms clock, ` +
    `${fmtNSAsMS(c0)}+${fmtNSAsMS(ca)}/${fmtNSAsMS(cb)}/${fmtNSAsMS(ci)}+${fmtNSAsMS(cm)} ms cpu, ` +
    `${mb(r.heap0)}->${mb(r.heap1)}->${mb(r.heap2)} MB, ${mb(r.goal)} MB goal, ` +
    `${mb(r.stacks)} MB stacks, ${mb(r.globals)} MB globals, ${r.procs} P` +
    (r.forced ? " (forced)" : "") +
    "\n"
  );
}
