/*
 * Channels: Go's hchan in the linear memory, with wait queues of parked goroutines.
 *
 * What: makechan allocates Go 1.19's hchan layout (96 bytes:
 *
 *	+0 qcount  +8 dataqsiz  +16 buf *elem  +24 elemsize u16  +28 closed u32
 *	+32 elemtype (a type id, not a pointer)  +40 sendx  +48 recvx  +56 recvq  +72 sendq
 *
 * ) with Go's allocations: one block of hchan+buffer when the element has no pointers
 * (the GC does not scan it), else an hchan and a separate buffer of typed elements. The
 * wait queues are JS objects (sched.ts: sudogs in a WaitQ): while a channel has waiters,
 * the u32 at +56 (recvq) holds 1 + the index of its ChanWaits in the scheduler's
 * waitSlots, and the slot is freed when both queues empty. chansend, chanrecv,
 * closechan and selectgo follow runtime/chan.go and select.go:
 *
 *	send:  a receiver waits → copy straight into its frame and ready it; else buffer
 *	       space → enqueue; else park in sendq ("chan send").
 *	recv:  a sender waits → take from it (unbuffered) or take the buffer's head and put
 *	       the sender's value at the tail (full buffer); else buffered → dequeue; else
 *	       closed → zero value, ok=false; else park in recvq ("chan receive").
 *	close: every waiting receiver gets the zero value and ok=false, every waiting sender
 *	       panics "send on closed channel" when it resumes.
 *	select: poll the cases in a random order; none ready → enqueue on every channel and
 *	       park ("select"); the first counterpart to complete one case dequeues the rest.
 *
 * Results go to RES (the scheduler's result words): RES[0] is a receive's ok, or the
 * index of the select case that ran (-1: default), RES[1] a select receive's ok. A parked
 * goroutine gets them through its G's res0/res1 when it resumes.
 *
 * Why: values handed to a parked goroutine are written into its frame, which its
 * resumed code reads — there is no other place a blocked operation's result could wait.
 *
 * Invariant: 0 <= qcount <= dataqsiz; buffer slots outside [recvx, recvx+qcount) hold
 * zero values; a channel with waiters has either receivers or senders waiting, never
 * both, and then its buffer is empty (receivers) or full (senders). Copies into another
 * goroutine's stack shade the pointers they copy (that stack may already be scanned).
 *
 * Example: c := make(chan int); go func() { c <- 5 }(); v, ok := <-c  → main parks in
 * recvq; the sender copies 5 into main's frame, readies it; main resumes with RES[0]=1.
 */
import type { Machine } from "../lang/abi.js";
import { type G, type Sudog, WaitQ } from "./sched.js";

export const HCHAN_SIZE = 96;
const QCOUNT = 0;
const DATAQSIZ = 8;
const BUF = 16;
const ELEMSIZE = 24;
const CLOSED = 28;
const ELEMTYPE = 32;
const SENDX = 40;
const RECVX = 48;
const WAITSLOT = 56;

/** Why a goroutine waits, as Go's traceback prints it. */
export type WaitReason =
  | "chan send"
  | "chan send (nil chan)"
  | "chan receive"
  | "chan receive (nil chan)"
  | "select"
  | "select (no cases)";

/** The goroutines waiting on one channel. */
export interface ChanWaits {
  chan: number;
  readonly recvq: WaitQ;
  readonly sendq: WaitQ;
}

/** The scheduler's side of channels (sched.ts). */
export interface ChanSched {
  readonly cur: G;
  /** Wait queues of channels with waiters (free entries: chan 0). */
  readonly waitSlots: ChanWaits[];
  readonly freeWaitSlots: number[];
  /** Park the running goroutine; the operation returns at once (see sched.ts). */
  park(reason: WaitReason, waiting?: Sudog[]): void;
  ready(g: G, next?: boolean): void;
}

/** What channels need beyond the Machine. */
export interface ChanHost {
  /** Type id of runtime.hchan (pointer word: buf). */
  readonly hchanType: number;
  readonly sched: ChanSched;
  /** Result words read by emitted code after a channel operation. */
  readonly res: Int32Array;
  /** Uniform random integer in [0, n). */
  random(n: number): number;
}

/** The Machine with what a channel operation raises and keeps alive. */
export type ChanMachine = Machine & { panicPlain(s: string): never; shade(p: number): void };

function word(m: Machine, a: number): number {
  return m.u32[a >>> 2]!;
}

function setWord(m: Machine, a: number, v: number): void {
  m.u32[a >>> 2] = v;
  m.u32[(a >>> 2) + 1] = 0;
}

export function makechan(
  m: Machine,
  host: ChanHost,
  elemType: number,
  size: number | bigint,
): number {
  const et = m.types[elemType]!;
  if (typeof size === "bigint" || size < 0 || (et.size > 0 && size * et.size > 2 ** 48)) {
    m.panicRuntimeError("makechan: size out of range");
  }
  const n = size as number;
  let c: number;
  let buf: number;
  if (n === 0 || et.size === 0) {
    c = m.allocNoscan(HCHAN_SIZE);
    buf = c; // Go points buf at the hchan itself (race detector use); unused.
  } else if (et.ptrWords.length === 0) {
    c = m.allocNoscan(HCHAN_SIZE + n * et.size);
    buf = c + HCHAN_SIZE;
  } else {
    c = m.alloc(host.hchanType, 1);
    buf = m.alloc(elemType, n);
  }
  setWord(m, c + DATAQSIZ, n);
  if (buf !== c + HCHAN_SIZE && buf !== c) m.writePtr(c + BUF, buf);
  else setWord(m, c + BUF, buf);
  m.u32[(c + ELEMSIZE) >>> 2] = et.size & 0xffff;
  setWord(m, c + ELEMTYPE, elemType);
  return c;
}

function slot(m: Machine, c: number, i: number): number {
  return word(m, c + BUF) + i * elemSize(m, c);
}

function elemSize(m: Machine, c: number): number {
  return m.u32[(c + ELEMSIZE) >>> 2]! & 0xffff;
}

/** Copy one element (typed: barriered into the heap), shading the pointers it copies. */
function copyElem(m: ChanMachine, c: number, dst: number, src: number): void {
  const size = elemSize(m, c);
  if (size === 0) return;
  const tid = word(m, c + ELEMTYPE);
  const ptrs = m.types[tid]!.ptrWords;
  if (ptrs.length === 0) {
    // No pointers: no barrier. A word (an int, a pointer-free 8-byte value) by hand.
    if (size === 8 && (dst & 7) === 0 && (src & 7) === 0) {
      const u32 = m.u32;
      u32[dst >>> 2] = u32[src >>> 2]!;
      u32[(dst >>> 2) + 1] = u32[(src >>> 2) + 1]!;
    } else m.u8.copyWithin(dst, src, src + size);
    return;
  }
  m.typedmemmove(tid, dst, src);
  for (let i = 0; i < ptrs.length; i++) m.shade(m.u32[(dst + ptrs[i]! * 8) >>> 2]!);
}

function zeroElem(m: Machine, c: number, dst: number): void {
  const es = elemSize(m, c);
  if (dst !== 0 && es > 0) m.u8.fill(0, dst, dst + es);
}

function isClosed(m: Machine, c: number): boolean {
  return word(m, c + CLOSED) !== 0;
}

function waitsOf(m: Machine, host: ChanHost, c: number): ChanWaits | undefined {
  const k = m.u32[(c + WAITSLOT) >>> 2]!;
  return k === 0 ? undefined : host.sched.waitSlots[k - 1];
}

/** The channel's wait queues, given a slot if it has none. */
function waits(m: Machine, host: ChanHost, c: number): ChanWaits {
  const w = waitsOf(m, host, c);
  if (w) return w;
  const sc = host.sched;
  let k = sc.freeWaitSlots.pop();
  if (k === undefined) {
    k = sc.waitSlots.length;
    sc.waitSlots.push({ chan: c, recvq: new WaitQ(), sendq: new WaitQ() });
  }
  sc.waitSlots[k]!.chan = c;
  m.u32[(c + WAITSLOT) >>> 2] = k + 1;
  return sc.waitSlots[k]!;
}

/** Free the channel's slot if nobody waits any more. */
function releaseWaits(m: Machine, host: ChanHost, w: ChanWaits): void {
  if (!w.recvq.empty || !w.sendq.empty) return;
  const k = m.u32[(w.chan + WAITSLOT) >>> 2]! - 1;
  m.u32[(w.chan + WAITSLOT) >>> 2] = 0;
  w.chan = 0;
  host.sched.freeWaitSlots.push(k);
}

/** The first waiter of the queue, if any. */
function takeWaiter(m: Machine, host: ChanHost, c: number, send: boolean): Sudog | undefined {
  const w = waitsOf(m, host, c);
  if (!w) return undefined;
  const s = (send ? w.sendq : w.recvq).dequeue();
  releaseWaits(m, host, w);
  return s;
}

/** Sudog s's operation completed: dequeue its select's other cases and ready its G. */
function complete(m: Machine, host: ChanHost, s: Sudog, ok: boolean): void {
  const g = s.g;
  if (g.waiting && g.waiting.length > 1) {
    for (const o of g.waiting) {
      if (o === s || !o.queue) continue;
      o.queue.remove(o);
      const w = waitsOf(m, host, o.chan);
      if (w) releaseWaits(m, host, w);
    }
  }
  g.waiting = undefined;
  if (s.caseIndex >= 0) {
    g.res0 = s.caseIndex;
    g.res1 = ok ? 1 : 0;
  } else g.res0 = ok ? 1 : 0;
  host.sched.ready(g, true);
}

function sudog(host: ChanHost, c: number, elem: number, isSend: boolean, caseIndex: number): Sudog {
  return {
    g: host.sched.cur,
    chan: c,
    elem,
    isSend,
    caseIndex,
    prev: undefined,
    next: undefined,
    queue: undefined,
  };
}

/** Try a send without blocking: true if it happened. Panics on a closed channel. */
function trySend(m: ChanMachine, host: ChanHost, c: number, elem: number): boolean {
  if (isClosed(m, c)) m.panicPlain("send on closed channel");
  const r = takeWaiter(m, host, c, false);
  if (r) {
    if (r.elem !== 0) copyElem(m, c, r.elem, elem);
    complete(m, host, r, true);
    return true;
  }
  if (word(m, c + QCOUNT) < word(m, c + DATAQSIZ)) {
    const x = word(m, c + SENDX);
    copyElem(m, c, slot(m, c, x), elem);
    setWord(m, c + SENDX, x + 1 === word(m, c + DATAQSIZ) ? 0 : x + 1);
    setWord(m, c + QCOUNT, word(m, c + QCOUNT) + 1);
    return true;
  }
  return false;
}

/** Try a receive without blocking: undefined if it would block, else ok. */
function tryRecv(m: ChanMachine, host: ChanHost, c: number, dst: number): boolean | undefined {
  const s = takeWaiter(m, host, c, true);
  if (s) {
    if (word(m, c + DATAQSIZ) === 0) {
      if (dst !== 0) copyElem(m, c, dst, s.elem);
    } else {
      // Full buffer: take its head, put the sender's value at the tail (the same slot).
      const x = word(m, c + RECVX);
      const at = slot(m, c, x);
      if (dst !== 0) copyElem(m, c, dst, at);
      copyElem(m, c, at, s.elem);
      const nx = x + 1 === word(m, c + DATAQSIZ) ? 0 : x + 1;
      setWord(m, c + RECVX, nx);
      setWord(m, c + SENDX, nx);
    }
    complete(m, host, s, true);
    return true;
  }
  if (word(m, c + QCOUNT) > 0) {
    const x = word(m, c + RECVX);
    const at = slot(m, c, x);
    if (dst !== 0) copyElem(m, c, dst, at);
    zeroElem(m, c, at);
    setWord(m, c + RECVX, x + 1 === word(m, c + DATAQSIZ) ? 0 : x + 1);
    setWord(m, c + QCOUNT, word(m, c + QCOUNT) - 1);
    return true;
  }
  if (isClosed(m, c)) {
    zeroElem(m, c, dst);
    return false;
  }
  return undefined;
}

export function chansend(m: ChanMachine, host: ChanHost, c: number, elem: number): void {
  if (c === 0) return host.sched.park("chan send (nil chan)");
  if (trySend(m, host, c, elem)) return;
  const s = sudog(host, c, elem, true, -1);
  waits(m, host, c).sendq.enqueue(s);
  host.sched.park("chan send", [s]);
}

/** Receive into dst (0: discard); RES[0] = ok (false: closed and drained, dst zeroed). */
export function chanrecv(m: ChanMachine, host: ChanHost, c: number, dst: number): void {
  if (c === 0) return host.sched.park("chan receive (nil chan)");
  const ok = tryRecv(m, host, c, dst);
  if (ok !== undefined) {
    host.res[0] = ok ? 1 : 0;
    return;
  }
  const s = sudog(host, c, dst, false, -1);
  waits(m, host, c).recvq.enqueue(s);
  host.sched.park("chan receive", [s]);
}

export function closechan(m: ChanMachine, host: ChanHost, c: number): void {
  if (c === 0) m.panicPlain("close of nil channel");
  if (isClosed(m, c)) m.panicPlain("close of closed channel");
  m.u32[(c + CLOSED) >>> 2] = 1;
  for (let r = takeWaiter(m, host, c, false); r; r = takeWaiter(m, host, c, false)) {
    zeroElem(m, c, r.elem);
    complete(m, host, r, false);
  }
  for (let s = takeWaiter(m, host, c, true); s; s = takeWaiter(m, host, c, true)) {
    s.g.resumePanic = "send on closed channel";
    complete(m, host, s, false);
  }
}

export function chanlen(m: Machine, c: number): number {
  return c === 0 ? 0 : word(m, c + QCOUNT);
}

export function chancap(m: Machine, c: number): number {
  return c === 0 ? 0 : word(m, c + DATAQSIZ);
}

/** One case of a select: a send of the value at `elem`, or a receive into `elem` (0: discard). */
export interface SelectCase {
  send: boolean;
  chan: number;
  elem: number;
}

/**
 * select: RES[0] = the index of the case that ran (-1: default), RES[1] = whether a
 * receive got a value. Ready cases are polled in a random order, as Go does.
 */
export function selectgo(
  m: ChanMachine,
  host: ChanHost,
  cases: readonly SelectCase[],
  hasDefault: boolean,
): void {
  const order = cases.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = host.random(i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  for (const i of order) {
    const k = cases[i]!;
    if (k.chan === 0) continue;
    if (k.send) {
      if (trySend(m, host, k.chan, k.elem)) {
        host.res[0] = i;
        host.res[1] = 0;
        return;
      }
    } else {
      const ok = tryRecv(m, host, k.chan, k.elem);
      if (ok !== undefined) {
        host.res[0] = i;
        host.res[1] = ok ? 1 : 0;
        return;
      }
    }
  }
  if (hasDefault) {
    host.res[0] = -1;
    host.res[1] = 0;
    return;
  }
  if (cases.length === 0) return host.sched.park("select (no cases)");
  const sgs: Sudog[] = [];
  cases.forEach((k, i) => {
    if (k.chan === 0) return;
    const s = sudog(host, k.chan, k.elem, k.send, i);
    const w = waits(m, host, k.chan);
    (k.send ? w.sendq : w.recvq).enqueue(s);
    sgs.push(s);
  });
  host.sched.park("select", sgs);
}
