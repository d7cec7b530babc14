/*
 * Which of Go's own test files say something about minigo's front end, and what.
 *
 * What: pure functions over the text of a file from $GOROOT/test:
 *   - testAction: the test recipe on the first line (`// run`, `// compile`,
 *     `// errorcheck -0 -m`, ...), read as Go's test/run.go reads it: the first line,
 *     or the second when the first is a `+build` line; the first word is the action and
 *     the rest are its arguments.
 *   - buildConstraintsHold: whether the file's `//go:build` / `// +build` lines (those
 *     before the package clause) select it on linux/amd64 with gc and cgo.
 *   - importPaths: the packages the file imports.
 *   - usesGenerics: a syntactic guess whether the file uses type parameters.
 *   - errorLines: the 1-based lines carrying an `// ERROR "regexp"` annotation.
 *
 * Why: the conformance run (scripts/conformance-frontend.ts) measures minigo on the files
 * it is meant to handle: no generics, no package minigo does not ship, no platform it
 * does not target. These are the filters; keeping them pure makes them testable.
 *
 * The generics heuristic. After blanking comments and string/rune literals, a file uses
 * generics when it has any of:
 *   - a func declaration with a type parameter list: `func Name[`;
 *   - a method whose receiver type is instantiated: `func (r *T[K]) M()` — a `[` inside
 *     the receiver parentheses of a func declaration at the start of a line;
 *   - a type spec `type Name[P C]` (or `Name[P C]` on its own line inside a gofmt'd
 *     `type (` group) whose bracket holds a parameter list — an identifier list followed
 *     by a constraint — rather than an array length (`type A [N]int`, `type B [N * 2]int`):
 *     after `[`, identifiers separated by commas, blank space, then something other than
 *     `]` or a binary operator;
 *   - a `~` token (only type-set constraints use it);
 *   - an instantiation of the generic types sync/atomic ships (`atomic.Pointer[`).
 * Checked against `go tool compile -lang=go1.17` over every run/compile/errorcheck file in
 * test/ and test/fixedbugs/ when written: it found every file gc rejects for type
 * parameters, and flagged one file that has none (fixedbugs/issue23587.go, an error test
 * for a stray `~`). Being a heuristic, a miss would show up as a file minigo rejects, never
 * as a silent pass.
 *
 * Example: testAction("// errorcheck -0 -m -l\n\n...") is
 *   { action: "errorcheck", args: ["-0", "-m", "-l"] }
 */

export interface TestAction {
  action: string;
  args: string[];
}

/** The test recipe, as Go's test/run.go reads it. */
export function testAction(src: string): TestAction {
  const lines = src.split("\n", 3);
  let line = lines[0] ?? "";
  if (line.includes("+build")) line = lines[1] ?? "";
  const words = line
    .replace(/^\/\//, "")
    .trim()
    .split(/\s+/)
    .filter((w) => w !== "");
  return { action: words[0] ?? "", args: words.slice(1) };
}

/** Build tags true for minigo's target: linux/amd64, the gc toolchain, cgo enabled. */
const trueTags = new Set(["linux", "amd64", "gc", "cgo", "test_run", "unix"]);

function tagHolds(tag: string): boolean {
  // go1.1 … go1.19 hold for Go 1.19.
  const m = /^go1\.(\d+)$/.exec(tag);
  if (m) return Number(m[1]) <= 19;
  return trueTags.has(tag);
}

/** Evaluates a `//go:build` expression; undefined when it does not parse. */
function evalGoBuild(expr: string): boolean | undefined {
  const toks = expr.match(/\(|\)|!|&&|\|\||[\w.]+|\S/g) ?? [];
  let i = 0;
  const fail = Symbol("fail");
  function or(): boolean {
    let v = and();
    while (toks[i] === "||") {
      i++;
      v = and() || v;
    }
    return v;
  }
  function and(): boolean {
    let v = not();
    while (toks[i] === "&&") {
      i++;
      v = not() && v;
    }
    return v;
  }
  function not(): boolean {
    if (toks[i] === "!") {
      i++;
      return !not();
    }
    if (toks[i] === "(") {
      i++;
      const v = or();
      if (toks[i++] !== ")") throw fail;
      return v;
    }
    const t = toks[i++];
    if (t === undefined || !/^[\w.]+$/.test(t)) throw fail;
    return tagHolds(t);
  }
  try {
    const v = or();
    return i === toks.length ? v : undefined;
  } catch (e) {
    if (e === fail) return undefined;
    throw e;
  }
}

/** Evaluates the options of a `// +build` line: OR of space-separated, AND of commas. */
function evalPlusBuild(options: string): boolean {
  return options
    .trim()
    .split(/\s+/)
    .some((opt) =>
      opt
        .split(",")
        .every((term) => (term.startsWith("!") ? !tagHolds(term.slice(1)) : tagHolds(term))),
    );
}

/** Whether the build constraints before the package clause select the file. */
export function buildConstraintsHold(src: string): boolean {
  const end = src.indexOf("\npackage");
  const header = end < 0 ? src : src.slice(0, end);
  for (const line of header.split("\n")) {
    let m = /^\/\/go:build\s+(.*)$/.exec(line);
    if (m) {
      const v = evalGoBuild(m[1]!.trim());
      if (v === false) return false;
      continue;
    }
    m = /^\/\/\s*\+build\s+(.*)$/.exec(line);
    if (m && !evalPlusBuild(m[1]!)) return false;
  }
  return true;
}

/**
 * The text with comments replaced by spaces (newlines kept, so offsets and lines stay
 * put) and, when `strings` is set, the contents of string and rune literals too.
 */
export function blank(src: string, strings: boolean): string {
  let out = "";
  let i = 0;
  const n = src.length;
  const spaces = (s: string): string => s.replace(/[^\n]/g, " ");
  while (i < n) {
    const c = src[i]!;
    if (c === "/" && src[i + 1] === "/") {
      let j = src.indexOf("\n", i);
      if (j < 0) j = n;
      out += spaces(src.slice(i, j));
      i = j;
    } else if (c === "/" && src[i + 1] === "*") {
      let j = src.indexOf("*/", i + 2);
      j = j < 0 ? n : j + 2;
      out += spaces(src.slice(i, j));
      i = j;
    } else if (c === '"' || c === "'" || c === "`") {
      let j = i + 1;
      while (j < n && src[j] !== c) {
        if (c !== "`" && src[j] === "\\") j++;
        else if (c !== "`" && src[j] === "\n") break;
        j++;
      }
      j = Math.min(j + 1, n);
      out += strings
        ? c + spaces(src.slice(i + 1, j - 1)) + (j - 1 > i ? src[j - 1] : "")
        : src.slice(i, j);
      i = j;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** The value of a Go string literal (import paths may be spelled `"m\x61th"`). */
export function unquote(lit: string): string {
  if (lit.startsWith("`")) return lit.slice(1, -1);
  const simple: Record<string, string> = {
    a: "\x07",
    b: "\b",
    f: "\f",
    n: "\n",
    r: "\r",
    t: "\t",
    v: "\v",
  };
  const bytes: number[] = [];
  const body = lit.slice(1, -1);
  for (let i = 0; i < body.length;) {
    const c = body[i]!;
    if (c !== "\\") {
      const cp = body.codePointAt(i)!;
      bytes.push(...new TextEncoder().encode(String.fromCodePoint(cp)));
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    const e = body[i + 1] ?? "";
    if (e === "x") {
      bytes.push(parseInt(body.slice(i + 2, i + 4), 16));
      i += 4;
    } else if (e === "u" || e === "U") {
      const n = e === "u" ? 4 : 8;
      bytes.push(
        ...new TextEncoder().encode(
          String.fromCodePoint(parseInt(body.slice(i + 2, i + 2 + n), 16)),
        ),
      );
      i += 2 + n;
    } else if (/[0-7]/.test(e)) {
      bytes.push(parseInt(body.slice(i + 1, i + 4), 8) & 0xff);
      i += 4;
    } else {
      bytes.push(...new TextEncoder().encode(simple[e] ?? e));
      i += 2;
    }
  }
  return new TextDecoder().decode(new Uint8Array(bytes));
}

/** The import paths of a file (from its import declarations). */
export function importPaths(src: string): string[] {
  const code = blank(src, false);
  const paths: string[] = [];
  const spec = /^\s*(?:[\p{L}_][\p{L}\p{N}_]*\s*|\.\s*)?("(?:[^"\\\n]|\\.)*"|`[^`]*`)/u;
  const decl = /(?:^|[\n;])\s*import\s*(\(([^)]*)\)|[^\n;]*)/g;
  for (const m of code.matchAll(decl)) {
    if (m[2] !== undefined) {
      for (const line of m[2].split(/[\n;]/)) {
        const s = spec.exec(line);
        if (s) paths.push(unquote(s[1]!));
      }
    } else {
      const s = spec.exec(m[1]!);
      if (s) paths.push(unquote(s[1]!));
    }
  }
  return paths;
}

const ident = String.raw`[\p{L}_][\p{L}\p{N}_]*`;
const funcTypeParams = new RegExp(String.raw`\bfunc\s+${ident}\s*\[`, "u");
const methodOfGeneric = new RegExp(String.raw`^func\s*\(([^)]*)\)\s*${ident}\s*[[(]`, "gmu");
const typeSpecInDecl = new RegExp(String.raw`\btype\s+${ident}\s*\[(.*)$`, "u");
const typeSpecInGroup = new RegExp(String.raw`^\s*${ident}\s*\[(.*)$`, "u");
const paramNames = new RegExp(String.raw`^\s*${ident}(?:\s*,\s*${ident})*\s+(.*)$`, "u");
const gluedPointer = new RegExp(String.raw`^\*${ident}`, "u");

/**
 * Whether the text after `type Name[` opens a type parameter list rather than an array
 * length: names, blank space, then a constraint — not `]` and not a binary operator
 * (`[N * 2]int`), except a `*` glued to a name (`[P *C]`).
 */
function opensTypeParams(afterBracket: string): boolean {
  const m = paramNames.exec(afterBracket);
  if (!m) return false;
  const rest = m[1]!;
  if (rest === "" || rest.startsWith("]")) return false;
  if (/^[-+/%&|^<>=!.]/.test(rest)) return false;
  if (rest.startsWith("*")) return gluedPointer.test(rest);
  return true;
}

/** The syntactic guess described in the header. */
export function usesGenerics(src: string): boolean {
  const code = blank(src, true);
  if (funcTypeParams.test(code)) return true;
  for (const m of code.matchAll(methodOfGeneric)) if (m[1]!.includes("[")) return true;
  if (code.includes("~")) return true;
  if (/\batomic\.Pointer\s*\[/.test(code)) return true;
  let inTypeGroup = false;
  for (const line of code.split("\n")) {
    if (inTypeGroup && /^\s*\)/.test(line)) {
      inTypeGroup = false;
      continue;
    }
    if (/\btype\s*\(\s*$/.test(line)) {
      inTypeGroup = true;
      continue;
    }
    const m = (inTypeGroup ? typeSpecInGroup : typeSpecInDecl).exec(line);
    if (m && opensTypeParams(m[1]!)) return true;
  }
  return false;
}

/** Lines (1-based) annotated with `// ERROR "..."` (or `// GC_ERROR`), as errorcheck reads them. */
export function errorLines(src: string): number[] {
  const out: number[] = [];
  src.split("\n").forEach((line, i) => {
    if (/\/\/ (?:GC_)?ERROR (.*)/.test(line)) out.push(i + 1);
  });
  return out;
}
