/*
 * Robustness: whatever bytes it is given, the front end ends quickly and reports errors
 * at real positions; it never throws and never prints a JavaScript stack trace.
 *
 * What: starting from ~20 valid programs of our own (testdata/robustness/*.go), we derive
 * thousands of broken ones with a seeded random generator — tokens deleted, duplicated,
 * swapped or replaced, files truncated at random offsets, random characters inserted, and
 * files of pure noise — plus pathological inputs (10,000 nested parentheses, braces and
 * func literals, 10 MB files). For each, compile() must return within 2 s of CPU time and
 * never throw, with either no diagnostics or diagnostics that all name the file, have
 * line >= 1 and col >= 1 (and a line inside the file) and a non-empty message. Then the
 * built command is run on a few bad inputs: exit status 1, gc-shaped output lines (`file:line:col: ` or, past column 255
 * where gc drops the column, `file:line: `), no stack trace.
 *
 * Why: a compiler meets half-typed programs all day. A parser that loops, recurses off the
 * end of the JavaScript stack or reports at line 0 is a bug even when the input is junk.
 *
 * Invariant: everything is reproducible. The generator is seeded per program, and a failing
 * mutant is written to $TMPDIR/minigo-robustness/ so it can be replayed by hand.
 *
 * Example: mutant 17 of closures.go deletes token 41; a failure would read
 *   closures.go #17 delete-token 41: threw RangeError: Maximum call stack size exceeded
 *   (input saved as /tmp/minigo-robustness/closures.go_17_delete-token_41.go)
 */
import { spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { haveGo, repoRoot, runGcCompile } from "../scripts/conformance-go.js";
import type { Diagnostic } from "./diagnostics.js";
import type { SourceFile } from "./source.js";
import { goKeywords } from "./syntax/lexer.js";

type Compile = (files: SourceFile[]) => { diagnostics: Diagnostic[] };

const root = repoRoot();
const corpusDir = join(root, "testdata", "robustness");
const corpus = readdirSync(corpusDir)
  .filter((n) => n.endsWith(".go"))
  .sort()
  .map((name) => ({ name, text: readFileSync(join(corpusDir, name), "utf8") }));

/** Mutants derived from each corpus program; 20 programs × 100 = 2,000. */
const mutantsPerProgram = 100;
/** Files of pure noise, on top of the mutants. */
const noiseFiles = 200;
/**
 * The longest one compile() may take, even on a 10 MB file. Measured in CPU time of this
 * process, not wall time: on a loaded machine wall time swings several-fold while a loop
 * that never ends still burns CPU.
 */
const timeLimitMs = 2000;

// ---------------------------------------------------------------------------
// A small seeded generator (mulberry32): the same seed gives the same mutants everywhere.

class Rand {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  /** Uniform in [0, 1). */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** Uniform integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)]!;
  }
}

function seedOf(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

// ---------------------------------------------------------------------------
// Mutations. Tokens are found by a deliberately simple scanner of our own (not minigo's
// lexer): mutations must not inherit the lexer's blind spots.

const tokenPattern =
  /\s+|\/\/[^\n]*|\/\*[\s\S]*?\*\/|"(?:[^"\\\n]|\\.)*"|`[^`]*`|'(?:[^'\\\n]|\\.)*'|[\p{L}_][\p{L}\p{N}_]*|\.?\d[\w.]*|\.\.\.|<<=|>>=|&\^=|&&|\|\||<-|\+\+|--|:=|&\^|<<|>>|[-+*/%&|^<>=!]=?|[\s\S]/gu;

function tokenize(text: string): string[] {
  return text.match(tokenPattern) ?? [];
}

const isSpace = (t: string): boolean => /^\s+$/.test(t);

/** Tokens worth splicing in: every keyword, and punctuation that opens or closes things. */
const spliceTokens = [
  ...goKeywords,
  "(",
  ")",
  "[",
  "]",
  "{",
  "}",
  ",",
  ";",
  ":",
  ".",
  "...",
  ":=",
  "=",
  "<-",
  "*",
  "&",
  "\n",
  "_",
  "nil",
  "iota",
  "0x",
  "1e",
  "'",
  '"',
  "`",
  "/*",
  "//",
  "0b2",
  "1_",
  "'\\z'",
  '"\\x"',
];

/** Characters for random insertions: ASCII, control, invalid and multi-byte code points. */
const noiseChars = [
  ..."abcxyzABC_019 \t\n(){}[];:,.=+-*/%&|^<>!?@#$~\\'\"`",
  "\0",
  "\x01",
  "\x7f",
  "\r",
  "\uFEFF",
  "\uFFFD",
  "é",
  "世",
  "\u00a0",
  "\u2028",
  "\uD800",
  "😀",
];

interface Mutant {
  kind: string;
  text: string;
}

function mutate(text: string, rand: Rand): Mutant {
  const toks = tokenize(text);
  const solid = toks.map((t, i) => (isSpace(t) ? -1 : i)).filter((i) => i >= 0);
  const at = (): number => rand.pick(solid);
  switch (rand.int(7)) {
    case 0: {
      const i = at();
      toks.splice(i, 1);
      return { kind: `delete-token ${i}`, text: toks.join("") };
    }
    case 1: {
      const i = at();
      toks.splice(i, 0, toks[i]!);
      return { kind: `duplicate-token ${i}`, text: toks.join("") };
    }
    case 2: {
      const k = rand.int(solid.length - 1);
      const i = solid[k]!;
      const j = solid[k + 1]!;
      [toks[i], toks[j]] = [toks[j]!, toks[i]!];
      return { kind: `swap-tokens ${i} ${j}`, text: toks.join("") };
    }
    case 3: {
      const i = at();
      toks[i] = rand.pick(spliceTokens);
      return { kind: `replace-token ${i}`, text: toks.join("") };
    }
    case 4: {
      const n = rand.int(text.length + 1);
      return { kind: `truncate ${n}`, text: text.slice(0, n) };
    }
    case 5: {
      let out = text;
      const count = 1 + rand.int(4);
      for (let k = 0; k < count; k++) {
        const n = rand.int(out.length + 1);
        out = out.slice(0, n) + rand.pick(noiseChars) + out.slice(n);
      }
      return { kind: `insert-chars ${count}`, text: out };
    }
    default: {
      // Several mutations at once: the parser must recover more than once.
      let out = text;
      for (let k = 0; k < 3; k++) out = mutate(out, rand).text;
      return { kind: "multiple", text: out };
    }
  }
}

function noiseFile(rand: Rand, i: number): Mutant {
  const len = rand.int(2000);
  let out = "";
  if (i % 2 === 0) {
    // Bytes 0-255 as if a binary file had been decoded as Latin-1.
    for (let k = 0; k < len; k++) out += String.fromCharCode(rand.int(256));
    return { kind: "random-bytes", text: out };
  }
  // Token soup after a valid package clause: exercises the parser rather than the lexer.
  out = "package main\n";
  for (let k = 0; k < len / 4; k++) out += rand.pick(spliceTokens) + (rand.int(3) ? " " : "");
  return { kind: "token-soup", text: out };
}

// ---------------------------------------------------------------------------
// The property every run must have.

/** Why this result is wrong, or undefined when it is fine. */
function problem(compile: Compile, name: string, text: string): string | undefined {
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  let diags: Diagnostic[];
  try {
    diags = compile([{ name, text }]).diagnostics;
  } catch (e) {
    return `threw ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`;
  }
  const cpu = process.cpuUsage(cpuStart);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const wallMs = performance.now() - start;
  if (cpuMs > timeLimitMs)
    return `took ${Math.round(cpuMs)} ms of CPU (${Math.round(wallMs)} ms wall)`;
  if (!Array.isArray(diags)) return "diagnostics is not an array";
  const lines = text.split("\n").length;
  for (const d of diags) {
    const where = `${d.pos?.file}:${d.pos?.line}:${d.pos?.col}: ${d.msg}`;
    if (d.pos?.file !== name) return `diagnostic names another file: ${where}`;
    if (!Number.isInteger(d.pos.line) || d.pos.line < 1 || d.pos.line > lines)
      return `bad line: ${where}`;
    if (!Number.isInteger(d.pos.col) || d.pos.col < 1) return `bad column: ${where}`;
    if (typeof d.msg !== "string" || d.msg.trim() === "") return `empty message: ${where}`;
  }
  return undefined;
}

/**
 * Lets the event loop run between compiles: a test that computes for many seconds without
 * yielding starves vitest's worker RPC ("Timeout calling onTaskUpdate").
 */
function breathe(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

const failureDir = join(tmpdir(), "minigo-robustness");

function record(label: string, text: string, why: string): string {
  mkdirSync(failureDir, { recursive: true });
  const file = join(failureDir, label.replace(/[^\w.-]+/g, "_") + ".go");
  writeFileSync(file, text);
  return `${label}: ${why} (input saved as ${file})`;
}

let compile: Compile;
beforeAll(async () => {
  compile = (await import("../src/index.js")).compile;
});

describe("robustness: the corpus is valid Go", () => {
  it("has about 20 programs", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(20);
  });
  it.skipIf(!haveGo())("gc accepts every corpus program", () => {
    const rejected = corpus
      .map((p) => ({ name: p.name, out: runGcCompile(corpusDir, p.name).output }))
      .filter((r) => r.out !== "");
    expect(rejected).toEqual([]);
  });
  it("minigo accepts every corpus program", () => {
    const rejected = corpus
      .map((p) => ({ name: p.name, diags: compile([p]).diagnostics.map((d) => d.msg) }))
      .filter((r) => r.diags.length > 0);
    expect(rejected).toEqual([]);
  });
});

describe("robustness: mutants", () => {
  for (const program of corpus) {
    it(`${mutantsPerProgram} mutants of ${program.name}`, async () => {
      const rand = new Rand(seedOf(program.name));
      const failures: string[] = [];
      for (let i = 0; i < mutantsPerProgram; i++) {
        if (i % 10 === 9) await breathe();
        const m = mutate(program.text, rand);
        const why = problem(compile, program.name, m.text);
        if (why) failures.push(record(`${program.name} #${i} ${m.kind}`, m.text, why));
      }
      expect(failures).toEqual([]);
    });
  }

  it(`${noiseFiles} files of noise`, async () => {
    const rand = new Rand(seedOf("noise"));
    const failures: string[] = [];
    for (let i = 0; i < noiseFiles; i++) {
      if (i % 10 === 9) await breathe();
      const m = noiseFile(rand, i);
      const why = problem(compile, "noise.go", m.text);
      if (why) failures.push(record(`noise #${i} ${m.kind}`, m.text, why));
    }
    expect(failures).toEqual([]);
  });
});

describe("robustness: pathological inputs", () => {
  const depth = 10_000;
  const tenMB = 10 << 20;
  const cases: Array<[string, () => string]> = [
    [
      "10,000 nested parentheses",
      () => `package main\n\nvar x = ${"(".repeat(depth)}1${")".repeat(depth)}\n`,
    ],
    ["10,000 unclosed parentheses", () => `package main\n\nvar x = ${"(".repeat(depth)}1\n`],
    [
      "10,000 nested braces",
      () => `package main\n\nfunc main() {\n${"{".repeat(depth)}${"}".repeat(depth)}\n}\n`,
    ],
    ["10,000 unclosed braces", () => `package main\n\nfunc main() {\n${"{\n".repeat(depth)}`],
    [
      "10,000 nested func literals",
      () =>
        `package main\n\nfunc main() {\n${"func() {\n".repeat(depth)}${"}()\n".repeat(depth)}}\n`,
    ],
    [
      "10,000 nested composite literals",
      () => `package main\n\nvar x = ${"[]interface{}{".repeat(depth)}${"}".repeat(depth)}\n`,
    ],
    ["10,000 nested slice types", () => `package main\n\nvar x ${"[]".repeat(depth)}int\n`],
    ["10,000 unary operators", () => `package main\n\nvar x = ${"-".repeat(depth)}1\n`],
    [
      "100,000-term binary expression",
      () => `package main\n\nvar x = 1${" + 1".repeat(100_000)}\n`,
    ],
    [
      "10 MB string literal",
      () => `package main\n\nvar s = "${"a".repeat(tenMB)}"\n\nfunc main() { println(len(s)) }\n`,
    ],
    [
      "10 MB comment",
      () => `package main\n\n/*${" lorem ipsum\n".repeat(tenMB / 13)}*/\n\nfunc main() {}\n`,
    ],
    ["10 MB unterminated string", () => `package main\n\nvar s = \`${"b".repeat(tenMB)}`],
    [
      "1 MB of declarations",
      () => {
        let s = "package main\n\n";
        for (let i = 0; s.length < 1 << 20; i++) s += `var v${i} int = ${i}\n`;
        return s + "\nfunc main() {}\n";
      },
    ],
  ];
  for (const [label, make] of cases) {
    it(label, () => {
      const text = make();
      const why = problem(compile, "deep.go", text);
      expect(why === undefined ? undefined : record(label, text, why)).toBeUndefined();
    });
  }
});

// ---------------------------------------------------------------------------
// The command: exit status, output shape and no stack traces.

const cli = join(root, "dist", "src", "cli.js");

describe.skipIf(!existsSync(cli))("robustness: the built command", () => {
  const dir = mkdtempSync(join(tmpdir(), "minigo-cli-"));
  const inputs: Array<[string, string]> = [
    ["undefined.go", "package main\n\nfunc main() {\n\t_ = y\n}\n"],
    ["syntax.go", "package main\n\nfunc main() {\n\tif {\n}\n"],
    ["noise.go", '\x00\x01\xff package (((( }}}} "unterminated\n'],
    ["deep.go", `package main\n\nvar x = ${"(".repeat(10_000)}\n`],
    ["badliteral.go", "package main\n\nvar x = 0x\nvar y = 'ab'\nvar z = \"\\q\"\n"],
    ["types.go", 'package main\n\nfunc f() int { return "s" }\n\nfunc main() { f(1) }\n'],
  ];
  for (const [name, text] of inputs) writeFileSync(join(dir, name), text, "latin1");

  for (const [name] of inputs) {
    it(`tool compile ${name}`, () => {
      const r = spawnSync(process.execPath, [cli, "tool", "compile", name], {
        cwd: dir,
        encoding: "utf8",
        timeout: 20_000,
      });
      expect(r.error).toBeUndefined();
      expect(r.stderr).not.toMatch(/^ {4}at /m);
      expect(r.status).toBe(1);
      const lines = r.stdout.split("\n").filter((l) => l !== "");
      expect(lines.length).toBeGreaterThan(0);
      for (const l of lines) {
        // Continuation lines (gc's "\thave (...)", "\tprevious case") start with a tab.
        // gc keeps columns in 8 bits and prints `x.go:3: msg` for a column beyond 255.
        if (!l.startsWith("\t")) expect(l).toMatch(/^[^:]+:\d+(?::\d+)?: /);
      }
    });
  }

  // minigo's build exits 1 on errors where go build exits 2 (see README).
  it("build undefined.go", () => {
    const r = spawnSync(process.execPath, [cli, "build", "undefined.go"], {
      cwd: dir,
      encoding: "utf8",
      timeout: 20_000,
    });
    expect(r.status).toBe(1);
    expect(r.stderr).not.toMatch(/^ {4}at /m);
    expect(r.stderr).toBe("# command-line-arguments\n./undefined.go:4:6: undefined: y\n");
  });
});
