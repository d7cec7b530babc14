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
 *
 * Explanations (-m=2): each walk remembers, per location, the location and edge it was
 * reached from (dst, dstEdge). When a location starts to escape, or a parameter leaks,
 * gc prints the decision and then the path back to the root, one `flow:` line per edge
 * followed by the edge's notes (graph.ts Note), all at the deciding location's position:
 *
 *   x.go:9:2: l3 escapes to heap:
 *   x.go:9:2:   flow: ~r0 = &l3:
 *   x.go:9:2:     from &l3 (address-of) at x.go:10:9
 *   x.go:9:2:     from return &l3 (return) at x.go:10:2
 *
 * The walk order (LIFO roots, LIFO locations, edges in insertion order, strict
 * improvement) is gc's, so ties between equally short paths are broken the same way.
 * Locations minigo has and gc does not (kind "temp") are walked through as one flow.
 */
import type { Diagnostic } from "../diagnostics.js";
import type { Function } from "../ir/ir.js";
import type { Pos } from "../syntax/ast.js";
import { type Location, type Note, addHeapLeak, addResultLeak, numEscResults } from "./graph.js";
import { constArrayLengths } from "./escape.js";

export interface SolveContext {
  /** Closures called directly where they are defined (`func(){…}()`). */
  closureCalled: Set<Function>;
  /**
   * At -m=2: receives gc's explanations as the walk decides them (`x escapes to heap:`,
   * `parameter p leaks to {heap} with derefs=0:`, and the `flow:`/`from` lines of the
   * path that made it so), in the order gc prints them.
   */
  explain?: (d: Diagnostic) => void;
}

/** How gc names a location in a flow line. */
export function explainLoc(l: Location): string {
  switch (l.kind) {
    case "heap":
      return "{heap}";
    case "site":
      return `{storage for ${constArrayLengths(l.name)}}`;
    case "temp":
      return l.site ? `{storage for ${l.name}}` : "{temp}";
    default:
      return l.name;
  }
}

/** How gc names a location in the header of an explanation. */
function explainName(l: Location): string {
  return l.kind === "site" ? constArrayLengths(l.name) : l.name;
}

/** Prints one edge of an explanation: `flow: dst = &src:` and its notes, at pos. */
export function explainFlow(
  explain: (d: Diagnostic) => void,
  pos: Pos,
  dst: Location,
  src: Location,
  derefs: number,
  notes: readonly Note[],
): void {
  const say = (msg: string): void => explain({ pos, msg, phase: "escape" });
  const ops = derefs < 0 ? "&" : "*".repeat(derefs);
  say(`  flow: ${explainLoc(dst)} = ${ops}${explainLoc(src)}:`);
  for (const n of notes) {
    say(`    from ${n.where} (${n.why}) at ${n.pos.file}:${n.pos.line}:${n.pos.col}`);
  }
}

/** The header of the explanation of why l escapes. */
export function explainEscape(explain: (d: Diagnostic) => void, l: Location): void {
  explain({ pos: l.pos, msg: `${explainName(l)} escapes to heap:`, phase: "escape" });
}

/**
 * Prints the path the current walk took from l up to root: one `flow: dst = &src:` line
 * per edge, each followed by the edge's notes, all at l's position (gc's explainPath).
 * An assignment cycle on the path is cut short with gc's warning.
 */
function explainPath(explain: (d: Diagnostic) => void, root: Location, l: Location): void {
  const pos = l.pos;
  const visited = new Set<Location>();
  let src = l;
  for (;;) {
    if (visited.has(src)) {
      explain({
        pos,
        msg: "  warning: truncated explanation due to assignment cycle; see golang.org/issue/35518",
        phase: "escape",
      });
      break;
    }
    visited.add(src);
    let dst = src.dst;
    const edge = src.dstEdge;
    if (dst === undefined || edge === undefined) break;
    // minigo's own temporaries (a composite literal's value, …) are not gc's: the path
    // goes through them as one flow, with the notes of all its edges.
    let derefs = edge.derefs;
    let notes = edge.notes;
    while (dst.kind === "temp" && dst !== root && dst.dst && dst.dstEdge && !visited.has(dst)) {
      visited.add(dst);
      derefs += dst.dstEdge.derefs;
      notes = [...notes, ...dst.dstEdge.notes];
      dst = dst.dst;
    }
    explainFlow(explain, pos, dst, src, derefs, notes);
    if (dst === root) break;
    src = dst;
  }
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
  root.dst = undefined;
  root.dstEdge = undefined;
  const explain = ctx.explain;
  const todo: Location[] = [root];
  while (todo.length > 0) {
    const l = todo.pop()!;
    let derefs = l.derefs;
    const addressOf = derefs < 0;
    if (addressOf) derefs = 0;
    if (outlives(ctx, root, l)) {
      if (l.kind === "param") {
        if (explain && !l.escapes) {
          explain({
            pos: l.pos,
            msg: `parameter ${l.name} leaks to ${explainLoc(root)} with derefs=${derefs}:`,
            phase: "escape",
          });
          explainPath(explain, root, l);
        }
        leakTo(l, root, derefs);
      }
      if (addressOf && !l.escapes) {
        if (explain && l.kind !== "temp") {
          explainEscape(explain, l);
          explainPath(explain, root, l);
        }
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
        e.src.dst = l;
        e.src.dstEdge = e;
        todo.push(e.src);
      }
    }
  }
}
