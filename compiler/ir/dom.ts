/*
 * Dominators and dominance frontiers of a function's control-flow graph.
 *
 * What: dominators(fn) computes each block's immediate dominator with the iterative
 * algorithm of Cooper, Harvey and Kennedy ("A Simple, Fast Dominance Algorithm"):
 * number blocks in reverse postorder, then repeat `idom(b) = intersect of the processed
 * predecessors' idoms` until nothing changes. frontiers(fn, dom) computes the dominance
 * frontier of each block (Cytron et al.): for every join point b (≥ 2 preds), walk up
 * from each predecessor to idom(b), adding b to the frontier of every block passed.
 *
 * Why: the verifier checks that definitions dominate uses; lifting (lift.ts) places phis
 * on iterated dominance frontiers.
 *
 * Invariant: every block of fn is reachable from the entry (the builder prunes the rest);
 * the entry's idom is itself.
 *
 * Example: for the diamond b0 → {b1, b2} → b3: idom(b1) = idom(b2) = idom(b3) = b0,
 *   DF(b1) = DF(b2) = {b3}.
 */
import type { BasicBlock, Function } from "./ir.js";

export interface DomInfo {
  /** Immediate dominator by block index (the entry maps to itself). */
  idom: number[];
  /** Reverse postorder number by block index. */
  rpo: number[];
  /** Children in the dominator tree, by block index. */
  children: number[][];
}

export function dominators(fn: Function): DomInfo {
  const n = fn.blocks.length;
  const order: BasicBlock[] = [];
  const seen = new Uint8Array(n);
  // Iterative postorder DFS.
  if (n > 0) {
    const stack: { b: BasicBlock; i: number }[] = [{ b: fn.blocks[0]!, i: 0 }];
    seen[0] = 1;
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      if (top.i < top.b.succs.length) {
        const s = top.b.succs[top.i++]!;
        if (!seen[s.index]) {
          seen[s.index] = 1;
          stack.push({ b: s, i: 0 });
        }
      } else {
        order.push(top.b);
        stack.pop();
      }
    }
  }
  order.reverse();
  const rpo = new Array<number>(n).fill(-1);
  order.forEach((b, i) => (rpo[b.index] = i));
  const idom = new Array<number>(n).fill(-1);
  if (n > 0) idom[0] = 0;
  const intersect = (a0: number, b0: number): number => {
    let a = a0;
    let b = b0;
    while (a !== b) {
      while (rpo[a]! > rpo[b]!) a = idom[a]!;
      while (rpo[b]! > rpo[a]!) b = idom[b]!;
    }
    return a;
  };
  let changed = true;
  while (changed) {
    changed = false;
    for (const b of order) {
      if (b.index === 0) continue;
      let nd = -1;
      for (const p of b.preds) {
        if (idom[p.index] === -1) continue;
        nd = nd === -1 ? p.index : intersect(p.index, nd);
      }
      if (nd !== -1 && idom[b.index] !== nd) {
        idom[b.index] = nd;
        changed = true;
      }
    }
  }
  const children: number[][] = Array.from({ length: n }, () => []);
  for (const b of order)
    if (b.index !== 0 && idom[b.index]! >= 0) children[idom[b.index]!]!.push(b.index);
  return { idom, rpo, children };
}

/** Whether block a dominates block b. */
export function dominates(d: DomInfo, a: number, b: number): boolean {
  let x = b;
  for (;;) {
    if (x === a) return true;
    const up = d.idom[x];
    if (up === undefined || up === -1 || up === x) return false;
    x = up;
  }
}

/** Dominance frontiers by block index. */
export function frontiers(fn: Function, d: DomInfo): Set<number>[] {
  const df: Set<number>[] = fn.blocks.map(() => new Set<number>());
  for (const b of fn.blocks) {
    if (b.preds.length < 2) continue;
    for (const p of b.preds) {
      let r = p.index;
      while (r !== d.idom[b.index] && r !== -1) {
        df[r]!.add(b.index);
        if (r === d.idom[r]) break;
        r = d.idom[r]!;
      }
    }
  }
  return df;
}
