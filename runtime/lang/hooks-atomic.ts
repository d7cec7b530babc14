/*
 * Atomic operations: the bodies of sync/atomic's and runtime/internal/atomic's bodyless
 * functions (compiler/stdlib/sync/atomic/doc.go, compiler/stdlib/runtime/internal/atomic/
 * atomic.go).
 *
 * What: each hook reads its arguments from the ABI0 argument block at `args` (abi.ts:
 * parameters in order, each at its alignment; results from the next multiple of 8) and
 * writes its results there. The first parameter is always the address operated on, a
 * pointer word whose low 32 bits hold the address.
 *
 *	SwapInt32(addr *int32, new int32) (old int32)      addr +0, new +8, old +16
 *	CompareAndSwapInt64(addr *int64, old, new int64) bool
 *	                                                   addr +0, old +8, new +16, ok +24
 *	CompareAndSwapUint32(addr, old, new uint32) bool   addr +0, old +8, new +12, ok +16
 *	AddInt64(addr *int64, delta int64) (new int64)     addr +0, delta +8, new +16
 *	LoadUint32(addr *uint32) (val uint32)              addr +0, val +8
 *	StoreInt64(addr *int64, val int64)                 addr +0, val +8
 *
 * Why it is this simple: the runtime is single-threaded and goroutines switch only at
 * calls, so an operation that makes no call is already indivisible: atomics are plain
 * loads and stores. Two's complement makes signed and unsigned addition, exchange and
 * comparison the same operation on the bits, so every hook works on raw 32-bit halves
 * (a 64-bit add carries from the low half by hand) and never builds a BigInt.
 *
 * The invariant the hooks keep for the collector: a store of a pointer into memory
 * (StorePointer, SwapPointer, CompareAndSwapPointer, and the runtime's StorepNoWB and
 * Casp1, which minigo also routes through the barrier since its user code has no other
 * barrier for them) goes through m.writePtr, and views are re-read from the Machine
 * after it. A nil address panics with Go's nil dereference error, as the faulting
 * instruction does in Go.
 *
 * Example: atomic.AddInt32(&n, 1) runs the hook "sync/atomic.AddInt32", which sets
 * n = n+1 and writes the new value at args+16.
 */

import type { Hook, Machine } from "./abi.js";

const NIL_DEREF = "invalid memory address or nil pointer dereference";

/** The address in the pointer word at args+off; panics when nil. */
function target(m: Machine, args: number): number {
  const p = m.u32[args >>> 2]!;
  if (p === 0) m.panicRuntimeError(NIL_DEREF);
  return p;
}

// --- 32-bit (and 8-bit) words ---

function load32(m: Machine, args: number): void {
  const p = target(m, args);
  const u32 = m.u32;
  u32[(args + 8) >>> 2] = u32[p >>> 2]!;
}

function store32(m: Machine, args: number): void {
  const p = target(m, args);
  const u32 = m.u32;
  u32[p >>> 2] = u32[(args + 8) >>> 2]!;
}

function swap32(m: Machine, args: number): void {
  const p = target(m, args);
  const u32 = m.u32;
  const old = u32[p >>> 2]!;
  u32[p >>> 2] = u32[(args + 8) >>> 2]!;
  u32[(args + 16) >>> 2] = old;
}

function add32(m: Machine, args: number): void {
  const p = target(m, args);
  const u32 = m.u32;
  const v = (u32[p >>> 2]! + u32[(args + 8) >>> 2]!) >>> 0;
  u32[p >>> 2] = v;
  u32[(args + 16) >>> 2] = v;
}

function cas32(m: Machine, args: number): void {
  const p = target(m, args);
  const u32 = m.u32;
  const ok = u32[p >>> 2] === u32[(args + 8) >>> 2];
  if (ok) u32[p >>> 2] = u32[(args + 12) >>> 2]!;
  m.u8[args + 16] = ok ? 1 : 0;
}

function and32(m: Machine, args: number): void {
  const p = target(m, args);
  const u32 = m.u32;
  u32[p >>> 2] = u32[p >>> 2]! & u32[(args + 8) >>> 2]!;
}

function or32(m: Machine, args: number): void {
  const p = target(m, args);
  const u32 = m.u32;
  u32[p >>> 2] = u32[p >>> 2]! | u32[(args + 8) >>> 2]!;
}

function load8(m: Machine, args: number): void {
  const p = target(m, args);
  m.u8[args + 8] = m.u8[p]!;
}

function store8(m: Machine, args: number): void {
  const p = target(m, args);
  m.u8[p] = m.u8[args + 8]!;
}

function and8(m: Machine, args: number): void {
  const p = target(m, args);
  m.u8[p] = m.u8[p]! & m.u8[args + 8]!;
}

function or8(m: Machine, args: number): void {
  const p = target(m, args);
  m.u8[p] = m.u8[p]! | m.u8[args + 8]!;
}

// --- 64-bit words, as two little-endian halves ---

function load64(m: Machine, args: number): void {
  const w = target(m, args) >>> 2;
  const r = (args + 8) >>> 2;
  const u32 = m.u32;
  u32[r] = u32[w]!;
  u32[r + 1] = u32[w + 1]!;
}

function store64(m: Machine, args: number): void {
  const w = target(m, args) >>> 2;
  const v = (args + 8) >>> 2;
  const u32 = m.u32;
  u32[w] = u32[v]!;
  u32[w + 1] = u32[v + 1]!;
}

function swap64(m: Machine, args: number): void {
  const w = target(m, args) >>> 2;
  const v = (args + 8) >>> 2;
  const r = (args + 16) >>> 2;
  const u32 = m.u32;
  const lo = u32[w]!;
  const hi = u32[w + 1]!;
  u32[w] = u32[v]!;
  u32[w + 1] = u32[v + 1]!;
  u32[r] = lo;
  u32[r + 1] = hi;
}

function add64(m: Machine, args: number): void {
  const w = target(m, args) >>> 2;
  const d = (args + 8) >>> 2;
  const r = (args + 16) >>> 2;
  const u32 = m.u32;
  const lo = u32[w]! + u32[d]!;
  const hi = (u32[w + 1]! + u32[d + 1]! + (lo > 0xffffffff ? 1 : 0)) >>> 0;
  u32[w] = lo; // the store wraps modulo 2^32
  u32[w + 1] = hi;
  u32[r] = lo;
  u32[r + 1] = hi;
}

function cas64(m: Machine, args: number): void {
  const w = target(m, args) >>> 2;
  const o = (args + 8) >>> 2;
  const n = (args + 16) >>> 2;
  const u32 = m.u32;
  const ok = u32[w] === u32[o] && u32[w + 1] === u32[o + 1];
  if (ok) {
    u32[w] = u32[n]!;
    u32[w + 1] = u32[n + 1]!;
  }
  m.u8[args + 24] = ok ? 1 : 0;
}

// --- pointers: every store into memory through the write barrier ---

function storePtr(m: Machine, args: number): void {
  const p = target(m, args);
  m.writePtr(p, m.u32[(args + 8) >>> 2]!);
}

function swapPtr(m: Machine, args: number): void {
  const p = target(m, args);
  const old = m.u32[p >>> 2]!;
  m.writePtr(p, m.u32[(args + 8) >>> 2]!);
  const u32 = m.u32;
  u32[(args + 16) >>> 2] = old;
  u32[(args + 20) >>> 2] = 0;
}

function casPtr(m: Machine, args: number): void {
  const p = target(m, args);
  const ok = m.u32[p >>> 2] === m.u32[(args + 8) >>> 2];
  if (ok) m.writePtr(p, m.u32[(args + 16) >>> 2]!);
  m.u8[args + 24] = ok ? 1 : 0;
}

/** The hooks of package sync/atomic, keyed `sync/atomic.${name}`. */
export const atomicHooks: Record<string, Hook> = {};

const syncAtomic: [string, Hook][] = [
  ["SwapInt32", swap32],
  ["SwapUint32", swap32],
  ["SwapInt64", swap64],
  ["SwapUint64", swap64],
  ["SwapUintptr", swap64],
  ["SwapPointer", swapPtr],
  ["CompareAndSwapInt32", cas32],
  ["CompareAndSwapUint32", cas32],
  ["CompareAndSwapInt64", cas64],
  ["CompareAndSwapUint64", cas64],
  ["CompareAndSwapUintptr", cas64],
  ["CompareAndSwapPointer", casPtr],
  ["AddInt32", add32],
  ["AddUint32", add32],
  ["AddInt64", add64],
  ["AddUint64", add64],
  ["AddUintptr", add64],
  ["LoadInt32", load32],
  ["LoadUint32", load32],
  ["LoadInt64", load64],
  ["LoadUint64", load64],
  ["LoadUintptr", load64],
  ["LoadPointer", load64],
  ["StoreInt32", store32],
  ["StoreUint32", store32],
  ["StoreInt64", store64],
  ["StoreUint64", store64],
  ["StoreUintptr", store64],
  ["StorePointer", storePtr],
];

/*
 * runtime/internal/atomic, as gc's amd64 port declares it: Xadd takes an int32 delta
 * for a uint32 (the same bits), Xadd64 an int64 delta for a uint64; Cas/CasRel/Store/
 * StoreRel/LoadAcq are the plain operations (no memory-ordering differences here).
 */
const runtimeAtomic: [string, Hook][] = [
  ["Load", load32],
  ["Load8", load8],
  ["Load64", load64],
  ["LoadAcq", load32],
  ["Loaduintptr", load64],
  ["Loaduint", load64],
  ["Loadint32", load32],
  ["Loadint64", load64],
  ["Xadd", add32],
  ["Xadd64", add64],
  ["Xadduintptr", add64],
  ["Xaddint64", add64],
  ["Xchg", swap32],
  ["Xchg64", swap64],
  ["Xchguintptr", swap64],
  ["Cas", cas32],
  ["Cas64", cas64],
  ["CasRel", cas32],
  ["Casuintptr", cas64],
  ["Casint64", cas64],
  ["Casp1", casPtr],
  ["Store", store32],
  ["Store8", store8],
  ["Store64", store64],
  ["StoreRel", store32],
  ["Storeuintptr", store64],
  ["Storeint64", store64],
  ["StorepNoWB", storePtr],
  ["And8", and8],
  ["Or8", or8],
  ["And", and32],
  ["Or", or32],
];

for (const [name, hook] of syncAtomic) atomicHooks[`sync/atomic.${name}`] = hook;
for (const [name, hook] of runtimeAtomic) atomicHooks[`runtime/internal/atomic.${name}`] = hook;
