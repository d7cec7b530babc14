/*
 * Emitting one function: lifted IR → a resumable JavaScript function over a frame in the
 * linear memory.
 *
 * What: emitFunction(fn, ctx) returns the JS source of `function f<id>(resume)` and the
 * function's FuncInfo (frame size, pointer maps, lines). The body is a state machine
 * whose states are entered through one dispatch switch:
 *
 *	function f7(resume) {
 *	  let sp, b = 0, v1, v2;
 *	  if (resume === 0) { <prologue: push the frame, stack check, zero pointer slots> }
 *	  else { sp = SP; b = U32[(sp + 4) >> 2]; <reload what is live at state b> }
 *	  D: for (;;) switch (b) {
 *	    case 0: ... v2 = ...; <spill live values>; U32[(sp+4)>>2] = 3; f9(0); b = 3; continue D;
 *	    case 3: sp = SP; <reload>; ... if (v2) { ... } else { ... return; }
 *	    case 1: L1: for (;;) { <preemption check> ... continue L1; ... b = 3; continue D; }
 *	  }
 *	}
 *
 * States 0..n-1 are the IR's blocks; states from n on are the resume points after calls
 * (and the loop heads of RunDefers); RESUME_RECOVERED returns after a recovered panic.
 * Only the entry, resume points and loop headers need a `case`: the other blocks are
 * nested inside them as structured JavaScript (structure.ts), so a loop without calls
 * runs as a JavaScript loop. Small pure leaf callees are inlined first (inline.ts).
 * Single-word values live in JS variables; multi-word values live in frame temporaries
 * (see layout.ts); a JS variable live across a call is saved in its spill slot before
 * the call and reloaded after (liveness.ts), so the JavaScript stack can be discarded at
 * any call and the frame resumed from memory alone.
 *
 * Why: frames in the linear memory let the GC scan stacks precisely, let stacks grow by
 * copying, and let recursion go as deep as Go's 1 GB limit whatever the JS engine's own
 * stack depth (runtime/lang/abi.ts has the whole contract).
 *
 * Invariant: after every call the code re-reads SP and reloads every value it still
 * needs; nothing in a JS variable survives a call unless it was reloaded.
 */
import { FRAME_ARGS, RESUME_RECOVERED, UNWINDING } from "../../runtime/lang/abi.js";
import { jsMathHooks } from "../../runtime/lang/hooks-math.js";
import type {
  Alloc,
  BasicBlock,
  Call,
  Const,
  Function,
  Instr,
  Phi,
  Slice as SliceInstr,
  Value,
} from "../ir/ir.js";
import { isInstr } from "../ir/ir.js";
import { float32Value, float64Parts, float64Value, intValue } from "../types/constant.js";
import { isInterface, isString, under } from "../types/predicates.js";
import { alignof, offsetsof, sizeof } from "../types/sizes.js";
import type { Func, Signature, Struct, Type, Tuple } from "../types/types.js";
import {
  type ArgLayout,
  type Scalar,
  alignUp,
  argLayout,
  layoutArgs,
  ptrWordsOf,
  scalarOf,
} from "./layout.js";
import { liveAcross, liveAtHeads } from "./liveness.js";
import { inlineLeafCalls } from "./inline.js";
import { isDirect } from "./rtypes.js";
import { type Segment, jumpToken, structure } from "./structure.js";

/** What the emitter needs from the program being generated. */
export interface EmitContext {
  /** The function id of a callee (an IR function, a stdlib function by object, a hook). */
  funcIdOf(ref: { fn: Function | undefined; obj: Func | undefined; name: string }): number;
  /** The hook key when a callee has no body (`math.Sqrt`), else undefined. */
  hookOf(ref: {
    fn: Function | undefined;
    obj: Func | undefined;
    name: string;
  }): string | undefined;
  typeId(t: Type): number;
  /** Static data offsets (relative to DATA). */
  staticString(s: string): number;
  staticBlock(b: Uint8Array): number;
  staticClosure(fid: number): number;
  /** Offset of a package-level variable in the globals block. */
  globalOffset(g: Value & { kind: "Global" }): number;
  /** The interface method key of m: its name, qualified by package path when unexported. */
  methodKey(m: Func): string;
  /** Size of the static zero block must cover this many bytes. */
  needZero(n: number): void;
  /** The id of the synthetic closure-object type for fn (its free variables). */
  closureTypeId(fn: Function): number;
  /** A frameless stub function (deferred builtins): returns its function id. */
  /**
   * A frameless function (a deferred or `go` builtin) named runtime.<name>, taking the
   * arguments `args` describes (the GC scans them while a goroutine has not started).
   */
  stub(name: string, js: (fid: number) => string, args: ArgLayout): number;
  /** Per free variable of closure fn: captured by value (escape analysis's decision). */
  captureByValue(fn: Function): readonly boolean[];
  /** Map runtime sizes (from runtime/lang/map.ts). */
  hmapSize: number;
  hiterSize: number;
  hiterPtrWords: readonly number[];
  bucketSize(mapType: Type): number;
  /** Word offsets of the pointers of an hmap and of one bucket of mapType. */
  hmapPtrWords: readonly number[];
  bucketPtrWords(mapType: Type): number[];
}

export interface EmittedFunction {
  js: string;
  frameSize: number;
  argsSize: number;
  argPtrs: number[];
  localPtrs: number[];
  resumeLines: number[];
}

const DEFERRABLE_BUILTINS = new Set([
  "print",
  "println",
  "panic",
  "recover",
  "delete",
  "close",
  "copy",
]);
/** Calls into the runtime that may panic on the spot (see instr). */
const PANIC_CALLS = /R\.(panic\w*|gopanic|checkSlice|checkMakeSlice)\(/g;

/**
 * Runtime hooks whose call sites store a resume point and reload after the call: those
 * that may park or yield the goroutine, those that read where their caller is
 * (runtime.Caller and friends), and those that run Go code (reflect's Call), which may
 * move the stack.
 */
const RESUMABLE_HOOKS = new Set([
  "sync.runtime_Semacquire",
  "time.Sleep",
  "runtime.Gosched",
  "runtime.Caller",
  "runtime.Callers",
  "runtime.Stack",
  "reflect.(Value).Call",
  "reflect.(Value).CallSlice",
]);

const INT_TYPES = new Set<Scalar>(["i8", "i16", "i32", "u8", "u16", "u32"]);

/** Largest JS-safe integer; beyond it the mixed form uses bigint. */
const MAX_SAFE = 2n ** 53n - 1n;

export function jsInt(v: bigint): string {
  if (v <= MAX_SAFE && v >= -MAX_SAFE) return v < 0n ? `(${v})` : `${v}`;
  return v < 0n ? `(${v}n)` : `${v}n`;
}

function jsFloat(f: number): string {
  if (Number.isNaN(f)) return "NaN";
  if (f === Infinity) return "Infinity";
  if (f === -Infinity) return "(-Infinity)";
  if (Object.is(f, -0)) return "(-0)";
  const s = String(f);
  return f < 0 ? `(${s})` : s;
}

/** Instruction kinds whose value is a view of an operand's memory (no temp of their own). */
function aliasesMemory(i: Instr): boolean {
  if (scalarOf(i.type ?? voidType) !== "mem") return false;
  switch (i.kind) {
    case "Field":
    case "Index":
    case "ChangeType":
      return (
        scalarOf(i.args[0]!.type!) === "mem" && !(i.kind === "Index" && isString(i.args[0]!.type!))
      );
    case "Extract":
      return true;
    default:
      return false;
  }
}

const voidType: Type = { kind: "Tuple", vars: [] };

function resultTypes(t: Type | undefined): Type[] {
  if (!t) return [];
  if (t.kind === "Tuple") return t.vars.map((v) => v.type);
  return [t];
}

/** The ABI layout of a call's callee: a method through an interface takes a one-word receiver. */
function calleeLayout(c: Call): ArgLayout | undefined {
  if (c.mode === "builtin") return undefined;
  if (c.mode === "invoke") {
    const sig = c.method!.type;
    return layoutArgs(
      [uintptrType, ...sig.params.vars.map((v) => v.type)],
      sig.results.vars.map((v) => v.type),
    );
  }
  const sig = under(c.args[0]!.type!) as Signature;
  return argLayout(sig);
}

const uintptrType: Type = { kind: "Basic", name: "unsafe.Pointer", display: "unsafe.Pointer" };

export function emitFunction(fn: Function, fid: number, ctx: EmitContext): EmittedFunction {
  inlineLeafCalls(fn);
  return new FunctionEmitter(fn, fid, ctx).emit();
}

class FunctionEmitter {
  private readonly out: string[] = [];
  private readonly names = new Map<Value, string>();
  /** Frame offsets (relative to sp) of stack Allocs, memory temps and spill slots. */
  private readonly slot = new Map<Value, number>();
  private readonly spill = new Map<Value, number>();
  /** Per multi-result instruction, where each component lives (held var or temp). */
  private readonly components = new Map<Instr, Value[]>();
  private readonly localPtrs: number[] = [];
  private localsEnd = 0;
  private outSize = 0;
  private frameSize = 0;
  private readonly args: ArgLayout;
  private nextState: number;
  private readonly resumeLines: number[] = [];
  private live = new Map<Instr, Value[]>();
  /** Loop headers (targets of a back-edge) and what is live after their phis. */
  private loopHeads = new Map<BasicBlock, Value[]>();
  private ctxSlot = -1;
  private readonly scratch = new Map<Instr, number>();
  /** Per Select, per state: the frame slot its scalar element passes through (-1: none). */
  private readonly selectSlots = new Map<Instr, number[]>();

  constructor(
    private readonly fn: Function,
    private readonly fid: number,
    private readonly ctx: EmitContext,
  ) {
    // A method's receiver is its first parameter in the IR.
    const types = fn.params.map((p) => p.type);
    this.args = layoutArgs(
      types,
      fn.sig.results.vars.map((v) => v.type),
    );
    this.nextState = fn.blocks.length;
    this.resumeLines[0] = fn.pos.line;
  }

  // ---- values -------------------------------------------------------------------------

  /** Is v held in a JS variable? */
  private held(v: Value): boolean {
    if (v.kind === "Const" || v.kind === "Global" || v.kind === "FuncRef") return false;
    if (!v.type || v.type.kind === "Tuple") return false;
    if (scalarOf(v.type) === "mem") return false;
    if (v.kind === "Alloc" && !v.site.heap) return false;
    if (isInstr(v) && v.kind === "Extract") return false;
    return true;
  }

  private name(v: Value): string {
    let n = this.names.get(v);
    if (!n) {
      n = `v${this.names.size}`;
      this.names.set(v, n);
    }
    return n;
  }

  /** JS expression of a scalar value. */
  private S(v: Value): string {
    switch (v.kind) {
      case "Const":
        return this.constScalar(v);
      case "Global":
        return `(GB + ${this.ctx.globalOffset(v)})`;
      case "FuncRef":
        return `(DATA + ${this.ctx.staticClosure(this.ctx.funcIdOf(v))})`;
      default:
        break;
    }
    if (v.kind === "Alloc" && !v.site.heap) return `(sp + ${this.slot.get(v)})`;
    if (v.kind === "Extract") {
      const comp = this.components.get(v.args[0] as Instr)![v.index]!;
      return this.S(comp);
    }
    return this.name(v);
  }

  private constScalar(c: Const): string {
    const sc = scalarOf(c.type);
    const cv = c.value;
    if (sc === "b") return cv && cv.kind === "bool" && cv.value ? "true" : "false";
    if (sc === "p") return "0";
    if (sc === "f64") return cv ? jsFloat(float64Value(cv)) : "0";
    if (sc === "f32") return cv ? jsFloat(float32Value(cv)) : "0";
    if (!cv) return "0";
    const iv = intValue(cv) ?? 0n;
    return jsInt(iv);
  }

  /** JS expression of the address of a memory value. */
  private A(v: Value): string {
    if (v.kind === "Const") return this.constAddr(v);
    if ((v.kind as string) === "Comp") return `(sp + ${this.slot.get(v)})`;
    if (v.kind === "Parameter") {
      const i = this.fn.params.indexOf(v);
      return `(sp + FS + ${FRAME_ARGS + this.args.params[i]!})`;
    }
    if (v.kind === "FreeVar") {
      return `(U32[(sp + ${this.ctxSlot}) >> 2] + ${this.freeVarOffset(v)})`;
    }
    if (isInstr(v)) {
      if (v.kind === "Extract") return this.A(this.components.get(v.args[0] as Instr)![v.index]!);
      if (aliasesMemory(v)) return this.aliasAddr(v);
      const off = this.slot.get(v);
      if (off === undefined) throw new Error(`codegen: no temp for ${v.kind}`);
      return `(sp + ${off})`;
    }
    throw new Error(`codegen: no address for ${v.kind}`);
  }

  private aliasAddr(i: Instr): string {
    const x = i.args[0]!;
    switch (i.kind) {
      case "ChangeType":
        return this.A(x);
      case "Field": {
        const st = under(x.type!) as { kind: "Struct" };
        const off = fieldOffset(st as never, i.field);
        return `(${this.A(x)} + ${off})`;
      }
      case "Index": {
        const es = sizeof(i.type);
        return `(${this.A(x)} + ${this.S(i.args[1]!)} * ${es})`;
      }
      default:
        throw new Error("codegen: not an alias");
    }
  }

  private constAddr(c: Const): string {
    const t = c.type;
    const cv = c.value;
    if (cv && cv.kind === "string") return `(DATA + ${this.ctx.staticString(cv.value)})`;
    if (cv && cv.kind !== "bool" && (under(t) as { name?: string }).name?.startsWith("complex")) {
      const { re, im } = float64Parts(cv);
      const b = new Uint8Array(16);
      const f = new Float64Array(b.buffer);
      const c64 = (under(t) as { name: string }).name === "complex64";
      if (c64) {
        const g = new Float32Array(b.buffer);
        g[0] = re;
        g[1] = im;
      } else {
        f[0] = re;
        f[1] = im;
      }
      return `(DATA + ${this.ctx.staticBlock(b)})`;
    }
    this.ctx.needZero(sizeof(t));
    return "ZERO";
  }

  private freeVarOffset(v: Value): number {
    const i = this.fn.freeVars.indexOf(v as never);
    return closureLayout(this.fn, this.ctx.captureByValue(this.fn)).offsets[i]!;
  }

  // ---- memory access -------------------------------------------------------------------

  private load(sc: Scalar, a: string): string {
    switch (sc) {
      case "b":
        return `(U8[${a}] !== 0)`;
      case "u8":
        return `U8[${a}]`;
      case "i8":
        return `I8[${a}]`;
      case "u16":
        return `U16[(${a}) >> 1]`;
      case "i16":
        return `I16[(${a}) >> 1]`;
      case "u32":
        return `U32[(${a}) >> 2]`;
      case "i32":
        return `I32[(${a}) >> 2]`;
      case "p":
        return `U32[(${a}) >> 2]`;
      case "f32":
        return `F32[(${a}) >> 2]`;
      case "f64":
        return `F64[(${a}) >> 3]`;
      case "i64":
        return `ld64(${a})`;
      case "u64":
        return `ldu64(${a})`;
      case "mem":
        throw new Error("codegen: scalar load of memory value");
    }
  }

  /** A store statement (no write barrier). */
  private store(sc: Scalar, a: string, v: string): string {
    switch (sc) {
      case "b":
      case "u8":
      case "i8":
        return `U8[${a}] = ${v};`;
      case "u16":
      case "i16":
        return `U16[(${a}) >> 1] = ${v};`;
      case "u32":
      case "i32":
        return `I32[(${a}) >> 2] = ${v};`;
      case "p":
        return `U32[(${a}) >> 2] = ${v};`;
      case "f32":
        return `F32[(${a}) >> 2] = ${v};`;
      case "f64":
        return `F64[(${a}) >> 3] = ${v};`;
      case "i64":
      case "u64":
        return `st64(${a}, ${v});`;
      case "mem":
        throw new Error("codegen: scalar store of memory value");
    }
  }

  /** Is the address known to be in this frame (no write barrier needed)? */
  private inFrame(addr: Value): boolean {
    if (addr.kind === "Alloc") return !addr.site.heap;
    if (isInstr(addr) && (addr.kind === "FieldAddr" || addr.kind === "IndexAddr")) {
      const base = addr.args[0]!;
      if (addr.kind === "IndexAddr" && scalarOf(base.type!) === "mem") return false;
      return this.inFrame(base);
    }
    return false;
  }

  /** Statement storing value v (of type t) at address expression a. */
  private storeValue(t: Type, a: string, v: Value, barrier: boolean): string {
    const sc = scalarOf(t);
    if (sc !== "mem") {
      if (sc === "p" && barrier) return `wbp(${a}, ${this.S(v)});`;
      return this.store(sc, a, this.S(v));
    }
    return this.copy(t, a, this.A(v), barrier);
  }

  private copy(t: Type, dst: string, src: string, barrier: boolean): string {
    const n = sizeof(t);
    if (n === 0) return "";
    if (barrier && ptrWordsOf(t).length > 0)
      return `R.typedmemmove(${this.ctx.typeId(t)}, ${dst}, ${src});`;
    if (n <= 32 && n % 4 === 0 && alignof(t) >= 4) {
      const parts: string[] = [`{ const d = (${dst}) >> 2, s = (${src}) >> 2;`];
      for (let k = 0; k < n / 4; k++) parts.push(`I32[d + ${k}] = I32[s + ${k}];`);
      parts.push("}");
      return parts.join(" ");
    }
    return `U8.copyWithin(${dst}, ${src}, (${src}) + ${n});`;
  }

  // ---- frame layout --------------------------------------------------------------------

  private allocSlot(t: Type | number, ptrs: readonly number[] = []): number {
    const size = typeof t === "number" ? t : sizeof(t);
    const al = typeof t === "number" ? 8 : Math.max(alignof(t), 1);
    this.localsEnd = alignUp(this.localsEnd, Math.max(al, size >= 8 ? 8 : al));
    const off = this.localsEnd;
    this.localsEnd += Math.max(size, 0);
    const words = typeof t === "number" ? ptrs : ptrWordsOf(t);
    for (const w of words) this.localPtrs.push(off + w * 8);
    return off;
  }

  /**
   * A deferred call in a loop keeps its arguments until the function returns, but a
   * frame slot is reused by every iteration: memory the arguments point into (the
   * array of a `...` argument) goes to the heap instead, as gc's wrapper closure of
   * such a defer does. Escape analysis has already reported; this changes no message.
   */
  private promoteDeferredArgs(): void {
    for (const b of this.fn.blocks) {
      if (!inLoop(b)) continue;
      for (const i of b.instrs) {
        if (i.kind !== "Call" || i.form !== "defer") continue;
        for (const a of i.args) {
          const base = isInstr(a) && a.kind === "Slice" ? a.args[0] : undefined;
          if (base && base.kind === "Alloc" && !base.site.heap) base.site.heap = true;
        }
      }
    }
  }

  private layoutFrame(): void {
    this.promoteDeferredArgs();
    let out = 0;
    for (const b of this.fn.blocks) {
      for (const i of b.instrs) {
        if (i.kind === "Call") {
          const l =
            calleeLayout(i) ??
            (i.form === "defer"
              ? layoutArgs(
                  i.args.map((v) => v.type!),
                  [],
                )
              : undefined);
          if (l) out = Math.max(out, l.size);
        }
      }
    }
    this.outSize = alignUp(out, 8);
    this.localsEnd = FRAME_ARGS + this.outSize;
    if (this.fn.freeVars.length > 0) this.ctxSlot = this.allocSlot(8, [0]);
    for (const b of this.fn.blocks) {
      for (const i of b.instrs) this.layoutInstr(i);
    }
    const isSafepoint = (i: Instr): boolean =>
      this.isGoCall(i) || this.mayPark(i) || this.isRuntimeSafepoint(i);
    const hv = {
      held: (v: Value) => this.held(v),
      resolve: (v: Value) =>
        isInstr(v) && v.kind === "Extract" ? this.components.get(v.args[0] as Instr)![v.index]! : v,
      defines: (i: Instr) => this.components.get(i) ?? [i],
    };
    this.live = liveAcross(this.fn, hv.held, isSafepoint, hv.resolve, hv.defines);
    // The target of a retreating edge of a depth-first walk (every cycle has one) gets a
    // preemption check: a resume point with the values live after its phis.
    this.loopHeads = liveAtHeads(this.fn, retreatingTargets(this.fn), hv);
    const spilled = new Set<Value>();
    for (const vs of this.live.values()) for (const v of vs) spilled.add(v);
    for (const vs of this.loopHeads.values()) for (const v of vs) spilled.add(v);
    for (const nr of this.fn.namedResults) if (this.held(nr)) spilled.add(nr);
    for (const v of spilled) {
      if (v.kind === "Parameter") continue; // its home is its argument slot
      const ptr = scalarOf(v.type!) === "p";
      this.spill.set(v, this.allocSlot(8, ptr ? [0] : []));
    }
    this.frameSize = alignUp(this.localsEnd, 8);
  }

  private layoutInstr(i: Instr): void {
    switch (i.kind) {
      case "Alloc":
        if (!i.site.heap) this.slot.set(i, this.allocSlot(derefT(i.type)));
        return;
      case "MakeInterface":
        if (i.site && !i.site.heap && !i.staticData && !isDirect(i.args[0]!.type!)) {
          this.scratch.set(i, this.allocSlot(i.args[0]!.type!));
        }
        break;
      case "MakeSlice":
        if (!i.site.heap) {
          const cap = i.args[1] ?? i.args[0];
          const n = cap && cap.kind === "Const" ? Number(intValue(cap.value!) ?? 0n) : 0;
          const et = (under(i.type) as { elem: Type }).elem;
          const es = sizeof(et);
          const ptrs: number[] = [];
          const ew = ptrWordsOf(et);
          for (let k = 0; k < n; k++) for (const w of ew) ptrs.push((k * es) / 8 + w);
          this.scratch.set(i, this.allocSlot(Math.max(alignUp(n * es, 8), 8), ptrs));
        }
        break;
      case "MakeMap":
        if (!i.site.heap) {
          // The hmap, then its first bucket: both scanned (buckets, overflow, keys, elems).
          const h = this.ctx.hmapSize;
          const ptrs = [
            ...this.ctx.hmapPtrWords,
            ...this.ctx.bucketPtrWords(i.type).map((w) => h / 8 + w),
          ];
          this.scratch.set(i, this.allocSlot(h + this.ctx.bucketSize(i.type), ptrs));
        }
        break;
      case "MakeClosure":
        if (!i.site.heap) {
          const f = (i.args[0] as { fn?: Function }).fn!;
          const l = closureLayout(f, this.ctx.captureByValue(f));
          this.scratch.set(i, this.allocSlot(l.size, l.ptrWords));
        }
        break;
      case "Call":
        // delete's key passes through memory like a lookup's.
        if (i.mode === "builtin" && i.builtin === "delete" && i.form === "call") this.keySlot(i);
        break;
      case "Lookup":
      case "MapUpdate":
        this.keySlot(i);
        break;
      case "Send":
      case "UnOp":
        if (i.kind === "UnOp" && i.op !== "<-") break;
        {
          // A scalar element passes through memory: a slot for it.
          const et = (under(i.args[0]!.type!) as { elem: Type }).elem;
          if (scalarOf(et) !== "mem") this.scratch.set(i, this.allocSlot(et));
        }
        break;
      case "Select": {
        let k = 0;
        const slots: number[] = [];
        for (const st of i.states) {
          const et = (under(i.args[k]!.type!) as { elem: Type }).elem;
          slots.push(scalarOf(et) !== "mem" ? this.allocSlot(et) : -1);
          k += st.dir === "send" ? 2 : 1;
        }
        this.selectSlots.set(i, slots);
        break;
      }
      case "Range":
        if (under(i.args[0]!.type!).kind === "Map") {
          this.slot.set(i, this.allocSlot(this.ctx.hiterSize, this.ctx.hiterPtrWords));
        }
        return;
      default:
        break;
    }
    const t = i.type;
    if (!t) return;
    if (t.kind === "Tuple") {
      const comps: Value[] = [];
      t.vars.forEach((v) => {
        // A component is a held variable or a temp of its own.
        const comp = { kind: "Comp", type: v.type, pos: i.pos } as unknown as Value;
        if (scalarOf(v.type) === "mem") this.slot.set(comp, this.allocSlot(v.type));
        comps.push(comp);
      });
      this.components.set(i, comps);
      return;
    }
    if (scalarOf(t) === "mem" && !aliasesMemory(i)) this.slot.set(i, this.allocSlot(t));
  }

  /**
   * A frame slot for a scalar map key, which the runtime reads by address. The map is
   * args[0], or the first result of `delete(f())`'s multi-value call.
   */
  private keySlot(i: Instr): void {
    const t = i.args[0]!.type!;
    const mt = t.kind === "Tuple" ? t.vars[0]!.type : t;
    const kt = (under(mt) as { key: Type }).key;
    if (scalarOf(kt) !== "mem") this.scratch.set(i, this.allocSlot(kt));
  }

  private isGoCall(i: Instr): boolean {
    if (i.kind === "RunDefers") return this.fn.hasDefer;
    if (i.kind !== "Call" || i.form !== "call" || i.mode === "builtin") return false;
    if (i.mode === "static" && this.ctx.hookOf(i.args[0] as never) !== undefined) return false;
    return true;
  }

  /** A channel operation, blocking select or parking hook: the goroutine may switch here. */
  private mayPark(i: Instr): boolean {
    switch (i.kind) {
      case "Send":
        return true;
      case "UnOp":
        return i.op === "<-";
      case "Select":
        return (i as Instr & { blocking: boolean }).blocking;
      case "Call":
        return i.form === "call" && RESUMABLE_HOOKS.has(this.parkingHook(i) ?? "");
      default:
        return false;
    }
  }

  /** A call of a hook that is exactly a JavaScript Math method: emitted as that call. */
  private jsMathOf(i: Call): ((...x: number[]) => number) | undefined {
    if (i.mode !== "static" || i.form !== "call") return undefined;
    const hook = this.ctx.hookOf(i.args[0] as never);
    return hook === undefined ? undefined : jsMathHooks[hook];
  }

  private parkingHook(i: Call): string | undefined {
    return i.mode === "static" ? this.ctx.hookOf(i.args[0] as never) : undefined;
  }

  private isRuntimeSafepoint(i: Instr): boolean {
    switch (i.kind) {
      case "Alloc":
        return i.site.heap;
      case "MakeSlice":
      case "MakeMap":
      case "MakeChan":
      case "MakeClosure":
      case "MapUpdate":
      case "Send":
      case "Select":
      case "Panic":
        return true;
      case "MakeInterface":
        return i.site !== undefined && i.site.heap && !i.staticData;
      case "Convert":
        return i.site !== undefined;
      case "BinOp":
        return i.op === "+" && isString(i.type);
      case "UnOp":
        return i.op === "<-";
      case "Call":
        if (i.form !== "call") return true;
        if (i.mode === "builtin")
          return ["append", "print", "println", "panic", "recover", "close"].includes(i.builtin!);
        return this.ctx.hookOf(i.args[0] as never) !== undefined && !this.jsMathOf(i);
      default:
        return false;
    }
  }

  // ---- emission ------------------------------------------------------------------------

  emit(): EmittedFunction {
    this.layoutFrame();
    const segs: Segment[] = [];
    const roots = new Set<number>([0]);
    for (const b of this.fn.blocks) {
      const body: string[] = [`// ${b.comment}`];
      const head = this.loopHeads.get(b);
      if (head) {
        this.preemptCheck(b, head, body);
        roots.add(b.index);
      }
      for (const i of b.instrs) this.instr(i, body);
      splitAtResumes(b.index, body, segs, roots);
    }
    if (this.fn.hasDefer) {
      const body: string[] = [];
      this.recoveredReturn(body);
      roots.add(RESUME_RECOVERED);
      splitAtResumes(RESUME_RECOVERED, body, segs, roots);
    }
    const fs = this.frameSize;
    const vars = [...new Set(this.names.values())];
    const o = this.out;
    o.push(`function f${this.fid}(resume) { // ${this.fn.name}`);
    o.push(`const FS = ${fs}, W = ${this.jsWeight()};`);
    o.push(`let sp, b = 0${vars.length ? ", " + vars.join(", ") : ""};`);
    o.push(`if (resume === 0) {`);
    o.push(`sp = SP - FS; if (sp < G.guard) sp = morestack(${this.fid}) - FS;`);
    o.push(`SP = sp; U32[sp >> 2] = ${this.fid}; U32[(sp + 4) >> 2] = 0;`);
    for (const p of this.localPtrs)
      o.push(`U32[(sp + ${p}) >> 2] = 0; U32[(sp + ${p + 4}) >> 2] = 0;`);
    for (const r of this.args.ptrs) {
      if (r >= (this.args.results[0] ?? this.args.size))
        o.push(`U32[(sp + FS + ${FRAME_ARGS + r}) >> 2] = 0;`);
    }
    if (this.ctxSlot >= 0) o.push(`U32[(sp + ${this.ctxSlot}) >> 2] = CTX;`);
    // DEPTH counts JS stack use in units of about 12 JS locals (a frame's size on the
    // engine's stack grows with them); past MAXDEPTH the JS stack is unwound. A call
    // also counts down the preemption quantum (as loop back-edges do): when it runs out,
    // the unwinding is a preemption point too, so recursion alone cannot starve others.
    // Unwinding is by return (RES[2] = UNWINDING): every caller returns at once after a
    // call that left RES[2] set, and the trampoline resumes this frame at state 0.
    o.push(`if ((DEPTH += W) > MAXDEPTH || --PRE < 0) { RES[2] = ${UNWINDING}; return; }`);
    o.push(this.entryLoads());
    o.push(`} else {`);
    o.push(`sp = SP; b = U32[(sp + 4) >> 2];`);
    o.push(this.resumeReloads());
    o.push(`}`);
    o.push(`D: for (;;) switch (b) {`);
    o.push(...structure(segs, roots));
    o.push(`default: throw new Error("bad state " + b + " in ${this.fn.name.replace(/"/g, "")}");`);
    o.push(`}`);
    o.push(`}`);
    return {
      js: o.join("\n"),
      frameSize: fs,
      argsSize: this.args.size,
      argPtrs: this.args.ptrs,
      localPtrs: this.localPtrs,
      resumeLines: this.resumeLines.map((x) => x ?? 0),
    };
  }

  /** Loads of held parameters and free variables at entry (and on resume at state 0). */
  private entryLoads(): string {
    const s: string[] = [];
    this.fn.params.forEach((p, i) => {
      if (!this.held(p) || !this.used(p)) return;
      s.push(
        `${this.name(p)} = ${this.load(scalarOf(p.type), `sp + FS + ${FRAME_ARGS + this.args.params[i]!}`)};`,
      );
    });
    const byValue = this.ctx.captureByValue(this.fn);
    this.fn.freeVars.forEach((fv, k) => {
      if (!this.held(fv) || !this.used(fv)) return;
      // A variable captured by value lives in the closure object: its address is there.
      const v = byValue[k]
        ? `CTX + ${this.freeVarOffset(fv)}`
        : this.load(scalarOf(fv.type), `CTX + ${this.freeVarOffset(fv)}`);
      s.push(`${this.name(fv)} = ${v};`);
      const sp = this.spill.get(fv);
      if (sp !== undefined) s.push(this.store(scalarOf(fv.type), `sp + ${sp}`, this.name(fv)));
    });
    return s.join(" ");
  }

  private jsWeight(): number {
    return 1 + Math.ceil(this.names.size / 12);
  }

  private usedSet: Set<Value> | undefined;
  private used(v: Value): boolean {
    if (!this.usedSet) {
      this.usedSet = new Set();
      for (const b of this.fn.blocks)
        for (const i of b.instrs) for (const a of i.args) this.usedSet.add(a);
    }
    return this.usedSet.has(v);
  }

  /** On resume: reload what is live at the saved state. */
  private resumeStates: { state: number; live: Value[] }[] = [];
  private resumeReloads(): string {
    const s: string[] = ["switch (b) {"];
    s.push(`case 0: ${this.entryLoads()} break;`);
    for (const r of this.resumeStates) {
      s.push(`case ${r.state}: ${this.reloadCode(r.live)} break;`);
    }
    if (this.fn.hasDefer) s.push(`case ${RESUME_RECOVERED}: ${this.reloadNamedResults()} break;`);
    s.push("}");
    return s.join(" ");
  }

  private reloadNamedResults(): string {
    return this.fn.namedResults
      .filter((nr) => this.held(nr))
      .map((nr) => `${this.name(nr)} = U32[(sp + ${this.spill.get(nr)}) >> 2];`)
      .join(" ");
  }

  private homeOf(v: Value): string {
    if (v.kind === "Parameter") {
      const i = this.fn.params.indexOf(v);
      return `sp + FS + ${FRAME_ARGS + this.args.params[i]!}`;
    }
    return `sp + ${this.spill.get(v)}`;
  }

  private spillCode(vals: readonly Value[], onlyPointers: boolean): string {
    const s: string[] = [];
    for (const v of vals) {
      if (v.kind === "Parameter") continue;
      const sc = scalarOf(v.type!);
      if (onlyPointers && sc !== "p") continue;
      s.push(this.store(sc, this.homeOf(v), this.name(v)));
    }
    return s.join(" ");
  }

  private reloadCode(vals: readonly Value[]): string {
    return vals
      .map((v) => `${this.name(v)} = ${this.load(scalarOf(v.type!), this.homeOf(v))};`)
      .join(" ");
  }

  /**
   * At a loop header: count down the quantum; when it runs out, save what is live and
   * let the scheduler switch. The header's own block number is the resume point (the
   * check then runs again, with a fresh quantum).
   */
  private preemptCheck(b: BasicBlock, live: Value[], body: string[]): void {
    this.resumeLines[b.index] = b.instrs[0]?.pos.line ?? this.fn.pos.line;
    this.resumeStates.push({ state: b.index, live });
    body.push(
      `if (--PRE < 0) { ${this.spillCode(live, false)} U32[(sp + 4) >> 2] = ${b.index}; PRE = R.preempt(); if (RES[2] !== 0) return; }`,
    );
  }

  /** Emit a Go call: args are already in the outgoing area; `call` is the JS call expression. */
  private goCall(i: Instr, call: string, body: string[]): void {
    const live = this.live.get(i) ?? [];
    const state = this.nextState++;
    this.resumeLines[state] = i.pos.line;
    this.resumeStates.push({ state, live });
    // RES[2]: the goroutine parks or yields: return to the scheduler (sched.ts).
    body.push(
      `${this.spillCode(live, false)} U32[(sp + 4) >> 2] = ${state}; ${call}; if (RES[2] !== 0) return;`,
    );
    body.push(resumeMark(state), `sp = SP; ${this.reloadCode(live)}`);
  }

  /** Spill pointers before a runtime call that may collect. */
  private rtSafepoint(i: Instr, body: string[]): void {
    const live = this.live.get(i) ?? [];
    const code = this.spillCode(live, true);
    if (code) body.push(code);
  }

  private def(i: Instr, expr: string, body: string[]): void {
    body.push(`${this.name(i)} = ${expr};`);
  }

  private instr(i: Instr, body: string[]): void {
    const start = body.length;
    this.instrBody(i, body);
    // Where the code panics (a nil dereference, an index out of range, panic(x)), the
    // frame word first gets a point whose line is this instruction's: tracebacks and
    // runtime.Caller in deferred calls then name the line that panicked. The point is
    // never resumed (a recovered panic resumes at RESUME_RECOVERED).
    for (let k = start; k < body.length; k++) {
      body[k] = body[k]!.replace(
        PANIC_CALLS,
        (_, fn: string) => `(U32[(sp + 4) >> 2] = ${this.faultPoint(i.pos.line)}), R.${fn}(`,
      );
    }
  }

  private readonly faultPoints = new Map<number, number>();
  private faultPoint(line: number): number {
    let s = this.faultPoints.get(line);
    if (s === undefined) {
      s = this.nextState++;
      this.resumeLines[s] = line;
      this.faultPoints.set(line, s);
    }
    return s;
  }

  private instrBody(i: Instr, body: string[]): void {
    if (this.isRuntimeSafepoint(i) && !this.mayPark(i)) this.rtSafepoint(i, body);
    switch (i.kind) {
      case "Alloc":
        if (i.site.heap) {
          const et = derefT(i.type);
          this.def(i, sizeof(et) === 0 ? "ZERO_BASE" : `R.newobject(${this.ctx.typeId(et)})`, body);
          // A recovered panic returns the named results from their spill slots.
          const home = this.fn.namedResults.includes(i) ? this.spill.get(i) : undefined;
          if (home !== undefined) body.push(this.store("p", `sp + ${home}`, this.name(i)));
        } else {
          const n = sizeof(derefT(i.type));
          if (n > 0)
            body.push(`U8.fill(0, sp + ${this.slot.get(i)}, sp + ${this.slot.get(i)! + n});`);
        }
        return;
      case "Load": {
        const a = this.S(i.args[0]!);
        if (scalarOf(i.type) === "mem") body.push(this.copy(i.type, this.A(i), a, false));
        else this.def(i, this.load(scalarOf(i.type), a), body);
        return;
      }
      case "Store": {
        const [addr, val] = i.args as [Value, Value];
        const t = val.type!;
        body.push(this.storeValue(t, this.S(addr), val, !this.inFrame(addr)));
        return;
      }
      case "NilCheck": {
        const wrap = i.panicwrap;
        const panic = wrap ? `R.panicPlain(${JSON.stringify(wrap)})` : "R.panicNil()";
        const x = i.args[0]!;
        const word = isInterface(x.type!) ? `U32[${this.A(x)} >> 2]` : this.S(x);
        body.push(`if (${word} === 0) ${panic};`);
        return;
      }
      case "FieldAddr": {
        const st = under(derefT(i.args[0]!.type!));
        if (mayBeNil(i.args[0]!)) body.push(`if (${this.S(i.args[0]!)} === 0) R.panicNil();`);
        this.def(i, `${this.S(i.args[0]!)} + ${fieldOffset(st as never, i.field)}`, body);
        return;
      }
      case "Field": {
        if (aliasesMemory(i)) return;
        const off = fieldOffset(under(i.args[0]!.type!) as never, i.field);
        this.def(i, this.load(scalarOf(i.type), `${this.A(i.args[0]!)} + ${off}`), body);
        return;
      }
      case "IndexAddr": {
        const [x, idx] = i.args as [Value, Value];
        const es = sizeof(derefT(i.type));
        const base = scalarOf(x.type!) === "mem" ? `U32[${this.A(x)} >> 2]` : this.S(x);
        // Indexing through a nil *array panics even where the IR has no NilCheck (range).
        if (scalarOf(x.type!) === "p" && mayBeNil(x)) body.push(`if (${base} === 0) R.panicNil();`);
        this.def(i, `${base} + ${this.S(idx)} * ${es}`, body);
        return;
      }
      case "Index": {
        const [x, idx] = i.args as [Value, Value];
        if (isString(x.type!)) {
          this.def(i, `U8[U32[${this.A(x)} >> 2] + ${this.S(idx)}]`, body);
          return;
        }
        if (aliasesMemory(i)) return;
        this.def(
          i,
          this.load(scalarOf(i.type), `${this.A(x)} + ${this.S(idx)} * ${sizeof(i.type)}`),
          body,
        );
        return;
      }
      case "BoundsCheck":
        this.boundsCheck(i, body);
        return;
      case "Slice":
        this.slice(i, body);
        return;
      case "BinOp":
        this.binop(i, body);
        return;
      case "UnOp":
        this.unop(i, body);
        return;
      case "Convert":
        this.convert(i, body);
        return;
      case "ChangeType":
        if (scalarOf(i.type) !== "mem") this.def(i, this.S(i.args[0]!), body);
        return;
      case "Extract":
        return;
      case "Call":
        this.call(i, body);
        return;
      case "MakeInterface":
        this.makeInterface(i, body);
        return;
      case "TypeAssert":
        this.typeAssert(i, body);
        return;
      case "MakeSlice":
        this.makeSlice(i, body);
        return;
      case "MakeMap": {
        const tid = this.ctx.typeId(i.type);
        const hint = i.args[0] ? this.S(i.args[0]) : "0";
        const at = this.scratch.get(i);
        const slots = at === undefined ? "0, 0" : `sp + ${at}, sp + ${at + this.ctx.hmapSize}`;
        if (at !== undefined) {
          body.push(
            `U8.fill(0, sp + ${at}, sp + ${at + this.ctx.hmapSize + this.ctx.bucketSize(i.type)});`,
          );
        }
        this.def(i, `R.makemap(${tid}, ${hint}, ${slots})`, body);
        return;
      }
      case "MakeChan":
        this.def(i, `R.makechan(${this.ctx.typeId(i.type)}, ${this.S(i.args[0]!)})`, body);
        return;
      case "MakeClosure":
        this.makeClosure(i, body);
        return;
      case "Lookup":
        this.lookup(i, body);
        return;
      case "MapUpdate": {
        const [m, k, v] = i.args as [Value, Value, Value];
        const mt = under(m.type!) as { key: Type; elem: Type };
        const ka = this.keyAddr(i, k, mt.key, body);
        body.push(
          `{ const va = R.mapassign(${this.ctx.typeId(m.type!)}, ${this.S(m)}, ${ka}); ${this.storeValue(mt.elem, "va", v, true)} }`,
        );
        return;
      }
      case "Range":
        this.range(i, body);
        return;
      case "Next":
        this.next(i, body);
        return;
      case "RunDefers":
        if (this.fn.hasDefer) this.runDefers(i, body);
        return;
      case "Panic": {
        const x = this.A(i.args[0]!);
        body.push(`R.gopanic(U32[${x} >> 2], U32[(${x} + 8) >> 2]);`);
        return;
      }
      case "Return":
        this.ret(i, body);
        return;
      case "If": {
        const [t, e] = i.block!.succs as [BasicBlock, BasicBlock];
        body.push(
          `if (${this.S(i.args[0]!)}) { ${this.phis(i.block!, t)} ${jumpToken(t.index)} } else { ${this.phis(i.block!, e)} ${jumpToken(e.index)} }`,
        );
        return;
      }
      case "Jump": {
        const t = i.block!.succs[0]!;
        body.push(`${this.phis(i.block!, t)} ${jumpToken(t.index)}`);
        return;
      }
      case "Phi":
        if (scalarOf(i.type) === "mem") return; // filled by predecessors
        return;
      case "Send": {
        const [c, v] = i.args as [Value, Value];
        const at = this.scratch.get(i);
        let a: string;
        if (at !== undefined) {
          body.push(this.storeValue(v.type!, `sp + ${at}`, v, false));
          a = `(sp + ${at})`;
        } else a = this.A(v);
        this.goCall(i, `R.chansend(${this.S(c)}, ${a})`, body);
        return;
      }
      case "Select":
        this.select(i, body);
        return;
      case "Unsupported":
        body.push(`R.unsupported(${JSON.stringify(i.what)});`);
        return;
    }
  }

  /** Copies into successor s's phis along the edge from b (a parallel copy). */
  private phis(b: BasicBlock, s: BasicBlock): string {
    const k = s.preds.indexOf(b);
    const phis = s.instrs.filter((x): x is Phi => x.kind === "Phi");
    if (phis.length === 0) return "";
    const phiSet = new Set<Value>(phis);
    const out: string[] = [];
    const tmps: string[] = [];
    phis.forEach((p, n) => {
      const a = p.args[k]!;
      if (scalarOf(p.type) === "mem") {
        if (phiSet.has(a) && a !== p) {
          out.push(`const m${n} = U8.slice(${this.A(a)}, ${this.A(a)} + ${sizeof(p.type)});`);
          tmps.push(`U8.set(m${n}, ${this.A(p)});`);
        } else if (a !== p) tmps.push(this.copy(p.type, this.A(p), this.A(a), false));
      } else if (a !== p) {
        out.push(`const t${n} = ${this.S(a)};`);
        tmps.push(`${this.name(p)} = t${n};`);
      }
    });
    return `{ ${out.join(" ")} ${tmps.join(" ")} }`;
  }

  private boundsCheck(i: Instr, body: string[]): void {
    const bc = i as Instr & { check: "index" | "slice" };
    if (bc.check === "index") {
      const [x, n] = i.args.map((a) => this.S(a)) as [string, string];
      body.push(`if (!(${x} >= 0 && ${x} < ${n})) R.panicIndex(${x}, ${n});`);
      return;
    }
    // Find the Slice this check guards to learn which bounds are present.
    const blk = i.block!;
    const at = blk.instrs.indexOf(i);
    const sl = blk.instrs.slice(at + 1).find((x): x is SliceInstr => x.kind === "Slice");
    const args = i.args.map((a) => this.S(a));
    const limit = args.pop()!;
    let k = 0;
    const low = sl?.hasLow ? args[k++]! : "0";
    const high = sl?.hasHigh ? args[k++]! : "undefined";
    const max = sl?.hasMax ? args[k++]! : "undefined";
    const xt = sl ? under(sl.args[0]!.type!) : undefined;
    const isCap = xt?.kind === "Slice";
    body.push(`R.checkSlice(${low}, ${high}, ${max}, ${limit}, ${isCap});`);
  }

  private slice(i: SliceInstr, body: string[]): void {
    const x = i.args[0]!;
    const xt = under(x.type!);
    let k = 1;
    const low = i.hasLow ? this.S(i.args[k++]!) : "0";
    const high = i.hasHigh ? this.S(i.args[k++]!) : undefined;
    const max = i.hasMax ? this.S(i.args[k++]!) : undefined;
    const dst = this.A(i);
    if (isString(x.type!)) {
      const xa = this.A(x);
      body.push(
        `{ const l = ${low}, h = ${high ?? `U32[(${xa} + 8) >> 2]`}; U32[${dst} >> 2] = h - l === 0 ? U32[${xa} >> 2] : U32[${xa} >> 2] + l; U32[(${dst} + 4) >> 2] = 0; U32[(${dst} + 8) >> 2] = h - l; U32[(${dst} + 12) >> 2] = 0; }`,
      );
      return;
    }
    let base: string, len: string, cap: string, es: number;
    if (xt.kind === "Slice") {
      const xa = this.A(x);
      base = `U32[${xa} >> 2]`;
      len = `U32[(${xa} + 8) >> 2]`;
      cap = `U32[(${xa} + 16) >> 2]`;
      es = sizeof(xt.elem);
    } else {
      // pointer to array
      const at = under(derefT(x.type!)) as { len: number; elem: Type };
      base = this.S(x);
      len = `${at.len}`;
      cap = len;
      es = sizeof(at.elem);
    }
    body.push(
      `{ const l = ${low}, h = ${high ?? len}, m = ${max ?? cap}; const p = m - l === 0 ? ${base} : ${base} + l * ${es}; U32[${dst} >> 2] = p; U32[(${dst} + 8) >> 2] = h - l; U32[(${dst} + 12) >> 2] = 0; U32[(${dst} + 16) >> 2] = m - l; U32[(${dst} + 20) >> 2] = 0; U32[(${dst} + 4) >> 2] = 0; }`,
    );
  }

  private binop(i: Instr & { op: string }, body: string[]): void {
    const [x, y] = i.args as [Value, Value];
    const xt = x.type!;
    const op = i.op;
    const cmp = ["==", "!=", "<", "<=", ">", ">="].includes(op);
    const sx = scalarOf(xt);
    if (sx === "mem") {
      const ax = this.A(x),
        ay = this.A(y);
      if (isString(xt)) {
        if (op === "+") {
          body.push(`R.concat(${this.A(i)}, ${ax}, ${ay});`);
          return;
        }
        if (op === "==" || op === "!=") {
          this.def(i, `${op === "!=" ? "!" : ""}R.streq(${ax}, ${ay})`, body);
          return;
        }
        this.def(i, `(R.strcmp(${ax}, ${ay}) ${op} 0)`, body);
        return;
      }
      const name = (under(xt) as { name?: string }).name;
      if (name === "complex128" || name === "complex64") {
        this.complexOp(i, op, ax, ay, name === "complex64", body);
        return;
      }
      if (under(xt).kind === "Slice") {
        // Only comparison with nil is allowed: compare the data pointer.
        const other = y.kind === "Const" ? ax : ay;
        this.def(i, `(U32[${other} >> 2] ${op === "==" ? "===" : "!=="} 0)`, body);
        return;
      }
      if (isInterface(xt)) {
        const neq = op === "!=" ? "!" : "";
        const yi = isInterface(y.type!);
        this.def(i, `${neq}R.ifaceeq(${ax}, ${yi ? ay : "0"})`, body);
        return;
      }
      // structs and arrays
      this.def(
        i,
        `${op === "!=" ? "!" : ""}R.memequal(${this.ctx.typeId(xt)}, ${ax}, ${ay})`,
        body,
      );
      return;
    }
    const a = this.S(x),
      b = this.S(y);
    if (cmp) {
      const jsop = op === "==" ? "===" : op === "!=" ? "!==" : op;
      this.def(i, `(${a} ${jsop} ${b})`, body);
      return;
    }
    const sc = scalarOf(i.type!);
    if (sc === "f64") {
      this.def(i, `(${a} ${op} ${b})`, body);
      return;
    }
    if (sc === "f32") {
      this.def(i, `Math.fround(${a} ${op} ${b})`, body);
      return;
    }
    if (sc === "b") {
      this.def(i, `(${a} ${op} ${b})`, body);
      return;
    }
    if (
      (op === "/" || op === "%") &&
      !(y.kind === "Const" && y.value && intValue(y.value) !== 0n)
    ) {
      body.push(`if (${b} === 0) R.panicDivide();`);
    }
    if (op === "<<" || op === ">>") {
      const ys = scalarOf(y.type!);
      if (["i8", "i16", "i32", "i64"].includes(ys) && y.kind !== "Const")
        body.push(`if (${b} < 0) R.panicShift();`);
    }
    if (sc === "i64" && (op === "+" || op === "-" || op === "*" || op === "/" || op === "%")) {
      this.int64Inline(i, op, a, b, body);
      return;
    }
    if (sc === "i64" || sc === "u64") {
      const bb = op === "<<" || op === ">>" ? `shiftCount(${b})` : b;
      this.def(i, `${int64Fn(op, sc === "u64")}(${a}, ${bb})`, body);
      return;
    }
    if (INT_TYPES.has(sc)) {
      this.def(i, narrowOp(op, a, b, sc), body);
      return;
    }
    if (sc === "p") {
      // unsafe pointer arithmetic never reaches here; uintptr is u64
      this.def(i, `(${a} ${op} ${b})`, body);
      return;
    }
    throw new Error(`codegen: binop ${op} on ${sc}`);
  }

  private complexOp(
    i: Instr,
    op: string,
    ax: string,
    ay: string,
    c64: boolean,
    body: string[],
  ): void {
    const V = c64 ? "F32" : "F64";
    const sh = c64 ? 2 : 3;
    const w = c64 ? 4 : 8;
    const re = (a: string) => `${V}[(${a}) >> ${sh}]`;
    const im = (a: string) => `${V}[((${a}) + ${w}) >> ${sh}]`;
    const head = `const ar = ${re(ax)}, ai = ${im(ax)}, br = ${re(ay)}, bi = ${im(ay)};`;
    if (op === "==" || op === "!=") {
      this.def(
        i,
        `(${re(ax)} === ${re(ay)} && ${im(ax)} === ${im(ay)}) ${op === "!=" ? "=== false" : ""}`,
        body,
      );
      return;
    }
    const d = this.A(i);
    let r: string, m: string;
    switch (op) {
      case "+":
        [r, m] = ["ar + br", "ai + bi"];
        break;
      case "-":
        [r, m] = ["ar - br", "ai - bi"];
        break;
      case "*":
        [r, m] = ["ar * br - ai * bi", "ar * bi + ai * br"];
        break;
      case "/":
        body.push(
          `{ ${head} R.cdiv(ar, ai, br, bi); ${re(d)} = R.cplx[0]; ${im(d)} = R.cplx[1]; }`,
        );
        return;
      default:
        throw new Error(`codegen: complex ${op}`);
    }
    body.push(`{ ${head} ${re(d)} = ${r}; ${im(d)} = ${m}; }`);
  }

  private select(
    i: Instr & { states: { dir: "send" | "recv" }[]; blocking: boolean },
    body: string[],
  ): void {
    const comps = this.components.get(i)!;
    const slots = this.selectSlots.get(i)!;
    const cases: string[] = [];
    const after: string[] = [];
    let k = 0;
    let r = 0;
    i.states.forEach((st, n) => {
      const c = this.S(i.args[k]!);
      const et = (under(i.args[k]!.type!) as { elem: Type }).elem;
      const slot = slots[n]!;
      if (st.dir === "send") {
        const v = i.args[k + 1]!;
        let a: string;
        if (slot >= 0) {
          body.push(this.storeValue(v.type!, `sp + ${slot}`, v, false));
          a = `sp + ${slot}`;
        } else a = this.A(v);
        cases.push(`{ send: true, chan: ${c}, elem: ${a} }`);
        k += 2;
      } else {
        const comp = comps[2 + r]!;
        r++;
        const a = slot >= 0 ? `sp + ${slot}` : this.A(comp);
        cases.push(`{ send: false, chan: ${c}, elem: ${a} }`);
        if (slot >= 0) after.push(`${this.name(comp)} = ${this.load(scalarOf(et), a)};`);
        k += 1;
      }
    });
    const call = `R.selectgo([${cases.join(", ")}], ${!i.blocking})`;
    if (i.blocking) this.goCall(i, call, body);
    else body.push(`${call};`);
    body.push(`${this.name(comps[0]!)} = RES[0]; ${this.name(comps[1]!)} = RES[1] !== 0;`);
    if (after.length > 0) body.push(after.join(" "));
  }

  private unop(i: Instr & { op: string; commaOk?: boolean }, body: string[]): void {
    const x = i.args[0]!;
    if (i.op === "<-") {
      const comps = i.commaOk ? this.components.get(i)! : undefined;
      const dst: Value = comps ? comps[0]! : i;
      const at = this.scratch.get(i);
      const a = at !== undefined ? `(sp + ${at})` : this.A(dst);
      this.goCall(i, `R.chanrecv(${this.S(x)}, ${a})`, body);
      if (comps) body.push(`${this.name(comps[1]!)} = RES[0] !== 0;`);
      if (at !== undefined) {
        const et = (under(x.type!) as { elem: Type }).elem;
        body.push(`${this.name(dst)} = ${this.load(scalarOf(et), a)};`);
      }
      return;
    }
    const sc = scalarOf(x.type!);
    if (sc === "mem") {
      // complex negation
      const c64 = (under(x.type!) as { name: string }).name === "complex64";
      const V = c64 ? "F32" : "F64";
      const sh = c64 ? 2 : 3;
      const w = c64 ? 4 : 8;
      const a = this.A(x),
        d = this.A(i);
      body.push(
        `${V}[${d} >> ${sh}] = -${V}[${a} >> ${sh}]; ${V}[(${d} + ${w}) >> ${sh}] = -${V}[(${a} + ${w}) >> ${sh}];`,
      );
      return;
    }
    const a = this.S(x);
    switch (i.op) {
      case "!":
        this.def(i, `!${a}`, body);
        return;
      case "-":
        if (sc === "f64") this.def(i, `(-${a})`, body);
        else if (sc === "f32") this.def(i, `(-${a})`, body);
        else if (sc === "i64" || sc === "u64")
          this.def(i, `${sc === "u64" ? "negU64" : "neg64"}(${a})`, body);
        else this.def(i, narrowOp("-", "0", a, sc), body);
        return;
      case "^":
        if (sc === "i64" || sc === "u64")
          this.def(i, `${sc === "u64" ? "notU64" : "not64"}(${a})`, body);
        else this.def(i, narrow(`(~${a})`, sc), body);
        return;
    }
  }

  private convert(i: Instr & { site?: unknown }, body: string[]): void {
    const x = i.args[0]!;
    const from = x.type!;
    const to = i.type!;
    const fs = scalarOf(from),
      ts = scalarOf(to);
    const fu = under(from),
      tu = under(to);
    if (isString(to)) {
      const d = this.A(i);
      if (fu.kind === "Slice") {
        const eb = (under(fu.elem) as { name?: string }).name;
        body.push(
          eb === "int32"
            ? `R.slicerunetostring(${d}, ${this.A(x)});`
            : `R.slicebytetostring(${d}, ${this.A(x)});`,
        );
        return;
      }
      if (isString(from)) {
        body.push(this.copy(to, d, this.A(x), false));
        return;
      }
      body.push(`R.intstring(${d}, ${this.S(x)});`);
      return;
    }
    if (tu.kind === "Slice" && isString(from)) {
      const eb = (under(tu.elem) as { name?: string }).name;
      body.push(
        eb === "int32"
          ? `R.stringtoslicerune(${this.A(i)}, ${this.A(x)});`
          : `R.stringtoslicebyte(${this.A(i)}, ${this.A(x)});`,
      );
      return;
    }
    if (tu.kind === "Pointer" && fu.kind === "Slice") {
      // (*[N]T)(s): the slice's array, if it has at least N elements.
      const n = (under(tu.elem) as { len: number }).len;
      const a = this.A(x);
      body.push(
        `if (U32[(${a} + 8) >> 2] < ${n}) R.panicRuntimeError("cannot convert slice with length " + U32[(${a} + 8) >> 2] + " to pointer to array with length ${n}");`,
      );
      this.def(i, `U32[${a} >> 2]`, body);
      return;
    }
    const isComplex = (u: Type): boolean => u.kind === "Basic" && u.name.startsWith("complex");
    if ((ts === "mem" || fs === "mem") && !(isComplex(fu) && isComplex(tu))) {
      // Same representation (slices, structs, arrays, …): a copy.
      body.push(this.copy(to, this.A(i), this.A(x), false));
      return;
    }
    if (ts === "mem" || fs === "mem") {
      // complex conversions
      const fc = (fu as { name: string }).name === "complex64";
      const tc = (tu as { name: string }).name === "complex64";
      const a = this.A(x),
        d = this.A(i);
      const rd = (c: boolean, p: string, k: number) =>
        c ? `F32[(${p} + ${k * 4}) >> 2]` : `F64[(${p} + ${k * 8}) >> 3]`;
      const fr = (v: string) => (tc ? `Math.fround(${v})` : v);
      body.push(`${rd(tc, d, 0)} = ${fr(rd(fc, a, 0))}; ${rd(tc, d, 1)} = ${fr(rd(fc, a, 1))};`);
      return;
    }
    this.def(i, convertScalar(this.S(x), fs, ts), body);
  }

  private makeInterface(
    i: Instr & { site?: { heap: boolean }; staticData: boolean },
    body: string[],
  ): void {
    const x = i.args[0]!;
    const t = x.type!;
    const d = this.A(i);
    if (isInterface(t)) {
      body.push(this.copy(i.type!, d, this.A(x), false));
      return;
    }
    const tid = this.ctx.typeId(t);
    let data: string;
    const sc = scalarOf(t);
    if (isDirect(t)) {
      data = sc === "mem" ? `U32[${this.A(x)} >> 2]` : this.S(x);
    } else if (sizeof(t) === 0) {
      data = "ZERO_BASE";
    } else if (i.staticData && x.kind === "Const") {
      data = this.staticBox(x);
    } else if (i.site && !i.site.heap) {
      const at = this.scratch.get(i)!;
      body.push(this.storeValue(t, `sp + ${at}`, x, false));
      data = `(sp + ${at})`;
    } else if (sc !== "mem") {
      data = `R.convT(${tid}, ${sizeof(t)}, ${this.S(x)})`;
    } else {
      data = `R.convTmem(${tid}, ${this.A(x)})`;
    }
    body.push(
      `{ const dw = ${data}; U32[${d} >> 2] = ${tid}; U32[(${d} + 4) >> 2] = 0; U32[(${d} + 8) >> 2] = dw; U32[(${d} + 12) >> 2] = 0; }`,
    );
  }

  private staticBox(c: Const): string {
    const t = c.type;
    const sc = scalarOf(t);
    if (sc === "mem") {
      if (isString(t)) {
        return `(DATA + ${this.ctx.staticString((c.value as { value: string } | undefined)?.value ?? "")})`;
      }
      return this.constAddr(c);
    }
    const b = new Uint8Array(8);
    const dv = new DataView(b.buffer);
    const cv = c.value;
    switch (sc) {
      case "f64":
        dv.setFloat64(0, cv ? float64Value(cv) : 0, true);
        break;
      case "f32":
        dv.setFloat32(0, cv ? float32Value(cv) : 0, true);
        break;
      case "b":
        b[0] = cv && cv.kind === "bool" && cv.value ? 1 : 0;
        break;
      default: {
        const v = cv ? (intValue(cv) ?? 0n) : 0n;
        dv.setBigUint64(0, BigInt.asUintN(64, v), true);
      }
    }
    return `(DATA + ${this.ctx.staticBlock(b)})`;
  }

  private typeAssert(i: Instr & { asserted: Type; commaOk: boolean }, body: string[]): void {
    const x = this.A(i.args[0]!);
    const at = i.asserted;
    const srcT = this.ctx.typeId(i.args[0]!.type!);
    const comps = i.commaOk ? this.components.get(i)! : undefined;
    const dstVal: Value = comps ? comps[0]! : i;
    if (isInterface(at)) {
      const aid = this.ctx.typeId(at);
      const d = this.A(dstVal);
      if (comps) body.push(`${this.name(comps[1]!)} = R.assertI2I2(${aid}, ${x}, ${d});`);
      else body.push(`R.assertI2I(${srcT}, ${aid}, ${x}, ${d});`);
      return;
    }
    const aid = this.ctx.typeId(at);
    const okName = comps ? this.name(comps[1]!) : "";
    const sc = scalarOf(at);
    const fetch = (): string => {
      if (isDirect(at)) {
        if (sc === "mem") return `U32[${this.A(dstVal)} >> 2] = U32[(${x} + 8) >> 2];`;
        return `${this.name(dstVal)} = U32[(${x} + 8) >> 2];`;
      }
      if (sc === "mem") return this.copy(at, this.A(dstVal), `U32[(${x} + 8) >> 2]`, false);
      return `${this.name(dstVal)} = ${this.load(sc, `U32[(${x} + 8) >> 2]`)};`;
    };
    const zero = (): string => {
      if (sc === "mem") return `U8.fill(0, ${this.A(dstVal)}, ${this.A(dstVal)} + ${sizeof(at)});`;
      return `${this.name(dstVal)} = ${sc === "b" ? "false" : "0"};`;
    };
    if (comps) {
      body.push(
        `if (U32[${x} >> 2] === ${aid}) { ${okName} = true; ${fetch()} } else { ${okName} = false; ${zero()} }`,
      );
    } else {
      body.push(`if (U32[${x} >> 2] !== ${aid}) R.panicAssert(${srcT}, U32[${x} >> 2], ${aid});`);
      body.push(fetch());
    }
  }

  private makeSlice(i: Instr & { site: { heap: boolean } }, body: string[]): void {
    const et = (under(i.type!) as { elem: Type }).elem;
    const len = this.S(i.args[0]!);
    const cap = i.args[1] ? this.S(i.args[1]) : len;
    const d = this.A(i);
    const at = this.scratch.get(i);
    const p =
      at !== undefined
        ? `(U8.fill(0, sp + ${at}, sp + ${at} + ${sizeof(et)} * c), sp + ${at})`
        : `R.makeslice(${this.ctx.typeId(et)}, l, c)`;
    body.push(
      `{ const l = ${len}, c = ${cap}; R.checkMakeSlice(l, c, ${sizeof(et)}); const p = ${p}; U32[${d} >> 2] = p; U32[(${d} + 4) >> 2] = 0; U32[(${d} + 8) >> 2] = l; U32[(${d} + 12) >> 2] = 0; U32[(${d} + 16) >> 2] = c; U32[(${d} + 20) >> 2] = 0; }`,
    );
  }

  private makeClosure(i: Instr & { site: { heap: boolean } }, body: string[]): void {
    const ref = i.args[0] as Value & { kind: "FuncRef"; fn: Function | undefined };
    const f = ref.fn!;
    const fid = this.ctx.funcIdOf(ref);
    const at = this.scratch.get(i);
    const p = at !== undefined ? `(sp + ${at})` : `R.newobject(${this.ctx.closureTypeId(f)})`;
    const s: string[] = [`{ const c = ${p}; U32[c >> 2] = ${fid};`];
    const byValue = this.ctx.captureByValue(f);
    const l = closureLayout(f, byValue);
    const heap = at === undefined;
    f.freeVars.forEach((fv, k) => {
      const off = l.offsets[k]!;
      const arg = i.args[k + 1]!;
      if (byValue[k]) {
        // Copy the variable itself into the closure.
        s.push(this.copy(l.types[k]!, `c + ${off}`, this.S(arg), heap));
      } else s.push(this.storeValue(fv.type, `c + ${off}`, arg, heap));
    });
    s.push(`${this.name(i)} = c; }`);
    body.push(s.join(" "));
  }

  private keyAddr(i: Instr, k: Value, kt: Type, body: string[]): string {
    if (scalarOf(kt) === "mem") return this.A(k);
    const at = this.scratch.get(i)!;
    body.push(this.store(scalarOf(kt), `sp + ${at}`, this.S(k)));
    return `(sp + ${at})`;
  }

  private lookup(i: Instr & { commaOk: boolean }, body: string[]): void {
    const [m, k] = i.args as [Value, Value];
    const mt = under(m.type!);
    if (mt.kind !== "Map") throw new Error("codegen: Lookup on non-map");
    const ka = this.keyAddr(i, k, mt.key, body);
    const tid = this.ctx.typeId(m.type!);
    const comps = i.commaOk ? this.components.get(i)! : undefined;
    const dst: Value = comps ? comps[0]! : i;
    const sc = scalarOf(mt.elem);
    const read =
      sc === "mem"
        ? this.copy(mt.elem, this.A(dst), "va", false)
        : `${this.name(dst)} = ${this.load(sc, "va")};`;
    if (comps) {
      body.push(
        `{ let va = R.mapaccess2(${tid}, ${this.S(m)}, ${ka}); ${this.name(comps[1]!)} = va !== 0; if (va === 0) va = ZERO; ${read} }`,
      );
      this.ctx.needZero(sizeof(mt.elem));
    } else {
      body.push(`{ const va = R.mapaccess1(${tid}, ${this.S(m)}, ${ka}); ${read} }`);
    }
  }

  private range(i: Instr, body: string[]): void {
    const x = i.args[0]!;
    if (under(x.type!).kind === "Map") {
      const at = this.slot.get(i)!;
      body.push(
        `U8.fill(0, sp + ${at}, sp + ${at + this.ctx.hiterSize}); R.mapiterinit(${this.ctx.typeId(x.type!)}, ${this.S(x)}, sp + ${at});`,
      );
    } else {
      // A string iterator is the next byte index, held in a JS variable.
      this.def(i, "0", body);
    }
  }

  private next(i: Instr & { isString: boolean }, body: string[]): void {
    const it = i.args[0] as Instr;
    const comps = this.components.get(i)!;
    const [ok, k, v] = comps as [Value, Value, Value];
    const tuple = i.type as Tuple;
    if (i.isString) {
      const s = this.A(it.args[0]!);
      body.push(
        `{ const n = U32[(${s} + 8) >> 2]; if (${this.name(it)} < n) { ${this.name(ok)} = true; ${this.name(k)} = ${this.name(it)}; R.decoderune(U32[${s} >> 2] + ${this.name(it)}, n - ${this.name(it)}); ${this.name(v)} = R.rune[0]; ${this.name(it)} += R.rune[1]; } else { ${this.name(ok)} = false; } }`,
      );
      return;
    }
    const itA = `sp + ${this.slot.get(it)}`;
    const kt = tuple.vars[1]!.type,
      vt = tuple.vars[2]!.type;
    const rd = (c: Value, t: Type, a: string): string =>
      scalarOf(t) === "mem"
        ? this.copy(t, this.A(c), a, false)
        : `${this.name(c)} = ${this.load(scalarOf(t), a)};`;
    body.push(
      `{ const ka = R.mapiterkey(${itA}); ${this.name(ok)} = ka !== 0; if (ka !== 0) { ${rd(k, kt, "ka")} ${rd(v, vt, `R.mapiterelem(${itA})`)} R.mapiternext(${itA}); } }`,
    );
  }

  private ret(i: Instr, body: string[]): void {
    const rs = this.args.results;
    const s: string[] = [];
    i.args.forEach((v, k) => {
      s.push(this.storeValue(v.type!, `sp + FS + ${FRAME_ARGS + rs[k]!}`, v, false));
    });
    s.push(`SP = sp + FS; DEPTH -= W; return;`);
    body.push(s.join(" "));
  }

  /** After a recovered panic: run the remaining defers, return the named results (or zeros). */
  private recoveredReturn(body: string[]): void {
    const rs = this.args.results;
    const s: string[] = [];
    const fake = {
      kind: "RunDefers",
      pos: this.fn.pos,
      args: [],
      type: undefined,
      block: undefined,
    } as unknown as Instr;
    this.live.set(
      fake,
      this.fn.namedResults.filter((nr) => this.held(nr)),
    );
    this.runDefers(fake, body);
    const results = this.fn.sig.results.vars;
    results.forEach((r, k) => {
      const nr = this.fn.namedResults[k];
      const dst = `sp + FS + ${FRAME_ARGS + rs[k]!}`;
      if (nr) {
        const addr = nr.site.heap ? this.name(nr) : `(sp + ${this.slot.get(nr)})`;
        const sc = scalarOf(r.type);
        if (sc === "mem") s.push(this.copy(r.type, dst, addr, false));
        else s.push(this.store(sc, dst, this.load(sc, addr)));
      } else {
        s.push(`U8.fill(0, ${dst}, ${dst} + ${sizeof(r.type)});`);
      }
    });
    s.push(`SP = sp + FS; DEPTH -= W; return;`);
    body.push(s.join(" "));
  }

  private runDefers(i: Instr, body: string[]): void {
    const loop = this.nextState++;
    const done = this.nextState++;
    this.resumeLines[loop] = i.pos.line;
    this.resumeLines[done] = i.pos.line;
    const live = this.live.get(i) ?? [];
    body.push(jumpToken(loop));
    body.push(resumeMark(loop), `sp = SP; ${this.reloadCode(live)}`);
    this.resumeStates.push({ state: loop, live });
    body.push(
      `{ const d = R.popdefer(sp, sp + ${FRAME_ARGS}); if (d < 0) { ${jumpToken(done)} } ${this.spillCode(live, false)} U32[(sp + 4) >> 2] = ${loop}; FUNCS[d](0); if (RES[2] !== 0) return; ${jumpToken(loop)} }`,
    );
    body.push(resumeMark(done));
  }

  private call(i: Call, body: string[]): void {
    if (i.mode === "builtin") {
      this.builtin(i, body);
      return;
    }
    const argVals = i.args.slice(1);
    const jsMath = this.jsMathOf(i);
    if (jsMath) {
      this.def(i, `Math.${jsMath.name}(${argVals.map((a) => this.S(a)).join(", ")})`, body);
      return;
    }
    const layout = calleeLayout(i)!;
    const writes: string[] = [];
    let target: string;
    let hook: string | undefined;
    if (i.mode === "static") {
      const ref = i.args[0] as Value & { kind: "FuncRef" };
      hook = this.ctx.hookOf(ref);
      target = hook ? "" : `f${this.ctx.funcIdOf(ref)}(0)`;
      argVals.forEach((a, k) =>
        writes.push(this.storeValue(a.type!, `sp + ${FRAME_ARGS + layout.params[k]!}`, a, false)),
      );
    } else if (i.mode === "closure") {
      const fv = this.S(i.args[0]!);
      argVals.forEach((a, k) =>
        writes.push(this.storeValue(a.type!, `sp + ${FRAME_ARGS + layout.params[k]!}`, a, false)),
      );
      // A nil func panics when called: for defer, when the deferred call runs.
      writes.push(
        i.form === "defer" ? `CTX = ${fv};` : `CTX = ${fv}; if (CTX === 0) R.panicNil();`,
      );
      target = `FUNCS[U32[CTX >> 2]](0)`;
    } else {
      const x = this.A(i.args[0]!);
      const key = this.ctx.methodKey(i.method!);
      writes.push(
        `{ const t = U32[${x} >> 2]; if (t === 0) R.panicNil(); MF = R.method(t, ${JSON.stringify(key)}); U32[(sp + ${FRAME_ARGS}) >> 2] = U32[(${x} + 8) >> 2]; U32[(sp + ${FRAME_ARGS + 4}) >> 2] = 0; }`,
      );
      argVals.forEach((a, k) =>
        writes.push(
          this.storeValue(a.type!, `sp + ${FRAME_ARGS + layout.params[k + 1]!}`, a, false),
        ),
      );
      target = `FUNCS[MF](0)`;
    }
    if (i.form === "defer" || i.form === "go") {
      // The function for later: its id, -2 for a closure (id read from CTX), or the
      // method looked up into MF.
      const fnExpr =
        i.mode === "static"
          ? `${this.ctx.funcIdOf(i.args[0] as never)}`
          : i.mode === "closure"
            ? "-2"
            : "MF";
      const ctx = i.mode === "closure" ? "CTX" : 0;
      body.push(writes.join(" "));
      body.push(
        i.form === "defer"
          ? `R.deferproc(sp, ${fnExpr}, ${ctx}, sp + ${FRAME_ARGS}, ${layout.size}, ${JSON.stringify(layout.ptrs)});`
          : `R.newproc(${fnExpr}, ${ctx}, sp + ${FRAME_ARGS}, ${layout.size}, ${i.pos.line});`,
      );
      return;
    }
    body.push(writes.join(" "));
    if (hook) {
      // Pointer results are zeroed: the hook's arguments are GC roots while it runs.
      const res0 = layout.results[0] ?? layout.size;
      const zero = layout.ptrs
        .filter((p) => p >= res0)
        .map((p) => `U32[(sp + ${FRAME_ARGS + p}) >> 2] = 0;`);
      const call = `HOOK(${JSON.stringify(hook)}, sp + ${FRAME_ARGS}, ${JSON.stringify(layout.ptrs)})`;
      if (zero.length > 0) body.push(zero.join(" "));
      if (RESUMABLE_HOOKS.has(hook)) this.goCall(i, call, body);
      else body.push(`${call};`);
    } else {
      this.goCall(i, target, body);
    }
    this.readResults(i, layout, body);
  }

  private readResults(i: Instr, layout: ArgLayout, body: string[]): void {
    const rts = resultTypes(i.type);
    if (rts.length === 0) return;
    const dsts: Value[] = i.type!.kind === "Tuple" ? this.components.get(i)! : [i];
    rts.forEach((t, k) => {
      const src = `sp + ${FRAME_ARGS + layout.results[k]!}`;
      const d = dsts[k]!;
      const sc = scalarOf(t);
      if (sc === "mem") body.push(this.copy(t, this.A(d), src, false));
      else body.push(`${this.name(d)} = ${this.load(sc, src)};`);
    });
  }

  /**
   * int/int64 + - * / % in place when both operands are numbers (and, for + - *, the
   * result stays within ±(2^53 - 1)), the common case; the helper (runtime/lang/int64.ts)
   * otherwise. The same canonical number|bigint form as the helper's, without a call V8
   * may not inline. A quotient of numbers is exact (see rem64); the divisor is not 0.
   * `x % 2` gives `(x | 0) === x ? x % 2 + 0 : typeof x === "number" ? … : rem64(x, 2)`.
   */
  private int64Inline(
    i: Instr,
    op: "+" | "-" | "*" | "/" | "%",
    a: string,
    b: string,
    body: string[],
  ): void {
    const d = this.name(i);
    const numbers = [a, b]
      .filter((e) => !/^-?\d+$/.test(e))
      .map((e) => `typeof ${e} === "number"`)
      .join(" && ");
    const slow = `${int64Fn(op, false)}(${a}, ${b})`;
    const max = Number.MAX_SAFE_INTEGER;
    let fast: string;
    if (op === "/" || op === "%") {
      fast =
        op === "/" ? `Math.trunc(${a} / ${b}) + 0` : `${a} - ${b} * Math.trunc(${a} / ${b}) + 0`;
      // By a positive int32 constant, an int32 dividend takes V8's integer division.
      if (/^\d+$/.test(b) && Number(b) <= 0x7fffffff) {
        const int32 = op === "/" ? `(${a} / ${b}) | 0` : `${a} % ${b} + 0`;
        fast = `(${a} | 0) === ${a} ? ${int32} : ${fast}`;
      }
    } else {
      const zero = op === "*" ? " + 0" : ""; // -0 is 0
      const inRange = `(${d} = ${a} ${op} ${b}${zero}) <= ${max} && ${d} >= -${max}`;
      body.push(`${d} = ${numbers && `${numbers} && `}${inRange} ? ${d} : ${slow};`);
      return;
    }
    body.push(`${d} = ${numbers ? `${numbers} ? ${fast} : ${slow}` : fast};`);
  }

  private builtin(i: Call, body: string[]): void {
    const id = i.builtin!;
    // complex(f()) and friends: a multi-value call's results are the operands.
    const tuple = i.args.length === 1 && i.args[0]!.type?.kind === "Tuple" ? i.args[0] : undefined;
    const a = tuple ? this.components.get(tuple as Instr)! : i.args;
    if (i.form !== "call" && DEFERRABLE_BUILTINS.has(id)) {
      this.deferBuiltin(i, body);
      return;
    }
    if (i.form !== "call") {
      body.push(`R.unsupported(${JSON.stringify(`${i.form} ${id}`)});`);
      return;
    }
    switch (id) {
      case "len":
      case "cap": {
        const x = a[0]!;
        const u = under(x.type!);
        if (isString(x.type!)) this.def(i, `U32[(${this.A(x)} + 8) >> 2]`, body);
        else if (u.kind === "Slice")
          this.def(i, `U32[(${this.A(x)} + ${id === "len" ? 8 : 16}) >> 2]`, body);
        else if (u.kind === "Map") this.def(i, `R.maplen(${this.S(x)})`, body);
        else if (u.kind === "Chan") this.def(i, `R.chanlen(${this.S(x)}, ${id === "cap"})`, body);
        else if (u.kind === "Pointer" || u.kind === "Array") {
          const at = under(u.kind === "Pointer" ? u.elem : u) as { len: number };
          this.def(i, `${at.len}`, body);
        } else throw new Error(`codegen: len of ${u.kind}`);
        return;
      }
      case "append": {
        const [s, more] = a as [Value, Value];
        const et = (under(i.type!) as { elem: Type }).elem;
        const moreA = this.A(more);
        body.push(
          `R.append(${this.ctx.typeId(et)}, ${sizeof(et)}, ${this.A(i)}, ${this.A(s)}, ${moreA});`,
        );
        return;
      }
      case "copy": {
        const [d, s] = a as [Value, Value];
        const et = (under(d.type!) as { elem: Type }).elem;
        this.def(
          i,
          `R.slicecopy(${this.ctx.typeId(et)}, ${sizeof(et)}, ${this.A(d)}, ${this.A(s)})`,
          body,
        );
        return;
      }
      case "delete": {
        const [m, k] = a as [Value, Value];
        const kt = (under(m.type!) as { key: Type }).key;
        let ka: string;
        if (scalarOf(kt) === "mem") ka = this.A(k);
        else {
          const at = this.scratch.get(i)!;
          body.push(this.store(scalarOf(kt), `sp + ${at}`, this.S(k)));
          ka = `(sp + ${at})`;
        }
        body.push(`R.mapdelete(${this.ctx.typeId(m.type!)}, ${this.S(m)}, ${ka});`);
        return;
      }
      case "print":
      case "println": {
        const parts = a.map((x) => this.printArg(x));
        body.push(`R.print(${id === "println"}, [${parts.join(", ")}]);`);
        return;
      }
      case "panic": {
        const x = this.A(a[0]!);
        body.push(`R.gopanic(U32[${x} >> 2], U32[(${x} + 8) >> 2]);`);
        return;
      }
      case "recover":
        body.push(`R.gorecover(sp + FS, ${this.A(i)});`);
        return;
      case "real":
      case "imag": {
        const x = a[0]!;
        const c64 = (under(x.type!) as { name: string }).name === "complex64";
        const k = id === "imag" ? 1 : 0;
        this.def(
          i,
          c64 ? `F32[(${this.A(x)} + ${k * 4}) >> 2]` : `F64[(${this.A(x)} + ${k * 8}) >> 3]`,
          body,
        );
        return;
      }
      case "complex": {
        const c64 = (under(i.type!) as { name: string }).name === "complex64";
        const d = this.A(i);
        body.push(
          c64
            ? `F32[${d} >> 2] = ${this.S(a[0]!)}; F32[(${d} + 4) >> 2] = ${this.S(a[1]!)};`
            : `F64[${d} >> 3] = ${this.S(a[0]!)}; F64[(${d} + 8) >> 3] = ${this.S(a[1]!)};`,
        );
        return;
      }
      case "close":
        body.push(`R.closechan(${this.S(a[0]!)});`);
        return;
      case "Add":
        this.def(i, `(${this.S(a[0]!)} + Number(${this.S(a[1]!)}))`, body);
        return;
      case "Slice": {
        // unsafe.Slice(p, n): {p, n, n}
        const d = this.A(i);
        body.push(
          `{ const n = Number(${this.S(a[1]!)}); if (n < 0) R.panicRuntimeError("unsafe.Slice: len out of range"); U32[${d} >> 2] = ${this.S(a[0]!)}; U32[(${d} + 4) >> 2] = 0; U32[(${d} + 8) >> 2] = n; U32[(${d} + 12) >> 2] = 0; U32[(${d} + 16) >> 2] = n; U32[(${d} + 20) >> 2] = 0; }`,
        );
        return;
      }
      default:
        body.push(`R.unsupported(${JSON.stringify("builtin " + id)});`);
    }
  }

  /**
   * `defer println(x)`, `go close(c)` and friends: the operands are evaluated now into the
   * outgoing area like a call's arguments, and a frameless stub function (registered with
   * the program) performs the builtin on them when the deferred call or goroutine runs.
   */
  private deferBuiltin(i: Call, body: string[]): void {
    const id = i.builtin!;
    const types = i.args.map((v) => v.type!);
    const layout = layoutArgs(types, []);
    const writes = i.args.map((v, k) =>
      this.storeValue(v.type!, `sp + ${FRAME_ARGS + layout.params[k]!}`, v, false),
    );
    const at = (k: number): string => `(SP + ${FRAME_ARGS + layout.params[k]!})`;
    let code: string;
    switch (id) {
      case "print":
      case "println":
        code = `R.print(${id === "println"}, [${types.map((t, k) => this.printPart(t, at(k))).join(", ")}]);`;
        break;
      case "panic":
        code = `R.gopanic(U32[${at(0)} >> 2], U32[(${at(0)} + 8) >> 2]);`;
        break;
      case "delete": {
        const mt = types[0]!;
        code = `R.mapdelete(${this.ctx.typeId(mt)}, U32[${at(0)} >> 2], ${at(1)});`;
        break;
      }
      case "close":
        code = `R.closechan(U32[${at(0)} >> 2]);`;
        break;
      case "copy": {
        const et = (under(types[0]!) as { elem: Type }).elem;
        code = `R.slicecopy(${this.ctx.typeId(et)}, ${sizeof(et)}, ${at(0)}, ${at(1)});`;
        break;
      }
      case "recover":
        // As a recover() made by the deferring function (SP is its frame when it runs
        // its defers; under a panic, the panic's pseudo-frame, and nothing is recovered).
        code = i.form === "defer" ? "R.recoverDeferred(SP);" : "";
        break;
      default:
        code = "";
    }
    const fid = this.ctx.stub(
      `${i.form}${id}`,
      (f) => `function f${f}(resume) { ${code} }`,
      layout,
    );
    body.push(writes.join(" "));
    if (i.form === "go")
      body.push(`R.newproc(${fid}, 0, sp + ${FRAME_ARGS}, ${layout.size}, ${i.pos.line});`);
    else
      body.push(
        `R.deferproc(sp, ${fid}, 0, sp + ${FRAME_ARGS}, ${layout.size}, ${JSON.stringify(layout.ptrs)});`,
      );
  }

  /** A print/println operand of type t stored at address expression a. */
  private printPart(t: Type, a: string): string {
    const u = under(t);
    const sc = scalarOf(t);
    if (isString(t)) return `["s", ${a}]`;
    if (isInterface(t)) return `["e", ${a}]`;
    if (u.kind === "Slice") return `["sl", ${a}]`;
    if (sc === "mem") return `["c", ${a}, ${(u as { name: string }).name === "complex64"}]`;
    const v = this.load(sc, a);
    if (sc === "b") return `["b", ${v}]`;
    if (sc === "f32" || sc === "f64") return `["f", ${v}]`;
    if (sc === "p") return `["p", ${v}]`;
    if (sc === "u8" || sc === "u16" || sc === "u32" || sc === "u64") return `["u", ${v}]`;
    return `["i", ${v}]`;
  }

  /** An argument of print/println: a [kind, value] pair the runtime formats. */
  private printArg(x: Value): string {
    const t = x.type!;
    const u = under(t);
    const sc = scalarOf(t);
    if (isString(t)) return `["s", ${this.A(x)}]`;
    if (isInterface(t))
      return `["${(u as { methods: unknown[] }).methods.length === 0 && (u as { embeddeds: unknown[] }).embeddeds.length === 0 ? "e" : "i2"}", ${this.A(x)}]`;
    if (u.kind === "Slice") return `["sl", ${this.A(x)}]`;
    if (sc === "mem") return `["c", ${this.A(x)}, ${(u as { name: string }).name === "complex64"}]`;
    if (sc === "b") return `["b", ${this.S(x)}]`;
    if (sc === "f32" || sc === "f64") return `["f", ${this.S(x)}]`;
    if (sc === "p") return `["p", ${this.S(x)}]`;
    if (sc === "u8" || sc === "u16" || sc === "u32" || sc === "u64") return `["u", ${this.S(x)}]`;
    return `["i", ${this.S(x)}]`;
  }
}

/** Blocks entered by a retreating edge (to a block still on the DFS path): loop heads. */
function retreatingTargets(fn: Function): Set<BasicBlock> {
  const heads = new Set<BasicBlock>();
  const entry = fn.blocks[0];
  if (!entry) return heads;
  const onPath = new Set<BasicBlock>([entry]);
  const seen = new Set<BasicBlock>([entry]);
  const stack: [BasicBlock, number][] = [[entry, 0]];
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const [b, k] = top;
    if (k === b.succs.length) {
      stack.pop();
      onPath.delete(b);
      continue;
    }
    top[1] = k + 1;
    const s = b.succs[k]!;
    if (onPath.has(s)) heads.add(s);
    else if (!seen.has(s)) {
      seen.add(s);
      onPath.add(s);
      stack.push([s, 0]);
    }
  }
  return heads;
}

export function derefT(t: Type): Type {
  const u = under(t);
  return u.kind === "Pointer" ? u.elem : t;
}

export function fieldOffset(st: Type, field: number): number {
  return offsetsof(st as Struct)[field]!;
}

function int64Fn(op: string, unsigned: boolean): string {
  const base: Record<string, string> = {
    "+": "add",
    "-": "sub",
    "*": "mul",
    "/": "div",
    "%": "rem",
    "&": "and",
    "|": "or",
    "^": "xor",
    "&^": "andnot",
    "<<": "shl",
    ">>": "shr",
  };
  return `${base[op]}${unsigned ? "U64" : "64"}`;
}

function narrow(e: string, sc: Scalar): string {
  switch (sc) {
    case "i8":
      return `((${e}) << 24 >> 24)`;
    case "i16":
      return `((${e}) << 16 >> 16)`;
    case "i32":
      return `((${e}) | 0)`;
    case "u8":
      return `((${e}) & 255)`;
    case "u16":
      return `((${e}) & 65535)`;
    case "u32":
      return `((${e}) >>> 0)`;
    default:
      return e;
  }
}

function bits(sc: Scalar): number {
  return sc === "i8" || sc === "u8" ? 8 : sc === "i16" || sc === "u16" ? 16 : 32;
}

function narrowOp(op: string, a: string, b: string, sc: Scalar): string {
  const signed = sc.startsWith("i");
  switch (op) {
    case "+":
    case "-":
      return narrow(`${a} ${op} ${b}`, sc);
    case "*":
      return narrow(`Math.imul(${a}, ${b})`, sc);
    case "/":
      return narrow(`(${a} / ${b})`, sc);
    case "%":
      return narrow(`${a} % ${b}`, sc);
    case "&":
    case "|":
    case "^":
      return narrow(`${a} ${op} ${b}`, sc);
    case "&^":
      return narrow(`${a} & ~${b}`, sc);
    case "<<":
      return `(${b} < ${bits(sc)} ? ${narrow(`${a} << Number(${b})`, sc)} : 0)`;
    case ">>":
      if (signed) return `(${a} >> (${b} < ${bits(sc)} ? Number(${b}) : ${bits(sc) - 1}))`;
      return `(${b} < ${bits(sc)} ? ${a} >>> Number(${b}) : 0)`;
    default:
      throw new Error(`codegen: narrow op ${op}`);
  }
}

/** A conversion between single-word numeric types. */
function convertScalar(x: string, from: Scalar, to: Scalar): string {
  if (from === to) return x;
  const isNarrowInt = (s: Scalar) => INT_TYPES.has(s);
  const isWide = (s: Scalar) => s === "i64" || s === "u64";
  const isFloat = (s: Scalar) => s === "f32" || s === "f64";
  if (to === "p" || from === "p") {
    if (to === "p") return isWide(from) ? `Number(${x})` : x;
    return x; // pointer → uintptr
  }
  if (isFloat(to)) {
    if (isFloat(from)) return to === "f32" ? `Math.fround(${x})` : x;
    if (isWide(from)) return to === "f32" ? `Math.fround(Number(${x}))` : `Number(${x})`;
    return to === "f32" ? `Math.fround(${x})` : x;
  }
  if (isFloat(from)) {
    // float → integer (truncation; out of range is implementation-defined)
    return `cvt_f_${to}(${x})`;
  }
  if (isNarrowInt(to)) {
    if (isNarrowInt(from)) return narrow(x, to);
    return `wrap_${to}(${x})`;
  }
  // to a 64-bit integer
  if (isNarrowInt(from)) {
    if (to === "u64" && from.startsWith("i")) return `i64ToU64(${x})`;
    return x;
  }
  if (from === "i64" && to === "u64") return `i64ToU64(${x})`;
  if (from === "u64" && to === "i64") return `u64ToI64(${x})`;
  if (from === "b" || to === "b") return x;
  return x;
}

/** The layout of fn's closure object: word 0 is the function id, then each free variable. */
export function closureLayout(
  fn: Function,
  byValue: readonly boolean[],
): { offsets: number[]; types: Type[]; size: number; ptrWords: number[] } {
  let off = 8;
  const offsets: number[] = [];
  const types: Type[] = [];
  const ptrWords: number[] = [];
  fn.freeVars.forEach((fv, k) => {
    const t = byValue[k] ? derefT(fv.type) : fv.type;
    off = alignUp(off, Math.max(alignof(t), 1));
    offsets.push(off);
    types.push(t);
    for (const w of ptrWordsOf(t)) ptrWords.push(off / 8 + w);
    off += sizeof(t);
  });
  return { offsets, types, size: alignUp(off, 8), ptrWords };
}

/** Can control leave b and come back to it? */
function inLoop(b: BasicBlock): boolean {
  const seen = new Set<BasicBlock>();
  const work = [...b.succs];
  while (work.length > 0) {
    const x = work.pop()!;
    if (x === b) return true;
    if (seen.has(x)) continue;
    seen.add(x);
    work.push(...x.succs);
  }
  return false;
}

/** Could pointer value v be nil (not the address of a variable, field or element)? */
function mayBeNil(v: Value): boolean {
  if (v.kind === "Global" || v.kind === "FuncRef") return false;
  if (isInstr(v)) {
    switch (v.kind) {
      case "Alloc":
      case "FieldAddr":
      case "IndexAddr":
        return false;
      default:
        return true;
    }
  }
  return true;
}

/** A line of emitted code that says: the code after it is entered at `state` too. */
const RESUME_MARK = "\u0002";
function resumeMark(state: number): string {
  return `${RESUME_MARK}${state}`;
}

/**
 * Cuts a block's code into segments at its resume marks: each part after a mark is a
 * root segment of its own, which the part before runs into.
 */
function splitAtResumes(id: number, body: readonly string[], segs: Segment[], roots: Set<number>) {
  let seg: Segment = { id, lines: [] };
  segs.push(seg);
  for (const line of body) {
    if (!line.startsWith(RESUME_MARK)) {
      seg.lines.push(line);
      continue;
    }
    const state = Number(line.slice(RESUME_MARK.length));
    seg.fallsTo = state;
    roots.add(state);
    seg = { id: state, lines: [] };
    segs.push(seg);
  }
}
