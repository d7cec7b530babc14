/*
 * Lifting: promoting variables to SSA registers (mem2reg).
 *
 * What: liftFunction(fn) replaces each liftable Alloc by SSA values, in the manner of
 * go/ssa's lift.go and Cytron et al.:
 *  1. An Alloc is liftable when escape analysis left it off the heap and its address is
 *     only ever used as the address operand of Loads and Stores in fn (not stored, not
 *     passed, not captured by a closure, not offset by FieldAddr/IndexAddr). The named
 *     results of a function with defer stay in memory: after a recovered panic the
 *     function returns whatever they hold.
 *  2. Its definitions are the Alloc itself (which zeroes the variable, every time it runs —
 *     a variable declared in a loop body is fresh each iteration) and each Store.
 *     Phis go on the iterated dominance frontier of the blocks holding definitions.
 *  3. Renaming walks the dominator tree with the current value of each variable: an
 *     Alloc sets it to the zero constant, a Store to the stored value, a Load is replaced
 *     by it, and each successor's phi takes it as the edge for this block.
 *  4. Phis nobody uses (transitively) are removed; the Allocs, Loads and Stores go; so do
 *     NilChecks whose operand turned out to be the address of a variable (`p := new(T)`)
 *     or that a check of the same value dominates.
 *
 * Why: code generation wants registers for locals that need no memory; escape analysis
 * wants the unlifted form, so lifting runs after it (the `heap` flags are its input).
 *
 * Invariant: the lifted function passes the verifier; only liftable Allocs change.
 *
 * Example: `x := 0; if c { x = 1 }; return x` lifts to
 *   b2 (if.done): t0 = Phi [b0:0:int, b1:1:int] : int x;  Return t0
 */
import { dominators, frontiers } from "./dom.js";
import {
  type Alloc,
  type Function,
  type Instr,
  type Phi,
  type Program,
  type Value,
  allFunctions,
} from "./ir.js";
import { derefType } from "./build.js";

export function liftProgram(prog: Program): void {
  for (const f of allFunctions(prog)) liftFunction(f);
}

export function liftFunction(fn: Function): void {
  if (fn.external || fn.blocks.length === 0) {
    fn.lifted = true;
    return;
  }
  // 1. Find the liftable allocs.
  const allocs: Alloc[] = [];
  const bad = new Set<Alloc>();
  for (const b of fn.blocks) {
    for (const ins of b.instrs) {
      if (
        ins.kind === "Alloc" &&
        !ins.site.heap &&
        !(fn.hasDefer && fn.namedResults.includes(ins))
      ) {
        allocs.push(ins);
      }
    }
  }
  const allocSet = new Set<Value>(allocs);
  for (const b of fn.blocks) {
    for (const ins of b.instrs) {
      ins.args.forEach((v, k) => {
        if (!allocSet.has(v)) return;
        const ok = (ins.kind === "Load" && k === 0) || (ins.kind === "Store" && k === 0);
        if (!ok) bad.add(v as Alloc);
      });
    }
  }
  const lift = allocs.filter((a) => !bad.has(a));
  if (lift.length === 0) {
    fn.lifted = true;
    return;
  }
  const index = new Map<Alloc, number>();
  lift.forEach((a, i) => index.set(a, i));
  const dom = dominators(fn);
  const df = frontiers(fn, dom);

  // 2. Place phis on iterated dominance frontiers.
  const phisAt: Map<number, Phi>[] = fn.blocks.map(() => new Map());
  const defBlocks: Set<number>[] = lift.map(() => new Set());
  for (const b of fn.blocks) {
    for (const ins of b.instrs) {
      if (ins.kind === "Alloc" && index.has(ins)) defBlocks[index.get(ins)!]!.add(b.index);
      else if (ins.kind === "Store" && index.has(ins.args[0] as Alloc)) {
        defBlocks[index.get(ins.args[0] as Alloc)!]!.add(b.index);
      }
    }
  }
  lift.forEach((a, ai) => {
    const work = [...defBlocks[ai]!];
    const has = new Set<number>();
    while (work.length > 0) {
      const x = work.pop()!;
      for (const y of df[x]!) {
        if (has.has(y)) continue;
        has.add(y);
        const blk = fn.blocks[y]!;
        const phi: Phi = {
          kind: "Phi",
          pos: a.pos,
          args: [],
          type: derefType(a.type),
          block: blk,
          comment: a.site.what,
        };
        phisAt[y]!.set(ai, phi);
        if (!defBlocks[ai]!.has(y)) work.push(y);
      }
    }
  });

  // 3. Rename along the dominator tree.
  const repl = new Map<Value, Value>();
  const find = (v: Value): Value => {
    let x = v;
    while (repl.has(x)) x = repl.get(x)!;
    return x;
  };
  const phiEdges = new Map<Phi, Value[]>();
  for (const m of phisAt)
    for (const p of m.values()) phiEdges.set(p, new Array<Value>(p.block!.preds.length));
  const undef = (ai: number): Value => ({
    kind: "Const",
    type: derefType(lift[ai]!.type),
    value: undefined,
  });
  // One visit per block, parents before children; an explicit stack, because the
  // dominator tree of a long function is deep.
  const visit = (bi: number, incoming: (Value | undefined)[]): (Value | undefined)[] => {
    const cur = incoming.slice();
    const blk = fn.blocks[bi]!;
    for (const [ai, phi] of phisAt[bi]!) cur[ai] = phi;
    const kept: Instr[] = [];
    for (const ins of blk.instrs) {
      if (ins.kind === "Alloc" && index.has(ins)) {
        cur[index.get(ins)!] = { kind: "Const", type: derefType(ins.type), value: undefined };
        continue;
      }
      if (ins.kind === "Store" && index.has(ins.args[0] as Alloc)) {
        cur[index.get(ins.args[0] as Alloc)!] = ins.args[1]!;
        continue;
      }
      if (ins.kind === "Load" && index.has(ins.args[0] as Alloc)) {
        const ai = index.get(ins.args[0] as Alloc)!;
        repl.set(ins, cur[ai] ?? undef(ai));
        continue;
      }
      kept.push(ins);
    }
    blk.instrs = kept;
    for (const s of blk.succs) {
      const k = s.preds.indexOf(blk);
      for (const [ai, phi] of phisAt[s.index]!) phiEdges.get(phi)![k] = cur[ai] ?? undef(ai);
    }
    return cur;
  };
  const stack: { bi: number; incoming: (Value | undefined)[] }[] = [{ bi: 0, incoming: [] }];
  while (stack.length > 0) {
    const { bi, incoming } = stack.pop()!;
    const out = visit(bi, incoming);
    for (const c of dom.children[bi]!) stack.push({ bi: c, incoming: out });
  }

  // Insert phis at block starts.
  for (const b of fn.blocks) {
    const phis = [...phisAt[b.index]!.values()];
    for (const p of phis) p.args = phiEdges.get(p)!.map((v) => v);
    b.instrs = [...phis, ...b.instrs];
  }
  // Resolve replacements everywhere.
  for (const b of fn.blocks) for (const ins of b.instrs) ins.args = ins.args.map(find);
  // A nil check whose operand is now visibly the address of a variable is dead.
  const nonNil = new Set(["Alloc", "Global", "FreeVar", "FieldAddr", "IndexAddr"]);
  for (const b of fn.blocks) {
    b.instrs = b.instrs.filter((i) => i.kind !== "NilCheck" || !nonNil.has(i.args[0]!.kind));
  }

  // 4. Remove phis that nothing uses, and nil checks another check of the same value dominates.
  removeDeadPhis(fn);
  removeDominatedNilChecks(fn, dom.children);
  fn.lifted = true;
}

/** Drops `NilCheck v` when a check of v dominates it (gc's nilcheckelim, in its simplest form). */
function removeDominatedNilChecks(fn: Function, children: number[][]): void {
  const stack: { bi: number; checked: Set<Value> }[] = [{ bi: 0, checked: new Set() }];
  while (stack.length > 0) {
    const { bi, checked: inherited } = stack.pop()!;
    const checked = new Set(inherited);
    const blk = fn.blocks[bi]!;
    blk.instrs = blk.instrs.filter((i) => {
      if (i.kind !== "NilCheck") return true;
      if (checked.has(i.args[0]!)) return false;
      checked.add(i.args[0]!);
      return true;
    });
    for (const c of children[bi]!) stack.push({ bi: c, checked });
  }
}

function removeDeadPhis(fn: Function): void {
  const live = new Set<Value>();
  const phis: Phi[] = [];
  const work: Phi[] = [];
  for (const b of fn.blocks) {
    for (const ins of b.instrs) {
      if (ins.kind === "Phi") {
        phis.push(ins);
        continue;
      }
      for (const v of ins.args) {
        if (v.kind === "Phi" && !live.has(v)) {
          live.add(v);
          work.push(v);
        }
      }
    }
  }
  while (work.length > 0) {
    const p = work.pop()!;
    for (const v of p.args) {
      if (v.kind === "Phi" && !live.has(v)) {
        live.add(v);
        work.push(v);
      }
    }
  }
  if (phis.every((p) => live.has(p))) return;
  for (const b of fn.blocks) b.instrs = b.instrs.filter((i) => i.kind !== "Phi" || live.has(i));
}
