/*
 * The IR verifier: the invariants of ir.ts, checked.
 *
 * What: verifyFunction(fn) returns a list of problems (empty when sound):
 *  - structure: a non-external function has blocks; every block is non-empty, ends in
 *    exactly one terminator (If, Jump, Return, Panic) and has none elsewhere; the
 *    terminator's successor count fits it (If 2, Jump 1, Return/Panic 0); `preds` and
 *    `succs` mirror each other; `block.index` is the block's position; every block is
 *    reachable; `instr.block` is the block holding it.
 *  - phis: only at the start of a block, one edge per predecessor.
 *  - operands: each is a Const, Global or FuncRef, a Parameter or FreeVar of this
 *    function, or a value-producing instruction of this function whose definition
 *    dominates the use (for a phi edge: dominates the end of the matching predecessor).
 *  - types: Load yields its address's element type; Store's value has it; If's
 *    condition is boolean; a Phi's edges have its type; arithmetic operands agree;
 *    Return's values match the signature's results; static, closure and invoke calls
 *    pass arguments of the parameter types and produce the result type; Extract is in
 *    range; UnOp operands fit the operator (`-`/`^` numeric/integer of the result type,
 *    `!` boolean, `<-` a channel yielding its element, or (elem, bool) with commaOk);
 *    Convert goes between non-interface types along a conversion Go allows with a
 *    representation change (numeric ↔ numeric, string ↔ []byte/[]rune, integer →
 *    string, pointer/uintptr ↔ unsafe.Pointer, slice → array pointer); Slice takes a
 *    string, slice or array pointer with integer bounds, one per flag, and yields the
 *    string type, the slice type, or a slice of the array's element; Select's operands
 *    are its states' channels (and send values of the element type) and its tuple holds
 *    index, recvOk and one element per receive; MakeClosure binds one value of each
 *    free variable's type; only a string `+` carries an allocation site.
 *
 * Why: every pass after the builder (lift, escape analysis, codegen) relies on these;
 * the tests run the verifier on every program they build, unlifted and lifted.
 *
 * Example: a Load placed before the Store of the Alloc it reads is fine (the Alloc is
 *   zeroed), but a use of t5 in a block that t5's block does not dominate is reported as
 *   `f b3: operand t5 of Load does not dominate its use`.
 */
import {
  identical,
  isBoolean,
  isInteger,
  isInterface,
  isNumeric,
  isString,
  isUnsafePointer,
  under,
} from "../types/predicates.js";
import { typeString } from "../types/typestring.js";
import type { Type, Var } from "../types/types.js";
import { typ } from "../types/universe.js";
import { dominates, dominators } from "./dom.js";
import {
  type Function,
  type Instr,
  type Program,
  type Value,
  allFunctions,
  isInstr,
  terminators,
} from "./ir.js";
import { valueNames } from "./print.js";

export function verifyProgram(prog: Program): string[] {
  const out: string[] = [];
  for (const f of allFunctions(prog)) out.push(...verifyFunction(f));
  return out;
}

function ts(t: Type | undefined): string {
  return t ? typeString(t) : "<none>";
}

/** Types agree for the IR's purpose: identical, or either side is the invalid type. */
function agree(a: Type | undefined, b: Type | undefined): boolean {
  if (!a || !b) return false;
  if (isBad(a) || isBad(b)) return true;
  return identical(a, b);
}

/** A conversion Go allows that changes the representation (see Convert in ir.ts). */
function convertible(from: Type, to: Type): boolean {
  const f = under(from);
  const t = under(to);
  if (isInterface(from) || isInterface(to)) return false;
  if (isNumeric(from) && isNumeric(to)) return true;
  const bytesOrRunes = (u: Type): boolean =>
    u.kind === "Slice" && (isInteger(u.elem) || isBad(u.elem));
  if (isString(to) && (isString(from) || isInteger(from) || bytesOrRunes(f))) return true;
  if (isString(from) && bytesOrRunes(t)) return true;
  const ptrish = (x: Type, u: Type): boolean =>
    u.kind === "Pointer" || isUnsafePointer(x) || (u.kind === "Basic" && u.name === "uintptr");
  if ((isUnsafePointer(from) || isUnsafePointer(to)) && ptrish(from, f) && ptrish(to, t))
    return true;
  if (f.kind === "Slice" && t.kind === "Pointer") {
    const arr = under(t.elem);
    return arr.kind === "Array" && identical(arr.elem, f.elem);
  }
  // Pointers whose base types have identical underlying types (a representation no-op
  // that go/ssa still spells Convert).
  if (f.kind === "Pointer" && t.kind === "Pointer") return identical(under(f.elem), under(t.elem));
  return identical(f, t);
}

function isBad(t: Type): boolean {
  return t.kind === "Basic" && (t.name === "invalid type" || t.name.startsWith("untyped"));
}

export function verifyFunction(fn: Function): string[] {
  const errs: string[] = [];
  const where = (b: number): string => `${fn.name} b${b}`;
  if (fn.external) return errs;
  if (fn.blocks.length === 0) return [`${fn.name}: no blocks`];
  const names = valueNames(fn);
  const nm = (v: Value): string => names.get(v) ?? v.kind;
  const defBlock = new Map<Instr, { block: number; index: number }>();
  fn.blocks.forEach((b, bi) => {
    if (b.index !== bi) errs.push(`${where(bi)}: index ${b.index} out of place`);
    if (b.parent !== fn) errs.push(`${where(bi)}: parent is not ${fn.name}`);
    b.instrs.forEach((ins, ii) => {
      defBlock.set(ins, { block: bi, index: ii });
      if (ins.block !== b) errs.push(`${where(bi)}: ${ins.kind} #${ii} records another block`);
    });
  });
  const dom = dominators(fn);
  const params = new Set<Value>([...fn.params, ...fn.freeVars]);

  for (const b of fn.blocks) {
    const bi = b.index;
    if (dom.rpo[bi] === -1) errs.push(`${where(bi)}: unreachable`);
    if (b.instrs.length === 0) {
      errs.push(`${where(bi)}: empty block`);
      continue;
    }
    // Terminators.
    b.instrs.forEach((ins, ii) => {
      const last = ii === b.instrs.length - 1;
      if (terminators.has(ins.kind) !== last) {
        errs.push(
          `${where(bi)}: ${last ? "missing terminator" : `terminator ${ins.kind} before the end`}`,
        );
      }
    });
    const term = b.instrs[b.instrs.length - 1]!;
    const want = term.kind === "If" ? 2 : term.kind === "Jump" ? 1 : 0;
    if (terminators.has(term.kind) && b.succs.length !== want) {
      errs.push(`${where(bi)}: ${term.kind} with ${b.succs.length} successors`);
    }
    for (const s of b.succs) {
      if (!fn.blocks.includes(s)) errs.push(`${where(bi)}: successor not in function`);
      else if (!s.preds.includes(b))
        errs.push(`${where(bi)}: b${s.index} does not list it as predecessor`);
    }
    for (const p of b.preds) {
      if (!p.succs.includes(b)) errs.push(`${where(bi)}: predecessor b${p.index} does not list it`);
    }
    // Phis at the start.
    let seenNonPhi = false;
    for (const ins of b.instrs) {
      if (ins.kind === "Phi") {
        if (seenNonPhi) errs.push(`${where(bi)}: phi ${nm(ins)} after a non-phi`);
        if (ins.args.length !== b.preds.length) {
          errs.push(
            `${where(bi)}: phi ${nm(ins)} has ${ins.args.length} edges for ${b.preds.length} preds`,
          );
        }
      } else seenNonPhi = true;
    }
    // Operands.
    b.instrs.forEach((ins, ii) => {
      ins.args.forEach((v, k) => {
        if (!isInstr(v)) {
          if ((v.kind === "Parameter" || v.kind === "FreeVar") && !params.has(v)) {
            errs.push(`${where(bi)}: ${ins.kind} uses ${v.kind} ${v.name} of another function`);
          }
          return;
        }
        const d = defBlock.get(v);
        if (!d) {
          errs.push(`${where(bi)}: operand ${k} of ${ins.kind} is not defined in ${fn.name}`);
          return;
        }
        if (v.type === undefined)
          errs.push(`${where(bi)}: operand ${k} of ${ins.kind} has no value`);
        if (ins.kind === "Phi") {
          const p = b.preds[k];
          if (p && !dominates(dom, d.block, p.index)) {
            errs.push(`${where(bi)}: phi edge ${nm(v)} does not dominate b${p.index}`);
          }
        } else if (d.block === bi ? d.index >= ii : !dominates(dom, d.block, bi)) {
          errs.push(`${where(bi)}: operand ${nm(v)} of ${ins.kind} does not dominate its use`);
        }
      });
      for (const e of typeErrors(fn, ins, nm)) errs.push(`${where(bi)}: ${e}`);
    });
  }
  return errs;
}

function typeErrors(fn: Function, ins: Instr, nm: (v: Value) => string): string[] {
  const errs: string[] = [];
  const a = ins.args;
  const elem = (v: Value | undefined): Type | undefined => {
    if (!v?.type) return undefined;
    const u = under(v.type);
    return u.kind === "Pointer" ? u.elem : undefined;
  };
  switch (ins.kind) {
    case "Load":
      if (!agree(elem(a[0]), ins.type))
        errs.push(`Load ${nm(ins)}: ${ts(ins.type)} from ${ts(a[0]?.type)}`);
      break;
    case "Store":
      if (a.length !== 2 || !agree(elem(a[0]), a[1]?.type)) {
        errs.push(`Store of ${ts(a[1]?.type)} into ${ts(a[0]?.type)}`);
      }
      break;
    case "If":
      if (a.length !== 1 || !a[0]?.type || !(isBoolean(a[0].type) || isBad(a[0].type))) {
        errs.push(`If condition of type ${ts(a[0]?.type)}`);
      }
      break;
    case "Phi":
      for (const v of a)
        if (!agree(v.type, ins.type))
          errs.push(`Phi ${nm(ins)}: edge of ${ts(v.type)}, want ${ts(ins.type)}`);
      break;
    case "BinOp":
      if (ins.site && !(ins.op === "+" && isString(ins.type)))
        errs.push(`BinOp ${ins.op} ${nm(ins)} of ${ts(ins.type)} with an allocation site`);
      if (a.length !== 2) errs.push("BinOp arity");
      else if (ins.op !== "<<" && ins.op !== ">>" && !agree(a[0]!.type, a[1]!.type)) {
        errs.push(`BinOp ${ins.op} ${nm(ins)}: ${ts(a[0]!.type)} vs ${ts(a[1]!.type)}`);
      }
      break;
    case "Return": {
      const rs = fn.sig.results.vars;
      if (a.length !== rs.length)
        errs.push(`Return of ${a.length} values for ${rs.length} results`);
      else
        a.forEach((v, i) => {
          if (!agree(v.type, rs[i]!.type))
            errs.push(`Return value ${i}: ${ts(v.type)}, want ${ts(rs[i]!.type)}`);
        });
      break;
    }
    case "Extract": {
      const t = a[0]?.type;
      if (!t || t.kind !== "Tuple" || ins.index >= t.vars.length)
        errs.push(`Extract #${ins.index} from ${ts(t)}`);
      break;
    }
    case "Call": {
      if (ins.mode === "builtin") break;
      let sig: Type | undefined;
      let ps: Var[];
      if (ins.mode === "invoke") {
        if (!a[0]?.type || !isInterface(a[0].type)) {
          errs.push(`Call invoke on ${ts(a[0]?.type)}`);
          break;
        }
        sig = ins.method?.type;
        if (!sig || sig.kind !== "Signature") {
          errs.push(`Call invoke without a method`);
          break;
        }
        ps = sig.params.vars;
      } else {
        const callee = a[0];
        sig = callee?.type ? under(callee.type) : undefined;
        if (!sig || sig.kind !== "Signature") {
          errs.push(`Call of ${ts(callee?.type)}`);
          break;
        }
        ps = [...(sig.recv ? [sig.recv] : []), ...sig.params.vars];
      }
      if (ins.form === "call") {
        const rs = sig.results.vars;
        const want = rs.length === 0 ? undefined : rs.length === 1 ? rs[0]!.type : sig.results;
        const ok =
          want === undefined
            ? ins.type === undefined
            : ins.type !== undefined &&
              (want.kind === "Tuple"
                ? ins.type.kind === "Tuple" &&
                  ins.type.vars.length === want.vars.length &&
                  ins.type.vars.every((v, k) => agree(v.type, want.vars[k]!.type))
                : agree(ins.type, want));
        if (!ok) errs.push(`Call ${nm(ins)} yields ${ts(ins.type)}, want ${ts(want)}`);
      } else if (ins.type !== undefined) errs.push(`${ins.form} call with a value`);
      const args = a.slice(1);
      if (args.length !== ps.length)
        errs.push(`Call with ${args.length} args for ${ps.length} params`);
      else
        args.forEach((v, i) => {
          if (!agree(v.type, ps[i]!.type))
            errs.push(`Call arg ${i}: ${ts(v.type)}, want ${ts(ps[i]!.type)}`);
        });
      break;
    }
    case "FieldAddr":
    case "Field": {
      const base = ins.kind === "FieldAddr" ? elem(a[0]) : a[0]?.type;
      const st = base ? under(base) : undefined;
      const f = st?.kind === "Struct" ? st.fields[ins.field] : undefined;
      if (!f) errs.push(`${ins.kind} #${ins.field} of ${ts(a[0]?.type)}`);
      else {
        const want = ins.kind === "FieldAddr" ? elem(ins) : ins.type;
        if (!agree(f.type, want))
          errs.push(`${ins.kind} .${f.name}: ${ts(ins.type)} for field of ${ts(f.type)}`);
      }
      break;
    }
    case "IndexAddr": {
      const t = a[0]?.type ? under(a[0].type) : undefined;
      const et =
        t?.kind === "Slice"
          ? t.elem
          : t?.kind === "Pointer" && under(t.elem).kind === "Array"
            ? (under(t.elem) as { elem: Type }).elem
            : undefined;
      if (!et) errs.push(`IndexAddr on ${ts(a[0]?.type)}`);
      else if (!agree(et, elem(ins))) errs.push(`IndexAddr ${ts(ins.type)} into ${ts(a[0]?.type)}`);
      break;
    }
    case "Index": {
      const t = a[0]?.type ? under(a[0].type) : undefined;
      const ok = t?.kind === "Array" ? agree(t.elem, ins.type) : t?.kind === "Basic";
      if (!ok) errs.push(`Index ${ts(ins.type)} of ${ts(a[0]?.type)}`);
      break;
    }
    case "Lookup":
    case "MapUpdate": {
      const t = a[0]?.type ? under(a[0].type) : undefined;
      if (t?.kind !== "Map") {
        if (!(t?.kind === "Basic" && isBad(t))) errs.push(`${ins.kind} on ${ts(a[0]?.type)}`);
        break;
      }
      if (!agree(t.key, a[1]?.type))
        errs.push(`${ins.kind} key ${ts(a[1]?.type)} for ${ts(t.key)}`);
      if (ins.kind === "MapUpdate" && !agree(t.elem, a[2]?.type))
        errs.push(`MapUpdate value ${ts(a[2]?.type)} for ${ts(t.elem)}`);
      break;
    }
    case "Send": {
      const t = a[0]?.type ? under(a[0].type) : undefined;
      if (t?.kind !== "Chan" || !agree(t.elem, a[1]?.type))
        errs.push(`Send ${ts(a[1]?.type)} on ${ts(a[0]?.type)}`);
      break;
    }
    case "MakeInterface":
      if (
        under(ins.type).kind !== "Interface" ||
        (a[0]?.type && under(a[0].type).kind === "Interface")
      ) {
        errs.push(`MakeInterface ${ts(a[0]?.type)} to ${ts(ins.type)}`);
      }
      break;
    case "TypeAssert":
      if (a[0]?.type && under(a[0].type).kind !== "Interface")
        errs.push(`TypeAssert on ${ts(a[0].type)}`);
      break;
    case "MakeClosure": {
      const ref = a[0];
      if (ref?.kind !== "FuncRef") {
        errs.push(`MakeClosure of ${ref?.kind ?? "nothing"}`);
        break;
      }
      const target = ref.fn;
      if (!target) break;
      const fv = target.freeVars;
      if (fv.length !== a.length - 1)
        errs.push(
          `MakeClosure binds ${a.length - 1} values for ${fv.length} free variables of ${target.name}`,
        );
      else
        fv.forEach((f, k) => {
          if (!agree(f.type, a[k + 1]!.type))
            errs.push(
              `MakeClosure binding ${k}: ${ts(a[k + 1]!.type)} for ${f.name} ${ts(f.type)}`,
            );
        });
      break;
    }
    case "UnOp": {
      const x = a[0]?.type;
      if (a.length !== 1 || !x) {
        errs.push(`UnOp ${ins.op} arity`);
        break;
      }
      if (isBad(x)) break;
      if (ins.op === "<-") {
        const ch = under(x);
        if (ch.kind !== "Chan") {
          errs.push(`UnOp <- on ${ts(x)}`);
          break;
        }
        const t = ins.type;
        const ok = ins.commaOk
          ? t.kind === "Tuple" &&
            t.vars.length === 2 &&
            agree(t.vars[0]!.type, ch.elem) &&
            isBoolean(t.vars[1]!.type)
          : agree(t, ch.elem);
        if (!ok) errs.push(`UnOp <- ${nm(ins)}: ${ts(t)} from ${ts(x)}`);
        break;
      }
      const fits = ins.op === "!" ? isBoolean(x) : ins.op === "^" ? isInteger(x) : isNumeric(x);
      if (!fits || !agree(x, ins.type))
        errs.push(`UnOp ${ins.op} ${nm(ins)}: ${ts(x)} to ${ts(ins.type)}`);
      break;
    }
    case "Convert": {
      const x = a[0]?.type;
      if (!x || isBad(x) || isBad(ins.type)) break;
      if (!convertible(x, ins.type)) errs.push(`Convert ${nm(ins)}: ${ts(x)} to ${ts(ins.type)}`);
      break;
    }
    case "Slice": {
      const x = a[0]?.type;
      const n = 1 + Number(ins.hasLow) + Number(ins.hasHigh) + Number(ins.hasMax);
      if (a.length !== n) errs.push(`Slice with ${a.length - 1} bounds for flags of ${n - 1}`);
      for (const b of a.slice(1))
        if (b.type && !isBad(b.type) && !isInteger(b.type))
          errs.push(`Slice bound of ${ts(b.type)}`);
      if (!x || isBad(x)) break;
      const u = under(x);
      const arr = u.kind === "Pointer" ? under(u.elem) : undefined;
      const ok = isString(x)
        ? !ins.hasMax && agree(ins.type, x)
        : u.kind === "Slice"
          ? agree(ins.type, x)
          : arr?.kind === "Array"
            ? under(ins.type).kind === "Slice" &&
              agree((under(ins.type) as { elem: Type }).elem, arr.elem)
            : false;
      if (!ok) errs.push(`Slice ${nm(ins)}: ${ts(ins.type)} of ${ts(x)}`);
      break;
    }
    case "Select": {
      let k = 0;
      const recvs: Type[] = [];
      for (const st of ins.states) {
        const ch = a[k++]?.type;
        const u = ch ? under(ch) : undefined;
        if (u?.kind !== "Chan") {
          if (!(ch && isBad(ch))) errs.push(`Select state on ${ts(ch)}`);
          if (st.dir === "send") k++;
          continue;
        }
        if (st.dir === "send") {
          const v = a[k++];
          if (!agree(v?.type, u.elem)) errs.push(`Select send of ${ts(v?.type)} on ${ts(ch)}`);
        } else recvs.push(u.elem);
      }
      if (k !== a.length) errs.push(`Select has ${a.length} operands for ${k}`);
      const vs = ins.type.vars;
      if (
        vs.length !== 2 + recvs.length ||
        !agree(vs[0]?.type, typ.int) ||
        !isBoolean(vs[1]!.type) ||
        recvs.some((t, i) => !agree(vs[i + 2]!.type, t))
      )
        errs.push(`Select ${nm(ins)} yields ${ts(ins.type)}`);
      break;
    }
    case "Alloc":
      if (under(ins.type).kind !== "Pointer")
        errs.push(`Alloc of non-pointer type ${ts(ins.type)}`);
      break;
    default:
      break;
  }
  return errs;
}
