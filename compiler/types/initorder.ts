/*
 * The initialization order of package-level variables, and initialization cycles.
 *
 * What: the spec initializes package-level variables "by repeatedly selecting the earliest
 * variable in declaration order that has no dependencies on uninitialized variables".
 * Dependencies are references, direct or through functions and methods, recorded by the
 * checker in each declaration's `deps`. We build the graph over vars, consts and funcs,
 * remove the function nodes (connecting each function's predecessors to its successors),
 * then repeatedly take the node with the fewest remaining dependencies, earliest in
 * declaration order first (a binary heap). A node taken while it still has dependencies
 * lies on a cycle: `initialization loop for x` with the `x refers to` chain, as gc.
 *
 * Why: the IR builder emits package initialization in exactly this order, and gc rejects
 * cyclic initializations.
 *
 * Invariant: each Initializer appears once, even for `var a, b = f()` (several lhs).
 *
 * Example: var a = b + 1; var b = f(); func f() int { return 2 }  →  [b = f(), a = b + 1].
 */
import type * as ast from "../syntax/ast.js";
import type { Checker, DeclInfo, Initializer } from "./check.js";
import { fmtPos } from "./check.js";
import type { Obj, Var } from "./types.js";

interface Node {
  obj: Obj;
  order: number;
  succ: Set<Node>;
  pred: Set<Node>;
  ndeps: number;
}

export function initOrder(c: Checker): Initializer[] {
  const nodes = new Map<Obj, Node>();
  const node = (obj: Obj, order: number): Node => {
    const n: Node = { obj, order, succ: new Set(), pred: new Set(), ndeps: 0 };
    nodes.set(obj, n);
    return n;
  };
  c.objList.forEach((obj, i) => {
    if (obj.kind === "Var" || obj.kind === "Const") node(obj, i);
  });
  // Functions no variable or constant reaches cannot influence the order (typically most
  // of a program): only the reached ones get nodes, so the removal below stays cheap.
  // Methods are functions too (their deps matter when referenced).
  const funcOrder = new Map<Obj, number>();
  c.objList.forEach((obj, i) => obj.kind === "Func" && funcOrder.set(obj, i));
  let order = c.objList.length;
  const reached: Node[] = [];
  const reach = (deps: Iterable<Obj>): void => {
    for (const dep of deps) {
      if (dep.kind !== "Func" || nodes.has(dep) || !c.objMap.has(dep)) continue;
      reached.push(node(dep, funcOrder.get(dep) ?? order++));
    }
  };
  for (const n of [...nodes.values()]) reach(c.objMap.get(n.obj)?.deps ?? []);
  for (let i = 0; i < reached.length; i++) reach(c.objMap.get(reached[i]!.obj)!.deps);
  // Edges: n.succ are the objects n depends on, n.pred those that depend on n.
  for (const n of nodes.values()) {
    const d = c.objMap.get(n.obj);
    if (!d) continue;
    for (const dep of d.deps) {
      const m = nodes.get(dep);
      if (!m) continue;
      n.succ.add(m);
      m.pred.add(n);
    }
  }
  // Remove the remaining function nodes, connecting their predecessors and successors.
  // Removing a node costs |pred|·|succ| and grows its neighbours' sets: cheap ones first.
  const funcs = [...reached].sort(
    (a, b) => a.pred.size * a.succ.size - b.pred.size * b.succ.size || a.order - b.order,
  );
  for (const n of funcs) {
    for (const p of n.pred) {
      if (p === n) continue;
      for (const s of n.succ) {
        if (s === n) continue;
        p.succ.add(s);
        s.pred.add(p);
      }
      p.succ.delete(n);
    }
    for (const s of n.succ) s.pred.delete(n);
    nodes.delete(n.obj);
  }
  for (const n of nodes.values()) n.ndeps = n.succ.size;

  // Nodes whose dependencies are all initialized wait in `ready`, earliest first. When
  // none is ready but some remain, the remaining ones depend on each other: take the
  // one with the fewest dependencies (earliest on ties) and report its cycle. This is
  // the order of a heap keyed by (dependencies, declaration order), without paying for
  // a heap update on every decrement.
  const ready = new OrderHeap();
  const waiting = new Set<Node>();
  for (const n of nodes.values()) {
    if (n.ndeps === 0) ready.push(n);
    else waiting.add(n);
  }
  const result: Initializer[] = [];
  const emitted = new Set<DeclInfo | Var[]>();
  while (ready.size() > 0 || waiting.size > 0) {
    let n: Node;
    if (ready.size() > 0) n = ready.pop();
    else {
      let best: Node | undefined;
      for (const w of waiting) {
        if (!best || w.ndeps < best.ndeps || (w.ndeps === best.ndeps && w.order < best.order))
          best = w;
      }
      n = best!;
      waiting.delete(n);
      const cycle = findPath(c, n.obj, n.obj, new Set());
      if (cycle) reportCycle(c, cycle);
    }
    for (const p of n.pred) {
      if (!waiting.has(p)) continue;
      if (--p.ndeps === 0) {
        waiting.delete(p);
        ready.push(p);
      }
    }
    if (n.obj.kind !== "Var") continue;
    const d = c.objMap.get(n.obj);
    if (!d || d.kind !== "var" || !d.init) continue;
    // `var a, b = f()` is one initialization, shared by its variables.
    const key = d.lhs ?? d;
    if (emitted.has(key)) continue;
    emitted.add(key);
    const lhs: Var[] = d.lhs ?? [n.obj];
    result.push({ lhs, rhs: d.init as ast.Expr });
  }
  return result;
}

function findPath(c: Checker, from: Obj, to: Obj, seen: Set<Obj>): Obj[] | undefined {
  if (seen.has(from)) return undefined;
  seen.add(from);
  const d = c.objMap.get(from);
  if (!d) return undefined;
  // Dependencies in source order for a deterministic report.
  const deps = [...d.deps].sort((a, b) => c.objList.indexOf(a) - c.objList.indexOf(b));
  for (const dep of deps) {
    if (dep === to) return [from];
    const p = findPath(c, dep, to, seen);
    if (p) return [from, ...p];
  }
  return undefined;
}

function reportCycle(c: Checker, cycle: Obj[]): void {
  let obj = cycle[0];
  let msg = `initialization loop for ${obj.name}`;
  for (let i = 0; i < cycle.length; i++) {
    msg += `\n\t${fmtPos(obj.pos)}: ${obj.name} refers to`;
    obj = cycle[(i + 1) % cycle.length];
  }
  msg += `\n\t${fmtPos(obj.pos)}: ${obj.name}`;
  c.error(cycle[0].pos, msg);
}

/** A binary min-heap of nodes by declaration order. */
class OrderHeap {
  private readonly a: Node[] = [];
  size(): number {
    return this.a.length;
  }
  push(n: Node): void {
    const a = this.a;
    a.push(n);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (a[p].order <= a[i].order) break;
      [a[p], a[i]] = [a[i], a[p]];
      i = p;
    }
  }
  pop(): Node {
    const a = this.a;
    const top = a[0];
    const last = a.pop()!;
    if (a.length > 0) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= a.length) break;
        let m = l;
        if (l + 1 < a.length && a[l + 1].order < a[l].order) m = l + 1;
        if (a[i].order <= a[m].order) break;
        [a[i], a[m]] = [a[m], a[i]];
        i = m;
      }
    }
    return top;
  }
}
