/*
 * The ABI between emitted code and the runtime: how Go values, frames and functions look
 * in the linear memory and in JavaScript.
 *
 * What: the contract that compiler/codegen emits against and that runtime/lang,
 * runtime/sched and runtime/gc implement. Everything the runtime must find, scan or move
 * lives in the linear memory; JavaScript only ever holds copies.
 *
 * Values (amd64 layout, from compiler/types/sizes.ts):
 *
 *	bool, intN/uintN ≤ 32 bits   one JS number (bool is 0/1)
 *	int, int64, uint, uint64,    one JS number when |v| ≤ 2^53-1, else a bigint: the
 *	uintptr                      canonical mixed form (int64.ts). Canonical means equal
 *	                             values have the same representation, so === works.
 *	float32/float64              one JS number (float32 rounded with Math.fround)
 *	pointer, map, chan, func,    one JS number: an address (0 is nil). A func value
 *	unsafe.Pointer               points to a closure object (see below).
 *	string (16 B)                {ptr, len} in memory: bytes are immutable
 *	slice (24 B)                 {ptr, len, cap}
 *	interface (16 B)             {type id, data}: type id is an RType id (0: nil
 *	                             interface); data is the value itself when the type is
 *	                             pointer-shaped (Go's isdirectiface), else a pointer to
 *	                             a box holding the value. Empty and non-empty interfaces
 *	                             look the same: method lookup goes through the RType.
 *	complex64/128, struct, array in memory, laid out as on amd64
 *
 * Single-word values live in JS variables; multi-word values (string, slice, interface,
 * complex, struct, array) live in memory — in the frame when they are SSA temporaries —
 * and JS holds their address only between two calls.
 *
 * A word in memory is 8 bytes, little-endian. A pointer word holds the address in its low
 * 32 bits and 0 in its high 32 bits (the memory is at most 4 GB).
 *
 * Closure objects: word 0 is the function's index in the program's function table
 * (FuncInfo and JS function share it), then the captured values in FreeVar order, each at
 * its type's alignment. A call through a func value sets the context register to the
 * closure's address and calls the function; a function with free variables saves the
 * context in a frame slot in its prologue. Functions referenced as values get a static
 * closure object with only word 0.
 *
 * Frames (the stack grows down; sp is the lowest address of the running frame):
 *
 *	sp+0              frame word: func id (u32 at sp+0), resume point (u32 at sp+4)
 *	sp+8              outgoing argument area: the callee's parameters then results,
 *	                  ABI0 layout (each at its alignment; results start at a multiple
 *	                  of 8), as big as the largest call this function makes
 *	sp+8+outSize      locals: stack objects (non-escaping Allocs), multi-word SSA
 *	                  temporaries, spill slots for single-word values live across a
 *	                  call, the saved closure context
 *	sp+frameSize      the caller's frame: our parameters and results are at
 *	                  sp+frameSize+8 (the caller's outgoing area)
 *
 * A function's prologue: sp = SP - frameSize; if sp < guard, morestack (which may copy
 * the stack and adjust SP); store the frame word; zero every pointer word of the locals
 * and of its own pointer results. Epilogue: SP = sp + frameSize. After every call, the
 * caller re-reads SP (the stack may have moved) and reloads its spilled values.
 *
 * Resume points: before every call a function stores the number of the point after the
 * call in its frame word. The JavaScript stack may be discarded at any call (a deep
 * recursion unwound to the trampoline, a goroutine switch, a recovered panic): the
 * trampoline then resumes each frame from its frame word, top of stack first, by calling
 * its JS function with `resume` = true. Point 0 is the function's entry (after the
 * prologue); RESUME_RECOVERED is "return after a recovered panic".
 *
 * Frame maps (FuncInfo): which words hold pointers. One map per function, valid at every
 * call (dead slots keep their last value, which is either 0 — zeroed at entry — or a
 * pointer that was valid; never garbage). The GC scans, for each frame from SP up, its
 * local pointer words and its argument pointer words; the stack copier adjusts the same
 * words when they point into the old stack.
 *
 * Example: `func add(a, b int) int` has argsSize 24 (a at +0, b at +8, result at +16);
 * its caller writes a and b at its sp+8 and sp+16, calls, and reads the result at sp+24.
 */

/** Size of a word, a pointer and an int. */
export const WORD = 8;
/** Offset of the outgoing argument area in a frame. */
export const FRAME_ARGS = 8;
/** Resume point of a frame whose deferred call recovered a panic. */
export const RESUME_RECOVERED = 0xffff;
/**
 * RES[2] while emitted code returns up the JavaScript stack: PARKING to the scheduler
 * (the goroutine parks or yields), UNWINDING to the nearest trampoline, which resumes the
 * frames at SP at once (the JavaScript stack got deep, or a call's preemption check ran
 * out of quantum: the scheduler then yields first if others can run).
 */
export const PARKING = 1;
export const UNWINDING = 2;
/** Thrown by runtime.Goexit, after the deferred calls ran, to the scheduler loop. */
export const UNWIND = { unwind: true } as const;

/** What the runtime knows about one compiled function (index = function id). */
export interface FuncInfo {
  /** Go's name as traces print it: `main.f`, `main.(*T).M`, `main.f.func1`. */
  readonly name: string;
  /** Source file and line of the declaration (traces). */
  readonly file: string;
  readonly line: number;
  /** Bytes of the frame, a multiple of 8 (frame word + outgoing area + locals). */
  readonly frameSize: number;
  /** Bytes of parameters and results at sp+frameSize+FRAME_ARGS. */
  readonly argsSize: number;
  /** Byte offsets, relative to the argument base, of pointer words in params and results. */
  readonly argPtrs: Int32Array;
  /** Byte offsets, relative to sp, of pointer words in the locals (never the outgoing area). */
  readonly localPtrs: Int32Array;
  /** Source line of each resume point's call (index 0: the declaration), for traces. */
  readonly resumeLines: Int32Array;
}

/**
 * A goroutine's stack as emitted code and the runtime share it (runtime/sched/stack.ts
 * owns growth, shrinking and scanning). Frames occupy [sp, base); the entry function's
 * parameters are at base+FRAME_ARGS, below hi.
 *
 *	lo                 guard               sp        base      hi
 *	|   free           |    free ...       | frames  | entry   |
 *
 * A prologue that would put sp below `guard` calls morestack. In GODEBUG=stackmove=1
 * mode the runtime sets guard above hi, so every prologue moves the stack.
 */
export interface GoStack {
  lo: number;
  hi: number;
  guard: number;
  base: number;
}

/** reflect.Kind's numbering. */
export const enum Kind {
  Invalid = 0,
  Bool,
  Int,
  Int8,
  Int16,
  Int32,
  Int64,
  Uint,
  Uint8,
  Uint16,
  Uint32,
  Uint64,
  Uintptr,
  Float32,
  Float64,
  Complex64,
  Complex128,
  Array,
  Chan,
  Func,
  Interface,
  Map,
  Pointer,
  Slice,
  String,
  Struct,
  UnsafePointer,
}

export interface RField {
  readonly name: string;
  /** Empty for exported fields. */
  readonly pkgPath: string;
  readonly type: number;
  readonly offset: number;
  readonly embedded: boolean;
  readonly tag: string;
}

export interface RMethod {
  readonly name: string;
  /** Empty for exported methods. */
  readonly pkgPath: string;
  /** The method's func type without receiver. */
  readonly type: number;
  /**
   * Function id of the method as called through an interface: its receiver parameter is
   * the interface's data word (for a value method of a boxed type, a wrapper that loads
   * the value from the box). -1 for interface types' own method lists.
   */
  readonly fn: number;
}

/** A run-time type descriptor (Go's _type plus what reflect needs). Index = type id. */
export interface RType {
  readonly id: number;
  readonly kind: Kind;
  readonly size: number;
  readonly align: number;
  /** As %T prints it: `int`, `main.T`, `[]*main.T`, `map[string]int`, `func(int) error`. */
  readonly str: string;
  /** Named types: the name (`T`) and package path (`main`); empty otherwise. */
  readonly name: string;
  readonly pkgPath: string;
  /** Word offsets of the pointer words of a value of this type. */
  readonly ptrWords: readonly number[];
  /** Go's isdirectiface: an interface holds the value itself in its data word. */
  readonly direct: boolean;
  readonly comparable: boolean;
  /** Pointer, slice, array, chan, map: the element type id; map: key type id. */
  readonly elem: number;
  readonly key: number;
  /** Array length. */
  readonly len: number;
  /** Chan direction: 1 recv, 2 send, 3 both (reflect.ChanDir). */
  readonly dir: number;
  readonly fields: readonly RField[];
  /** Func types. */
  readonly params: readonly number[];
  readonly results: readonly number[];
  readonly variadic: boolean;
  /**
   * Methods, sorted by name as reflect sorts them: the method set of this type (for a
   * pointer type, of *T), or an interface type's methods.
   */
  readonly methods: readonly RMethod[];
  /** The pointer type *T when the program uses it (-1 otherwise); reflect's PtrTo. */
  readonly ptrTo: number;
}

/**
 * A runtime hook: the body of a bodyless Go function in the shipped stdlib, written in
 * TypeScript. `args` is the address of its parameters and results (ABI0 layout, as for a
 * compiled function): the hook reads the parameters there and writes the results there.
 * Keyed by `${package path}.${IR name}`: `math.Sqrt`, `reflect.ValueOf`,
 * `reflect.(Value).Field`, `reflect.(*rtype).Size`, `runtime.GC`.
 */
export type Hook = (m: Machine, args: number) => void;

/**
 * What hooks and the language runtime (maps, strings, panics, printing) may use of the
 * running program. Views are re-created when the memory grows: read them from the
 * Machine at each use, never keep one across an allocation.
 */
export interface Machine {
  readonly u8: Uint8Array;
  readonly u32: Uint32Array;
  readonly i32: Int32Array;
  readonly f32: Float32Array;
  readonly f64: Float64Array;
  /** Type descriptors, index = type id (0 is unused). */
  readonly types: readonly RType[];
  /** Go's mallocgc for `count` values of type `typeId`, zeroed (counted in MemStats). */
  alloc(typeId: number, count: number): number;
  /** A pointer-free block of `size` bytes, zeroed (counted in MemStats). */
  allocNoscan(size: number): number;
  /** Store pointer `val` in the word at `slot` (heap or global) with the write barrier. */
  writePtr(slot: number, val: number): void;
  /** Copy a value of type `typeId` from src to dst, pointer words through the barrier. */
  typedmemmove(typeId: number, dst: number, src: number): void;
  /** A new Go string with the UTF-8 bytes of `s`: returns [ptr, len]. */
  newString(s: string): [number, number];
  /** Decode the Go string whose header is at `addr` (for messages; invalid UTF-8 → U+FFFD). */
  readString(addr: number): string;
  /** Panic with the Go value (typeId, data word) — an interface value. Never returns. */
  panicValue(typeId: number, data: number): never;
  /** Panic with a runtime.Error whose Error() is `runtime error: ${msg}`. Never returns. */
  panicRuntimeError(msg: string): never;
  /** Panic with a plain string value (`panic("...")`). Never returns. */
  panicString(msg: string): never;
  /** Go's `fatal error: ${msg}` (exit status 2, not recoverable). Never returns. */
  fatal(msg: string): never;
  /** Write bytes to file descriptor 1 or 2. */
  write(fd: number, bytes: Uint8Array): void;
}
