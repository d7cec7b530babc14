/*
 * The escape analysis solver: walkAll / walkOne / outlives.
 *
 * What: for every root location, walkOne computes the minimal number of dereferences
 * with which every other location's value reaches the root (a shortest-path walk over
 * incoming edges, Bellman-Ford style: a location is re-queued whenever a shorter path to
 * it is found). derefs < 0 means the location's *address* reaches the root; it is then
 * floored at 0 before following further edges, since `root = &l; l = x` moves l's
 * address, not x's. When the root outlives a location whose address reaches it, that
 * location must live on the heap: it escapes, and becomes a root itself (walkAll keeps
 * a queue of roots and re-walks the ones that change). When a parameter's value reaches
 * a root that outlives it, the parameter leaks: to a result of its own function, or else
 * to the heap; that becomes its tag.
 *
 * Why: this is gc's model (cmd/compile/internal/escape/solve.go) and the only way to
 * reach its answers; the graph is small (one location per variable and site), so the
 * quadratic worst case does not matter in practice.
 *
 * Invariant: when walkAll returns, no escaping location's address is reachable from a
 * non-escaping root that outlives it, and every parameter's Leaks are final.
 *
 * Example: `var p *int; for { x := 0; p = &x }`: root p (loop depth 0) reaches x (depth
 * 1) with derefs -1; p outlives x, so x escapes: `moved to heap: x`.
 */
import type { Function } from "../ir/ir.js";
import { type Location, addHeapLeak, addResultLeak, numEscResults } from "./graph.js";

export interface SolveContext {
  /** Closures called directly where they are defined (`func(){…}()`). */
  closureCalled: Set<Function>;
}

/** Whether fn is a closure nested (at any depth) strictly inside outer. */
function containsClosure(outer: Function, fn: Function): boolean {
  for (let f = fn.parent; f !== undefined; f = f.parent) if (f === outer) return true;
  return false;
}

/** Whether a value stored in root outlives location other. */
function outlives(ctx: SolveContext, root: Location, other: Location): boolean {
  if (root.escapes) return true;
  if (root.kind === "result") {
    // A directly called closure may return locations of its caller without moving them.
    if (
      root.fn !== undefined &&
      other.fn !== undefined &&
      ctx.closureCalled.has(root.fn) &&
      containsClosure(other.fn, root.fn)
    ) {
      return false;
    }
    return true;
  }
  if (root.fn === undefined || other.fn === undefined) return false;
  if (root.fn === other.fn && root.loopDepth < other.loopDepth) return true;
  // A location of a closure is outlived by its enclosing functions' locations.
  if (root.fn !== other.fn && containsClosure(root.fn, other.fn)) return true;
  return false;
}

function leakTo(param: Location, sink: Location, derefs: number): void {
  if (!sink.escapes && sink.kind === "result" && sink.fn === param.fn) {
    if (sink.resultIndex < numEscResults) {
      addResultLeak(param.leaks, sink.resultIndex, derefs);
      return;
    }
  }
  addHeapLeak(param.leaks, derefs);
}

/** Solves the graph of one batch: sets `escapes` and parameters' leaks. */
export function walkAll(ctx: SolveContext, locs: readonly Location[], heap: Location): void {
  const todo: Location[] = [];
  const enqueue = (l: Location): void => {
    if (!l.queued) {
      l.queued = true;
      todo.push(l);
    }
  };
  for (const l of locs) enqueue(l);
  enqueue(heap);
  let walkgen = 0;
  while (todo.length > 0) {
    const root = todo.pop()!;
    root.queued = false;
    walkgen++;
    walkOne(ctx, root, walkgen, enqueue);
  }
}

function walkOne(
  ctx: SolveContext,
  root: Location,
  walkgen: number,
  enqueue: (l: Location) => void,
): void {
  root.walkgen = walkgen;
  root.derefs = 0;
  const todo: Location[] = [root];
  while (todo.length > 0) {
    const l = todo.pop()!;
    let derefs = l.derefs;
    const addressOf = derefs < 0;
    if (addressOf) derefs = 0;
    if (outlives(ctx, root, l)) {
      if (l.kind === "param") leakTo(l, root, derefs);
      if (addressOf && !l.escapes) {
        l.escapes = true;
        enqueue(l);
        continue;
      }
    }
    for (const e of l.edges) {
      if (e.src.escapes) continue;
      const d = derefs + e.derefs;
      if (e.src.walkgen !== walkgen || e.src.derefs > d) {
        e.src.walkgen = walkgen;
        e.src.derefs = d;
        todo.push(e.src);
      }
    }
  }
}
