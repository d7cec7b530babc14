/*
 * Generating a whole program: every function of every package, the type table, static
 * data and globals, linked into one JavaScript module.
 *
 * What: generateProgram(sources) loads the program (load.ts), gives every IR function an
 * id, emits each one (emit.ts), builds the method thunks that interface method tables
 * need, and writes a module of this shape:
 *
 *	export const meta = { types, funcs, data, relocs, globals, main, init, … };
 *	export function link(R) { <views, registers>; function f0(resume) {…} …; return FUNCS; }
 *
 * runtime/lang/program.ts reads `meta`, prepares the memory (static data, globals), then
 * calls `link` with the runtime object and runs init and main.
 *
 * Why: Go links all packages into one binary; minigo links them into one module, so
 * functions call each other directly (V8 can inline across them).
 *
 * Invariant: function ids index both the FUNCS array and meta.funcs; a bodyless stdlib
 * function is called through its hook, never through FUNCS.
 *
 * Example: generateProgram([{name: "x.go", text: "package main\nfunc main() { println(1) }"}])
 *   → { module: "export const meta = …", diagnostics: [] }.
 */
import type { Diagnostic } from "../diagnostics.js";
import { buildMethodThunks, funcName } from "../ir/build.js";
import { type Function, type Global, type Value, allFunctions } from "../ir/ir.js";
import { liftFunction } from "../ir/lift.js";
import type { SourceFile } from "../source.js";
import { type MethodSetEntry } from "../types/lookup.js";
import { identical, under } from "../types/predicates.js";
import { alignof, sizeof } from "../types/sizes.js";
import { type Func, type Type, newField, noPos } from "../types/types.js";
import { typ } from "../types/universe.js";
import { type RType, UNWINDING } from "../../runtime/lang/abi.js";
import {
  BUCKET_CNT,
  HITER_PTR_WORDS,
  HITER_SIZE,
  HMAP_PTR_WORDS,
  HMAP_SIZE,
  MAX_INLINE_SIZE,
  bucketLayout,
} from "../../runtime/lang/map.js";
import { type EmitContext, type EmittedFunction, closureLayout, emitFunction } from "./emit.js";
import { alignUp, ptrWordsOf } from "./layout.js";
import { type LoadedPackage, loadProgram } from "./load.js";
import { TypeTable, isDirect, isExported } from "./rtypes.js";
import { StaticData } from "./statics.js";

export interface GeneratedProgram {
  diagnostics: Diagnostic[];
  /** The module's source text (empty when there are diagnostics). */
  module: string;
}

interface FuncSlot {
  fn: Function | undefined;
  name: string;
  file: string;
  line: number;
  emitted?: EmittedFunction;
}

export function generateProgram(sources: readonly SourceFile[]): GeneratedProgram {
  const loaded = loadProgram(sources);
  if (loaded.diagnostics.length > 0) return { diagnostics: loaded.diagnostics, module: "" };
  return { diagnostics: [], module: new Linker(loaded.packages).link() };
}

class Linker {
  private readonly types = new TypeTable();
  private readonly statics = new StaticData();
  private readonly slots: FuncSlot[] = [];
  private readonly ids = new Map<Function, number>();
  private readonly pkgOf = new Map<Function, LoadedPackage>();
  /** Top-level functions and methods by `${pkgPath}.${IR name}`. */
  private readonly byKey = new Map<string, Function>();
  private readonly globalOffsets = new Map<unknown, number>();
  private globalsSize = 8;
  private readonly globalPtrs: number[] = [];
  private zeroSize = 16;
  private readonly queue: Function[] = [];
  /** Per closure function, which free variables its MakeClosure captures by value. */
  private readonly byValue = new Map<Function, readonly boolean[]>();
  private readonly thunkIds = new Map<string, { recv: Type; method: Func; id: number }[]>();

  constructor(private readonly packages: LoadedPackage[]) {}

  link(): string {
    for (const p of this.packages) {
      for (const fn of allFunctions(p.ir)) {
        this.pkgOf.set(fn, p);
        if (!fn.parent && !fn.wrapper) this.byKey.set(`${p.path}.${fn.name}`, fn);
      }
      for (const g of p.ir.globals) this.layoutGlobal(g);
      for (const fn of allFunctions(p.ir)) {
        for (const b of fn.blocks) {
          for (const i of b.instrs) {
            if (i.kind !== "MakeClosure") continue;
            const f = (i.args[0] as { fn?: Function }).fn;
            if (f) this.byValue.set(f, i.byValue ?? []);
          }
        }
      }
    }
    // Only what main.init and main.main reach is emitted: ids are given on first reference.
    for (const root of ["main.init", "main.main"]) {
      const fn = this.byKey.get(root);
      if (fn) this.idOf(fn);
    }
    const emitter = this.context();
    // Types the runtime itself needs (strings for os.Args, runtime error values, reflect).
    for (const name of [
      "bool",
      "int",
      "int8",
      "int16",
      "int32",
      "int64",
      "uint",
      "uint8",
      "uint16",
      "uint32",
      "uint64",
      "uintptr",
      "float32",
      "float64",
      "complex64",
      "complex128",
      "string",
      "unsafe.Pointer",
    ] as const) {
      this.types.id(typ[name]);
    }
    this.types.id({ kind: "Slice", elem: typ.string });
    this.types.id({ kind: "Slice", elem: typ.uint8 });
    const rtPkg = this.packages.find((p) => p.path === "runtime");
    for (const [name, ptr] of [
      ["errorString", false],
      ["plainError", false],
      ["TypeAssertionError", true],
    ] as const) {
      const obj = rtPkg?.pkg.scope.elems.get(name);
      if (obj && obj.kind === "TypeName")
        this.types.id(ptr ? { kind: "Pointer", elem: obj.type } : obj.type);
    }
    const reflectPkg = this.packages.find((p) => p.path === "reflect");
    const rtype = reflectPkg?.pkg.scope.elems.get("rtype");
    if (rtype && rtype.kind === "TypeName") this.types.id({ kind: "Pointer", elem: rtype.type });
    for (const name of ["Value", "MapIter", "ValueError", "StructField", "Method"]) {
      const obj = reflectPkg?.pkg.scope.elems.get(name);
      if (obj && obj.kind === "TypeName") {
        this.types.id(obj.type);
        this.types.id({ kind: "Pointer", elem: obj.type });
      }
    }
    if (reflectPkg) this.types.id({ kind: "Slice", elem: typ.int });
    // Emit everything; thunks requested by the type table join the queue.
    let emittedTypes = 0;
    for (;;) {
      while (this.queue.length > 0) {
        const fn = this.queue.shift()!;
        const id = this.ids.get(fn)!;
        if (fn.external) {
          // A runtime hook called through a func value or an interface: a frameless stub.
          const key = `${this.pkgOf.get(fn)?.path ?? "main"}.${fn.name}`;
          this.slots[id]!.emitted = {
            js: `function f${id}(resume) { HOOK(${JSON.stringify(key)}, SP + 8); }`,
            frameSize: 0,
            argsSize: 0,
            argPtrs: [],
            localPtrs: [],
            resumeLines: [],
          };
          continue;
        }
        this.slots[id]!.emitted = emitFunction(fn, id, emitter);
      }
      // Method tables of all types known so far (may create thunks and more types).
      const before = this.types.entries.length;
      this.typeTable = this.types.emit((t, e) => this.methodFn(t, e));
      if (
        this.queue.length === 0 &&
        this.types.entries.length === before &&
        emittedTypes === before
      )
        break;
      emittedTypes = before;
    }
    return this.module();
  }

  private typeTable = "";

  private idOf(fn: Function): number {
    let id = this.ids.get(fn);
    if (id === undefined) {
      id = this.slots.length;
      const p = this.pkgOf.get(fn);
      this.slots.push({
        fn,
        name: traceName(p?.path ?? "main", fn),
        file: fn.pos.file,
        line: fn.pos.line,
      });
      this.ids.set(fn, id);
      this.queue.push(fn);
    }
    return id;
  }

  private layoutGlobal(g: Global): void {
    const t = under(g.type).kind === "Pointer" ? (under(g.type) as { elem: Type }).elem : g.type;
    this.globalsSize = alignUp(this.globalsSize, Math.max(alignof(t), 8));
    const off = this.globalsSize;
    // Imported variables are other Global objects for the same Var: key by the Var.
    this.globalOffsets.set(g.obj ?? g, off);
    for (const w of ptrWordsOf(t)) this.globalPtrs.push(off / 8 + w);
    this.globalsSize += sizeof(t);
  }

  private resolve(ref: {
    fn: Function | undefined;
    obj: Func | undefined;
    name: string;
  }): Function | undefined {
    if (ref.fn) return ref.fn;
    const obj = ref.obj;
    const init = /^(.*)\.init$/.exec(ref.name);
    if (!obj && init) {
      // An imported package's initializer, named by the package's name.
      const p = this.packages.find((pk) => pk.pkg.name === init[1] || pk.path === init[1]);
      return p ? this.byKey.get(`${p.path}.init`) : undefined;
    }
    if (!obj || !obj.pkg) return undefined;
    return this.byKey.get(`${obj.pkg.path}.${funcName(obj)}`);
  }

  private context(): EmitContext {
    return {
      funcIdOf: (ref) => {
        const fn = this.resolve(ref);
        if (!fn) throw new Error(`codegen: unresolved function ${ref.name}`);
        return this.idOf(fn);
      },
      hookOf: (ref) => {
        const fn = this.resolve(ref);
        if (!fn || !fn.external) return undefined;
        const p = this.pkgOf.get(fn);
        return `${p?.path ?? "main"}.${fn.name}`;
      },
      typeId: (t) => this.types.id(t),
      staticString: (s) => this.statics.string(s),
      staticBlock: (b) => this.statics.block(b),
      staticClosure: (fid) => this.statics.closure(fid),
      globalOffset: (g) => {
        const off = this.globalOffsets.get(g.obj ?? g);
        if (off === undefined) throw new Error(`codegen: unknown global ${g.name}`);
        return off;
      },
      methodKey: (m) => methodKey(m),
      needZero: (n) => {
        this.zeroSize = Math.max(this.zeroSize, alignUp(n, 8));
      },
      closureTypeId: (fn) => {
        const fields = [newField("F", noPos, undefined, typ.uintptr, false)];
        const l = closureLayout(fn, this.byValue.get(fn) ?? []);
        l.types.forEach((t, k) => fields.push(newField(`X${k}`, noPos, undefined, t, false)));
        return this.types.id({ kind: "Struct", fields, tags: fields.map(() => "") });
      },
      captureByValue: (fn) => this.byValue.get(fn) ?? [],
      stub: (name, js, args) => {
        const id = this.slots.length;
        this.slots.push({
          fn: undefined,
          name: `runtime.${name}`,
          file: "",
          line: 0,
          emitted: {
            js: js(id),
            frameSize: 0,
            argsSize: args.size,
            argPtrs: args.ptrs,
            localPtrs: [],
            resumeLines: [],
          },
        });
        return id;
      },
      hmapSize: HMAP_SIZE,
      hiterSize: HITER_SIZE,
      hiterPtrWords: HITER_PTR_WORDS,
      hmapPtrWords: HMAP_PTR_WORDS,
      bucketPtrWords: (mt) => {
        const u = under(mt) as { key: Type; elem: Type };
        const shape = (t: Type) =>
          ({ size: sizeof(t), ptrWords: ptrWordsOf(t) }) as unknown as RType;
        return bucketLayout(shape(u.key), shape(u.elem)).ptrWords;
      },
      bucketSize: (mt) => {
        const u = under(mt) as { key: Type; elem: Type };
        const slot = (t: Type) => (sizeof(t) > MAX_INLINE_SIZE ? 8 : sizeof(t));
        return 8 + BUCKET_CNT * (slot(u.key) + slot(u.elem)) + 8;
      },
    };
  }

  /** The function that implements method e for a value of type t stored in an interface. */
  private methodFn(t: Type, e: MethodSetEntry): number {
    const recv: Type = isDirect(t) ? t : { kind: "Pointer", elem: t };
    const m = e.method;
    const own = this.resolve({ fn: undefined, obj: m, name: m.name });
    const mrecv = m.type.recv?.type;
    if (own && e.index.length === 1 && mrecv && identical(mrecv, recv)) return this.idOf(own);
    const key = `${methodKey(m)}`;
    const list = this.thunkIds.get(key) ?? [];
    for (const x of list) if (x.method === m && identical(x.recv, recv)) return x.id;
    const main = this.packages[this.packages.length - 1]!;
    const [thunk] = buildMethodThunks(main.pkg, main.info, [
      { recv, method: m, index: e.index, indirect: e.indirect || recv.kind === "Pointer" },
    ]);
    if (!thunk) return -1;
    liftFunction(thunk);
    this.pkgOf.set(thunk, main);
    const id = this.idOf(thunk);
    list.push({ recv, method: m, id });
    this.thunkIds.set(key, list);
    return id;
  }

  private module(): string {
    const funcs = this.slots.map((s) => {
      const e = s.emitted;
      return {
        name: s.name,
        file: s.file,
        line: s.line,
        frameSize: e?.frameSize ?? 0,
        argsSize: e?.argsSize ?? 0,
        argPtrs: e?.argPtrs ?? [],
        localPtrs: e?.localPtrs ?? [],
        resumeLines: e?.resumeLines ?? [],
      };
    });
    const main = this.byKey.get("main.main");
    const init = this.byKey.get("main.init");
    const o: string[] = [];
    o.push("// Generated by minigo. Do not edit.");
    o.push(`export const meta = {`);
    o.push(`types: ${this.typeTable},`);
    o.push(`funcs: ${JSON.stringify(funcs)},`);
    o.push(`data: ${JSON.stringify(this.statics.base64())},`);
    o.push(`relocs: ${JSON.stringify(this.statics.relocs)},`);
    o.push(`zeroSize: ${this.zeroSize},`);
    o.push(`globalsSize: ${alignUp(this.globalsSize, 8)},`);
    o.push(`globalPtrs: ${JSON.stringify(this.globalPtrs)},`);
    o.push(`main: ${main ? this.ids.get(main) : -1},`);
    o.push(`init: ${init ? this.ids.get(init) : -1},`);
    o.push(`};`);
    o.push(`export function link(R) {`);
    o.push(`let U8, I8, U16, I16, U32, I32, F32, F64;`);
    o.push(
      `const views = () => { const v = R.views; U8 = v.u8; I8 = v.i8; U16 = v.u16; I16 = v.i16; U32 = v.u32; I32 = v.i32; F32 = v.f32; F64 = v.f64; };`,
    );
    o.push(`views(); R.onViews(views);`);
    // PRE counts loop back-edges down to the next preemption check; G is the running
    // goroutine's stack (it changes at every goroutine switch); RES holds the results of
    // an operation that may park (a receive's ok, a select's case).
    o.push(`let SP = 0, CTX = 0, DEPTH = 0, MF = 0, PRE = 0, G = R.stack;`);
    o.push(`R.onStack((s) => { G = s; });`);
    o.push(
      `const MAXDEPTH = R.maxDepth, RES = R.res, DATA = R.DATA, GB = R.GB, ZERO = R.ZERO, ZERO_BASE = 8;`,
    );
    o.push(
      `const { add64, sub64, mul64, div64, rem64, and64, or64, xor64, andnot64, shl64, shr64, neg64, not64, addU64, subU64, mulU64, divU64, remU64, andU64, orU64, xorU64, andnotU64, shlU64, shrU64, negU64, notU64, i64ToU64, u64ToI64, wrap_i8, wrap_i16, wrap_i32, wrap_u8, wrap_u16, wrap_u32, cvt_f_i8, cvt_f_i16, cvt_f_i32, cvt_f_i64, cvt_f_u8, cvt_f_u16, cvt_f_u32, cvt_f_u64, shiftCount } = R.num;`,
    );
    o.push(`const wbp = R.wbp, HOOK = R.hook;`);
    // 64-bit words as the canonical number|bigint form (runtime/lang/int64.ts), inlined
    // over this module's views; only values beyond 2^53 take the runtime's slow path, and
    // int32 values (most) skip the arithmetic of the 2^32 split, staying small integers.
    o.push(
      `function ld64(a) { const i = a >> 2, lo = I32[i], h = I32[i + 1]; if (h === lo >> 31) return lo; return (h + 0x1fffff) >>> 0 < 0x3fffff ? h * 4294967296 + (lo >>> 0) : R.num.ld64(a); }`,
    );
    o.push(
      `function ldu64(a) { const i = a >> 2, lo = I32[i], h = U32[i + 1]; if (h === 0 && lo >= 0) return lo; return h < 0x1fffff ? h * 4294967296 + (lo >>> 0) : R.num.ldu64(a); }`,
    );
    o.push(
      `function st64(a, v) { if (typeof v === "number") { const i = a >> 2; if ((v | 0) === v) { I32[i] = v; I32[i + 1] = v >> 31; } else { U32[i] = v; I32[i + 1] = Math.floor(v / 4294967296); } } else R.num.st64(a, v); }`,
    );
    // The closure context may point into the stack being moved (a closure in a frame).
    o.push(
      `const morestack = (fid) => { const lo = G.lo, hi = G.hi; SP = R.morestack(SP, fid); if (CTX >= lo && CTX < hi) CTX += G.hi - hi; return SP; };`,
    );
    for (const s of this.slots) if (s.emitted) o.push(s.emitted.js);
    o.push(
      `const FUNCS = [${this.slots.map((s, i) => (s.emitted ? `f${i}` : "null")).join(", ")}];`,
    );
    o.push(
      `R.regs = { get sp() { return SP; }, set sp(v) { SP = v; }, get ctx() { return CTX; }, set ctx(v) { CTX = v; }, get depth() { return DEPTH; }, set depth(v) { DEPTH = v; }, get pre() { return PRE; }, set pre(v) { PRE = v; } };`,
    );
    // The scheduler's hot path, without accessor calls: switch the registers to a
    // goroutine, and resume its frames until it parks, a call's preemption check runs out
    // of quantum, or its entry frame returns (the stack may move meanwhile: its base is
    // read from G each time). An unwinding for depth alone resumes at once.
    o.push(
      `R.frames = { enter(sp, pre) { SP = sp; DEPTH = 0; PRE = pre; }, resume() { while (SP < G.base) { if (RES[2] !== 0) { if (RES[2] !== ${UNWINDING} || PRE < 0) break; RES[2] = 0; } DEPTH = 0; FUNCS[U32[SP >> 2]](1); } return SP; } };`,
    );
    o.push(`return FUNCS;`);
    o.push(`}`);
    return o.join("\n") + "\n";
  }
}

export function methodKey(m: Func): string {
  return isExported(m.name) ? m.name : `${m.pkg?.path ?? ""}.${m.name}`;
}

/** Go's name for a function in traces: `main.f`, `main.(*T).M`, `main.f.func1`. */
function traceName(path: string, fn: Function): string {
  let f = fn;
  const suffix: string[] = [];
  while (f.parent) {
    const k = f.parent.anonFuncs.indexOf(f) + 1;
    suffix.unshift(`func${k}`);
    f = f.parent;
  }
  // A value receiver's method is T.M in Go's tracebacks, a pointer receiver's (*T).M.
  const base = f.name
    .replace(/^init#\d+$/, "init")
    .replace(/\$thunk$|\$bound$/, "")
    .replace(/^\(([^*)][^)]*)\)\./, "$1.");
  return [`${path}.${base}`, ...suffix].join(".");
}

export type { Value };
