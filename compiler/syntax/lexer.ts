/*
 * The lexer: Go source text → tokens, with Go's automatic semicolons.
 *
 * What: a scanner in the manner of gc's (cmd/compile/internal/syntax/scanner.go) that
 *
 *  1. splits the text into gc's token classes: names, keywords, literals, Operator with
 *     a binary precedence, AssignOp `+=`, IncOp `++`, Star, Arrow, punctuation;
 *  2. inserts semicolons as the spec says: when a line's final token is a name, a
 *     literal, one of the keywords break/continue/fallthrough/return, or one of
 *     `++ -- ) ] }`, the newline (or a block comment spanning lines, or EOF) becomes a
 *     semicolon token whose lit is "newline" (or "EOF"); an explicit `;` has lit
 *     "semicolon". gc names tokens in messages by these words;
 *  3. validates literals the way gc's scanner does and reports malformed ones with gc's
 *     words and positions (`'_' must separate successive digits`, `invalid digit '8' in
 *     octal literal`, `newline in string`, `unknown escape`, …);
 *  4. collects every comment into `comments` (the parser attaches `//go:` directives).
 *
 * Why by hand: the first version split the text with a chevrotain Lexer and did 2-4 in
 * a post-pass. Chevrotain allocates a token object, a match array and an image per
 * token; measured on generated code it took 2.3x this scanner's CPU time for 100,000
 * lines (1.5 MB) and 3.5x for 10 MB, mostly in garbage collection. The token list is
 * stored column-wise in typed arrays for the same reason.
 *
 * Invariants: token positions are gc's (1-based line; 1-based column counting UTF-8
 * bytes, a tab is one column). Scanning never throws and always ends with an EOF token.
 * Malformed literals still produce a Literal token (gc keeps parsing after them).
 *
 * Example: "x++\n}" lexes to  Name x, IncOp ++, Semi "newline", Rbrace, Semi "EOF", EOF.
 */
import type { Comment, LitKind } from "./ast.js";
import type { Diagnostic } from "../diagnostics.js";

/** Token classes, as gc's syntax package has them. */
export const enum T {
  EOF,
  Name,
  Literal,
  Operator, // binary or unary operator other than * and <-; prec set for binary ones
  AssignOp, // op=
  IncOp, // ++ --
  Assign, // =
  Define, // :=
  Arrow, // <-
  Star, // *
  Lparen,
  Lbrack,
  Lbrace,
  Rparen,
  Rbrack,
  Rbrace,
  Comma,
  Semi,
  Colon,
  Dot,
  DotDotDot,
  // keywords
  Break,
  Case,
  Chan,
  Const,
  Continue,
  Default,
  Defer,
  Else,
  Fallthrough,
  For,
  Func,
  Go,
  Goto,
  If,
  Import,
  Interface,
  Map,
  Package,
  Range,
  Return,
  Select,
  Struct,
  Switch,
  Type,
  Var,
}

/** How gc spells each token class in `unexpected X` / `expecting X`. */
export const tokenString: readonly string[] = [
  "EOF",
  "name",
  "literal",
  "op",
  "op=",
  "opop",
  "=",
  ":=",
  "<-",
  "*",
  "(",
  "[",
  "{",
  ")",
  "]",
  "}",
  "comma",
  "semicolon or newline",
  ":",
  ".",
  "...",
  "break",
  "case",
  "chan",
  "const",
  "continue",
  "default",
  "defer",
  "else",
  "fallthrough",
  "for",
  "func",
  "go",
  "goto",
  "if",
  "import",
  "interface",
  "map",
  "package",
  "range",
  "return",
  "select",
  "struct",
  "switch",
  "type",
  "var",
];

/**
 * The token list, stored column-wise in typed arrays (a 10 MB file has millions of
 * tokens; one object per token costs more in garbage collection than the scan itself).
 * Token k has class kind[k], position line[k]:col[k], and text lit[k], except: a Semi's
 * lit is "semicolon", "newline" or "EOF"; an AssignOp's lit is the operator without `=`
 * ("+" for `+=`); an IncOp's is "+" or "-". prec[k] is the binary precedence of an
 * Operator or Star (0 for unary-only operators like `!`); litKind[k] indexes litKinds
 * for Literal tokens, with the litBad bit set when the literal was malformed (its error
 * is already reported; like gc's BasicLit.Bad, it tells the checker to stay quiet).
 */
export interface Tokens {
  length: number;
  kind: Uint8Array;
  line: Int32Array;
  col: Int32Array;
  prec: Uint8Array;
  litKind: Uint8Array;
  lit: string[];
}

export const litKinds: readonly LitKind[] = ["INT", "FLOAT", "IMAG", "CHAR", "STRING"];
const litKindCode: Record<LitKind, number> = { INT: 0, FLOAT: 1, IMAG: 2, CHAR: 3, STRING: 4 };
/** Set in Tokens.litKind for a literal the lexer reported an error for. */
export const litBad = 0x80;

export interface ScanResult {
  tokens: Tokens;
  comments: Comment[];
  diagnostics: Diagnostic[];
}

// ---------------------------------------------------------------------------
// Extents of the longer tokens, as gc's scanner reads them (validation comes later).

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 102);
}
function isIdentASCII(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** End of the number starting at i (a digit, or a `.` followed by a digit). */
function numberEnd(text: string, i: number): number {
  let c = text.charCodeAt(i);
  let hex = false;
  if (c === 48 /* 0 */) {
    const x = text.charCodeAt(i + 1) | 32;
    if (x === 120 /* x */) {
      hex = true;
      i += 2;
    } else if (x === 111 || x === 98) i += 2;
  }
  for (;;) {
    c = text.charCodeAt(i);
    if (c === 95 || (hex ? isHex(c) : isDigit(c))) i++;
    else break;
  }
  if (text.charCodeAt(i) === 46) {
    i++;
    for (;;) {
      c = text.charCodeAt(i);
      if (c === 95 || (hex ? isHex(c) : isDigit(c))) i++;
      else break;
    }
  }
  c = text.charCodeAt(i) | 32;
  if (c === 101 /* e */ || c === 112 /* p */) {
    i++;
    c = text.charCodeAt(i);
    if (c === 43 || c === 45) i++;
    while (isDigit(text.charCodeAt(i)) || text.charCodeAt(i) === 95) i++;
  }
  if (text.charCodeAt(i) === 105 /* i */) i++;
  return i;
}

/** The operator or punctuation starting at i (longest match), or undefined. */
function operatorAt(text: string, i: number): string | undefined {
  const d = text.charCodeAt(i + 1);
  switch (text.charCodeAt(i)) {
    case 40:
      return "(";
    case 41:
      return ")";
    case 91:
      return "[";
    case 93:
      return "]";
    case 123:
      return "{";
    case 125:
      return "}";
    case 44:
      return ",";
    case 59:
      return ";";
    case 126:
      return "~";
    case 58:
      return d === 61 ? ":=" : ":";
    case 43:
      return d === 43 ? "++" : d === 61 ? "+=" : "+";
    case 45:
      return d === 45 ? "--" : d === 61 ? "-=" : "-";
    case 42:
      return d === 61 ? "*=" : "*";
    case 47:
      return d === 61 ? "/=" : "/";
    case 37:
      return d === 61 ? "%=" : "%";
    case 38:
      if (d === 38) return "&&";
      if (d === 94) return text.charCodeAt(i + 2) === 61 ? "&^=" : "&^";
      return d === 61 ? "&=" : "&";
    case 124:
      return d === 124 ? "||" : d === 61 ? "|=" : "|";
    case 94:
      return d === 61 ? "^=" : "^";
    case 60:
      if (d === 60) return text.charCodeAt(i + 2) === 61 ? "<<=" : "<<";
      return d === 61 ? "<=" : d === 45 ? "<-" : "<";
    case 62:
      if (d === 62) return text.charCodeAt(i + 2) === 61 ? ">>=" : ">>";
      return d === 61 ? ">=" : ">";
    case 61:
      return d === 61 ? "==" : "=";
    case 33:
      return d === 61 ? "!=" : "!";
  }
  return undefined;
}

/** End of `"..."` or `'...'` starting at i: past the closing quote, or at a newline or EOF. */
function quotedEnd(text: string, i: number, quote: number): number {
  i++;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === quote) return i + 1;
    if (c === 10 || Number.isNaN(c)) return i;
    if (c === 92 /* \ */) {
      const d = text.charCodeAt(i + 1);
      i += d === 10 || Number.isNaN(d) ? 1 : 2;
      continue;
    }
    i++;
  }
}

// ---------------------------------------------------------------------------
// Classification.

const keywords = new Map<string, T>([
  ["break", T.Break],
  ["case", T.Case],
  ["chan", T.Chan],
  ["const", T.Const],
  ["continue", T.Continue],
  ["default", T.Default],
  ["defer", T.Defer],
  ["else", T.Else],
  ["fallthrough", T.Fallthrough],
  ["for", T.For],
  ["func", T.Func],
  ["go", T.Go],
  ["goto", T.Goto],
  ["if", T.If],
  ["import", T.Import],
  ["interface", T.Interface],
  ["map", T.Map],
  ["package", T.Package],
  ["range", T.Range],
  ["return", T.Return],
  ["select", T.Select],
  ["struct", T.Struct],
  ["switch", T.Switch],
  ["type", T.Type],
  ["var", T.Var],
]);

/** Go's 25 keywords, for tools that generate or mutate Go text. */
export const goKeywords: readonly string[] = [...keywords.keys()];

/** Punctuation → [token class, lit, precedence]. */
const punct = new Map<string, [T, string, number]>();
for (const [s, t, p] of [
  ["(", T.Lparen, 0],
  ["[", T.Lbrack, 0],
  ["{", T.Lbrace, 0],
  [")", T.Rparen, 0],
  ["]", T.Rbrack, 0],
  ["}", T.Rbrace, 0],
  [",", T.Comma, 0],
  [";", T.Semi, 0],
  [":", T.Colon, 0],
  [".", T.Dot, 0],
  ["...", T.DotDotDot, 0],
  ["=", T.Assign, 0],
  [":=", T.Define, 0],
  ["<-", T.Arrow, 0],
  ["*", T.Star, 5],
  ["||", T.Operator, 1],
  ["&&", T.Operator, 2],
  ["==", T.Operator, 3],
  ["!=", T.Operator, 3],
  ["<", T.Operator, 3],
  ["<=", T.Operator, 3],
  [">", T.Operator, 3],
  [">=", T.Operator, 3],
  ["+", T.Operator, 4],
  ["-", T.Operator, 4],
  ["|", T.Operator, 4],
  ["^", T.Operator, 4],
  ["/", T.Operator, 5],
  ["%", T.Operator, 5],
  ["<<", T.Operator, 5],
  [">>", T.Operator, 5],
  ["&", T.Operator, 5],
  ["&^", T.Operator, 5],
  ["!", T.Operator, 0],
  ["~", T.Operator, 0],
] as [string, T, number][]) {
  punct.set(s, [t, s, p]);
}
for (const op of ["+", "-", "*", "/", "%", "&", "|", "^", "<<", ">>", "&^"]) {
  punct.set(op + "=", [T.AssignOp, op, 0]);
}
punct.set("++", [T.IncOp, "+", 0]);
punct.set("--", [T.IncOp, "-", 0]);

/** Go's strconv.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space. */
const printableRe = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u;

/** `U+0040 '@'`, as Go's %#U. */
export function goRuneU(cp: number): string {
  const hex = cp.toString(16).toUpperCase().padStart(4, "0");
  const printable =
    cp <= 0x10ffff && !(cp >= 0xd800 && cp < 0xe000) && printableRe.test(String.fromCodePoint(cp));
  return printable ? `U+${hex} '${String.fromCodePoint(cp)}'` : `U+${hex}`;
}

/** A rune as Go's %q prints it: 'a', '"', '\n', '\x00'. */
function goQuoteRune(cp: number): string {
  switch (cp) {
    case 7:
      return "'\\a'";
    case 8:
      return "'\\b'";
    case 12:
      return "'\\f'";
    case 10:
      return "'\\n'";
    case 13:
      return "'\\r'";
    case 9:
      return "'\\t'";
    case 11:
      return "'\\v'";
    case 39:
      return "'\\''";
    case 92:
      return "'\\\\'";
  }
  if (cp < 0x20 || cp === 0x7f) return `'\\x${cp.toString(16).padStart(2, "0")}'`;
  return `'${String.fromCodePoint(cp)}'`;
}

const letterRe = /\p{L}/u;
const digitRe = /\p{Nd}/u;

// ---------------------------------------------------------------------------
// The scan.

export function scan(filename: string, text: string): ScanResult {
  const comments: Comment[] = [];
  const diagnostics: Diagnostic[] = [];
  const asciiOnly = !/[^\x00-\x7f]/.test(text);

  // As gc, of equal messages on one line only the first is reported.
  let lastLine = 0;
  let lastMsg = "";
  const error = (line: number, col: number, msg: string) => {
    if (line === lastLine && msg === lastMsg) return;
    lastLine = line;
    lastMsg = msg;
    diagnostics.push({ pos: { file: filename, line, col }, msg, phase: "syntax" });
  };

  // Typical Go has a token every 2 to 4 bytes; the arrays grow when needed.
  let cap = (text.length >> 1) + 16;
  const tokens: Tokens = {
    length: 0,
    kind: new Uint8Array(cap),
    line: new Int32Array(cap),
    col: new Int32Array(cap),
    prec: new Uint8Array(cap),
    litKind: new Uint8Array(cap),
    lit: new Array<string>(cap),
  };
  const grow = () => {
    cap *= 2;
    const kind = new Uint8Array(cap);
    kind.set(tokens.kind);
    tokens.kind = kind;
    const ln = new Int32Array(cap);
    ln.set(tokens.line);
    tokens.line = ln;
    const cl = new Int32Array(cap);
    cl.set(tokens.col);
    tokens.col = cl;
    const prec = new Uint8Array(cap);
    prec.set(tokens.prec);
    tokens.prec = prec;
    const lk = new Uint8Array(cap);
    lk.set(tokens.litKind);
    tokens.litKind = lk;
    tokens.lit.length = cap;
  };
  const push = (tok: T, lit: string, line: number, col: number, prec = 0, litKind = 0) => {
    const n = tokens.length++;
    if (n >= cap) grow();
    tokens.kind[n] = tok;
    tokens.lit[n] = lit;
    tokens.line[n] = line;
    tokens.col[n] = col;
    tokens.prec[n] = prec;
    tokens.litKind[n] = litKind;
  };

  let line = 1;
  let lineStart = 0;
  /** gc's column: bytes from the line start, plus one. */
  const colAt = (offset: number): number =>
    asciiOnly ? offset - lineStart + 1 : utf8Length(text, lineStart, offset) + 1;
  /** Passes the newlines inside a token (raw strings, block comments). */
  const skipLines = (from: number, to: number) => {
    for (let j = text.indexOf("\n", from); j >= 0 && j < to; j = text.indexOf("\n", j + 1)) {
      line++;
      lineStart = j + 1;
    }
  };
  /** An operator or punctuation token of the given length; sets nlsemi. */
  const op = (s: string, start: number, col: number): number => {
    const p = punct.get(s)!;
    push(p[0], p[0] === T.Semi ? "semicolon" : p[1], line, col, p[2]);
    nlsemi = p[0] === T.Rparen || p[0] === T.Rbrack || p[0] === T.Rbrace || p[0] === T.IncOp;
    return start + s.length;
  };

  const n = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; // gc skips a byte order mark at the start
  let nlsemi = false;
  for (;;) {
    // Blanks, and newlines that do not end a statement.
    let c = text.charCodeAt(i);
    while (c === 32 || c === 9 || c === 13 || (c === 10 && !nlsemi)) {
      if (c === 10) {
        line++;
        lineStart = i + 1;
      }
      c = text.charCodeAt(++i);
    }
    if (i >= n) break;
    const start = i;
    const col = colAt(i);

    // Identifiers and keywords: the common case first.
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || (c >= 0x80 && c !== 0xfeff)) {
      i++;
      for (;;) {
        c = text.charCodeAt(i);
        if (isIdentASCII(c) || (c >= 0x80 && c !== 0xfeff)) i++;
        else break;
      }
      const image = text.slice(start, i);
      if (!asciiOnly && /[^\x00-\x7f]/.test(image)) checkIdent(image, line, col);
      nlsemi = classifyIdent(image, line, col);
      continue;
    }

    switch (c) {
      case 10: // a newline ending a statement
        push(T.Semi, "newline", line, col);
        nlsemi = false;
        line++;
        lineStart = ++i;
        continue;
      case 48:
      case 49:
      case 50:
      case 51:
      case 52:
      case 53:
      case 54:
      case 55:
      case 56:
      case 57: {
        i = numberEnd(text, i);
        const image = text.slice(start, i);
        const before = diagnostics.length;
        const code = litKindCode[checkNumber(image, line, col)];
        push(T.Literal, image, line, col, 0, code | (diagnostics.length > before ? litBad : 0));
        nlsemi = true;
        continue;
      }
      case 34: // "
      case 39: {
        // '
        i = quotedEnd(text, i, c);
        const image = text.slice(start, i);
        const before = diagnostics.length;
        checkQuoted(image, c, line, col, i >= n);
        const code = c === 34 ? litKindCode.STRING : litKindCode.CHAR;
        push(T.Literal, image, line, col, 0, code | (diagnostics.length > before ? litBad : 0));
        nlsemi = true;
        continue;
      }
      case 96: {
        // `raw`
        const end = text.indexOf("`", i + 1);
        i = end < 0 ? n : end + 1;
        if (end < 0) error(line, col, "string not terminated");
        const code = litKindCode.STRING | (end < 0 ? litBad : 0);
        push(T.Literal, text.slice(start, i), line, col, 0, code);
        nlsemi = true;
        skipLines(start, i);
        continue;
      }
      case 47: {
        // / //comment /*comment*/
        const d = text.charCodeAt(i + 1);
        if (d === 47) {
          let end = text.indexOf("\n", i);
          if (end < 0) end = n;
          comments.push({ pos: { file: filename, line, col }, text: text.slice(start, end) });
          i = end;
          continue;
        }
        if (d === 42) {
          const end = text.indexOf("*/", i + 2);
          i = end < 0 ? n : end + 2;
          comments.push({ pos: { file: filename, line, col }, text: text.slice(start, i) });
          if (end < 0) error(line, col, "comment not terminated");
          const nl = text.indexOf("\n", start);
          if (nl >= 0 && nl < i) {
            // A comment spanning lines acts like a newline.
            if (nlsemi) {
              push(T.Semi, "newline", line, col);
              nlsemi = false;
            }
            skipLines(start, i);
          }
          continue;
        }
        i = op(d === 61 ? "/=" : "/", start, col);
        continue;
      }
      case 46: {
        // . ... .5
        const d = text.charCodeAt(i + 1);
        if (isDigit(d)) {
          i = numberEnd(text, i);
          const image = text.slice(start, i);
          const before = diagnostics.length;
          const code = litKindCode[checkNumber(image, line, col)];
          push(T.Literal, image, line, col, 0, code | (diagnostics.length > before ? litBad : 0));
          nlsemi = true;
          continue;
        }
        i = op(d === 46 && text.charCodeAt(i + 2) === 46 ? "..." : ".", start, col);
        continue;
      }
      case 0xfeff: // reported below, with those inside comments and literals
        i++;
        continue;
    }

    // Operators and punctuation: the longest match.
    const o = operatorAt(text, i);
    if (o !== undefined) {
      i = op(o, start, col);
      continue;
    }
    // A character gc does not accept.
    if (c === 0) error(line, col, "invalid NUL character");
    else error(line, col, `invalid character ${goRuneU(c)}`);
    i++;
  }

  // gc's source reader rejects a byte order mark anywhere but at the start, even inside
  // comments and literals.
  for (let i = text.indexOf("\ufeff", 1); i > 0; i = text.indexOf("\ufeff", i + 1)) {
    const ls = text.lastIndexOf("\n", i - 1) + 1;
    let ln = 1;
    for (let j = text.indexOf("\n"); j >= 0 && j < i; j = text.indexOf("\n", j + 1)) ln++;
    error(ln, utf8Length(text, ls, i) + 1, "invalid BOM in the middle of the file");
  }

  // EOF: just past the last character.
  const eofCol = colAt(text.length);
  if (nlsemi) push(T.Semi, "EOF", line, eofCol);
  push(T.EOF, "EOF", line, eofCol);
  return { tokens, comments, diagnostics };

  // -------------------------------------------------------------------------

  function classifyIdent(image: string, line: number, col: number): boolean {
    const kw = image.length >= 2 ? keywords.get(image) : undefined;
    if (kw !== undefined) {
      push(kw, image, line, col);
      return kw === T.Break || kw === T.Continue || kw === T.Fallthrough || kw === T.Return;
    }
    push(T.Name, image, line, col);
    return true;
  }

  /** Non-ASCII identifier characters must be letters or (not first) digits. */
  function checkIdent(image: string, line: number, col: number): void {
    let bytes = 0;
    let first = true;
    for (const ch of image) {
      const cp = ch.codePointAt(0)!;
      if (cp >= 0x80) {
        if (letterRe.test(ch)) {
          // fine
        } else if (digitRe.test(ch)) {
          if (first) error(line, col + bytes, `identifier cannot begin with digit ${goRuneU(cp)}`);
        } else {
          error(line, col + bytes, `invalid character ${goRuneU(cp)} in identifier`);
        }
      }
      bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      first = false;
    }
  }

  /** gc's number validation; returns the literal kind. */
  function checkNumber(s: string, line: number, col: number): LitKind {
    let i = 0;
    let ok = true;
    let kind: LitKind = "INT";
    let base = 10;
    let prefix = "";
    let digsep = 0;
    let invalid = -1;
    const err = (at: number, msg: string) => {
      if (ok) error(line, col + at, msg);
      ok = false;
    };
    const baseName = (b: number) =>
      b === 2 ? "binary" : b === 8 ? "octal" : b === 10 ? "decimal" : "hexadecimal";
    const digits = (b: number, track: boolean): number => {
      let ds = 0;
      if (b <= 10) {
        const max = 48 + b;
        for (;;) {
          const c = s.charCodeAt(i);
          if (!(isDigit(c) || c === 95)) break;
          if (c === 95) ds |= 2;
          else {
            ds |= 1;
            if (track && c >= max && invalid < 0) invalid = i;
          }
          i++;
        }
      } else {
        for (;;) {
          const c = s.charCodeAt(i);
          if (!(isHex(c) || c === 95)) break;
          ds |= c === 95 ? 2 : 1;
          i++;
        }
      }
      return ds;
    };
    let seenPoint = s.charCodeAt(0) === 46;
    if (seenPoint) i = 1;
    else {
      if (s.charCodeAt(0) === 48) {
        i = 1;
        const x = s.charCodeAt(1) | 32;
        if (x === 120) {
          i = 2;
          base = 16;
          prefix = "x";
        } else if (x === 111) {
          i = 2;
          base = 8;
          prefix = "o";
        } else if (x === 98) {
          i = 2;
          base = 2;
          prefix = "b";
        } else {
          base = 8;
          prefix = "0";
          digsep = 1;
        }
      }
      digsep |= digits(base, true);
      if (s.charCodeAt(i) === 46) {
        if (prefix === "o" || prefix === "b")
          err(i, `invalid radix point in ${baseName(base)} literal`);
        i++;
        seenPoint = true;
      }
    }
    if (seenPoint) {
      kind = "FLOAT";
      digsep |= digits(base, true);
    }
    if ((digsep & 1) === 0 && ok) err(i, `${baseName(base)} literal has no digits`);
    const e = s.charCodeAt(i) | 32;
    if (i < s.length && (e === 101 || e === 112)) {
      if (e === 101 && prefix !== "" && prefix !== "0") {
        err(i, `${goQuoteRune(s.charCodeAt(i))} exponent requires decimal mantissa`);
      } else if (e === 112 && prefix !== "x") {
        err(i, `${goQuoteRune(s.charCodeAt(i))} exponent requires hexadecimal mantissa`);
      }
      i++;
      kind = "FLOAT";
      if (s.charCodeAt(i) === 43 || s.charCodeAt(i) === 45) i++;
      digsep = digits(10, false) | (digsep & 2);
      if ((digsep & 1) === 0) err(i, "exponent has no digits");
    } else if (prefix === "x" && kind === "FLOAT") {
      err(i, "hexadecimal mantissa requires a 'p' exponent");
    }
    if (s.charCodeAt(i) === 105) kind = "IMAG";
    if (kind === "INT" && invalid >= 0) {
      err(
        invalid,
        `invalid digit ${goQuoteRune(s.charCodeAt(invalid))} in ${baseName(base)} literal`,
      );
    }
    if ((digsep & 2) !== 0 && ok) {
      const at = invalidSep(s);
      if (at >= 0) err(at, "'_' must separate successive digits");
    }
    return kind;
  }

  /** Escapes and termination of an interpreted string or a rune, as gc checks them. */
  function checkQuoted(s: string, quote: number, line: number, col: number, atEOF: boolean): void {
    // Byte offsets matter for positions: track them alongside UTF-16 indices.
    let ok = true;
    let i = 1;
    let b = 1;
    let n = 0;
    const at = (msg: string) => error(line, col + b, msg);
    const adv = () => {
      const c = s.codePointAt(i)!;
      const w = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
      i += c >= 0x10000 ? 2 : 1;
      b += w;
    };
    for (; ; n++) {
      if (i >= s.length) {
        // Ended by a newline or EOF (the newline is not part of the token).
        if (quote === 34) {
          if (atEOF) error(line, col, "string not terminated");
          else at("newline in string");
        } else if (ok) {
          if (atEOF) error(line, col, "rune literal not terminated");
          else at("newline in rune literal");
        }
        return;
      }
      const c = s.charCodeAt(i);
      if (c === quote) {
        if (quote === 39 && ok) {
          if (n === 0) at("empty rune literal or unescaped '");
          else if (n !== 1) error(line, col, "more than one character in rune literal");
        }
        return;
      }
      if (c === 92) {
        adv();
        if (!escape(quote)) ok = false;
        continue;
      }
      adv();
    }

    function escape(q: number): boolean {
      if (i >= s.length) {
        if (atEOF) return true; // the caller complains
        at("unknown escape"); // a backslash before the newline
        return false;
      }
      const c = s.charCodeAt(i);
      let n = 0;
      let base = 0;
      let max = 0;
      if (c === q || "abfnrtv\\".includes(s[i])) {
        adv();
        return true;
      }
      if (c >= 48 && c <= 55) {
        n = 3;
        base = 8;
        max = 255;
      } else if (c === 120) {
        adv();
        n = 2;
        base = 16;
        max = 255;
      } else if (c === 117) {
        adv();
        n = 4;
        base = 16;
        max = 0x10ffff;
      } else if (c === 85) {
        adv();
        n = 8;
        base = 16;
        max = 0x10ffff;
      } else {
        at("unknown escape");
        return false;
      }
      let x = 0;
      for (let k = n; k > 0; k--) {
        if (i >= s.length) return true;
        const d0 = s.charCodeAt(i);
        let d = base;
        if (isDigit(d0)) d = d0 - 48;
        else if ((d0 | 32) >= 97 && (d0 | 32) <= 102) d = (d0 | 32) - 87;
        if (d >= base) {
          const what = base === 8 ? "octal" : "hexadecimal";
          at(`invalid character ${goQuoteRune(s.codePointAt(i)!)} in ${what} escape`);
          return false;
        }
        x = x * base + d;
        adv();
      }
      if (x > max && base === 8) {
        at(`octal escape value ${x} > 255`);
        return false;
      }
      if (x > max || (x >= 0xd800 && x < 0xe000)) {
        at(`escape is invalid Unicode code point ${goRuneU(x)}`);
        return false;
      }
      return true;
    }
  }
}

/** gc's invalidSep: index of the first misplaced `_`, or -1. */
function invalidSep(x: string): number {
  let x1 = 32;
  let d = 46; // '.'
  let i = 0;
  if (x.length >= 2 && x.charCodeAt(0) === 48) {
    x1 = x.charCodeAt(1) | 32;
    if (x1 === 120 || x1 === 111 || x1 === 98) {
      d = 48;
      i = 2;
    }
  }
  for (; i < x.length; i++) {
    const p = d;
    d = x.charCodeAt(i);
    if (d === 95) {
      if (p !== 48) return i;
    } else if (isDigit(d) || (x1 === 120 && isHex(d))) {
      d = 48;
    } else {
      if (p === 95) return i - 1;
      d = 46;
    }
  }
  if (d === 95) return x.length - 1;
  return -1;
}

/** UTF-8 length of text[from:to]. */
function utf8Length(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n++;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
