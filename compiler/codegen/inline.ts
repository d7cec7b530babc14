/*
 * Inlining of small pure leaf functions into their callers, just before emission.
 *
 * What: inlineLeafCalls(fn) replaces each static call `a(i, j)` in fn whose callee is a
 * leaf of one block that only computes on integers, floats and booleans (no memory, no
 * call, nothing that can panic: a division or shift only by a constant) and returns one
 * value, by a copy of the callee's instructions with its parameters bound to the call's
 * arguments; the call's uses then read the copied result.
 *
 *	func a(i, j int) float64 { return 1.0 / float64((i+j)*(i+j+1)/2+i+1) }
 *	... s += a(i, j) * uj ...   →   t1 = i + j; ...; t7 = 1.0 / t6; s += t7 * uj
 *
 * Why: a Go call costs a frame, a stack check, spills and reloads; a loop that calls such
 * a function becomes a loop without calls, which emit.ts writes as a JavaScript loop.
 * gc inlines these too; nothing the program can observe changes (no allocation, no panic
 * and so no traceback, no frame a runtime.Caller could see), and escape analysis has
 * already run and reported on the functions as written.
 *
 * Invariant: a copied instruction's operands are the call's arguments, constants, or
 * earlier copies; the copies sit where the call was, in the caller's block.
 */
import type { Call, Function, Instr, Value } from "../ir/ir.js";
import { intValue } from "../types/constant.js";
import { isBoolean, isFloat, isInteger, under } from "../types/predicates.js";
import type { Type } from "../types/types.js";

/** Callees larger than this (in instructions) stay calls. */
const MAX_INSTRS = 40;

export function inlineLeafCalls(fn: Function): void {
  for (const b of fn.blocks) {
    const out: Instr[] = [];
    for (const i of b.instrs) {
      const callee = i.kind === "Call" ? inlinableCallee(i, fn) : undefined;
      if (!callee) {
        out.push(i);
        continue;
      }
      const copies = new Map<Value, Value>();
      callee.params.forEach((p, k) => copies.set(p, i.args[k + 1]!));
      const operand = (v: Value): Value => copies.get(v) ?? v;
      const body = callee.blocks[0]!.instrs;
      for (const ci of body.slice(0, -1)) {
        const copy = { ...ci, args: ci.args.map(operand), block: b } as Instr;
        copies.set(ci, copy);
        out.push(copy);
      }
      replaceUses(fn, i, operand(body[body.length - 1]!.args[0]!));
    }
    b.instrs = out;
  }
}

/** Every operand `from` of fn's instructions becomes `to`. */
function replaceUses(fn: Function, from: Value, to: Value): void {
  for (const b of fn.blocks)
    for (const i of b.instrs) i.args = i.args.map((a) => (a === from ? to : a));
}

const verdicts = new WeakMap<Function, boolean>();

function inlinableCallee(i: Call, caller: Function): Function | undefined {
  if (i.mode !== "static" || i.form !== "call") return undefined;
  const callee = (i.args[0] as { fn?: Function }).fn;
  if (!callee || callee === caller) return undefined;
  let ok = verdicts.get(callee);
  if (ok === undefined) {
    ok = isPureLeaf(callee);
    verdicts.set(callee, ok);
  }
  return ok ? callee : undefined;
}

function isPureLeaf(fn: Function): boolean {
  if (!fn.lifted || fn.external || fn.wrapper || fn.hasDefer || fn.freeVars.length > 0)
    return false;
  if (fn.blocks.length !== 1 || fn.sig.results.vars.length !== 1) return false;
  const body = fn.blocks[0]!.instrs;
  if (body.length > MAX_INSTRS) return false;
  const ret = body[body.length - 1]!;
  if (ret.kind !== "Return" || ret.args.length !== 1) return false;
  const own = new Set<Value>([...fn.params, ...body]);
  return body
    .slice(0, -1)
    .every(
      (i) =>
        cannotPanic(i) &&
        i.args.every((a) => own.has(a) || a.kind === "Const") &&
        [i.type, ...i.args.map((a) => a.type)].every(isScalar),
    );
}

function isScalar(t: Type | undefined): boolean {
  return t !== undefined && (isInteger(t) || isFloat(t) || isBoolean(t));
}

function cannotPanic(i: Instr): boolean {
  switch (i.kind) {
    case "UnOp":
      return i.op !== "<-";
    case "Convert":
    case "ChangeType":
      return true;
    case "BinOp": {
      const y = i.args[1]!;
      switch (i.op) {
        case "/":
        case "%":
          // Integer division by a constant other than zero; float division never panics.
          return !isInteger(under(i.type)) || (y.kind === "Const" && !isZero(y));
        case "<<":
        case ">>":
          return y.kind === "Const";
        default:
          return true;
      }
    }
    default:
      return false;
  }
}

function isZero(c: Value & { kind: "Const" }): boolean {
  const v = c.value === undefined ? undefined : intValue(c.value);
  return v === undefined || v === 0n;
}
