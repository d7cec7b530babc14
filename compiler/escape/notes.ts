/*
 * The source text of gc's -m=2 notes (`from l2 := &l1 (assign) at x.go:8:5`).
 *
 * What: gc prints the statement or expression a flow came from with its own node
 * printer; the IR keeps only positions. statementText recovers, from the line holding
 * a statement's position, the statement around it — from the last unmatched `{` or `;`
 * before it to the next `;` or unmatched `}` — and prints it as gc does: composite
 * literals are elided to `T{...}` and function literals to `func literal`.
 *
 * A statement whose brackets are still open at the end of its line (a function literal
 * written over several lines, a call with one argument per line) continues on the
 * following lines, which the caller may pass; gc prints it on one line.
 *
 * Why: this works around the IR's missing expression texts.
 *
 * Invariant: the result never contains a line break or a trailing comment.
 *
 * Example: in `func (s *S) set(p *int) { s.p = p }` the assignment at `=` is `s.p = p`;
 * `v := &S{p: a0}` is `v := &S{...}`; `z := func(p *int) *int {` followed by
 * `return p` and `}(&y)` is `z := (func literal)(&y)`.
 */

/**
 * gc parenthesises nested unary operators: `**p` prints as `*(*p)`, `&*&x` as
 * `&(*(&x))`. (`&&` is never two address operators; a type `(**T)(p)` is no operand.)
 */
export function nestStars(src: string): string {
  return src.replace(
    /(?<![\w)\]&])([*&]{2,})([A-Za-z_][\w.]*)(?![\w.]|\)\()/g,
    (all, ops: string, x: string) => {
      if (ops.includes("&&")) return all;
      const n = ops.length;
      return (
        [...ops.slice(0, n - 1)].map((op) => `${op}(`).join("") + ops[n - 1] + x + ")".repeat(n - 1)
      );
    },
  );
}

/**
 * Elides composite literal bodies and function literals the way gc prints them, and
 * parenthesises nested dereferences.
 */
export function gcElide(src: string): string {
  return parenthesiseConversions(nestStars(elide(src)));
}

/** gc parenthesises a conversion to a slice, array or map type: `([]byte)(s)`. */
function parenthesiseConversions(src: string): string {
  return src.replace(
    /(?<![\w)\]])((?:\[[\w\s]*\]|map\[[\w.*]+\])+[\w.*]*)\(/g,
    (_all, type: string) => `(${type})(`,
  );
}

function elide(src: string): string {
  let out = "";
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (
      src.startsWith("func", i) &&
      !/\w/.test(src[i - 1] ?? "") &&
      /^func\s*\(/.test(src.slice(i))
    ) {
      // A function literal: skip its signature and balanced body.
      const open = src.indexOf("{", i);
      if (open >= 0) {
        const close = matching(src, open);
        if (close >= 0) {
          // A function literal called where it is written prints parenthesised.
          out += /^\s*\(/.test(src.slice(close + 1)) ? "(func literal)" : "func literal";
          i = close;
          continue;
        }
      }
    }
    if (ch === "{" && /[\w\]}]\s*$/.test(out)) {
      const close = matching(src, i);
      if (close >= 0) {
        const empty = src.slice(i + 1, close).trim() === "";
        out = out.replace(/\s+$/, "") + (empty ? "{}" : "{...}");
        i = close;
        continue;
      }
    }
    out += ch;
  }
  return out;
}

/** The index of the brace closing the one at open, or -1. */
function matching(src: string, open: number): number {
  let depth = 0;
  for (let i = open; i < src.length; i++) {
    if (src[i] === "{") depth++;
    else if (src[i] === "}" && --depth === 0) return i;
  }
  return -1;
}

/**
 * The statement around column col (1-based) of line, printed as gc prints it. When the
 * statement's brackets are still open at the end of line, it continues on next(1),
 * next(2), … (the following source lines; undefined past the end of the file).
 */
export function statementText(
  line: string,
  col: number,
  next?: (i: number) => string | undefined,
): string {
  let code = stripComment(line);
  let start = 0;
  let depth = 0;
  for (let i = col - 2; i >= 0; i--) {
    const ch = code[i]!;
    if (ch === ")" || ch === "]" || ch === "}") depth++;
    else if (ch === "(" || ch === "[") depth--;
    else if (ch === "{") {
      if (depth === 0) {
        start = i + 1;
        break;
      }
      depth--;
    } else if (ch === ";" && depth === 0) {
      start = i + 1;
      break;
    }
  }
  let end = -1;
  depth = 0;
  let more = 1;
  for (let i = col - 1; end < 0; i++) {
    if (i >= code.length) {
      const following = depth > 0 && next ? next(more++) : undefined;
      if (following === undefined) {
        end = code.length;
        break;
      }
      code += "\n" + stripComment(following);
    }
    const ch = code[i]!;
    if (ch === "(" || ch === "[" || ch === "{") depth++;
    else if (ch === ")" || ch === "]") depth--;
    else if (ch === "}") {
      if (depth === 0) end = i;
      else depth--;
    } else if (ch === ";" && depth === 0) end = i;
  }
  // gc prints `var x T = v` as the assignment it is: `x = v`.
  const stmt = code
    .slice(start, end)
    .trim()
    .replace(/^var\s+([A-Za-z_]\w*)(?:\s+[^=]+?)?\s*=\s*/, "$1 = ");
  return joinLines(gcElide(stmt));
}

/** line without its `//` comment. */
function stripComment(line: string): string {
  return line.replace(/\/\/.*$/, "");
}

/** Source text spread over several lines, on one line as gc prints it. */
export function joinLines(src: string): string {
  if (!src.includes("\n")) return src;
  return src
    .replace(/\s*\n\s*/g, " ")
    .replace(/([([{]) /g, "$1")
    .replace(/,? ([)\]}])/g, "$1");
}

/**
 * line, without comments, followed by as many of the following lines (next(1), next(2),
 * …) as it takes to close the brackets it opens, joined by line breaks.
 */
export function logicalLine(line: string, next: (i: number) => string | undefined): string {
  let code = stripComment(line);
  let depth = 0;
  let seen = 0;
  for (let more = 1; ; more++) {
    for (; seen < code.length; seen++) {
      const ch = code[seen]!;
      if (ch === "(" || ch === "[" || ch === "{") depth++;
      else if (ch === ")" || ch === "]" || ch === "}") depth--;
    }
    if (depth <= 0 || more > 100) return code;
    const following = next(more);
    if (following === undefined) return code;
    code += "\n" + stripComment(following);
  }
}

/** The expression starting at column col of line, up to a `,` `;` or closing bracket. */
export function expressionText(line: string, col: number): string {
  const code = line.replace(/\/\/.*$/, "");
  let depth = 0;
  let end = col - 1;
  for (; end < code.length; end++) {
    const ch = code[end]!;
    if (ch === "(" || ch === "[" || ch === "{") depth++;
    else if (ch === ")" || ch === "]" || ch === "}") {
      if (depth === 0) break;
      depth--;
    } else if ((ch === "," || ch === ";") && depth === 0) break;
  }
  const text = joinLines(gcElide(code.slice(col - 1, end).trim()));
  // The arguments of a function literal called where it is written (`}(&x)`).
  if (text.startsWith("(") && /\}\s*$/.test(code.slice(0, col - 1))) return `(func literal)${text}`;
  return text;
}

/** The comma-separated parts of src at bracket depth 0, trimmed. */
export function splitTopLevel(src: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (ch === "(" || ch === "[" || ch === "{") depth++;
    else if (ch === ")" || ch === "]" || ch === "}") depth--;
    else if (ch === "," && depth === 0) {
      out.push(src.slice(from, i).trim());
      from = i + 1;
    }
  }
  if (src.trim() !== "") out.push(src.slice(from).trim());
  return out;
}
