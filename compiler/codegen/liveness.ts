/*
 * Liveness of JS-held values across safepoints.
 *
 * What: for a lifted function, liveAcross(fn, held, isSafepoint) returns, for each
 * safepoint instruction, the values held in JS variables (`held`) that are live after it
 * and were defined before it — exactly what must be saved in the frame before the call
 * and reloaded after. Classic backward dataflow over blocks (live-in = uses ∪ (live-out −
 * defs)); a Phi's operand is a use at the end of the corresponding predecessor.
 *
 * Why: a call may collect (pointers held only by JavaScript would be missed), move the
 * stack, or discard the JavaScript stack altogether (deep-recursion unwinding, goroutine
 * switches): what survives is what is in the frame.
 *
 * liveAtHeads gives, for loop headers, what is live right after the block's phis: what a
 * preemption check at the top of a loop must save, the phis' new values included.
 *
 * Invariant: a value is never reported live across its own defining instruction.
 *
 * Example: `a := f(); b := g(); return a + b` — a is live across the call g().
 */
import type { BasicBlock, Function, Instr, Value } from "../ir/ir.js";

/** How values map onto JS variables (see liveAcross). */
export interface HeldValues {
  held: (v: Value) => boolean;
  /** The JS-held value an operand stands for (an Extract stands for a tuple component). */
  resolve: (v: Value) => Value;
  /** The values an instruction defines (itself, or its tuple's components). */
  defines: (i: Instr) => readonly Value[];
}

export function liveAcross(
  fn: Function,
  held: (v: Value) => boolean,
  isSafepoint: (i: Instr) => boolean,
  resolve: (v: Value) => Value = (v) => v,
  defines: (i: Instr) => readonly Value[] = (i) => [i],
): Map<Instr, Value[]> {
  const liveOut = solve(fn, { held, resolve, defines });
  const result = new Map<Instr, Value[]>();
  for (const b of fn.blocks) {
    const live = new Set(liveOut.get(b)!);
    for (let j = b.instrs.length - 1; j >= 0; j--) {
      const i = b.instrs[j]!;
      for (const d of defines(i)) live.delete(d);
      if (isSafepoint(i)) result.set(i, [...live]);
      if (i.kind === "Phi") continue;
      for (const a0 of i.args) {
        const a = resolve(a0);
        if (held(a)) live.add(a);
      }
    }
  }
  return result;
}

/** For each block in `heads`: the held values live right after its phis. */
export function liveAtHeads(
  fn: Function,
  heads: ReadonlySet<BasicBlock>,
  hv: HeldValues,
): Map<BasicBlock, Value[]> {
  const liveOut = solve(fn, hv);
  const result = new Map<BasicBlock, Value[]>();
  for (const b of heads) {
    const live = new Set(liveOut.get(b)!);
    for (let j = b.instrs.length - 1; j >= 0; j--) {
      const i = b.instrs[j]!;
      if (i.kind === "Phi") break;
      for (const d of hv.defines(i)) live.delete(d);
      for (const a0 of i.args) {
        const a = hv.resolve(a0);
        if (hv.held(a)) live.add(a);
      }
    }
    result.set(b, [...live]);
  }
  return result;
}

/** Live-out sets of every block (backward dataflow to a fixed point). */
function solve(fn: Function, { held, resolve, defines }: HeldValues): Map<BasicBlock, Set<Value>> {
  const blocks = fn.blocks;
  const liveIn = new Map<BasicBlock, Set<Value>>();
  const liveOut = new Map<BasicBlock, Set<Value>>();
  for (const b of blocks) {
    liveIn.set(b, new Set());
    liveOut.set(b, new Set());
  }
  const phiUses = (pred: BasicBlock, succ: BasicBlock, into: Set<Value>): void => {
    const k = succ.preds.indexOf(pred);
    for (const i of succ.instrs) {
      if (i.kind !== "Phi") break;
      const a = i.args[k] && resolve(i.args[k]!);
      if (a && held(a)) into.add(a);
    }
  };
  const transfer = (b: BasicBlock, out: Set<Value>): Set<Value> => {
    const live = new Set(out);
    for (let j = b.instrs.length - 1; j >= 0; j--) {
      const i = b.instrs[j]!;
      for (const d of defines(i)) live.delete(d);
      if (i.kind === "Phi") continue;
      for (const a0 of i.args) {
        const a = resolve(a0);
        if (held(a)) live.add(a);
      }
    }
    return live;
  };
  let changed = true;
  while (changed) {
    changed = false;
    for (let bi = blocks.length - 1; bi >= 0; bi--) {
      const b = blocks[bi]!;
      const out = new Set<Value>();
      for (const s of b.succs) {
        // (A successor's phi results are defined there: transfer removed them.)
        for (const v of liveIn.get(s)!) out.add(v);
        phiUses(b, s, out);
      }
      const inn = transfer(b, out);
      const oldIn = liveIn.get(b)!;
      if (inn.size !== oldIn.size || [...inn].some((v) => !oldIn.has(v))) {
        liveIn.set(b, inn);
        changed = true;
      }
      liveOut.set(b, out);
    }
  }
  return liveOut;
}
