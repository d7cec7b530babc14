/*
 * Lowering the unlifted IR of one batch of functions onto the location graph.
 *
 * What: every Alloc and allocation site gets a Location; every value is described by its
 * sources — the locations it is made of and with how many dereferences:
 *
 *   Alloc x            → (x, -1)          the value is x's address
 *   Load p             → sources(p) + 1   one more dereference
 *   FieldAddr/Field    → sources(base)    field-insensitive
 *   MakeInterface v    → (box, -1), box ← v   (no box for pointer-shaped values)
 *   Call               → (result temp i, 0)
 *
 * and the statements add edges: a Store into a local variable (or a field or array element
 * of one) flows into that variable; a store through any other pointer, a map update, a
 * channel send, `go`, `panic`, and the arguments of calls through function values or
 * interfaces flow to the heap; a Return flows into the function's result locations; a
 * static call flows its arguments by the callee's leak tags (or, inside the batch, into
 * the callee's parameters directly).
 *
 * Why sources and not gc's holes: the IR already names every address and load
 * explicitly, so a value's sources are a pure function of the value (memoized), and an
 * edge is one line per statement.
 *
 * Invariant: a value whose type has no pointers has no sources (gc discards such flows).
 *
 * Notes (-m=2 only; nothing is computed otherwise): every edge carries gc's reasons for
 * the flow, innermost first — `&x (address-of)`, `*p (indirection)`, `s.p (dot of
 * pointer)`, `x[1] (fixed-array-index-of)`, `new(int) (spill)`, `p (interface-converted)`,
 * `S{...} (struct literal element)`, `f(x) (call parameter)`, and the statement (`assign`,
 * `return`, `send`). The IR keeps positions but not expression texts, so the texts are
 * recovered from the source line (notes.ts). As in gc, an address flowing into a location
 * already known to escape (the heap) is decided at once, while building (edge()); a
 * closure body is lowered where its literal appears; and the heap-allocation reasons
 * (too large for stack, non-constant size) are flows into the heap added last.
 *
 * Example: `l2 := &l1; l3 := *l2` is Store l2 ← Alloc l1 (edge l2 ← l1, -1) and
 * Store l3 ← Load (Load l2) (edge l3 ← l2, 1).
 */
import type { Diagnostic } from "../diagnostics.js";
import type { Pos } from "../syntax/ast.js";
import type {
  Alloc,
  AllocSite,
  BasicBlock,
  Call,
  Function,
  FuncRef,
  Instr,
  Parameter,
  Value,
} from "../ir/ir.js";
import { dominators, dominates } from "../ir/dom.js";
import type { Type, Var } from "../types/types.js";
import { under } from "../types/predicates.js";
import { sizeof } from "../types/sizes.js";
import {
  type Leaks,
  type Location,
  type Note,
  addEdge as addGraphEdge,
  heapLeaks,
  leaksHeap,
  leaksResult,
  newLocation,
  numEscResults,
} from "./graph.js";
import { explainEscape, explainFlow } from "./solve.js";
import type { SourceLines } from "./source-lines.js";
import { constArrayLengths } from "./escape.js";
import {
  expressionText,
  gcElide,
  joinLines,
  logicalLine,
  nestStars,
  splitTopLevel,
  statementText,
} from "./notes.js";

interface Source {
  loc: Location;
  derefs: number;
  /** Why the value flows, innermost expression first (for -m=2). */
  notes?: readonly Note[];
}

/** gc's limits on amd64. */
const maxStackVarSize = 10 * 1024 * 1024;
const maxImplicitStackVarSize = 64 * 1024;

/** hasPointers per type: asked for every value the lowering meets, answered once. */
const pointerfulTypes = new WeakMap<Type, boolean>();

export function hasPointers(t: Type, seen?: Set<Type>): boolean {
  const known = pointerfulTypes.get(t);
  if (known !== undefined) return known;
  const has = computeHasPointers(t, seen ?? new Set());
  if (seen === undefined) pointerfulTypes.set(t, has);
  return has;
}

function computeHasPointers(t: Type, seen: Set<Type>): boolean {
  const u = under(t);
  switch (u.kind) {
    case "Basic":
      return (
        u.name === "string" ||
        u.name === "unsafe.Pointer" ||
        u.name === "untyped string" ||
        u.name === "untyped nil"
      );
    case "Array":
      return u.len > 0 && hasPointers(u.elem, seen);
    case "Struct":
      if (seen.has(u)) return false;
      seen.add(u);
      return u.fields.some((f) => hasPointers(f.type, seen));
    case "Tuple":
      return u.vars.some((v) => hasPointers(v.type, seen));
    default:
      return true;
  }
}

function vtype(v: Value): Type | undefined {
  return v.type;
}

function siteOf(i: Instr): AllocSite | undefined {
  return (i as { site?: AllocSite }).site;
}

function isConstInt(v: Value): boolean {
  return v.kind === "Const";
}

function constIntValue(v: Value): bigint | undefined {
  if (v.kind !== "Const" || v.value === undefined) return v.kind === "Const" ? 0n : undefined;
  const cv = v.value as { kind: string; value?: unknown };
  return typeof cv.value === "bigint" ? cv.value : undefined;
}

/** The variable whose field (of a field …) addr is, or undefined when it goes through a pointer. */
function fieldPathRoot(addr: Value): Value | undefined {
  while (addr.kind === "FieldAddr") addr = addr.args[0]!;
  return addr.kind === "Alloc" || addr.kind === "FreeVar" ? addr : undefined;
}

/** The value under conversions that keep it the same pointer (`unsafe.Pointer(&x)`). */
function addressOperand(v: Value): Value {
  while (
    (v.kind === "Convert" || v.kind === "ChangeType" || v.kind === "MakeInterface") &&
    v.args[0] !== undefined
  )
    v = v.args[0];
  return v;
}

/** What the lowering needs from the rest of the analysis. */
export interface LowerEnv {
  heap: Location;
  /** Tags of functions analysed in earlier batches, per parameter (receiver first). */
  tagsOf(fn: Function): Leaks[] | undefined;
  /** Tags of a function of another package, when known. */
  importedTags(ref: FuncRef): Leaks[] | undefined;
  /** The IR function of a method by its IR name (`(T).M`, `(*T).M`). */
  methodFunc(name: string): Function | undefined;
  /** Source positions of sites as gc prints them. */
  sitePos(i: Instr): Pos;
  closureCalled: Set<Function>;
  /** At -m=2: receives the explanations of decisions made while building the graph. */
  explain?: (d: Diagnostic) => void;
}

/** The graph of one batch (a strongly connected set of functions and their closures). */
export class BatchGraph {
  readonly locs: Location[] = [];
  readonly allocLoc = new Map<Instr, Location>();
  readonly varLoc = new Map<Var, Location>();
  readonly paramLocs = new Map<Function, Location[]>();
  readonly resultLocs = new Map<Function, Location[]>();
  /** Diagnostics of the lowering itself (`devirtualizing i.M to T`). */
  readonly notes: Diagnostic[] = [];
  /** Per call, per result: what the result is made of. */
  private readonly callResults = new Map<Call, Source[][]>();
  private readonly memo = new Map<Value, Source[]>();
  private readonly depthOf = new Map<BasicBlock, number>();

  constructor(
    readonly env: LowerEnv,
    readonly fns: readonly Function[],
    readonly src: SourceLines,
  ) {
    for (const fn of fns) this.declare(fn);
    // As gc, a closure's body is lowered where its literal appears in the enclosing
    // body (which orders the edges, and so the walks and their explanations).
    for (const fn of fns)
      if (fn.parent === undefined || !fns.includes(fn.parent)) this.lowerBody(fn);
    for (const fn of fns) if (!this.lowered.has(fn)) this.lowerBody(fn);
    // gc decides how closures capture after building every body, and says so at -m=2.
    for (const d of this.captures) this.env.explain?.(d);
    // As gc, after all other flows: what must be heap allocated whatever flows into it.
    for (const { loc, why } of this.heapReasons) {
      this.edge(this.env.heap, loc, -1, [{ where: loc.name, why, pos: loc.pos }]);
    }
  }

  /**
   * Adds the edge dst ← src, or, as gc does, decides at once when src's address flows
   * into a location already known to escape (the heap): src escapes, explained at -m=2.
   */
  private edge(dst: Location, src: Location, derefs: number, notes: readonly Note[] = []): void {
    if (dst === src && derefs >= 0) return;
    if (dst.escapes && derefs < 0 && src.kind !== "heap") {
      if (!src.escapes) {
        const explain = this.env.explain;
        if (explain && src.kind !== "temp") {
          explainEscape(explain, src);
          explainFlow(explain, src.pos, dst, src, derefs, notes);
        }
        src.escapes = true;
      }
      return;
    }
    addGraphEdge(dst, src, derefs, notes);
  }

  /** At -m=2: gc's `f capturing by value: x (addr=false assign=false width=8)` lines. */
  private readonly captures: Diagnostic[] = [];

  /** Locations that must live on the heap for their own sake (gc's HeapAllocReason). */
  private readonly heapReasons: { loc: Location; why: string }[] = [];

  private add(l: Location): Location {
    this.locs.push(l);
    return l;
  }

  private loopDepths(fn: Function): void {
    if (fn.blocks.length === 0) return;
    // A cycle needs an edge to a block at or before its source in block order; without
    // one there is no loop and every depth is 0 (most functions: no dominator tree).
    if (!fn.blocks.some((b) => b.succs.some((h) => h.index <= b.index))) return;
    const dom = dominators(fn);
    const depth = new Array<number>(fn.blocks.length).fill(0);
    // A back edge b → h (h dominates b) closes a natural loop; every block of it is one deeper.
    for (const b of fn.blocks) {
      for (const h of b.succs) {
        if (!dominates(dom, h.index, b.index)) continue;
        const body = new Set<number>([h.index]);
        if (h.comment.startsWith("label.")) {
          // gc deepens everything after a looping label, not just the cycle.
          for (const x of fn.blocks) if (dominates(dom, h.index, x.index)) body.add(x.index);
          for (const i of body) depth[i]!++;
          continue;
        }
        const work = [b];
        while (work.length > 0) {
          const x = work.pop()!;
          if (body.has(x.index)) continue;
          body.add(x.index);
          for (const p of x.preds) work.push(p);
        }
        for (const i of body) depth[i]!++;
      }
    }
    for (const b of fn.blocks) this.depthOf.set(b, depth[b.index]!);
  }

  private depth(i: Instr): number {
    return i.block ? (this.depthOf.get(i.block) ?? 0) : 0;
  }

  /** Creates the locations of fn's variables, sites, parameters and results. */
  private declare(fn: Function): void {
    this.loopDepths(fn);
    const params: Location[] = fn.params.map((p) =>
      this.add(newLocation("param", p.name, p.pos, fn, 0)),
    );
    const paramIndex = new Map<Parameter, number>();
    fn.params.forEach((p, i) => paramIndex.set(p, i));
    this.paramLocs.set(fn, params);
    const named = new Set<Instr>(fn.namedResults);
    const paramOf = paramStores(fn);
    const results: Location[] = [];
    const rvars = fn.sig.results.vars;
    for (let i = 0; i < rvars.length; i++) {
      const a = fn.namedResults[i];
      const name = rvars[i]!.name !== "" && rvars[i]!.name !== "_" ? rvars[i]!.name : `~r${i}`;
      const l = this.add(newLocation("result", name, a?.pos ?? fn.pos, fn, 0, a?.site));
      l.resultIndex = i;
      results.push(l);
      if (a) {
        this.allocLoc.set(a, l);
        if (a.obj) this.varLoc.set(a.obj, l);
      }
    }
    this.resultLocs.set(fn, results);
    for (const b of fn.blocks) {
      for (const ins of b.instrs) {
        if (ins.kind === "Alloc" && !named.has(ins)) {
          // A parameter's variable is the parameter's location.
          const st = paramOf.get(ins);
          if (st !== undefined) {
            const l = params[paramIndex.get(st)!]!;
            l.site = ins.site;
            this.allocLoc.set(ins, l);
            if (ins.obj) this.varLoc.set(ins.obj, l);
            continue;
          }
          const isVar = ins.obj !== undefined;
          const kind = ins.site.temp ? "temp" : isVar ? "var" : "site";
          const tsPos = isVar ? this.typeSwitchCasePos(ins) : undefined;
          const l = this.add(
            newLocation(
              kind,
              ins.site.what,
              tsPos ?? this.env.sitePos(ins),
              fn,
              this.depth(ins),
              ins.site,
            ),
          );
          const size = sizeof((ins.type as { elem: Type }).elem);
          if (size > (isVar ? maxStackVarSize : maxImplicitStackVarSize))
            this.heapReasons.push({ loc: l, why: "too large for stack" });
          this.allocLoc.set(ins, l);
          if (ins.obj) this.varLoc.set(ins.obj, l);
        } else if (
          ins.kind === "MakeSlice" ||
          ins.kind === "MakeMap" ||
          ins.kind === "MakeChan" ||
          ins.kind === "MakeClosure" ||
          ins.kind === "MakeInterface" ||
          ins.kind === "Convert" ||
          ins.kind === "BinOp"
        ) {
          const site = siteOf(ins);
          if (site === undefined) continue;
          const l = this.add(
            newLocation(
              site.temp ? "temp" : "site",
              site.what,
              this.env.sitePos(ins),
              fn,
              this.depth(ins),
              site,
            ),
          );
          if (ins.kind === "MakeInterface") l.order = conversionOrder(ins, l.pos);
          if (ins.kind === "BinOp") l.order = concatOrder(ins, l.pos);
          if (ins.kind === "MakeSlice") {
            const n = constIntValue(ins.args[1]!);
            const et = (under(ins.type) as { elem: Type }).elem;
            if (n === undefined || !isConstInt(ins.args[1]!) || n > 0x7fffffffn || n < 0n)
              this.heapReasons.push({ loc: l, why: "non-constant size" });
            else if (Number(n) * sizeof(et) > maxImplicitStackVarSize)
              this.heapReasons.push({ loc: l, why: "too large for stack" });
          }
          this.allocLoc.set(ins, l);
        }
      }
    }
  }

  /**
   * gc declares a type switch's variable once per case clause, at the clause's colon:
   * `switch x := v.(type) { case int: … }` reports `moved to heap: x` at `case int:`.
   */
  private typeSwitchCasePos(a: Alloc): Pos | undefined {
    if (!/\.\(\s*type\s*\)/.test(this.src.line(a.pos.file, a.pos.line))) return undefined;
    const lines = this.src.lines(a.pos.file);
    for (const b of a.block!.parent.blocks) {
      for (const ins of b.instrs) {
        if (ins.kind !== "Store" || ins.args[0] !== a || ins.pos.line === a.pos.line) continue;
        const line = lines[ins.pos.line - 1] ?? "";
        if (!line.slice(ins.pos.col - 1).startsWith("case")) return undefined;
        let depth = 0;
        for (let c = ins.pos.col; c <= line.length; c++) {
          const ch = line[c - 1];
          if (ch === "(" || ch === "[" || ch === "{") depth++;
          else if (ch === ")" || ch === "]" || ch === "}") depth--;
          else if (ch === ":" && depth === 0)
            return { file: a.pos.file, line: ins.pos.line, col: c };
        }
        return undefined;
      }
    }
    return undefined;
  }

  /** What a value is made of. */
  sources(v: Value): Source[] {
    const m = this.memo.get(v);
    if (m) return m;
    this.memo.set(v, []);
    const t = vtype(v);
    const out = t !== undefined && hasPointers(t) ? this.computeSources(v) : [];
    this.memo.set(v, out);
    return out;
  }

  private computeSources(v: Value): Source[] {
    const shift = (s: Source[], d: number, note?: Note): Source[] =>
      s.map((x) => ({
        loc: x.loc,
        derefs: x.derefs + d,
        notes: note ? [...(x.notes ?? []), note] : x.notes,
      }));
    switch (v.kind) {
      case "Const":
      case "FuncRef":
        return [];
      case "Parameter": {
        for (const [fn, ls] of this.paramLocs) {
          const i = fn.params.indexOf(v);
          if (i >= 0) return [{ loc: ls[i]!, derefs: 0 }];
        }
        return [{ loc: this.env.heap, derefs: 0 }];
      }
      case "FreeVar": {
        const l = v.obj ? this.varLoc.get(v.obj) : undefined;
        return [{ loc: l ?? this.env.heap, derefs: -1 }];
      }
      case "Global":
        return [{ loc: this.env.heap, derefs: -1 }];
      case "Alloc":
      case "MakeSlice":
      case "MakeMap":
      case "MakeChan":
      case "MakeClosure": {
        const l = this.allocLoc.get(v);
        return l ? [{ loc: l, derefs: -1 }] : [];
      }
      case "MakeInterface": {
        const l = this.allocLoc.get(v);
        if (!l) return shift(this.sources(v.args[0]!), 0, this.interfaceConvertedNote(v));
        return [{ loc: l, derefs: -1 }];
      }
      case "Convert": {
        const l = this.allocLoc.get(v);
        if (l) return [{ loc: l, derefs: -1 }];
        if (isUnsafePointerType(v.type) && isUintptr(vtype(v.args[0]!)))
          return this.unsafeValue(v.args[0]!);
        const from = vtype(v.args[0]!);
        if (
          from &&
          under(v.type).kind === "Basic" &&
          (under(v.type) as { name: string }).name === "uintptr"
        )
          return [];
        return this.sources(v.args[0]!);
      }
      case "Load": {
        const star = this.starAddressNotes(v);
        if (star) return shift(shift(this.sources(v.args[0]!), 0, star[0]), 1, star[1]);
        return shift(this.sources(v.args[0]!), 1, this.indirectionNote(v));
      }
      case "FieldAddr":
      case "IndexAddr": {
        // Through a pointer (or a slice's array) gc notes the implicit dereference.
        const base = v.args[0]!;
        const bt = vtype(base);
        const ofVariable = fieldPathRoot(base) !== undefined;
        // The address of a field or element (`t.x` in `t.x.y`) is no pointer the source
        // dereferences: gc's ODOT / OINDEX, not ODOTPTR.
        const ofAddress = base.kind === "FieldAddr" || base.kind === "IndexAddr";
        const viaPointer =
          this.env.explain !== undefined &&
          !ofVariable &&
          !ofAddress &&
          bt !== undefined &&
          (under(bt).kind === "Pointer" || under(bt).kind === "Slice");
        const elemOfArray =
          this.env.explain !== undefined &&
          v.kind === "IndexAddr" &&
          bt !== undefined &&
          under(bt).kind === "Pointer" &&
          under((under(bt) as { elem: Type }).elem).kind === "Array";
        if (elemOfArray) {
          // An array element: gc's "fixed-array-index-of", after the implicit
          // dereference of a pointer to the array.
          const sel = this.selectorAt(v);
          if (sel === undefined) return this.sources(base);
          let src = this.sources(base);
          if (base.kind !== "Alloc" && base.kind !== "FreeVar" && !ofAddress) {
            const operand = sel.where.slice(0, sel.where.indexOf("["));
            const pos = { ...sel.pos, col: sel.pos.col - operand.length };
            src = shift(src, 0, { where: operand, why: "indirection", pos });
          }
          return shift(src, 0, { ...sel, why: "fixed-array-index-of" });
        }
        if (
          !viaPointer &&
          this.env.explain !== undefined &&
          v.kind === "FieldAddr" &&
          (ofVariable || ofAddress)
        ) {
          // A field of a struct variable: gc's "dot".
          const dot = this.selectorAt(v);
          if (dot !== undefined) return shift(this.sources(base), 0, { ...dot, why: "dot" });
        }
        const sel = viaPointer ? this.selectorAt(v) : undefined;
        if (sel === undefined) return this.sources(base);
        return shift(this.sources(base), 0, { ...sel, why: "dot of pointer" });
      }
      case "ChangeType": {
        // Between interface types gc converts too: `sink = i` notes `i (interface-converted)`.
        const from = vtype(v.args[0]!);
        const note =
          this.env.explain !== undefined &&
          from !== undefined &&
          under(from).kind === "Interface" &&
          under(v.type).kind === "Interface"
            ? this.interfaceChangeNote(v)
            : undefined;
        return shift(this.sources(v.args[0]!), 0, note);
      }
      case "Field":
      case "Index":
        return this.sources(v.args[0]!);
      case "Slice": {
        // gc notes `a (address-of)` for an array operand, then `a[i:j] (slice)`.
        let src = this.sources(v.args[0]!);
        for (const note of this.sliceNotes(v)) src = shift(src, 0, note);
        return src;
      }
      case "TypeAssert": {
        const direct = under(v.asserted).kind === "Interface" || isPointerShapedType(v.asserted);
        const text = this.env.explain && this.typeAssertText(v);
        const note = text ? { where: text, why: "dot", pos: v.pos } : undefined;
        return shift(this.sources(v.args[0]!), direct ? 0 : 1, note);
      }
      case "Extract": {
        const x = v.args[0]!;
        if (x.kind === "Call") return this.callResultSources(x)[v.index] ?? [];
        if (v.index === 0 && (x.kind === "TypeAssert" || x.kind === "Lookup" || x.kind === "UnOp"))
          return this.computeSources(x);
        if (x.kind === "Next" && v.index === 2 && x.args[0]!.kind === "Range") {
          // The value of a ranged map is its contents (gc flows nothing into the key).
          return shift(this.sources(x.args[0].args[0]!), 1);
        }
        return [];
      }
      case "Call":
        return this.callResultSources(v)[0] ?? [];
      case "Phi":
        return v.args.flatMap((a) => this.sources(a));
      case "BinOp": {
        // A string concatenation allocates its result (when the IR gives it a site).
        const l = this.allocLoc.get(v);
        return l ? [{ loc: l, derefs: -1 }] : [];
      }
      case "UnOp":
      case "Lookup":
      case "Select":
      case "Range":
      case "Next":
      case "Unsupported":
        return [];
      default:
        return [];
    }
  }

  /**
   * gc's unsafeValue: `unsafe.Pointer(uintptr(p) + off)` keeps pointing where p did, so
   * the uintptr arithmetic is followed back to the pointers it was made from.
   */
  private unsafeValue(v: Value): Source[] {
    if (v.kind === "Convert") {
      const from = vtype(v.args[0]!);
      if (from && isUnsafePointerType(from)) return this.sources(v.args[0]!);
      if (isUintptr(from)) return this.unsafeValue(v.args[0]!);
      return [];
    }
    if (v.kind === "BinOp") return v.args.flatMap((a) => this.unsafeValue(a));
    if (v.kind === "Load" && this.isReflectHeaderData(v.args[0]!)) {
      return this.sources((v.args[0] as Instr).args[0]!).map((x) => ({
        loc: x.loc,
        derefs: x.derefs + 1,
      }));
    }
    if (v.kind === "ChangeType") return this.unsafeValue(v.args[0]!);
    return [];
  }

  /** The address of the Data field of a reflect.SliceHeader or reflect.StringHeader. */
  private isReflectHeaderData(addr: Value): boolean {
    if (addr.kind !== "FieldAddr" || addr.name !== "Data") return false;
    const pt = vtype(addr.args[0]!);
    const st = pt && under(pt).kind === "Pointer" ? (under(pt) as { elem: Type }).elem : undefined;
    return (
      st !== undefined &&
      st.kind === "Named" &&
      (st.obj.name === "SliceHeader" || st.obj.name === "StringHeader") &&
      st.obj.pkg?.path === "reflect"
    );
  }

  /**
   * Adds edges dst ← v (with extra derefs). stmt is the statement that makes the flow
   * (gc's `l2 := &l1 (assign)`), the last of each edge's notes.
   */
  flow(
    dst: Location,
    v: Value,
    extra = 0,
    stmt: Note | undefined = this.currentCall,
    after?: Note,
  ): void {
    const explaining = this.env.explain !== undefined;
    const addrOfSel = explaining && stmt ? this.selectorAddressNote(v, stmt.pos) : undefined;
    for (const s of this.sources(v)) {
      if (!explaining) {
        this.edge(dst, s.loc, s.derefs + extra);
        continue;
      }
      const notes: Note[] = [];
      const operand = addressOperand(v);
      // (A variable captured by reference is a FreeVar: its value is the address.)
      const isVar = operand.kind === "Alloc" || operand.kind === "FreeVar";
      if (stmt && isVar && s.derefs === -1) {
        notes.push(...this.addressOf(operand, s.loc, stmt));
      }
      const spill = this.spillNote(v, s);
      if (spill) notes.push(spill);
      notes.push(...(s.notes ?? []));
      const added = this.extraNotes.get(v);
      if (added) notes.push(added);
      if (addrOfSel) notes.push(addrOfSel);
      if (stmt) notes.push(stmt);
      if (after) notes.push(after);
      this.edge(dst, s.loc, s.derefs + extra, notes);
    }
  }

  private lineText(pos: Pos): string {
    return this.src.line(pos.file, pos.line);
  }

  /** The line at pos (no comment), continued until the brackets it opens are closed. */
  private logicalLineAt(pos: Pos): string {
    const lines = this.src.lines(pos.file);
    return logicalLine(this.lineText(pos), (i) => lines[pos.line - 1 + i]);
  }

  /** `&x (address-of)` for a variable whose address a statement at pos takes. */
  private addressOfNote(l: Location, pos: Pos): Note | undefined {
    if (l.kind !== "var" && l.kind !== "param" && l.kind !== "result") return undefined;
    const line = this.lineText(pos);
    const re = new RegExp(`&\\s*${l.name.replace(/[$.]/g, "\\$&")}(?![\\w.(\\[])`, "g");
    re.lastIndex = Math.max(0, pos.col - 1);
    let m = re.exec(line);
    if (!m) {
      re.lastIndex = 0;
      m = re.exec(line);
    }
    if (!m) return undefined;
    return {
      where: `&${l.name}`,
      why: "address-of",
      pos: { file: pos.file, line: pos.line, col: m.index + 1 },
    };
  }

  /**
   * The source text of a field or index expression starting at v's position (`s.p`,
   * `xs[0]`), with the position gc gives it (the dot, or the bracket).
   */
  private selectorAt(v: Instr): { where: string; pos: Pos } | undefined {
    const line = this.lineText(v.pos).replace(/\/\/.*$/, "");
    let from = v.pos.col - 1;
    if (line[from] === "[" || line[from] === ".") {
      // Positioned at the bracket or dot: the operand starts before it.
      while (from > 0 && /[\w.]/.test(line[from - 1]!)) from--;
      if (line[from] === ".") return undefined;
    }
    const head = /^[A-Za-z_]\w*/.exec(line.slice(from));
    if (!head) return undefined;
    let i = from + head[0].length;
    for (;;) {
      if (v.kind === "FieldAddr") {
        const m = /^\.([A-Za-z_]\w*)/.exec(line.slice(i));
        if (!m) return undefined;
        if (m[1] === (v as { name: string }).name) {
          const pos = { file: v.pos.file, line: v.pos.line, col: i + 1 };
          return { where: line.slice(from, i + m[0].length), pos };
        }
        i += m[0].length;
      } else {
        if (line[i] === "[") {
          let depth = 0;
          let j = i;
          for (; j < line.length; j++) {
            if (line[j] === "[") depth++;
            else if (line[j] === "]" && --depth === 0) break;
          }
          if (j >= line.length) return undefined;
          const pos = { file: v.pos.file, line: v.pos.line, col: i + 1 };
          return { where: line.slice(from, j + 1), pos };
        }
        const m = /^\.[A-Za-z_]\w*/.exec(line.slice(i));
        if (!m) return undefined;
        i += m[0].length;
      }
    }
  }

  /** `&p.i (address-of)` when a statement at pos stores a field or element address. */
  private selectorAddressNote(v: Value, pos: Pos): Note | undefined {
    if (v.kind !== "FieldAddr" && v.kind !== "IndexAddr") return undefined;
    const sel = this.selectorAt(v);
    if (!sel) return undefined;
    const line = this.lineText(pos);
    const at = line.indexOf(`&${sel.where}`, Math.max(0, pos.col - 1));
    if (at < 0) return undefined;
    return {
      where: `&${sel.where}`,
      why: "address-of",
      pos: { file: pos.file, line: pos.line, col: at + 1 },
    };
  }

  /**
   * gc's notes for a slice expression at v.pos (its `[`): `a (address-of)` at the
   * operand when it is an array (sliced through its address), then `a[1:] (slice)`.
   */
  private sliceNotes(v: Instr): Note[] {
    if (this.env.explain === undefined) return [];
    const line = this.lineText(v.pos).replace(/\/\/.*$/, "");
    const open = v.pos.col - 1;
    if (line[open] !== "[") return [];
    const start = operandStart(line, open);
    const close = closingBracket(line, open);
    if (start === open || close >= line.length) return [];
    const operand = line.slice(start, open);
    const notes: Note[] = [];
    const x = v.args[0]!;
    const at = (col: number): Pos => ({ file: v.pos.file, line: v.pos.line, col });
    const named = x.kind === "Alloc" ? x.obj?.name : undefined;
    if (named !== undefined && operand === `(&${named})`) {
      // An explicit address: `(&a)[4:8]`.
      notes.push({ where: `&${named}`, why: "address-of", pos: at(start + 2) });
    } else if (
      ((x.kind === "FieldAddr" || x.kind === "IndexAddr") && /^[\w]/.test(operand)) ||
      (named !== undefined && operand === named)
    ) {
      notes.push({ where: gcElide(operand), why: "address-of", pos: at(start + 1) });
    }
    notes.push({ where: gcElide(line.slice(start, close + 1)), why: "slice", pos: v.pos });
    return notes;
  }

  /** The source text of the type assertion v (`x.(T)`, v.pos at its dot), if on one line. */
  private typeAssertText(v: Instr): string | undefined {
    const line = this.lineText(v.pos).replace(/\/\/.*$/, "");
    const dot = v.pos.col - 1;
    if (line[dot] !== "." || line[dot + 1] !== "(") return undefined;
    const close = closingBracket(line, dot + 1);
    const start = operandStart(line, dot);
    if (start === dot || close >= line.length) return undefined;
    return gcElide(line.slice(start, close + 1));
  }

  /**
   * gc's range statement: `for k, v := range x` evaluates x into a temporary outside the
   * loop, and v = *{temp} ("range-deref", at the `range` keyword) — for a slice, a
   * pointer to an array or a map (arrays are copied, and not handled here). Lowers the
   * store into v so (at -m=2 only; the flows are the same), and says whether it did.
   */
  private lowerRangeValue(fn: Function, ins: Instr, dst: Location): boolean {
    const value = ins.args[1]!;
    let x: Value | undefined;
    if (value.kind === "Load" && value.args[0]!.kind === "IndexAddr") {
      const ea = value.args[0] as Instr;
      const base = ea.args[0]!;
      const bt = vtype(base);
      const samePos = (a: Pos): boolean => a.line === ins.pos.line && a.col === ins.pos.col;
      if (!samePos(ea.pos) || !samePos(value.pos) || bt === undefined) return false;
      const k = under(bt).kind;
      if (k !== "Slice" && !(k === "Pointer" && base.kind !== "Alloc")) return false;
      x = base;
    } else if (value.kind === "Extract" && value.index === 2) {
      const next = value.args[0]!;
      if (next.kind !== "Next" || next.args[0]!.kind !== "Range") return false;
      const rx = next.args[0].args[0]!;
      const t = vtype(rx);
      if (t === undefined || under(t).kind !== "Map") return false;
      x = rx;
    } else return false;
    const line = this.lineText(ins.pos);
    if (!line.slice(ins.pos.col - 1).startsWith("for")) return false;
    const kw = /\brange\b/.exec(line.slice(ins.pos.col - 1));
    if (!kw) return false;
    const at = { file: ins.pos.file, line: ins.pos.line, col: ins.pos.col + kw.index };
    const depth = Math.max(0, this.depth(ins) - 1);
    const tmp = this.add(newLocation("var", "{temp}", at, fn, depth));
    this.flow(tmp, x);
    this.edge(dst, tmp, 1, [{ where: "for loop", why: "range-deref", pos: at }]);
    return true;
  }

  /** `&x (address-of)` and `*(&x) (indirection)` for a Load spelled `*&x`. */
  private starAddressNotes(v: Instr): [Note, Note] | undefined {
    if (this.env.explain === undefined) return undefined;
    const x = v.args[0]!;
    const name = x.kind === "Alloc" || x.kind === "FreeVar" ? x.obj?.name : undefined;
    if (name === undefined) return undefined;
    const rest = this.lineText(v.pos).slice(v.pos.col - 1);
    const m = /^\*(\s*)&\s*([A-Za-z_]\w*)(?![\w.(\[])/.exec(rest);
    if (!m || m[2] !== name) return undefined;
    const amp = { file: v.pos.file, line: v.pos.line, col: v.pos.col + 1 + m[1]!.length };
    return [
      { where: `&${name}`, why: "address-of", pos: amp },
      { where: `*(&${name})`, why: "indirection", pos: v.pos },
    ];
  }

  /** `*p (indirection)` for a Load the source spells with a star. */
  private indirectionNote(v: Value): Note | undefined {
    if (this.env.explain === undefined) return undefined;
    if (!("pos" in v)) return undefined;
    const line = this.lineText(v.pos);
    const rest = line.slice(v.pos.col - 1);
    const m = /^\*+\s*[A-Za-z_][\w.]*/.exec(rest);
    if (!m) return undefined;
    if (rest[m[0].length] === "(") {
      // The dereference of a call: the call as gc prints it.
      const key = `${v.pos.file}:${v.pos.line}`;
      let text = expressionText(line, v.pos.col);
      for (const [from, to] of this.callRewrites.get(key) ?? []) text = text.replace(from, to);
      return { where: nestStars(text), why: "indirection", pos: v.pos };
    }
    // gc parenthesises nested dereferences: **p is *(*p).
    const text = m[0].replace(/\s+/g, "");
    const stars = /^\*+/.exec(text)![0].length;
    const where = "*(".repeat(stars - 1) + "*" + text.slice(stars) + ")".repeat(stars - 1);
    return { where, why: "indirection", pos: v.pos };
  }

  /**
   * gc's note for a store that initialises an element of a composite literal's storage:
   * `from S{...} (struct literal element) at x.go:5:8` (at the literal's brace).
   */
  private literalElementNote(addr: Value): Note | undefined {
    if (addr.kind !== "FieldAddr" && addr.kind !== "IndexAddr") return undefined;
    const base = addr.args[0]!;
    if (base.kind !== "Alloc") return undefined;
    const l = this.allocLoc.get(base);
    if (!l || (l.kind !== "site" && l.kind !== "temp") || base.obj !== undefined) return undefined;
    const name = constArrayLengths(l.name);
    const elem = under((base.type as { elem: Type }).elem);
    let why: string;
    if (name === "... argument" || name.startsWith("[]")) why = "slice-literal-element";
    else if (elem.kind === "Struct" && /\{\.\.\.\}$/.test(name)) why = "struct literal element";
    else if (elem.kind === "Array" && /\{\.\.\.\}$/.test(name)) why = "array literal element";
    else return undefined;
    let pos = l.pos;
    if (name.startsWith("&")) {
      const line = this.lineText(l.pos);
      const brace = line.indexOf("{", l.pos.col - 1);
      if (brace >= 0) pos = { file: pos.file, line: pos.line, col: brace + 1 };
    }
    return { where: name.startsWith("&") ? name.slice(1) : name, why, pos };
  }

  /** `from p (interface-converted)`: a pointer-shaped value stored in an interface. */
  private interfaceConvertedNote(v: Instr): Note | undefined {
    if (this.env.explain === undefined) return undefined;
    const x = v.args[0]!;
    let where: string | undefined;
    if (x.kind === "Alloc" && x.obj !== undefined) where = `&${x.obj.name}`;
    else if (x.kind === "Call") where = this.callNote(x)?.where;
    else if (this.allocLoc.get(x as Instr)?.kind === "site")
      where = constArrayLengths(this.allocLoc.get(x as Instr)!.name);
    else if (x.kind === "TypeAssert") where = this.typeAssertText(x);
    else if ("pos" in x && x.pos.line === v.pos.line && x.pos.file === v.pos.file)
      where = expressionText(this.logicalLineAt(x.pos), x.pos.col);
    if (where === undefined || where === "") return undefined;
    // The IR places the conversion where gc does (compiler/ir/gcpos.ts).
    return { where, why: "interface-converted", pos: this.env.sitePos(v) };
  }

  /** `from i (interface-converted)` for an interface assigned to another interface type. */
  private interfaceChangeNote(v: Instr): Note | undefined {
    const x = v.args[0]!;
    if (!("pos" in x) || x.pos.line !== v.pos.line || x.pos.file !== v.pos.file) return undefined;
    const line = this.lineText(x.pos);
    // Only plain assignments `dst = i`, which gc reports where the statement starts.
    if (!/^\s*[\w.\[\]*]+\s*=\s*$/.test(line.slice(0, x.pos.col - 1))) return undefined;
    const where = expressionText(line, x.pos.col);
    const col = line.search(/\S/) + 1;
    return { where, why: "interface-converted", pos: { file: x.pos.file, line: x.pos.line, col } };
  }

  /**
   * gc's notes for an element of a map literal (`m := map[*int]*int{&i: &j}`): the key
   * and the value flow `from map[*int]*int{...} (map literal key/value)` at its brace.
   */
  private mapLiteralNotes(ins: Instr): { key: Note; value: Note } | undefined {
    const m = ins.args[0]!;
    if (m.kind !== "MakeMap") return undefined;
    const l = this.allocLoc.get(m);
    if (l === undefined || !/\}$/.test(l.name)) return undefined;
    if (this.lineText(ins.pos)[ins.pos.col - 1] !== ":") return undefined;
    const where = constArrayLengths(l.name);
    return {
      key: { where, why: "map literal key", pos: l.pos },
      value: { where, why: "map literal value", pos: l.pos },
    };
  }

  /** gc's note for the key of `m[k] = v` at pos: `m[k] (key of map put)` at its `[`. */
  private mapPutNote(pos: Pos): Note | undefined {
    const line = this.lineText(pos).replace(/\/\/.*$/, "");
    const lhs = /^(\s*)([\w.]+)(\[.*\])\s*$/.exec(line.slice(0, pos.col - 1));
    if (!lhs) return undefined;
    const col = lhs[1]!.length + lhs[2]!.length + 1;
    return {
      where: gcElide(lhs[2]! + lhs[3]!),
      why: "key of map put",
      pos: { file: pos.file, line: pos.line, col },
    };
  }

  /** The note of an assignment statement at pos: `l1 := arg (assign)`. */
  private assignNote(pos: Pos, value?: Value): Note {
    // `v, ok := x.(T)` is gc's OAS2DOTTYPE: "assign-pair-dot-type".
    const x = value?.kind === "Extract" && value.index === 0 ? value.args[0] : undefined;
    const where = this.statementAt(pos);
    // (A type switch's clauses assert too, but are not assignments.)
    const pair = x?.kind === "TypeAssert" && !where.startsWith("case ");
    // A return into named results stores into them: still gc's "return".
    if (/^return\b/.test(where)) return { where, why: "return", pos };
    return { where, why: pair ? "assign-pair-dot-type" : "assign", pos };
  }

  /** The note of a return statement at pos: `return &x (return)`. */
  private returnNote(pos: Pos): Note {
    return { where: this.statementAt(pos), why: "return", pos };
  }

  /** The location a Store through addr writes into: a local variable, or the heap. */
  private storeTarget(addr: Value): Location {
    switch (addr.kind) {
      case "Alloc":
        return this.allocLoc.get(addr) ?? this.env.heap;
      case "FreeVar":
        return (addr.obj ? this.varLoc.get(addr.obj) : undefined) ?? this.env.heap;
      case "FieldAddr":
        return this.storeTarget(addr.args[0]!);
      case "IndexAddr": {
        const bt = vtype(addr.args[0]!);
        if (bt && under(bt).kind === "Pointer") return this.storeTarget(addr.args[0]!);
        return this.env.heap;
      }
      default:
        return this.env.heap;
    }
  }

  /** Functions whose bodies have been lowered. */
  private readonly lowered = new Set<Function>();

  private lowerBody(fn: Function): void {
    this.lowered.add(fn);
    const results = this.resultLocs.get(fn)!;
    for (const b of fn.blocks) {
      for (const ins of b.instrs) {
        switch (ins.kind) {
          case "Store": {
            if (this.isSelfAssign(ins.args[0]!, ins.args[1]!)) {
              const stmt = this.stmtText(ins.pos);
              const name = fn.name.replace(/\$(\d+)/g, ".func$1");
              this.notes.push({
                pos: ins.pos,
                msg: `${name} ignoring self-assignment in ${stmt}`,
                phase: "escape",
              });
              break;
            }
            const dst = this.storeTarget(ins.args[0]!);
            if (this.isReflectHeaderData(ins.args[0]!)) {
              for (const x of this.unsafeValue(ins.args[1]!)) this.edge(dst, x.loc, x.derefs);
              break;
            }
            if (this.env.explain && this.lowerRangeValue(fn, ins, dst)) break;
            // A map or slice literal is built in a temporary: storing it there is no
            // statement.
            const a0 = ins.args[0]!;
            const what = a0.kind === "Alloc" ? a0.site?.what : undefined;
            const intoLiteral = what === "map literal" || what === "slice literal";
            // `r, s := f()` (gc's OAS2FUNC) flows f's results straight into r and s.
            const v1 = ins.args[1]!;
            const fromCall = v1.kind === "Extract" && v1.args[0]!.kind === "Call";
            this.flow(
              dst,
              ins.args[1]!,
              0,
              this.env.explain && !intoLiteral && !fromCall
                ? (this.literalElementNote(a0) ?? this.assignNote(ins.pos, ins.args[1]!))
                : undefined,
            );
            break;
          }
          case "MapUpdate": {
            const lit = this.env.explain && this.mapLiteralNotes(ins);
            const keyNote = lit ? lit.key : this.env.explain && this.mapPutNote(ins.pos);
            const valueNote = lit ? lit.value : this.env.explain && this.assignNote(ins.pos);
            this.flow(this.env.heap, ins.args[1]!, 0, keyNote || undefined);
            this.flow(this.env.heap, ins.args[2]!, 0, valueNote || undefined);
            break;
          }
          case "Send":
            this.flow(
              this.env.heap,
              ins.args[1]!,
              0,
              this.env.explain && {
                where: this.statementAt(ins.pos),
                why: "send",
                pos: ins.pos,
              },
            );
            break;
          case "Select":
            for (const a of ins.args)
              if (vtype(a) && under(vtype(a)!).kind !== "Chan") this.flow(this.env.heap, a);
            break;
          case "Panic":
            this.flow(this.env.heap, ins.args[0]!);
            break;
          case "Return":
            ins.args.forEach((a, i) => {
              const r = results[i];
              if (
                r &&
                !(fn.namedResults[i] && a.kind === "Load" && a.args[0] === fn.namedResults[i])
              )
                this.flow(r, a, 0, this.env.explain && this.returnNote(ins.pos));
            });
            break;
          case "MakeClosure": {
            const ref = ins.args[0]!;
            if (
              ref.kind === "FuncRef" &&
              ref.fn &&
              this.fns.includes(ref.fn) &&
              !this.lowered.has(ref.fn)
            )
              this.lowerBody(ref.fn);
            this.lowerClosure(ins);
            break;
          }
          case "MakeInterface": {
            // The value is copied into its box: gc notes `x (interface-converted)`.
            const box = this.allocLoc.get(ins);
            if (box) this.flow(box, ins.args[0]!, 0, this.interfaceConvertedNote(ins));
            break;
          }
          case "Call":
            this.callResultSources(ins);
            break;
          default:
            break;
        }
      }
    }
  }

  private lowerClosure(ins: Instr & { kind: "MakeClosure" }): void {
    const clo = this.allocLoc.get(ins);
    const target = clo ?? this.env.heap;
    const ref = ins.args[0]!;
    const closureFn = ref.kind === "FuncRef" ? ref.fn : undefined;
    for (const [k, bv] of ins.args.slice(1).entries()) {
      if (bv.kind === "Alloc") {
        const l = this.allocLoc.get(bv);
        if (!l) continue;
        const elem = (bv.type as { elem: Type }).elem;
        const addr = this.isAddrTaken(bv);
        const assign = this.isReassigned(bv);
        const width = sizeof(elem);
        const byval = !addr && !assign && width <= 128;
        (ins.byValue ??= [])[k] = byval;
        if (this.env.explain && l.fn) {
          const outer = l.fn.name.replace(/\$(\d+)/g, ".func$1");
          const how = byval ? "value" : "ref";
          this.captures.push({
            pos: l.pos,
            msg: `${outer} capturing by ${how}: ${l.name} (addr=${addr} assign=${assign} width=${width})`,
            phase: "escape",
          });
        }
        // gc's notes: at the variable's first use in the closure.
        const fv = closureFn?.freeVars[k];
        const notes: Note[] = [];
        if (this.env.explain && fv && closureFn) {
          const pos = this.firstUseIn(closureFn, l.name) ?? fv.pos;
          notes.push({ where: l.name, why: "captured by a closure", pos });
          if (!byval) notes.push({ where: l.name, why: "reference", pos });
        }
        this.edge(target, l, byval ? 0 : -1, notes);
      } else this.flow(target, bv);
    }
  }

  /**
   * gc's ir.StaticValue for a callee: follows variables that are assigned once (and never
   * have their address taken) to the func literal or the function they hold.
   */
  private staticClosure(callee: Value, depth = 0): Function | undefined {
    if (depth > 8) return undefined;
    if (callee.kind === "MakeClosure") {
      const ref = callee.args[0]!;
      return ref.kind === "FuncRef" ? ref.fn : undefined;
    }
    if (callee.kind === "FuncRef") return callee.wrapper ? undefined : callee.fn;
    if (callee.kind !== "Load" || callee.args[0]!.kind !== "Alloc") return undefined;
    const a = callee.args[0] as Alloc;
    if (this.isAddrTaken(a) || this.isReassigned(a)) return undefined;
    for (const b of a.block!.parent.blocks) {
      for (const ins of b.instrs) {
        if (ins.kind === "Store" && ins.args[0] === a)
          return this.staticClosure(ins.args[1]!, depth + 1);
      }
    }
    return undefined;
  }

  /**
   * gc's isSelfAssign: `x.f = x.g` or `x.a[i] = x.a[j]` through the same (side-effect
   * free) prefix changes no lifetime, so gc drops it (and says so at -m).
   */
  private isSelfAssign(addr: Value, val: Value): boolean {
    if (this.isSliceSelfAssign(addr, val)) return true;
    if (val.kind !== "Load") return false;
    const src = val.args[0]!;
    if (addr.kind === "FieldAddr" && src.kind === "FieldAddr") {
      // On a local struct variable this is no ODOTPTR: gc keeps it.
      return addr.args[0]!.kind !== "Alloc" && this.sameSafe(addr.args[0]!, src.args[0]!);
    }
    if (addr.kind === "IndexAddr" && src.kind === "IndexAddr") {
      if (!this.safeIndex(addr.args[1]!) || !this.safeIndex(src.args[1]!)) return false;
      return this.sameSafe(addr.args[0]!, src.args[0]!);
    }
    return false;
  }

  /**
   * gc's isSliceSelfAssign: `b.buf = b.buf[i:j]` or `*p = (*p)[i:j]` through the same
   * pointer variable stores no new pointer into *b (not so for slicing an array field).
   */
  private isSliceSelfAssign(addr: Value, val: Value): boolean {
    if (val.kind !== "Slice") return false;
    const sliced = val.args[0]!;
    if (sliced.kind !== "Load") return false; // slicing an array in place: an implicit &
    const derefName = (a: Value): Value | undefined => {
      const p = a.kind === "FieldAddr" ? a.args[0]! : a;
      if (p.kind === "Load" && (p.args[0]!.kind === "Alloc" || p.args[0]!.kind === "FreeVar"))
        return p.args[0];
      return undefined;
    };
    const dst = derefName(addr);
    const base = derefName(sliced.args[0]!);
    if (dst === undefined || base === undefined) return false;
    return (
      dst === base || (dst.kind === "FreeVar" && base.kind === "FreeVar" && dst.obj === base.obj)
    );
  }

  private safeIndex(v: Value): boolean {
    if (v.kind === "Const") return true;
    if (v.kind === "Load") return v.args[0]!.kind === "Alloc";
    if (v.kind === "BinOp") return v.args.every((a) => this.safeIndex(a));
    return false;
  }

  /** gc's SameSafeExpr over IR values: the same variable, field or load chain. */
  private sameSafe(a: Value, b: Value): boolean {
    if (a === b) return true;
    if (a.kind === "Load" && b.kind === "Load") return this.sameSafe(a.args[0]!, b.args[0]!);
    if (a.kind === "FieldAddr" && b.kind === "FieldAddr")
      return a.field === b.field && this.sameSafe(a.args[0]!, b.args[0]!);
    if (a.kind === "Field" && b.kind === "Field")
      return a.field === b.field && this.sameSafe(a.args[0]!, b.args[0]!);
    if (a.kind === "FreeVar" && b.kind === "FreeVar") return a.obj === b.obj;
    return false;
  }

  /** The source text of the statement at pos (its line, without comment), as gc prints it. */
  private stmtText(pos: Pos): string {
    return this.lineText(pos)
      .replace(/\/\/.*$/, "")
      .trim();
  }

  /** Every use of a variable: of its Alloc, and of the FreeVars that capture it. */
  private usesOf(a: Alloc): { ins: Instr; k: number }[] {
    const out: { ins: Instr; k: number }[] = [];
    for (const fn of this.fns)
      for (const b of fn.blocks)
        for (const ins of b.instrs)
          ins.args.forEach((x, k) => {
            if (x === a || (x.kind === "FreeVar" && a.obj !== undefined && x.obj === a.obj))
              out.push({ ins, k });
          });
    return out;
  }

  /** gc's addrtaken: the variable's address is used other than to load or store it. */
  private isAddrTaken(a: Alloc): boolean {
    const onlyAccessed = (uses: { ins: Instr; k: number }[]): boolean =>
      uses.every(({ ins, k }) => {
        if (ins.kind === "Load" || ins.kind === "MakeClosure" || ins.kind === "NilCheck")
          return true;
        if (ins.kind === "Store") return k === 0;
        if (ins.kind === "FieldAddr" || (ins.kind === "IndexAddr" && k === 0))
          return onlyAccessed(this.directUses(ins));
        return false;
      });
    return !onlyAccessed(this.usesOf(a));
  }

  private directUses(v: Instr): { ins: Instr; k: number }[] {
    const out: { ins: Instr; k: number }[] = [];
    const fn = v.block?.parent;
    if (!fn) return out;
    for (const b of fn.blocks)
      for (const ins of b.instrs) ins.args.forEach((x, k) => x === v && out.push({ ins, k }));
    return out;
  }

  /** gc's reassigned: stored to other than by its declaration. */
  private isReassigned(a: Alloc): boolean {
    let stores = 0;
    let only: Instr | undefined;
    for (const fn of this.fns) {
      for (const b of fn.blocks) {
        for (const ins of b.instrs) {
          if (ins.kind !== "Store") continue;
          const r = this.rootAlloc(ins.args[0]!);
          if (r === a || (r.kind === "FreeVar" && a.obj !== undefined && r.obj === a.obj)) {
            stores++;
            only = ins;
            if (ins.args[0] !== a) return true;
          }
        }
      }
    }
    if (stores > 1) return true;
    if (stores === 0) return false;
    // A range variable is stored once per iteration: assigned, as gc sees it.
    if (only && storeRepeats(a, only)) return true;
    // One store: a declaration `x := v` / `var x = v`, or an assignment to `var x T`.
    return !this.isDeclStore(a);
  }

  private rootAlloc(v: Value): Value {
    if (v.kind === "FieldAddr") return this.rootAlloc(v.args[0]!);
    if (v.kind === "IndexAddr" && vtype(v.args[0]!) && under(vtype(v.args[0]!)!).kind === "Pointer")
      return this.rootAlloc(v.args[0]!);
    return v;
  }

  private isDeclStore(a: Alloc): boolean {
    for (const b of a.block!.parent.blocks) {
      for (const ins of b.instrs) {
        if (ins.kind !== "Store" || ins.args[0] !== a) continue;
        if (ins.pos.line === a.pos.line && ins.pos.col === a.pos.col) return true;
        if (this.src.has(ins.pos.file) && ins.pos.line === a.pos.line) {
          const line = this.lineText(ins.pos);
          if (line.slice(ins.pos.col - 1).startsWith(":=")) return true;
          if (/^\s*(var|for|if|switch)\b/.test(line) || line.includes(":="))
            return /:=|\bvar\b/.test(line);
        }
        return false;
      }
    }
    return false;
  }

  private callResultSources(call: Call): Source[][] {
    let rs = this.callResults.get(call);
    if (rs === undefined) {
      rs = [];
      this.callResults.set(call, rs);
      this.lowerCall(call.block!.parent, call, rs);
    }
    return rs;
  }

  /**
   * Lowers a call: its arguments flow by the callee's tags (or into its parameters when
   * the callee is in this batch), and `res` receives what each result is made of.
   */
  private lowerCall(fn: Function, call: Call, res: Source[][]): void {
    const outer = this.currentCall;
    this.currentCall = this.env.explain ? this.callNote(call) : undefined;
    if (call.form === "go" || call.form === "defer") this.orderVarargsLast(call);
    try {
      this.lowerCallFlows(fn, call, res);
    } finally {
      this.currentCall = outer;
    }
  }

  /**
   * gc evaluates a go or defer statement's arguments before it builds the `...` slice of
   * a variadic callee, so that slice is printed after the sites of the arguments (of its
   * line) rather than at its `(`.
   */
  private orderVarargsLast(call: Call): void {
    for (const a of call.args) {
      const arr = a.kind === "Slice" ? a.args[0] : undefined;
      if (arr?.kind !== "Alloc" || arr.site?.what !== "... argument") continue;
      const l = this.allocLoc.get(arr);
      if (l) l.order = { file: l.pos.file, line: l.pos.line, col: Number.MAX_SAFE_INTEGER };
    }
  }

  /** gc's note for a value passed to a call: `from g(&s) (call parameter) at x.go:30:3`. */
  private callNote(call: Call): Note | undefined {
    if (!this.callNotes.has(call)) this.callNotes.set(call, this.makeCallNote(call));
    return this.callNotes.get(call);
  }

  /** callNote's answers: it records rewrites of the call's text, once per call. */
  private readonly callNotes = new Map<Call, Note | undefined>();

  private makeCallNote(call: Call): Note | undefined {
    const line = this.logicalLineAt(call.pos);
    let open = call.pos.col - 1;
    while (open < line.length && line[open] !== "(") open++;
    if (open >= line.length) return undefined;
    const start = operandStart(line, open);
    const end = closingBracket(line, open);
    if (end >= line.length) return undefined;
    const pos = { file: call.pos.file, line: call.pos.line, col: open + 1 };
    // A function literal called where it is written: gc prints `(func literal)(&x)`.
    const literal = start === open && /\}\s*$/.test(line.slice(0, open)) ? "(func literal)" : "";
    let where = literal + line.slice(start, end + 1);
    let implicit: { alloc: Value; note: Note } | undefined;
    // gc calls a method through its method expression: v.set(p) is (*S).set(v, p).
    const callee = call.args[0];
    const method =
      callee?.kind === "FuncRef" && !callee.wrapper
        ? /^\((\*?)[\w.]+\)\.(\w+)$/.exec(callee.name)
        : null;
    const sel = /^(.*)\.(\w+)$/.exec(line.slice(start, open));
    if (call.mode === "static" && method && sel && sel[2] === method[2]) {
      const recvArg = call.args[1];
      const recv = sel[1]!;
      if (method[1] === "*" && recvArg?.kind === "Alloc" && recvArg.obj?.name === recv) {
        // The receiver's address is taken implicitly: gc notes `v (address-of)` at the dot.
        const at = { file: call.pos.file, line: call.pos.line, col: start + recv.length + 1 };
        implicit = { alloc: recvArg, note: { where: recv, why: "address-of", pos: at } };
      }
      const inner = line.slice(open + 1, end).trim();
      // Value receivers print bare (U.m), pointer receivers parenthesised ((*U).m).
      const name = callee!.kind === "FuncRef" ? callee.name : "";
      const shown = method[1] === "*" ? name : name.replace(/^\(([\w.]+)\)/, "$1");
      where = `${shown}(${inner === "" ? recv : `${recv}, ${inner}`})`;
      // A value method called through a pointer dereferences it: `pu (indirection)`.
      const rt = recvArg ? vtype(recvArg) : undefined;
      if (
        method[1] === "" &&
        recvArg !== undefined &&
        rt !== undefined &&
        under(rt).kind !== "Pointer" &&
        recvArg.kind === "Load" &&
        recvArg.args[0]!.kind === "Load"
      ) {
        const recvStart = start + sel[1]!.length;
        this.extraNotes.set(recvArg, {
          where: sel[1]!,
          why: "indirection",
          pos: { file: call.pos.file, line: call.pos.line, col: recvStart + 1 },
        });
      }
    }
    const sig = callee?.type;
    if (
      sig?.kind === "Signature" &&
      sig.variadic &&
      !/\.\.\.\s*\)$/.test(where) &&
      where === literal + line.slice(start, end + 1)
    ) {
      // gc prints the implicit slice of a variadic call: f(x, ... argument...).
      const fixed = sig.params.vars.length - 1;
      const args = splitTopLevel(line.slice(open + 1, end));
      if (args.length > fixed) {
        const kept = [...args.slice(0, fixed), "... argument..."];
        where = `${literal}${line.slice(start, open)}(${kept.join(", ")})`;
      }
    }
    const original = literal + line.slice(start, end + 1);
    if (call.mode === "invoke") {
      this.devirtualizedCalls.delete(call);
      const dv = this.devirtualize(call);
      if (dv?.fn) this.devirtualizedReceiver(call, dv.recv);
      const gcCall = this.devirtualizedCalls.get(call);
      if (gcCall !== undefined) where = gcCall;
    }
    if (where !== original) {
      const key = `${call.pos.file}:${call.pos.line}`;
      const list = this.callRewrites.get(key) ?? [];
      list.push([joinLines(gcElide(original)), joinLines(gcElide(where))]);
      this.callRewrites.set(key, list);
    }
    const note: Note = { where: joinLines(gcElide(where)), why: "call parameter", pos };
    if (implicit) this.implicitAddress.set(note, implicit);
    return note;
  }

  /** Per call note: the receiver variable whose address the call takes implicitly. */
  private readonly implicitAddress = new Map<Note, { alloc: Value; note: Note }>();

  /** `&x (address-of)` for a variable whose address the statement or call stmt takes. */
  private addressOf(v: Value, l: Location, stmt: Note): Note[] {
    const implicit = this.implicitAddress.get(stmt);
    if (implicit && implicit.alloc === v) return [implicit.note];
    const n = this.addressOfNote(l, stmt.pos);
    if (n === undefined) return [];
    // `&*&x` is x's address too: gc notes each operator, `*(&x)` then `&(*(&x))`.
    const out = [n];
    const line = this.lineText(n.pos);
    let text = n.where;
    for (let c = n.pos.col - 1; line[c - 1] === "*" && line[c - 2] === "&"; c -= 2) {
      const at = (col: number): Pos => ({ file: n.pos.file, line: n.pos.line, col });
      text = `*(${text})`;
      out.push({ where: text, why: "indirection", pos: at(c) });
      text = `&(${text})`;
      out.push({ where: text, why: "address-of", pos: at(c - 1) });
    }
    return out;
  }

  /** Per source line, calls that gc prints differently (`v.m(x)` → `(*T).m(v, x)`). */
  private readonly callRewrites = new Map<string, [string, string][]>();

  /** The statement at pos as gc prints it, calls included. */
  private statementAt(pos: Pos): string {
    const lines = this.src.lines(pos.file);
    let text = statementText(this.lineText(pos), pos.col, (i) => lines[pos.line - 1 + i]);
    for (const [from, to] of this.callRewrites.get(`${pos.file}:${pos.line}`) ?? [])
      text = text.replace(from, to);
    return text;
  }

  /** The note of the call whose arguments are being lowered. */
  private currentCall: Note | undefined;

  private lowerCallFlows(fn: Function, call: Call, res: Source[][]): void {
    const heap = this.env.heap;
    const depth = this.depth(call);
    const rt = call.type;
    const nres = rt === undefined ? 0 : rt.kind === "Tuple" ? rt.vars.length : 1;
    for (let i = 0; i < nres; i++) res.push([]);
    const resultsFrom = (i: number, a: Value, derefs: number): void => {
      const callNote = this.currentCall;
      for (const x of this.sources(a)) {
        const notes: Note[] = [];
        if (callNote && addressOperand(a).kind === "Alloc" && x.derefs === -1) {
          notes.push(...this.addressOf(addressOperand(a), x.loc, callNote));
        }
        const spill = this.spillNote(a, x);
        if (spill) notes.push(spill);
        notes.push(...(x.notes ?? []));
        const added = this.extraNotes.get(a);
        if (added) notes.push(added);
        if (callNote) notes.push(callNote);
        res[i]!.push({ loc: x.loc, derefs: x.derefs + derefs, notes });
      }
    };
    const inBatch = (target: Function): void => {
      const ps = this.paramLocs.get(target)!;
      args.forEach((a, i) => this.flow(ps[i] ?? heap, a));
      const rs = this.resultLocs.get(target)!;
      res.forEach((r, i) => rs[i] && r.push({ loc: rs[i]!, derefs: 0 }));
    };
    const escapingForm = call.form === "go" || (call.form === "defer" && depth > 0);
    if (call.mode === "builtin") {
      const args = call.args;
      switch (call.builtin) {
        case "append": {
          const st = args[0] ? vtype(args[0]) : undefined;
          const elemPtr =
            st !== undefined &&
            under(st).kind === "Slice" &&
            hasPointers((under(st) as { elem: Type }).elem);
          // gc's tee: the appendee flows into a temporary that flows both to the result
          // and, dereferenced, to the heap (`flow: {heap} = *{temp}: … (appendee slice)`).
          const tee =
            this.env.explain && elemPtr && res[0] && args[0]
              ? this.add(newLocation("var", "{temp}", call.pos, fn, depth))
              : undefined;
          if (tee) {
            this.flow(tee, args[0]!);
            this.edge(heap, tee, 1, [this.builtinNote("appendee slice")!]);
            res[0]!.push({ loc: tee, derefs: 0, notes: [] });
          } else if (res[0] && args[0]) resultsFrom(0, args[0], 0);
          if (elemPtr) {
            if (!tee) this.flow(heap, args[0]!, 1);
            // gc flows append's operands straight to the heap; minigo's IR first stores
            // them in an argument array. The direct edges (equivalent flows) come first,
            // so that the walk, and so the -m=2 explanation, takes them as gc does.
            if (this.env.explain && args[1]) {
              for (const x of this.appendOperands(args[1])) this.flow(heap, x);
            }
            if (args[1]) this.flow(heap, args[1], 1, this.currentCall, this.spreadNote(args[1]));
          }
          break;
        }
        case "copy": {
          const st = args[1] ? vtype(args[1]) : undefined;
          if (
            st !== undefined &&
            under(st).kind === "Slice" &&
            hasPointers((under(st) as { elem: Type }).elem)
          )
            this.flow(heap, args[1]!, 1, this.currentCall, this.builtinNote("copied slice"));
          break;
        }
        case "panic":
          for (const a of args) this.flow(heap, a);
          break;
        case "Add":
        case "Slice":
          if (res[0] && args[0]) resultsFrom(0, args[0], 0);
          break;
        default:
          if (escapingForm) for (const a of args) this.flow(heap, a);
          break;
      }
      return;
    }
    let args = call.args.slice(1);
    if (call.mode === "invoke") {
      const dv = this.devirtualize(call);
      if (dv === undefined) {
        for (const a of call.args) this.flow(heap, a);
        return;
      }
      if (dv.fn === undefined) {
        // A method promoted from an embedded interface: gc calls T's wrapper, which
        // calls through the embedded interface, so the receiver's contents leak but the
        // interface box is gone.
        this.notes.push({
          pos: call.pos,
          msg: `partially devirtualizing ${dv.what}`,
          phase: "escape",
        });
        this.flow(heap, dv.recv);
        for (const a of args) this.flow(heap, a);
        return;
      }
      this.notes.push({ pos: call.pos, msg: `devirtualizing ${dv.what}`, phase: "escape" });
      args = [this.devirtualizedReceiver(call, dv.recv), ...args];
      this.staticCall(dv.fn, args, res, heap, resultsFrom, inBatch);
      return;
    }
    const callee = call.args[0]!;
    let target: Function | undefined;
    if (call.mode === "static" && callee.kind === "FuncRef" && callee.wrapper !== "bound") {
      target = callee.fn;
      if (target === undefined && !escapingForm) {
        const tags = this.env.importedTags(callee);
        if (tags !== undefined) {
          this.applyTags(tags, args, res, heap, resultsFrom);
          return;
        }
      }
    }
    if (call.mode === "closure" && callee.kind === "MakeClosure") {
      const ref = callee.args[0]!;
      if (ref.kind === "FuncRef" && ref.fn) {
        target = ref.fn;
        this.env.closureCalled.add(ref.fn);
      }
    }
    if (target === undefined && call.mode === "closure") {
      const clo = this.staticClosure(callee);
      if (clo !== undefined) {
        target = clo;
        if (!escapingForm && !this.paramLocs.has(clo)) {
          this.staticCall(clo, args, res, heap, resultsFrom, inBatch);
          return;
        }
        if (!escapingForm && this.paramLocs.has(clo)) {
          // gc's ir.StaticValue: a never-reassigned variable holding a func literal.
          inBatch(clo);
          return;
        }
      }
    }
    if (escapingForm) {
      // go, and defer in a loop: gc wraps the call in a closure that outlives the frame;
      // the arguments' values go with it, but a `...` slice is rebuilt by the wrapper.
      // The callee is not an argument of the call: its flow has no call note.
      const note = this.currentCall;
      this.currentCall = undefined;
      this.flow(heap, callee);
      this.currentCall = note;
      for (const a of args) this.flowEscapingArg(a);
      return;
    }
    if (target !== undefined && this.paramLocs.has(target)) {
      inBatch(target);
      return;
    }
    if (call.mode === "closure") {
      // gc evaluates the callee into the discard hole; the arguments leak.
      for (const a of args) this.flow(heap, a);
      return;
    }
    this.staticCall(target, args, res, heap, resultsFrom, inBatch);
  }

  /** gc's note of a builtin call's own flow (`copy(y, x) (copied slice)`), at the call. */
  private builtinNote(why: string): Note | undefined {
    const call = this.currentCall;
    return call ? { where: call.where, why, pos: call.pos } : undefined;
  }

  /** `append(y, x...) (appended slice...)` when append spreads a slice, not its operands. */
  private spreadNote(operand: Value): Note | undefined {
    if (this.appendOperands(operand).length > 0) return undefined;
    const call = this.currentCall;
    if (call === undefined || !/\.\.\.\)$/.test(call.where)) return undefined;
    return this.builtinNote("appended slice...");
  }

  /** An allocation site's value is the address of its storage: gc's "spill". */
  private spillNote(v: Value, s: Source): Note | undefined {
    if (s.derefs !== -1 || (s.loc.kind !== "site" && s.loc.kind !== "temp")) return undefined;
    const direct = v.kind === "Slice" ? v.args[0]! : v;
    const operand = addressOperand(v);
    const at = operand.kind === "Slice" ? operand.args[0]! : operand;
    if (this.allocLoc.get(direct as Instr) !== s.loc && this.allocLoc.get(at as Instr) !== s.loc)
      return undefined;
    if (s.loc.kind === "temp" && s.loc.name !== "... argument") return undefined;
    return { where: constArrayLengths(s.loc.name), why: "spill", pos: s.loc.pos };
  }

  /** The values stored into the argument array of `append(s, x, y)`, if it is one. */
  private appendOperands(slice: Value): Value[] {
    if (slice.kind !== "Slice") return [];
    const arr = slice.args[0]!;
    if (arr.kind !== "Alloc" || !arr.site.temp || arr.obj !== undefined) return [];
    const out: Value[] = [];
    for (const b of arr.block!.parent.blocks)
      for (const ins of b.instrs)
        if (
          ins.kind === "Store" &&
          ins.args[0]!.kind === "IndexAddr" &&
          ins.args[0]!.args[0] === arr
        )
          out.push(ins.args[1]!);
    return out;
  }

  private flowEscapingArg(a: Value): void {
    if (
      a.kind === "Slice" &&
      a.args[0]!.kind === "Alloc" &&
      a.args[0].site.what === "... argument"
    ) {
      const arr = this.allocLoc.get(a.args[0]);
      if (arr) {
        this.edge(this.env.heap, arr, 0);
        return;
      }
    }
    this.flow(this.env.heap, a);
  }

  private staticCall(
    target: Function | undefined,
    args: Value[],
    res: Source[][],
    heap: Location,
    resultsFrom: (i: number, a: Value, derefs: number) => void,
    inBatch: (target: Function) => void,
  ): void {
    if (target !== undefined && this.paramLocs.has(target)) {
      inBatch(target);
      return;
    }
    this.applyTags(target ? this.env.tagsOf(target) : undefined, args, res, heap, resultsFrom);
  }

  private applyTags(
    tags: Leaks[] | undefined,
    args: Value[],
    res: Source[][],
    heap: Location,
    resultsFrom: (i: number, a: Value, derefs: number) => void,
  ): void {
    args.forEach((a, i) => {
      const tag = tags?.[i] ?? heapLeaks();
      const h = leaksHeap(tag);
      if (h >= 0) this.flow(heap, a, h);
      for (let r = 0; r < Math.min(numEscResults, res.length); r++) {
        const d = leaksResult(tag, r);
        if (d >= 0) resultsFrom(r, a, d);
      }
    });
  }

  /**
   * gc's devirtualization (done before escape analysis): a method call through an
   * interface variable that is assigned once, from a concrete type, calls that type's
   * method directly. Returns the receiver value and the method.
   */
  private devirtualize(
    call: Call,
  ): { recv: Value; fn: Function | undefined; what: string } | undefined {
    const iv = call.args[0]!;
    if (iv.kind !== "Load" || iv.args[0]!.kind !== "Alloc" || call.method === undefined)
      return undefined;
    const a = iv.args[0] as Alloc;
    if (this.isAddrTaken(a) || this.isReassigned(a)) return undefined;
    let stored: Value | undefined;
    for (const b of a.block!.parent.blocks)
      for (const ins of b.instrs)
        if (ins.kind === "Store" && ins.args[0] === a) stored = ins.args[1];
    if (stored === undefined || stored.kind !== "MakeInterface") return undefined;
    const recv = stored.args[0]!;
    const rt = recv.type;
    if (rt === undefined) return undefined;
    const ptr = rt.kind === "Pointer";
    const named = ptr ? (rt as { elem: Type }).elem : rt;
    if (named.kind !== "Named") return undefined;
    const tn = named.obj.name;
    const m = call.method.name;
    let fn = this.env.methodFunc(`(${ptr ? "*" : ""}${tn}).${m}`);
    if (fn === undefined) {
      // Promoted from an embedded interface field: partial devirtualization.
      const u = under(named);
      const viaIface =
        !ptr &&
        u.kind === "Struct" &&
        u.fields.some((f) => f.embedded && under(f.type).kind === "Interface");
      if (!viaIface) return undefined;
      fn = undefined;
    }
    return {
      recv,
      fn,
      what: `${(call as { what?: string }).what ?? this.selectorText(call)} to ${ptr ? "*" : ""}${tn}`,
    };
  }

  /**
   * At -m=2, gc's devirtualized call passes the interface variable, asserted (`v.(*T)`),
   * and its explanations go through that variable: for a pointer-shaped receiver the
   * interface value is the same pointer, so the flows are the same.
   */
  private devirtualizedReceiver(call: Call, recv: Value): Value {
    const iv = call.args[0]!;
    const rt = recv.type;
    if (this.env.explain === undefined || rt === undefined || rt.kind !== "Pointer") return recv;
    const named = (rt as { elem: Type }).elem;
    if (named.kind !== "Named") return recv;
    const line = this.lineText(call.pos);
    let open = call.pos.col - 1;
    while (open < line.length && line[open] !== "(") open++;
    const m = /([A-Za-z_][\w.]*)\.(\w+)\s*$/.exec(line.slice(0, open));
    if (!m) return recv;
    const dot = m.index + m[1]!.length;
    const assertion = `${m[1]}.(*${named.obj.name})`;
    this.extraNotes.set(iv, {
      where: assertion,
      why: "dot",
      pos: { file: call.pos.file, line: call.pos.line, col: dot + 1 },
    });
    const inner = line.slice(open + 1, this.closingParen(line, open)).trim();
    const gcCall = `(*${named.obj.name}).${m[2]}(${inner === "" ? assertion : `${assertion}, ${inner}`})`;
    this.devirtualizedCalls.set(call, gcCall);
    return iv;
  }

  private closingParen(line: string, open: number): number {
    let depth = 0;
    for (let i = open; i < line.length; i++) {
      if (line[i] === "(") depth++;
      else if (line[i] === ")" && --depth === 0) return i;
    }
    return line.length;
  }

  /** Where a closure's body first mentions name (gc's position of the captured variable). */
  private firstUseIn(fn: Function, name: string): Pos | undefined {
    if (!this.src.has(fn.pos.file)) return undefined;
    const lines = this.src.lines(fn.pos.file);
    const re = new RegExp(`(?<![\\w.])${name.replace(/[$]/g, "\\$&")}(?!\\w)`);
    let started = false;
    for (let n = fn.pos.line; n <= lines.length; n++) {
      let line = lines[n - 1]!.replace(/\/\/.*$/, "");
      let offset = 0;
      if (!started) {
        const from = n === fn.pos.line ? fn.pos.col - 1 : 0;
        const brace = line.indexOf("{", from);
        if (brace < 0) continue;
        started = true;
        offset = brace + 1;
        line = line.slice(offset);
      }
      const m = re.exec(line);
      if (m) return { file: fn.pos.file, line: n, col: offset + m.index + 1 };
    }
    return undefined;
  }

  /** Notes a value adds on its way into a call (a devirtualized receiver's `v.(*T)`). */
  private readonly extraNotes = new Map<Value, Note>();
  /** gc's text of devirtualized calls: `(*T).m(v.(*T), x)`. */
  private readonly devirtualizedCalls = new Map<Call, string>();

  /** The `i.M` text of an interface call, from the source. */
  private selectorText(call: Call): string {
    const line = this.lineText(call.pos);
    const before = line.slice(0, call.pos.col - 1);
    const m = /([A-Za-z_][\w.]*)\s*$/.exec(before);
    return m ? m[1]! : call.method!.name;
  }
}

function isUnsafePointerType(t: Type | undefined): boolean {
  if (!t) return false;
  const u = under(t);
  return u.kind === "Basic" && u.name === "unsafe.Pointer";
}

function isUintptr(t: Type | undefined): boolean {
  if (!t) return false;
  const u = under(t);
  return u.kind === "Basic" && u.name === "uintptr";
}

export function isPointerShapedType(t: Type): boolean {
  const u = under(t);
  switch (u.kind) {
    case "Pointer":
    case "Map":
    case "Chan":
    case "Signature":
      return true;
    case "Basic":
      return u.name === "unsafe.Pointer";
    case "Array":
      return u.len === 1 && isPointerShapedType(u.elem);
    case "Struct":
      return u.fields.length === 1 && isPointerShapedType(u.fields[0]!.type);
    default:
      return false;
  }
}

/** The Allocs of fn's parameters: each is initialised by an entry-block Store of a Parameter. */
function paramStores(fn: Function): Map<Instr, Parameter> {
  const out = new Map<Instr, Parameter>();
  const entry = fn.blocks[0];
  if (entry === undefined) return out;
  for (const ins of entry.instrs) {
    const [a, p] = ins.args;
    if (ins.kind === "Store" && a?.kind === "Alloc" && p?.kind === "Parameter" && !out.has(a))
      out.set(a, p as Parameter);
  }
  return out;
}

/**
 * Where gc's walk meets an interface conversion: at the converted expression's start when
 * that comes before the position gc reports (`return c, T{N: j}` converts c "at j" but
 * meets it first).
 */
function conversionOrder(ins: Instr, pos: Pos): Pos | undefined {
  const x = ins.args[0];
  if (x === undefined || !("pos" in x)) return undefined;
  const xp = x.pos;
  if (xp.file !== pos.file || xp.line === 0) return undefined;
  return xp.line < pos.line || (xp.line === pos.line && xp.col < pos.col) ? xp : undefined;
}

/**
 * Where gc's walk meets a string concatenation `x + y`: at its left operand's start, just
 * before any site inside that operand (gc visits the concatenation, then its operands),
 * so `string(b) + s0` is reported before `string(b)`.
 */
function concatOrder(ins: Instr, pos: Pos): Pos | undefined {
  const xp = conversionOrder(ins, pos);
  return xp === undefined ? undefined : { ...xp, col: xp.col - 0.5 };
}

/**
 * Can `store` run again without `a` running again first (a store in a loop that does
 * not contain the variable's declaration, like a range statement's variables)?
 */
function storeRepeats(a: Alloc, store: Instr): boolean {
  const from = store.block;
  if (!from || from === a.block || from.parent !== a.block?.parent) return false;
  const seen = new Set<BasicBlock>();
  const work = [...from.succs];
  while (work.length > 0) {
    const b = work.pop()!;
    if (b === from) return true;
    if (b === a.block || seen.has(b)) continue;
    seen.add(b);
    work.push(...b.succs);
  }
  return false;
}

/**
 * The index of the bracket closing the `(` or `[` at index open of line (brackets of the
 * same kind counted), or line.length when it is not closed on the line.
 */
function closingBracket(line: string, open: number): number {
  const o = line[open];
  const c = o === "(" ? ")" : "]";
  let depth = 0;
  for (let i = open; i < line.length; i++) {
    if (line[i] === o) depth++;
    else if (line[i] === c && --depth === 0) return i;
  }
  return line.length;
}

/**
 * Where the operand ending right before index end of line starts: identifiers, dots and
 * bracketed groups (`b.i` in `b.i[:]`, `f(x)` in `f(x).(T)`); end when there is none.
 */
function operandStart(line: string, end: number): number {
  let start = end;
  for (;;) {
    const ch = line[start - 1];
    if (ch === undefined) break;
    if (/[\w.]/.test(ch)) start--;
    else if (ch === ")" || ch === "]") {
      let depth = 0;
      let i = start - 1;
      for (; i >= 0; i--) {
        if (line[i] === ")" || line[i] === "]") depth++;
        else if ((line[i] === "(" || line[i] === "[") && --depth === 0) break;
      }
      if (i < 0) break;
      start = i;
    } else break;
  }
  return start;
}
