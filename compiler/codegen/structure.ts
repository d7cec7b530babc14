/*
 * Structured control flow for an emitted function: the code of its segments nested into
 * labeled JavaScript blocks and loops, with a `switch` dispatch only where a resumable
 * function needs one.
 *
 * What: a function's code comes from emit.ts as segments. A segment is a basic block, or
 * the part of one that follows a call (its resume point); its jumps are placeholder tokens
 * (jumpToken(n)). structure() decides which segments are *roots*: the entry, every resume
 * point, every loop header (its preemption check resumes there), and any segment reached
 * from two roots' regions. Each root becomes a `case` of the function's dispatch loop
 * `D: for (;;) switch (b)`; every other segment belongs to the region of the one root
 * that reaches it, and is placed inside that case by the dominator-tree method of
 * Ramsey's "Beyond Relooper" (ICFP 2022):
 *
 *	- a segment reached by one jump is written where that jump is;
 *	- a segment reached by two or more jumps (a merge) is written after a labeled block
 *	  `L7: { ... }` that holds the code of its immediate dominator, and jumps to it are
 *	  `break L7;` (merges that are children of the same dominator nest, the latest in
 *	  reverse postorder outermost);
 *	- a jump to a root is `b = n; continue D;`, except a jump back to the root of the
 *	  region it is in, which is `continue Ln;` of a `Ln: for (;;)` around the root's code.
 *
 * Why: V8 runs a hot loop several times faster as a JavaScript loop than as a dispatch
 * through `switch (b)` at every block. A loop whose body makes no Go call is one region,
 * its back edge a `continue`; only a call (a resume point) splits it.
 *
 * Invariant: every cycle of the segment graph passes through a root (every loop header
 * is one), so a region's jumps other than those to its own root go forward in reverse
 * postorder; every segment's code is written exactly once.
 *
 * Example: `for i := 0; i < n; i++ { s += i }` gives
 *
 *	case 1: L1: for (;;) { if (--PRE < 0) {...} if (v2) { ...; continue L1; } else { b = 3; continue D; } }
 */

/** A run of code entered at one state: `lines` hold jumps as jumpToken(target). */
export interface Segment {
  id: number;
  lines: string[];
  /** The segment that runs next when this one's code runs off its end (after a call). */
  fallsTo?: number;
}

const TOKEN = /\u0001(\d+)\u0001/g;

/** The placeholder for a jump to state `target`, resolved by structure(). */
export function jumpToken(target: number): string {
  return `\u0001${target}\u0001`;
}

/**
 * The body of the dispatch switch for `segs` (`case` lines and their code). `roots` are
 * the states the dispatch must be able to enter (segs[0] is the entry); more may be added.
 */
export function structure(segs: readonly Segment[], roots: ReadonlySet<number>): string[] {
  const byId = new Map(segs.map((s) => [s.id, s]));
  const succs = new Map<number, number[]>();
  const preds = new Map<number, number[]>();
  for (const s of segs) preds.set(s.id, []);
  for (const s of segs) {
    const out: number[] = [];
    for (const l of s.lines) for (const m of l.matchAll(TOKEN)) out.push(Number(m[1]));
    if (s.fallsTo !== undefined) out.push(s.fallsTo);
    succs.set(s.id, out);
    for (const t of out) preds.get(t)?.push(s.id);
  }

  const rpo = reversePostorder(segs, succs);
  const rpoIndex = new Map(rpo.map((id, k) => [id, k]));

  // Regions, in reverse postorder: a segment all of whose jumps in come from one region
  // joins it; otherwise (or when a jump in comes from later, a cycle) it is a root.
  const isRoot = new Set(roots);
  const region = new Map<number, number>();
  const idom = new Map<number, number>();
  for (const n of rpo) {
    let r: number | undefined;
    let joins = !isRoot.has(n) && preds.get(n)!.length > 0;
    for (const p of joins ? preds.get(n)! : []) {
      const rp = region.get(p);
      if (rp === undefined || (r !== undefined && r !== rp)) {
        joins = false;
        break;
      }
      r = rp;
    }
    if (!joins) {
      isRoot.add(n);
      region.set(n, n);
      idom.set(n, n);
      continue;
    }
    region.set(n, r!);
    let d: number | undefined;
    for (const p of preds.get(n)!) d = d === undefined ? p : intersect(d, p, idom, rpoIndex);
    idom.set(n, d!);
  }
  const isMerge = (n: number): boolean => !isRoot.has(n) && preds.get(n)!.length >= 2;
  const mergeChildren = new Map<number, number[]>();
  for (const n of rpo) {
    if (!isMerge(n)) continue;
    const d = idom.get(n)!;
    if (!mergeChildren.has(d)) mergeChildren.set(d, []);
    mergeChildren.get(d)!.push(n);
  }
  for (const ms of mergeChildren.values()) ms.sort((a, b) => rpoIndex.get(b)! - rpoIndex.get(a)!);

  const out: string[] = [];
  for (const root of rpo) {
    if (!isRoot.has(root)) continue;
    let loops = false;
    const jumpFrom = (t: number): string => {
      if (t === root) {
        loops = true;
        return `continue L${t};`;
      }
      if (isRoot.has(t)) return `b = ${t}; continue D;`;
      if (isMerge(t)) return `break L${t};`;
      return tree(t).join("\n");
    };
    const code = (n: number): string[] => {
      const s = byId.get(n)!;
      const lines = s.lines.map((l) => l.replace(TOKEN, (_, t: string) => jumpFrom(Number(t))));
      if (s.fallsTo !== undefined) lines.push(jumpFrom(s.fallsTo));
      return lines;
    };
    const tree = (n: number): string[] => {
      const ms = mergeChildren.get(n) ?? [];
      const within = (k: number): string[] =>
        k === ms.length ? code(n) : [`L${ms[k]}: {`, ...within(k + 1), `}`, ...tree(ms[k]!)];
      return within(0);
    };
    const body = tree(root);
    out.push(`case ${root}:`);
    if (loops) out.push(`L${root}: for (;;) {`, ...body, `}`);
    else out.push(...body);
  }
  return out;
}

/** The nearest common dominator of a and b (both already have their idom). */
function intersect(
  a: number,
  b: number,
  idom: ReadonlyMap<number, number>,
  rpoIndex: ReadonlyMap<number, number>,
): number {
  while (a !== b) {
    while (rpoIndex.get(a)! > rpoIndex.get(b)!) a = idom.get(a)!;
    while (rpoIndex.get(b)! > rpoIndex.get(a)!) b = idom.get(b)!;
  }
  return a;
}

/** Reverse postorder of a depth-first walk from each segment in turn (entry first). */
function reversePostorder(
  segs: readonly Segment[],
  succs: ReadonlyMap<number, number[]>,
): number[] {
  const seen = new Set<number>();
  const post: number[] = [];
  for (const start of segs) {
    if (seen.has(start.id)) continue;
    seen.add(start.id);
    const stack: { id: number; next: number }[] = [{ id: start.id, next: 0 }];
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const out = succs.get(top.id)!;
      if (top.next < out.length) {
        const t = out[top.next++]!;
        if (!seen.has(t) && succs.has(t)) {
          seen.add(t);
          stack.push({ id: t, next: 0 });
        }
      } else {
        post.push(top.id);
        stack.pop();
      }
    }
  }
  return post.reverse();
}
