// Linear memory: the one address space a minigo program runs in.
//
// The program's heap, goroutine stacks and runtime structures all live in a
// single ArrayBuffer. An address is a byte offset into it; address 0 is nil
// (the first page is never handed out, so a nil dereference can never alias
// a live object). Layout follows amd64: a word is 8 bytes, pointers are words.
//
// Growth. The buffer is a plain ArrayBuffer of the whole limit, allocated up front: the
// operating system commits its pages only when they are first written, so the
// reservation costs address space, not memory. Growing moves `size` up in arena-sized
// steps (64 MB by default, like Go's heapArenaBytes on amd64); the views span the whole
// buffer and stay the same objects, so code that holds them (and V8's optimized code,
// which treats them as constants) is not disturbed. Where the engine refuses so large a
// buffer, a smaller one is reserved (halving), and growth past it allocates a larger
// buffer, copies, and re-creates the views (onGrow tells their holders). Not a
// resizable ArrayBuffer: V8 (Node 20) reads and writes typed arrays over one two to
// three times slower, and compiled Go code does little else. Addresses at or past
// `size` are never used.
//
// Word representation. Addresses are limited to 32 bits (the limit is at most
// 4 GB), so a pointer word stores the address in its low 32-bit half and 0 in
// its high half. Pointers are therefore read with one Uint32Array load and kept
// in JavaScript as plain Numbers (no BigInt anywhere on the hot paths).
// Non-pointer words may hold any 64-bit value; `loadWord`/`storeWord` handle
// integers exactly up to 2^53 as Numbers, `loadI64`/`storeI64` go through
// BigInt for the full range.
//
// Invariant: size is a multiple of the arena step (or of the page size when
// the limit is not), size <= limit, and all bytes never written are zero.
//
// Example:
//
//	const mem = new LinearMemory({ limitBytes: 1 << 30 });
//	mem.grow(1 << 20);            // at least 1 MB more (rounded to the arena step)
//	mem.storePtr(8192, 16384);    // *(*uintptr)(8192) = 16384
//	mem.loadPtr(8192) === 16384;

import { fatal } from "./fatal.js";

/** Go's heapArenaBytes on 64-bit Linux: the unit by which the heap grows. */
export const DEFAULT_ARENA_BYTES = 64 << 20;
/** Pointers are 32-bit offsets stored in 64-bit words, so 4 GB is the ceiling. */
export const MAX_LIMIT_BYTES = 2 ** 32;

export interface LinearMemoryOptions {
  /** Maximum size in bytes (default: 4 GB or the largest the engine allows). */
  limitBytes?: number;
  /** Growth step in bytes (default 64 MB; tests use smaller steps). */
  arenaBytes?: number;
}

/** The largest zeroed buffer the engine gives, halving from `limit` (null below `floor`). */
function reserve(limit: number, floor: number): ArrayBuffer | null {
  for (let n = limit; n >= floor; n = Math.floor(n / 2 / 8192) * 8192) {
    try {
      return new ArrayBuffer(n);
    } catch {
      // too large for the engine or the system: try half
    }
  }
  return null;
}

export class LinearMemory {
  buffer: ArrayBuffer;
  /** Views of the whole buffer; re-created only when growth replaces the buffer. */
  u8!: Uint8Array;
  u32!: Uint32Array;
  i32!: Int32Array;
  f64!: Float64Array;
  i64!: BigInt64Array;
  /** Growing up to the limit moves no bytes (the whole limit is reserved). */
  get growsInPlace(): boolean {
    return this.buffer.byteLength >= this.limit;
  }
  /** Current size in bytes. */
  size = 0;
  /** Called after a growth replaced the buffer and the views (holders of views refresh theirs). */
  onGrow: (() => void) | null = null;
  readonly limit: number;
  readonly arenaBytes: number;

  constructor(opts: LinearMemoryOptions = {}) {
    const limit = Math.min(opts.limitBytes ?? MAX_LIMIT_BYTES, MAX_LIMIT_BYTES);
    this.arenaBytes = opts.arenaBytes ?? DEFAULT_ARENA_BYTES;
    if (this.arenaBytes % 8192 !== 0 || this.arenaBytes <= 0)
      throw new RangeError("arenaBytes must be a positive multiple of 8192");
    this.limit = Math.floor(limit / 8192) * 8192;
    this.buffer = reserve(this.limit, Math.min(this.limit, 64 << 20)) ?? new ArrayBuffer(0);
    this.refreshViews();
  }

  /**
   * Grow by at least `minBytes`, in arena steps (clamped to the limit).
   * Returns the new size, or throws Go's out-of-memory fatal error.
   */
  grow(minBytes: number): number {
    const step = this.arenaBytes;
    let want = this.size + Math.ceil(minBytes / step) * step;
    if (want > this.limit) {
      // Use whatever is left below the limit if that satisfies the request.
      want = this.limit;
      if (want - this.size < minBytes) fatal("runtime: out of memory");
    }
    const replaced = want > this.buffer.byteLength;
    if (replaced) {
      let next: ArrayBuffer;
      try {
        next = new ArrayBuffer(want);
      } catch {
        fatal("runtime: out of memory");
      }
      new Uint8Array(next).set(this.u8);
      this.buffer = next;
      this.refreshViews();
    }
    this.size = want;
    if (replaced) this.onGrow?.();
    return want;
  }

  private refreshViews(): void {
    const b = this.buffer;
    this.u8 = new Uint8Array(b);
    this.u32 = new Uint32Array(b);
    this.i32 = new Int32Array(b);
    this.f64 = new Float64Array(b);
    this.i64 = new BigInt64Array(b);
  }

  /** Load a pointer word (low 32 bits; the high half of a pointer word is 0). */
  loadPtr(addr: number): number {
    return this.u32[addr >>> 2];
  }

  /** Store a pointer word (address in the low half, 0 in the high half). */
  storePtr(addr: number, p: number): void {
    const i = addr >>> 2;
    this.u32[i] = p;
    this.u32[i + 1] = 0;
  }

  /** Load an unsigned 64-bit word as a Number (exact below 2^53). */
  loadWord(addr: number): number {
    const i = addr >>> 2;
    return this.u32[i] + this.u32[i + 1] * 4294967296;
  }

  /** Store a non-negative integer below 2^53 as a 64-bit word. */
  storeWord(addr: number, v: number): void {
    const i = addr >>> 2;
    this.u32[i] = v >>> 0;
    this.u32[i + 1] = Math.floor(v / 4294967296) >>> 0;
  }

  loadI64(addr: number): bigint {
    return this.i64[addr >>> 3];
  }

  storeI64(addr: number, v: bigint): void {
    this.i64[addr >>> 3] = v;
  }

  /** Zero n bytes at addr (addr and n multiples of 8). Small blocks are cleared word by word. */
  zero(addr: number, n: number): void {
    if (n <= 256) {
      const f = this.f64;
      for (let i = addr >>> 3, e = (addr + n) >>> 3; i < e; i++) f[i] = 0;
    } else {
      this.u8.fill(0, addr, addr + n);
    }
  }
}
