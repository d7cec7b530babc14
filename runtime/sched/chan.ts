/*
 * Channels for a program with one goroutine: Go's hchan in the linear memory, buffered
 * sends and receives, close, len/cap, select — and Go's deadlock error wherever a
 * second goroutine would be needed to proceed.
 *
 * What: makechan allocates Go 1.19's hchan layout (96 bytes:
 *
 *	+0 qcount  +8 dataqsiz  +16 buf *elem  +24 elemsize u16  +28 closed u32
 *	+32 elemtype (a type id, not a pointer)  +40 sendx  +48 recvx  +56 recvq  +72 sendq
 *
 * ) with Go's allocations: one block of hchan+buffer when the element has no pointers
 * (the GC does not scan it), else an hchan and a separate buffer of typed elements.
 * chansend/chanrecv move one element through the ring buffer; closechan, chanlen,
 * chancap and selectgo follow runtime/chan.go and select.go. An operation that would
 * block can never complete while only one goroutine exists, so it ends the program as
 * Go does: `fatal error: all goroutines are asleep - deadlock!` and the goroutine's
 * wait reason (`chan receive`, `chan send (nil chan)`, `select (no cases)`, …).
 *
 * Why: the language runtime's part of channels that does not need a scheduler; the
 * scheduler (goroutines, wait queues) builds on the same layout later.
 *
 * Invariant: 0 <= qcount <= dataqsiz; buffer slots outside [recvx, recvx+qcount) hold
 * zero values (a received slot is cleared so the GC does not keep its pointers alive).
 *
 * Example: c := make(chan int, 1); c <- 5; v, ok := <-c  → makechan, chansend, chanrecv=true.
 */
import type { Machine } from "../lang/abi.js";

export const HCHAN_SIZE = 96;
const QCOUNT = 0;
const DATAQSIZ = 8;
const BUF = 16;
const ELEMSIZE = 24;
const CLOSED = 28;
const ELEMTYPE = 32;
const SENDX = 40;
const RECVX = 48;

/** Why a goroutine waits forever, as Go's traceback prints it. */
export type WaitReason =
  | "chan send"
  | "chan send (nil chan)"
  | "chan receive"
  | "chan receive (nil chan)"
  | "select"
  | "select (no cases)";

/** What channels need beyond the Machine: the hchan type and how to end on deadlock. */
export interface ChanHost {
  /** Type id of runtime.hchan (pointer word: buf). */
  readonly hchanType: number;
  /** Go's deadlock fatal error for the only goroutine, waiting for `reason`. */
  deadlock(reason: WaitReason): never;
  /** Uniform random integer in [0, n). */
  random(n: number): number;
}

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
  return word(m, c + BUF) + i * m.u32[(c + ELEMSIZE) >>> 2]!;
}

function elemSize(m: Machine, c: number): number {
  return m.u32[(c + ELEMSIZE) >>> 2]! & 0xffff;
}

function copyElem(m: Machine, c: number, dst: number, src: number): void {
  const tid = word(m, c + ELEMTYPE);
  if (elemSize(m, c) > 0) m.typedmemmove(tid, dst, src);
}

/** Can a send proceed now (buffer space), not counting a closed channel? */
function canSend(m: Machine, c: number): boolean {
  return word(m, c + QCOUNT) < word(m, c + DATAQSIZ);
}

function canRecv(m: Machine, c: number): boolean {
  return word(m, c + QCOUNT) > 0 || word(m, c + CLOSED) !== 0;
}

export function chansend(m: Machine, host: ChanHost, c: number, elem: number): void {
  if (c === 0) host.deadlock("chan send (nil chan)");
  if (word(m, c + CLOSED) !== 0)
    (m as Machine & { panicPlain(s: string): never }).panicPlain("send on closed channel");
  if (!canSend(m, c)) host.deadlock("chan send");
  doSend(m, c, elem);
}

function doSend(m: Machine, c: number, elem: number): void {
  const x = word(m, c + SENDX);
  copyElem(m, c, slot(m, c, x), elem);
  const n = word(m, c + DATAQSIZ);
  setWord(m, c + SENDX, x + 1 === n ? 0 : x + 1);
  setWord(m, c + QCOUNT, word(m, c + QCOUNT) + 1);
}

/** Receive into dst (0: discard); returns ok (false: closed and drained, dst zeroed). */
export function chanrecv(m: Machine, host: ChanHost, c: number, dst: number): boolean {
  if (c === 0) host.deadlock("chan receive (nil chan)");
  if (!canRecv(m, c)) host.deadlock("chan receive");
  return doRecv(m, c, dst);
}

function doRecv(m: Machine, c: number, dst: number): boolean {
  const es = elemSize(m, c);
  if (word(m, c + QCOUNT) === 0) {
    if (dst !== 0 && es > 0) m.u8.fill(0, dst, dst + es);
    return false;
  }
  const x = word(m, c + RECVX);
  const s = slot(m, c, x);
  if (dst !== 0) copyElem(m, c, dst, s);
  if (es > 0) m.u8.fill(0, s, s + es);
  const n = word(m, c + DATAQSIZ);
  setWord(m, c + RECVX, x + 1 === n ? 0 : x + 1);
  setWord(m, c + QCOUNT, word(m, c + QCOUNT) - 1);
  return true;
}

export function closechan(m: Machine, c: number): void {
  const pm = m as Machine & { panicPlain(s: string): never };
  if (c === 0) pm.panicPlain("close of nil channel");
  if (word(m, c + CLOSED) !== 0) pm.panicPlain("close of closed channel");
  m.u32[(c + CLOSED) >>> 2] = 1;
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
 * select: the index of the case that ran (-1: default), and for a receive whether it got
 * a value (recvOK). Ready cases are polled in a random order, as Go does.
 */
export function selectgo(
  m: Machine,
  host: ChanHost,
  cases: readonly SelectCase[],
  hasDefault: boolean,
): [number, boolean] {
  const order = cases.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = host.random(i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  for (const i of order) {
    const k = cases[i]!;
    if (k.chan === 0) continue;
    if (k.send) {
      if (word(m, k.chan + CLOSED) !== 0) {
        (m as Machine & { panicPlain(s: string): never }).panicPlain("send on closed channel");
      }
      if (canSend(m, k.chan)) {
        doSend(m, k.chan, k.elem);
        return [i, false];
      }
    } else if (canRecv(m, k.chan)) {
      return [i, doRecv(m, k.chan, k.elem)];
    }
  }
  if (hasDefault) return [-1, false];
  host.deadlock(cases.length === 0 ? "select (no cases)" : "select");
}
