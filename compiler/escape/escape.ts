/*
 * Escape analysis of a package: batches, tags, and gc's -m diagnostics.
 *
 * What: analyzeProgram(prog) splits the package's functions into strongly connected
 * components of the static call graph (Tarjan), and analyses them bottom-up: each batch
 * (an SCC with all the closures nested in its functions) is lowered onto a location graph
 * (lower.ts), solved (solve.ts), and its parameters' leaks become tags that callers in
 * later batches use. Each allocation site's `heap` flag is set, and the diagnostics are
 * produced in gc's words:
 *
 *   moved to heap: x                      a variable that must live on the heap
 *   new(int) escapes to heap / does not escape     an allocation site
 *   leaking param: p / leaking param content: p / leaking param: p to result ~r0 level=0
 *   p does not escape                     a pointer-bearing parameter that leaks nowhere
 *
 * Why bottom-up: a call's effect on its arguments is its callee's tags; within an SCC the
 * callee's parameters and results are wired into the same graph instead.
 *
 * Invariant: a function's tags are computed before any caller outside its SCC is lowered;
 * functions without IR (the shipped stdlib, for now) are assumed to leak every argument
 * to the heap, which is safe.
 *
 * Order: the diagnostics come in gc's order of work, which is what `go tool compile -m`
 * prints (gc flushes each -m line as it is decided): not sorted by position.
 *
 * Example: `func f(p *int) *int { return p }` → `leaking param: p to result ~r0 level=0`.
 */
import type { Diagnostic } from "../diagnostics.js";
import type { Pos } from "../syntax/ast.js";
import type { Function, Instr, Program, Value } from "../ir/ir.js";
import {
  type Leaks,
  type Location,
  emptyLeaks,
  leaksEmpty,
  leaksHeap,
  leaksResult,
  newLocation,
  numEscResults,
  optimizeLeaks,
} from "./graph.js";
import { BatchGraph, hasPointers } from "./lower.js";
import { walkAll } from "./solve.js";

export interface EscapeResult {
  diagnostics: Diagnostic[];
  /** Per function, per parameter (receiver first). */
  tags: Map<Function, Leaks[]>;
}

function nested(fn: Function): Function[] {
  const out: Function[] = [fn];
  for (const a of fn.anonFuncs) out.push(...nested(a));
  return out;
}

/** Static callees (in this package) of fn and its closures. */
function callees(fn: Function): Set<Function> {
  const out = new Set<Function>();
  for (const f of nested(fn)) {
    for (const b of f.blocks) {
      for (const ins of b.instrs) {
        for (const a of ins.args) {
          if (a.kind === "FuncRef" && a.fn !== undefined) {
            let top = a.fn;
            while (top.parent) top = top.parent;
            out.add(top);
          }
        }
      }
    }
  }
  return out;
}

/** Tarjan's SCCs, callees before callers. */
function sccs(fns: readonly Function[]): Function[][] {
  const index = new Map<Function, number>();
  const low = new Map<Function, number>();
  const onStack = new Set<Function>();
  const stack: Function[] = [];
  const out: Function[][] = [];
  const edges = new Map<Function, Function[]>();
  for (const f of fns)
    edges.set(
      f,
      [...callees(f)].filter((c) => edges.has(c) || fns.includes(c)),
    );
  let next = 0;
  const visit = (v: Function): void => {
    index.set(v, next);
    low.set(v, next);
    next++;
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const comp: Function[] = [];
      let w: Function;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        comp.push(w);
      } while (w !== v);
      out.push(comp.reverse());
    }
  };
  for (const f of fns) if (!index.has(f)) visit(f);
  return out;
}

/**
 * gc reports calls, conversions and make/new at their opening parenthesis and composite
 * literals at their opening brace; the IR keeps the expression's start.
 */
function makeSitePos(texts: ReadonlyMap<string, string>): (i: Instr) => Pos {
  const lines = new Map<string, string[]>();
  const lineOf = (file: string, n: number): string => {
    let ls = lines.get(file);
    if (!ls) {
      ls = (texts.get(file) ?? "").split("\n");
      lines.set(file, ls);
    }
    return ls[n - 1] ?? "";
  };
  return (i: Instr): Pos => {
    const what = (i as { site?: { what: string } }).site?.what ?? "";
    const p = i.pos;
    const line = lineOf(p.file, p.line);
    const at = (col: number): string => line[col - 1] ?? "";
    const scanTo = (ch: string): Pos => {
      let depth = 0;
      for (let c = p.col; c <= line.length; c++) {
        const x = at(c);
        if (x === ch && depth === 0) return { file: p.file, line: p.line, col: c };
        if (x === "[" || (ch !== "(" && x === "(")) depth++;
        if (x === "]" || (ch !== "(" && x === ")")) depth--;
      }
      return p;
    };
    /** The `{` opening a composite literal at or after the position (type braces skipped). */
    const literalBrace = (): Pos => {
      let depth = 0;
      for (let c = p.col; c <= line.length; c++) {
        const x = at(c);
        if (x === "[" || x === "(") depth++;
        else if (x === "]" || x === ")") depth--;
        else if (x === "{") {
          if (/\b(interface|struct)\s*$/.test(line.slice(0, c - 1))) {
            // Skip the braces of an interface or struct type.
            let d = 0;
            for (; c <= line.length; c++) {
              if (at(c) === "{") d++;
              else if (at(c) === "}" && --d === 0) break;
            }
            continue;
          }
          if (depth === 0) return { file: p.file, line: p.line, col: c };
        }
      }
      return p;
    };
    const isLiteral = /\{(\.\.\.)?\}$/.test(what) && !what.startsWith("&");
    if (what.startsWith("&") && at(p.col) !== "&" && at(p.col - 1) === "&")
      return { file: p.file, line: p.line, col: p.col - 1 };
    if (i.kind === "MakeInterface") {
      const before = line.slice(0, p.col - 1);
      const isConst = i.args[0]?.kind === "Const";
      const arg = i.args[0];
      if (
        !isConst &&
        !isLiteral &&
        /^\s*var\s/.test(line) &&
        arg &&
        "block" in arg &&
        arg.pos.line === p.line &&
        arg.pos.file === p.file
      )
        return arg.pos; // `var x I = v` is reported at v
      if (
        at(p.col) === "=" ||
        at(p.col) === ":" ||
        (isConst && (/(^|[^=!<>:])=\s*$/.test(before) || /:=\s*$/.test(before)))
      ) {
        // An implicit conversion in an assignment is reported where the assignment
        // starts (at the name, for `var x T = v`).
        const v = /^(\s*var\s+)\S/.exec(line);
        if (v) return { file: p.file, line: p.line, col: v[1]!.length + 1 };
        const first = line.search(/\S/);
        if (first >= 0) return { file: p.file, line: p.line, col: first + 1 };
      }
      // `var i I = T{}` is reported at the literal; `sink = T{}` where the assignment starts.
      if (isLiteral && at(p.col) !== "{" && /^\s*var\s/.test(line)) return literalBrace();
      // In a return, at the converted expression; call arguments stay at the call's `(`.
      const x = i.args[0];
      if (
        line.slice(p.col - 1).startsWith("return") &&
        x &&
        "block" in x &&
        x.pos.line === p.line &&
        x.pos.file === p.file &&
        x.pos.col > 0
      )
        return x.pos;
      return p;
    }
    if (/^(make|new)\(/.test(what) && at(p.col) !== "(") return scanTo("(");
    if (i.kind === "Convert" && at(p.col) !== "(") return scanTo("(");
    if (isLiteral && at(p.col) !== "{") return literalBrace();
    return p;
  };
}

/** Tags of functions of other packages (the shipped stdlib), by package path and IR name. */
export type ImportedTags = (pkgPath: string, name: string) => Leaks[] | undefined;

export function analyzeProgram(
  prog: Program,
  texts: ReadonlyMap<string, string>,
  imported: ImportedTags = () => undefined,
): EscapeResult {
  const tags = new Map<Function, Leaks[]>();
  const diagnostics: Diagnostic[] = [];
  const closureCalled = new Set<Function>();
  const sitePos = makeSitePos(texts);
  const byName = new Map<string, Function>();
  for (const f of prog.funcs) byName.set(f.name, f);
  // Bodiless functions: //go:noescape says their pointers do not escape; otherwise gc
  // assumes they all leak to the heap.
  const externalDiags = new Map<Function, Diagnostic[]>();
  for (const f of prog.funcs) {
    if (!f.external) continue;
    const noescape = hasPragma(texts, f.pos, "//go:noescape");
    tags.set(
      f,
      f.params.map(() => (noescape ? emptyLeaks() : heapTag())),
    );
    const ds: Diagnostic[] = [];
    for (const p of f.params) {
      if (!hasPointers(p.type) || p.name === "" || /^_\d*$/.test(p.name)) continue;
      const msg = noescape ? `${p.name} does not escape` : `leaking param: ${p.name}`;
      ds.push({ pos: p.pos, msg, phase: "escape" });
    }
    externalDiags.set(f, ds);
  }
  // gc prints each -m line as it decides it (FlushErrors after every warning), so the
  // output follows its order of work, not positions: devirtualization first (a pass of
  // its own), then batch by batch bottom-up: self-assignments while building the graph,
  // the parameters' tags, the variables moved to heap (in declaration order), and the
  // allocation sites (in the order the walk meets them, which is source order).
  const devirtualized: Diagnostic[] = [];
  for (const comp of sccs(prog.funcs)) {
    for (const f of comp) diagnostics.push(...(externalDiags.get(f) ?? []));
    const fns = comp.flatMap(nested).filter((f) => !f.external);
    if (fns.length === 0) continue;
    const heap = newLocation("heap", "{heap}", { file: "", line: 0, col: 0 }, undefined, 0);
    const g = new BatchGraph(
      {
        heap,
        tagsOf: (f) => tags.get(f),
        importedTags: (ref) => {
          const pkg = ref.obj?.pkg;
          if (!pkg || pkg === prog.pkg) return undefined;
          const prefix = `${pkg.name}.`;
          const name = ref.name.startsWith(prefix) ? ref.name.slice(prefix.length) : ref.name;
          return imported(pkg.path, name);
        },
        sitePos,
        closureCalled,
        methodFunc: (n) => byName.get(n),
      },
      fns,
      texts,
    );
    walkAll({ closureCalled }, g.locs, heap);
    for (const n of g.notes) {
      if (n.msg.includes("devirtualizing")) devirtualized.push(n);
    }
    diagnostics.push(...byPos(g.notes.filter((n) => !n.msg.includes("devirtualizing"))));
    for (const f of fns) {
      const ps = g.paramLocs.get(f)!;
      const fnTags: Leaks[] = [];
      f.params.forEach((p, i) => {
        const l = ps[i]!;
        optimizeLeaks(l.leaks);
        fnTags.push(l.escapes ? heapTag() : l.leaks);
        if (l.escapes || isWrapper(f)) return;
        if (!hasPointers(p.type) || p.name === "" || /^_\d*$/.test(p.name)) return;
        diagnostics.push(...paramDiagnostics(l, f));
      });
      tags.set(f, fnTags);
    }
    const vars: { d: Diagnostic; fn: number }[] = [];
    const sites: Diagnostic[] = [];
    for (const l of g.locs) {
      if (l.fn && isWrapper(l.fn)) {
        if (l.site) l.site.heap = l.escapes;
        continue;
      }
      const ds: Diagnostic[] = [];
      reportLocation(l, ds);
      if (l.kind === "site") sites.push(...ds);
      else for (const d of ds) vars.push({ d, fn: l.fn ? fns.indexOf(l.fn) : -1 });
    }
    const sortedVars = vars
      .map((v, i) => ({ ...v, i }))
      .sort((a, b) => a.fn - b.fn || comparePos(a.d.pos, b.d.pos) || a.i - b.i);
    diagnostics.push(...sortedVars.map((v) => v.d), ...byPos(sites));
  }
  diagnostics.unshift(...byPos(devirtualized));
  return { diagnostics, tags };
}

/** Whether the comment block right above the declaration at pos has the pragma line. */
export function hasPragma(texts: ReadonlyMap<string, string>, pos: Pos, pragma: string): boolean {
  const lines = (texts.get(pos.file) ?? "").split("\n");
  for (let i = pos.line - 2; i >= 0; i--) {
    const t = lines[i]!.trim();
    if (t === "") continue;
    if (t.startsWith(pragma)) return true;
    if (!t.startsWith("//")) return false;
  }
  return false;
}

/**
 * gc prints types with their array lengths evaluated: `new([1 << 16]byte)` is
 * `new([65536]byte)`. Lengths made of integer literals and operators are folded here.
 */
export function constArrayLengths(what: string): string {
  return what.replace(/\[([0-9xXa-fA-F_\s<>*+\-()]+)\]/g, (all, expr: string) => {
    if (!/[<>*+\-]/.test(expr)) return all;
    const v = evalConstInt(expr);
    return v === undefined ? all : `[${v}]`;
  });
}

function evalConstInt(src: string): bigint | undefined {
  const toks = src.match(/0[xX][0-9a-fA-F_]+|\d[\d_]*|<<|>>|[*+\-()]/g) ?? [];
  if (toks.join("") !== src.replace(/\s+/g, "")) return undefined;
  let i = 0;
  const primary = (): bigint | undefined => {
    const t = toks[i++];
    if (t === undefined) return undefined;
    if (t === "(") {
      const v = sum();
      if (toks[i++] !== ")") return undefined;
      return v;
    }
    if (t === "-") {
      const v = primary();
      return v === undefined ? undefined : -v;
    }
    return /^[0-9]/.test(t) ? BigInt(t.replace(/_/g, "")) : undefined;
  };
  const product = (): bigint | undefined => {
    let v = primary();
    while (v !== undefined && (toks[i] === "*" || toks[i] === "<<" || toks[i] === ">>")) {
      const op = toks[i++];
      const r = primary();
      if (r === undefined) return undefined;
      v = op === "*" ? v * r : op === "<<" ? v << r : v >> r;
    }
    return v;
  };
  const sum = (): bigint | undefined => {
    let v = product();
    while (v !== undefined && (toks[i] === "+" || toks[i] === "-")) {
      const op = toks[i++];
      const r = product();
      if (r === undefined) return undefined;
      v = op === "+" ? v + r : v - r;
    }
    return v;
  };
  const v = sum();
  return i === toks.length ? v : undefined;
}

function comparePos(a: Pos, b: Pos): number {
  return (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.col - b.col;
}

/** Stable sort by position. */
function byPos(ds: readonly Diagnostic[]): Diagnostic[] {
  return ds
    .map((d, i) => ({ d, i }))
    .sort((a, b) => comparePos(a.d.pos, b.d.pos) || a.i - b.i)
    .map((x) => x.d);
}

/** Compiler-generated method wrappers: gc reports nothing about them (<autogenerated>). */
function isWrapper(f: Function): boolean {
  return /\$(thunk|bound)/.test(f.name);
}

function heapTag(): Leaks {
  const l = new Array<number>(1 + numEscResults).fill(-1);
  l[0] = 0;
  return l;
}

function paramDiagnostics(l: Location, f: Function): Diagnostic[] {
  const out: Diagnostic[] = [];
  const d = (msg: string): void => void out.push({ pos: l.pos, msg, phase: "escape" });
  if (leaksEmpty(l.leaks)) d(`${l.name} does not escape`);
  const h = leaksHeap(l.leaks);
  if (h === 0) d(`leaking param: ${l.name}`);
  else if (h > 0) d(`leaking param content: ${l.name}`);
  const rvars = f.sig.results.vars;
  for (let i = 0; i < Math.min(numEscResults, rvars.length); i++) {
    const x = leaksResult(l.leaks, i);
    if (x < 0) continue;
    const rn = rvars[i]!.name !== "" && rvars[i]!.name !== "_" ? rvars[i]!.name : `~r${i}`;
    d(`leaking param: ${l.name} to result ${rn} level=${x}`);
  }
  return out;
}

function reportLocation(l: Location, out: Diagnostic[]): void {
  if (l.site) l.site.heap = l.escapes;
  const d = (msg: string): void => void out.push({ pos: l.pos, msg, phase: "escape" });
  switch (l.kind) {
    case "var":
    case "param":
    case "result":
      if (l.escapes && l.site && !l.site.temp) d(`moved to heap: ${l.name}`);
      return;
    case "site":
      d(`${constArrayLengths(l.name)} ${l.escapes ? "escapes to heap" : "does not escape"}`);
      return;
    default:
      return;
  }
}

export type { Value };
