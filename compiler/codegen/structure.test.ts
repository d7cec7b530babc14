import { describe, expect, it } from "vitest";
import { type Segment, jumpToken, structure } from "./structure.js";

/**
 * A segment graph as test code: each segment records its id, then branches on the next
 * bit of `bits` (two successors), jumps (one), or returns (none).
 */
interface Node {
  succs: number[];
  fallsTo?: number;
}

function segmentsOf(nodes: readonly Node[]): Segment[] {
  return nodes.map((n, id) => {
    const lines = [`trace.push(${id}); if (trace.length > 200) return;`];
    if (n.fallsTo !== undefined) lines.push(`// a call`);
    else if (n.succs.length === 2)
      lines.push(
        `if (bits[k++ % bits.length]) { ${jumpToken(n.succs[0]!)} } else { ${jumpToken(n.succs[1]!)} }`,
      );
    else if (n.succs.length === 1) lines.push(jumpToken(n.succs[0]!));
    else lines.push("return;");
    return { id, lines, fallsTo: n.fallsTo };
  });
}

/** Runs the structured code from state 0 and returns the ids it passed through. */
function runStructured(nodes: readonly Node[], roots: number[], bits: boolean[]): number[] {
  const cases = structure(segmentsOf(nodes), new Set(roots));
  const src = `const trace = []; let k = 0, b = 0;
    (() => { D: for (;;) switch (b) {\n${cases.join("\n")}\ndefault: throw new Error("bad state " + b); } })();
    return trace;`;
  return new Function("bits", src)(bits) as number[];
}

/** Walks the graph itself with the same branch bits. */
function walk(nodes: readonly Node[], bits: boolean[]): number[] {
  const trace: number[] = [];
  let k = 0;
  let n: number | undefined = 0;
  while (n !== undefined) {
    trace.push(n);
    if (trace.length > 200) break;
    const node: Node = nodes[n]!;
    if (node.fallsTo !== undefined) n = node.fallsTo;
    else if (node.succs.length === 2) n = bits[k++ % bits.length] ? node.succs[0] : node.succs[1];
    else n = node.succs[0];
  }
  return trace;
}

/** A small deterministic generator (xorshift). */
function rng(seed: number): () => number {
  let x = seed | 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 2 ** 32;
  };
}

describe("structure", () => {
  it("writes a loop without calls as a labeled JavaScript loop", () => {
    // 0 → 1; 1: loop head, → 2 or 3; 2 → 1 (back edge); 3 returns.
    const nodes: Node[] = [{ succs: [1] }, { succs: [2, 3] }, { succs: [1] }, { succs: [] }];
    const code = structure(segmentsOf(nodes), new Set([0, 1])).join("\n");
    expect(code).toContain("L1: for (;;) {");
    expect(code).toContain("continue L1;");
    expect(code).not.toContain("case 2:");
    const bits = [true, true, false];
    expect(runStructured(nodes, [0, 1], bits)).toEqual(walk(nodes, bits));
    expect(walk(nodes, bits)).toEqual([0, 1, 2, 1, 2, 1, 3]);
  });

  it("writes a merge once, after a labeled block that its branches break out of", () => {
    const nodes: Node[] = [{ succs: [1, 2] }, { succs: [3] }, { succs: [3] }, { succs: [] }];
    const code = structure(segmentsOf(nodes), new Set([0])).join("\n");
    expect(code.match(/trace\.push\(3\)/g)).toHaveLength(1);
    expect(code).toContain("break L3;");
    for (const bits of [[true], [false]])
      expect(runStructured(nodes, [0], bits)).toEqual(walk(nodes, bits));
  });

  it("dispatches through the switch to a resume point and to a segment two regions reach", () => {
    // 0 calls (falls to resume point 1); 1 → 2; 0's region cannot own 2 alone: 3 → 2 too.
    const nodes: Node[] = [
      { succs: [], fallsTo: 1 },
      { succs: [2, 3] },
      { succs: [] },
      { succs: [2] },
    ];
    const code = structure(segmentsOf(nodes), new Set([0, 1])).join("\n");
    expect(code).toContain("b = 1; continue D;");
    for (const bits of [[true], [false]])
      expect(runStructured(nodes, [0, 1], bits)).toEqual(walk(nodes, bits));
  });

  it("agrees with a walk of the graph on 500 random graphs, irreducible ones too", () => {
    for (let seed = 1; seed <= 500; seed++) {
      const r = rng(seed * 7919);
      const n = 2 + Math.floor(r() * 10);
      const roots = [0];
      const nodes: Node[] = [];
      for (let id = 0; id < n; id++) {
        const pick = (): number => Math.floor(r() * n);
        const shape = r();
        if (shape < 0.1) nodes.push({ succs: [] });
        else if (shape < 0.2 && id + 1 < n) {
          nodes.push({ succs: [], fallsTo: id + 1 });
          roots.push(id + 1);
        } else if (shape < 0.5) nodes.push({ succs: [pick()] });
        else nodes.push({ succs: [pick(), pick()] });
      }
      // emit.ts makes every loop header a root; structure() finds them itself too.
      if (seed % 2 === 0)
        for (let id = 0; id < n; id++)
          for (const t of nodes[id]!.succs) if (t <= id && !roots.includes(t)) roots.push(t);
      const bits = Array.from({ length: 7 }, () => r() < 0.5);
      expect(runStructured(nodes, roots, bits), `seed ${seed}`).toEqual(walk(nodes, bits));
    }
  });
});
