/*
 * The escape analysis graph: locations, the edges between them, and leak tags.
 *
 * What: a Location stands for one place a value can live — a variable (an IR Alloc),
 * an allocation site (new, &T{...}, make, a closure, an interface box, a `...` slice),
 * a result of a function, a compiler temporary, or the heap itself. An Edge says "the
 * value of src, dereferenced `derefs` times, flows into dst", and lives on dst:
 *
 *   p = &q   → edge p ← q with derefs -1
 *   p = q    → edge p ← q with derefs  0
 *   p = *q   → edge p ← q with derefs  1
 *
 * The graph is flow-insensitive and field-insensitive, like gc's: `x.f = y` is `x = y`.
 *
 * Leaks is gc's parameter tag: for one parameter, the minimal number of dereferences
 * with which its value reaches the heap and each of the first `numEscResults` results,
 * or -1 when it does not. `leaking param: p` is heap 0, `leaking param content: p` is
 * heap ≥ 1, `leaking param: p to result ~r0 level=0` is result 0 at 0.
 *
 * Invariant: an edge's derefs is ≥ -1; a location's `escapes` only ever goes from false
 * to true (the solver re-walks it as a root when it does).
 *
 * Example: `func f(p *int) *int { return p }` gives the edge ~r0 ← p (derefs 0), and the
 * solver records Leaks [heap -1, r0 0] for p: `leaking param: p to result ~r0 level=0`.
 */
import type { Pos } from "../syntax/ast.js";
import type { AllocSite, Function } from "../ir/ir.js";

/** gc records result leaks for this many results; later ones leak to the heap. */
export const numEscResults = 7;

/**
 * Why a value flows along an edge, for the -m=2 explanations: gc's `from &l1
 * (address-of) at x.go:8:8`. An edge's notes run from the innermost expression out to
 * the statement.
 */
export interface Note {
  /** The source text of the expression or statement, as gc prints it. */
  where: string;
  /** gc's reason: assign, return, address-of, indirection, non-constant size, … */
  why: string;
  pos: Pos;
}

export interface Edge {
  src: Location;
  derefs: number;
  notes: readonly Note[];
}

export type LocationKind =
  /** A source variable (not a parameter). */
  | "var"
  /** A parameter's variable: its Leaks become the function's tag. */
  | "param"
  /** A result of the function: named (an Alloc) or unnamed (~rN). */
  | "result"
  /** An allocation site that gc reports (new, &T{}, make, func literal, …). */
  | "site"
  /** A compiler temporary: decided like the others, never reported. */
  | "temp"
  /** The heap: everything that reaches it escapes. */
  | "heap";

export interface Location {
  kind: LocationKind;
  /** The name or expression gc prints for it. */
  name: string;
  pos: Pos;
  /**
   * Where gc's walk meets the location, when that is not pos: an interface conversion is
   * reported where gc's base.Pos was (possibly inside its operand) but created, and so
   * printed, when the walk reaches the converted expression.
   */
  order?: Pos;
  /** The function that declares it (undefined for the heap). */
  fn: Function | undefined;
  /** Number of enclosing loops at its declaration; an outer location outlives inner ones. */
  loopDepth: number;
  /** For kind "result": the index among the function's results. */
  resultIndex: number;
  /** The IR site whose `heap` flag this location decides. */
  site: AllocSite | undefined;
  /** Incoming edges (values that flow into this location). */
  edges: Edge[];
  /** Must be heap allocated (or is the heap). */
  escapes: boolean;
  /** For kind "param": where the parameter's value leaks to. */
  leaks: Leaks;

  // Solver state for the current walk.
  walkgen: number;
  derefs: number;
  queued: boolean;
  /** The location this one was reached from in the current walk, and along which edge. */
  dst: Location | undefined;
  dstEdge: Edge | undefined;
}

export function newLocation(
  kind: LocationKind,
  name: string,
  pos: Pos,
  fn: Function | undefined,
  loopDepth: number,
  site?: AllocSite,
): Location {
  return {
    kind,
    name,
    pos,
    fn,
    loopDepth,
    resultIndex: -1,
    site,
    edges: [],
    escapes: kind === "heap",
    leaks: emptyLeaks(),
    walkgen: 0,
    derefs: 0,
    queued: false,
    dst: undefined,
    dstEdge: undefined,
  };
}

/**
 * Adds the edge dst ← src with the given derefs; self-edges that change nothing are
 * dropped. A second edge between the same locations is merged into the first, keeping
 * the notes of the one with fewer derefs (the one gc's walk would take).
 */
export function addEdge(
  dst: Location,
  src: Location,
  derefs: number,
  notes: readonly Note[] = [],
): void {
  if (dst === src && derefs >= 0) return;
  if (dst.kind === "heap" && src.kind === "heap") return;
  for (const e of dst.edges) {
    if (e.src === src) {
      if (derefs < e.derefs) {
        e.derefs = derefs;
        e.notes = notes;
      }
      return;
    }
  }
  dst.edges.push({ src, derefs, notes });
}

/** [heap, result 0, …, result 6]: minimal derefs, -1 for none. */
export type Leaks = number[];

export function emptyLeaks(): Leaks {
  return new Array<number>(1 + numEscResults).fill(-1);
}

export function leaksHeap(l: Leaks): number {
  return l[0]!;
}

export function leaksResult(l: Leaks, i: number): number {
  return l[1 + i]!;
}

function addAt(l: Leaks, i: number, derefs: number): void {
  const old = l[i]!;
  if (old < 0 || derefs < old) l[i] = derefs;
}

export function addHeapLeak(l: Leaks, derefs: number): void {
  addAt(l, 0, derefs);
}

export function addResultLeak(l: Leaks, i: number, derefs: number): void {
  addAt(l, 1 + i, derefs);
}

/** A path to the heap makes equal or longer paths to results redundant (gc's Optimize). */
export function optimizeLeaks(l: Leaks): void {
  const h = l[0]!;
  if (h < 0) return;
  for (let i = 1; i < l.length; i++) if (l[i]! >= h) l[i] = -1;
}

export function leaksEmpty(l: Leaks): boolean {
  return l.every((x) => x < 0);
}

/** The tag of a parameter whose function is unknown: everything leaks to the heap. */
export function heapLeaks(): Leaks {
  const l = emptyLeaks();
  l[0] = 0;
  return l;
}
