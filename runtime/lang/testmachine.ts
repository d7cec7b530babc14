// A Machine for tests: the language runtime's contract (abi.ts) over a real
// Heap and Collector, without compiled code or a scheduler.
//
// Tests of runtime/lang (maps, strings, interfaces, printing) need what the
// emitted program will give them: typed allocation with precise GC type
// descriptors, the write barrier, strings in linear memory, panics, and roots
// the collector can see. TestMachine provides exactly that and nothing more:
//
//	types      an RType table (built with TypeTable below, or given whole);
//	           each RType gets a GC TypeDesc from its size and ptrWords the
//	           first time it is allocated, so alloc(typeId) is scanned
//	           precisely (an array of n elements repeats the pattern)
//	roots      `regs`, a list of pointer "registers" (one stack root job, gid 0,
//	           written without a barrier like stack slots), plus frames: blocks
//	           of stack memory (heap.allocStack) whose pointer words are listed
//	           when the frame is made, scanned in the same job — this is where a
//	           test puts a non-escaping hmap and its first bucket
//	panics     thrown as GoPanicError (kind "runtimeError" | "plainError" |
//	           "string" | "value"),
//	           whose `message` is what Go prints after "panic: "
//	fatal      thrown as memory's FatalError
//	output     write(fd, bytes) appends to `stdout` / `stderr` (decoded text)
//
// Invariant: every non-zero value in `regs` and in a frame's listed pointer
// words is an address the test obtained from this machine; a test must keep
// every pointer it holds in JS across an allocation in `regs` (as compiled code
// keeps values live across a call in frame slots).
//
// Example:
//
//	const tt = new TypeTable();
//	const T = tt.struct("main.T", [{ name: "p", type: tt.ptr(tt.int()) }, { name: "n", type: tt.int() }]);
//	const m = new TestMachine(tt.types, { godebug: "gccheckmark=1" });
//	m.regs[0] = m.alloc(T, 1);         // rooted
//	m.writePtr(m.regs[0], m.alloc(tt.int(), 1));
//	m.gc.GC();

import { Collector, CollectorOptions } from "../gc/collector.js";
import { RootJob, RootSource } from "../gc/roots.js";
import { fatal } from "../memory/fatal.js";
import { Heap, ZERO_BASE } from "../memory/malloc.js";
import { TypeDesc } from "../memory/typedesc.js";
import { Kind, Machine, RField, RMethod, RType } from "./abi.js";
import { mapSupportTypes } from "./map.js";

/**
 * How a Go panic surfaced: a runtime.Error whose text starts "runtime error: ",
 * a runtime.Error without that prefix (Go's plainError, e.g. "assignment to
 * entry in nil map"), a string value, or any other value.
 */
export type GoPanicKind = "runtimeError" | "plainError" | "string" | "value";

/** A Go panic raised through the Machine. `message` is the text after "panic: ". */
export class GoPanicError extends Error {
  readonly kind: GoPanicKind;
  /** For kind "value": the interface value panicked with. */
  readonly typeId: number;
  readonly data: number;

  constructor(kind: GoPanicKind, message: string, typeId = 0, data = 0) {
    super(message);
    this.name = "GoPanicError";
    this.kind = kind;
    this.typeId = typeId;
    this.data = data;
  }
}

export interface TestMachineOptions extends CollectorOptions {
  /** Number of pointer registers in `regs` (default 16). */
  regs?: number;
  /**
   * Collector torture: every allocation through the Machine first does this
   * many bytes of marking if a cycle is running (ending it when no work is
   * left, as an assist can), and afterwards starts a cycle if none is running
   * (shading the new object, as the collector does when an allocation crosses
   * the trigger). Every allocation becomes a point where a cycle advances, ends
   * or starts, which exposes a pointer held only in JavaScript across an
   * allocation.
   */
  gcEveryAlloc?: number;
}

/** A stack-memory block with the byte offsets of its pointer words (see header). */
interface Frame {
  readonly addr: number;
  readonly bytes: number;
  readonly ptrOffsets: readonly number[];
}

const encoder = new TextEncoder();
const decoder = new TextDecoder("utf-8", { fatal: false });

export class TestMachine implements Machine, RootSource {
  readonly gc: Collector;
  readonly heap: Heap;
  readonly types: readonly RType[];
  /** Pointer registers: GC roots written without a barrier (like stack slots). */
  readonly regs: number[];
  readonly stdout: string[] = [];
  readonly stderr: string[] = [];
  private readonly frames = new Map<number, Frame>();
  private readonly gcTypes: (TypeDesc | undefined)[] = [];
  private f32View: Float32Array | null = null;
  private readonly gcEveryAlloc: number;

  constructor(types: readonly RType[], opts: TestMachineOptions = {}) {
    this.types = types;
    this.gc = new Collector({ warmUp: false, ...opts });
    this.heap = this.gc.heap;
    this.regs = new Array<number>(opts.regs ?? 16).fill(0);
    this.gc.roots = this;
    this.gc.currentG = 0;
    this.gcEveryAlloc = opts.gcEveryAlloc ?? 0;
  }

  /** Before an allocation: the torture's marking step (see TestMachineOptions.gcEveryAlloc). */
  private tortureBefore(): void {
    if (this.gcEveryAlloc > 0 && this.gc.phase === "mark") this.gc.gcIdleWork(this.gcEveryAlloc);
  }

  /** After an allocation of p: the torture's cycle start. */
  private tortureAfter(p: number): number {
    if (this.gcEveryAlloc > 0 && this.gc.phase === "off") {
      this.gc.startCycle();
      this.gc.shade(p);
    }
    return p;
  }

  // ---- views (re-read after every allocation: the memory may have grown) ----

  get u8(): Uint8Array {
    return this.heap.mem.u8;
  }
  get u32(): Uint32Array {
    return this.heap.mem.u32;
  }
  get i32(): Int32Array {
    return this.heap.mem.i32;
  }
  get f64(): Float64Array {
    return this.heap.mem.f64;
  }
  get f32(): Float32Array {
    const mem = this.heap.mem;
    let v = this.f32View;
    if (v === null || v.buffer !== mem.buffer || v.length !== mem.size >>> 2) {
      v = new Float32Array(mem.buffer, 0, mem.size >>> 2);
      this.f32View = v;
    }
    return v;
  }

  // ---- RootSource ----

  rootJobs(): readonly RootJob[] {
    const regs = this.regs;
    const frames = this.frames;
    const mem = this.heap.mem;
    let bytes = regs.length * 8;
    for (const f of frames.values()) bytes += f.bytes;
    return [
      {
        kind: "stack",
        gid: 0,
        scanBytes: bytes,
        scan: (visit) => {
          for (let i = 0; i < regs.length; i++) visit(regs[i]);
          for (const f of frames.values())
            for (const off of f.ptrOffsets) visit(mem.loadPtr(f.addr + off));
        },
      },
    ];
  }

  /**
   * A zeroed block of stack memory of `bytes` (rounded up to a power of two ≥ 2 KB)
   * whose pointer words at the given byte offsets are GC roots until freeFrame.
   */
  allocFrame(bytes: number, ptrOffsets: readonly number[]): number {
    let size = 2048;
    while (size < bytes) size *= 2;
    const addr = this.heap.allocStack(size);
    this.heap.mem.u8.fill(0, addr, addr + size);
    this.frames.set(addr, { addr, bytes: size, ptrOffsets: [...ptrOffsets] });
    return addr;
  }

  freeFrame(addr: number): void {
    const f = this.frames.get(addr);
    if (f === undefined) throw new Error(`freeFrame: no frame at ${addr}`);
    this.frames.delete(addr);
    this.heap.freeStack(addr, f.bytes);
  }

  // ---- allocation ----

  /** The GC descriptor of RType `typeId`, registered on first use. */
  gcType(typeId: number): TypeDesc {
    let d = this.gcTypes[typeId];
    if (d === undefined) {
      const t = this.types[typeId];
      if (t === undefined || t.id !== typeId) throw new Error(`alloc: no RType ${typeId}`);
      d = this.heap.types.register(t.str, t.size, t.ptrWords);
      this.gcTypes[typeId] = d;
    }
    return d;
  }

  alloc(typeId: number, count: number): number {
    const d = this.gcType(typeId);
    if (d.size * count === 0) return ZERO_BASE;
    this.tortureBefore();
    return this.tortureAfter(this.heap.alloc(d, count));
  }

  allocNoscan(size: number): number {
    if (size === 0) return ZERO_BASE;
    this.tortureBefore();
    return this.tortureAfter(this.heap.allocBytes(size));
  }

  writePtr(slot: number, val: number): void {
    this.gc.writePointer(slot, val);
  }

  /**
   * Grey `p` if a cycle is marking (runtime code holding p only in JS across an
   * allocation); optional beyond abi.ts.
   */
  shade(p: number): void {
    this.gc.shade(p);
  }

  typedmemmove(typeId: number, dst: number, src: number): void {
    if (dst === src) return;
    const t = this.types[typeId];
    const mem = this.heap.mem;
    if (this.gc.barrierOn) {
      for (const w of t.ptrWords)
        this.gc.writeBarrierValues(mem.loadPtr(dst + w * 8), mem.loadPtr(src + w * 8));
    }
    mem.u8.copyWithin(dst, src, src + t.size);
  }

  // ---- strings ----

  newString(s: string): [number, number] {
    const bytes = encoder.encode(s);
    if (bytes.length === 0) return [0, 0];
    const p = this.allocNoscan(bytes.length);
    this.heap.mem.u8.set(bytes, p);
    return [p, bytes.length];
  }

  readString(addr: number): string {
    const mem = this.heap.mem;
    const p = mem.loadPtr(addr);
    const n = mem.loadWord(addr + 8);
    return decoder.decode(mem.u8.subarray(p, p + n));
  }

  /** Store the string header {ptr, len} of a new Go string `s` at `addr` (addr in a root or rooted object). */
  storeString(addr: number, s: string): void {
    const [p, n] = this.newString(s);
    this.writePtr(addr, p);
    this.heap.mem.storeWord(addr + 8, n);
  }

  // ---- panics and output ----

  panicValue(typeId: number, data: number): never {
    const t = this.types[typeId];
    throw new GoPanicError("value", `(${t?.str ?? "?"}) ${data}`, typeId, data);
  }

  panicRuntimeError(msg: string): never {
    throw new GoPanicError("runtimeError", `runtime error: ${msg}`);
  }

  panicString(msg: string): never {
    throw new GoPanicError("string", msg);
  }

  /** A runtime.Error whose Error() is msg itself (Go's plainError); optional beyond abi.ts. */
  panicPlain(msg: string): never {
    throw new GoPanicError("plainError", msg);
  }

  fatal(msg: string): never {
    fatal(msg);
  }

  write(fd: number, bytes: Uint8Array): void {
    (fd === 2 ? this.stderr : this.stdout).push(decoder.decode(bytes));
  }

  /** MemStats.Mallocs now (flushes the mcaches' counts, as ReadMemStats does). */
  mallocs(): number {
    return this.gc.readMemStats().Mallocs;
  }
}

// ---- building RType tables for tests ----

export interface FieldSpec {
  readonly name: string;
  readonly type: number;
  readonly embedded?: boolean;
}

/**
 * Builds an RType table with amd64 layout (sizes, alignment, pointer words,
 * comparability, isdirectiface) for the types a test uses. Index 0 is unused.
 * Identical requests return the same id (types are interned by their string).
 */
export class TypeTable {
  readonly types: RType[] = [];
  private readonly byStr = new Map<string, number>();

  constructor() {
    this.types.push(this.make({ kind: Kind.Invalid, size: 0, align: 1, str: "<invalid>" }));
  }

  /** Intern a type by `str`; fields not given take neutral defaults. */
  add(spec: Partial<RType> & Pick<RType, "kind" | "size" | "align" | "str">): number {
    const have = this.byStr.get(spec.str);
    if (have !== undefined) return have;
    const id = this.types.length;
    this.types.push(this.make({ ...spec, id }));
    this.byStr.set(spec.str, id);
    return id;
  }

  /** The id of the type whose string is `str`, or -1. */
  lookup(str: string): number {
    return this.byStr.get(str) ?? -1;
  }

  private make(spec: Partial<RType> & Pick<RType, "kind" | "size" | "align" | "str">): RType {
    const fields: readonly RField[] = spec.fields ?? [];
    const methods: readonly RMethod[] = spec.methods ?? [];
    return {
      id: spec.id ?? 0,
      kind: spec.kind,
      size: spec.size,
      align: spec.align,
      str: spec.str,
      name: spec.name ?? "",
      pkgPath: spec.pkgPath ?? "",
      ptrWords: spec.ptrWords ?? [],
      direct: spec.direct ?? false,
      comparable: spec.comparable ?? true,
      elem: spec.elem ?? 0,
      key: spec.key ?? 0,
      len: spec.len ?? 0,
      dir: spec.dir ?? 0,
      fields,
      params: spec.params ?? [],
      results: spec.results ?? [],
      variadic: spec.variadic ?? false,
      methods,
      ptrTo: spec.ptrTo ?? -1,
    };
  }

  private basic(kind: Kind, size: number, str: string): number {
    return this.add({ kind, size, align: size, str });
  }

  bool(): number {
    return this.basic(Kind.Bool, 1, "bool");
  }
  int(): number {
    return this.basic(Kind.Int, 8, "int");
  }
  int8(): number {
    return this.basic(Kind.Int8, 1, "int8");
  }
  int16(): number {
    return this.basic(Kind.Int16, 2, "int16");
  }
  int32(): number {
    return this.basic(Kind.Int32, 4, "int32");
  }
  int64(): number {
    return this.basic(Kind.Int64, 8, "int64");
  }
  uint8(): number {
    return this.basic(Kind.Uint8, 1, "uint8");
  }
  uint64(): number {
    return this.basic(Kind.Uint64, 8, "uint64");
  }
  float32(): number {
    return this.basic(Kind.Float32, 4, "float32");
  }
  float64(): number {
    return this.basic(Kind.Float64, 8, "float64");
  }
  complex64(): number {
    return this.add({ kind: Kind.Complex64, size: 8, align: 4, str: "complex64" });
  }
  complex128(): number {
    return this.add({ kind: Kind.Complex128, size: 16, align: 8, str: "complex128" });
  }
  string(): number {
    return this.add({ kind: Kind.String, size: 16, align: 8, str: "string", ptrWords: [0] });
  }
  unsafePointer(): number {
    return this.add({
      kind: Kind.UnsafePointer,
      size: 8,
      align: 8,
      str: "unsafe.Pointer",
      ptrWords: [0],
      direct: true,
    });
  }

  ptr(elem: number): number {
    return this.add({
      kind: Kind.Pointer,
      size: 8,
      align: 8,
      str: "*" + this.types[elem].str,
      ptrWords: [0],
      direct: true,
      elem,
    });
  }

  slice(elem: number): number {
    return this.add({
      kind: Kind.Slice,
      size: 24,
      align: 8,
      str: "[]" + this.types[elem].str,
      ptrWords: [0],
      comparable: false,
      elem,
    });
  }

  array(elem: number, len: number): number {
    const e = this.types[elem];
    const ptrWords: number[] = [];
    if (e.ptrWords.length > 0) {
      for (let i = 0; i < len; i++) for (const w of e.ptrWords) ptrWords.push((i * e.size) / 8 + w);
    }
    return this.add({
      kind: Kind.Array,
      size: e.size * len,
      align: e.align,
      str: `[${len}]${e.str}`,
      ptrWords,
      direct: len === 1 && e.direct,
      comparable: e.comparable,
      elem,
      len,
    });
  }

  /** The empty interface (`interface {}`) or a named interface with no listed methods. */
  iface(str = "interface {}"): number {
    return this.add({ kind: Kind.Interface, size: 16, align: 8, str, ptrWords: [1] });
  }

  /** A struct; `str` is the type's name (`main.T`) or its literal (`struct { a int }`). */
  struct(str: string, fieldSpecs: readonly FieldSpec[]): number {
    let off = 0;
    let align = 1;
    const fields: RField[] = [];
    const ptrWords: number[] = [];
    let comparable = true;
    for (const f of fieldSpecs) {
      const t = this.types[f.type];
      off = Math.ceil(off / t.align) * t.align;
      fields.push({
        name: f.name,
        pkgPath: "",
        type: f.type,
        offset: off,
        embedded: f.embedded ?? false,
        tag: "",
      });
      for (const w of t.ptrWords) ptrWords.push(off / 8 + w);
      comparable &&= t.comparable;
      align = Math.max(align, t.align);
      off += t.size;
    }
    const size = Math.ceil(off / align) * align;
    const dot = str.lastIndexOf(".");
    const named = !str.startsWith("struct");
    return this.add({
      kind: Kind.Struct,
      size,
      align,
      str,
      name: named ? str.slice(dot + 1) : "",
      pkgPath: named && dot >= 0 ? str.slice(0, dot) : "",
      ptrWords,
      direct: fields.length === 1 && this.types[fields[0].type].direct,
      comparable,
      fields,
    });
  }

  /** A map type, plus the bucket and runtime types the map code allocates (map.ts). */
  map(key: number, elem: number): number {
    const id = this.add({
      kind: Kind.Map,
      size: 8,
      align: 8,
      str: `map[${this.types[key].str}]${this.types[elem].str}`,
      ptrWords: [0],
      direct: true,
      comparable: false,
      key,
      elem,
    });
    for (const shape of mapSupportTypes(this.types, id)) this.add(shape);
    return id;
  }
}
