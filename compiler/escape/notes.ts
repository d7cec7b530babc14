/*
 * The source text of gc's -m=2 notes (`from l2 := &l1 (assign) at x.go:8:5`).
 *
 * What: gc prints the statement or expression a flow came from with its own node
 * printer; the IR keeps only positions. statementText recovers, from the line holding
 * a statement's position, the statement around it — from the last unmatched `{` or `;`
 * before it to the next `;` or unmatched `}` — and prints it as gc does: composite
 * literals are elided to `T{...}` and function literals to `func literal`.
 *
 * Why: this works around the IR's missing expression texts, for the statements that
 * fit on one line (the common case, and the one Go's tests exercise).
 *
 * Invariant: the result never contains a line break or a trailing comment.
 *
 * Example: in `func (s *S) set(p *int) { s.p = p }` the assignment at `=` is `s.p = p`;
 * `v := &S{p: a0}` is `v := &S{...}`.
 */

/** gc parenthesises nested dereferences: `**p` prints as `*(*p)`. */
export function nestStars(src: string): string {
  return src.replace(/(?<![\w)\]])(\*{2,})([A-Za-z_][\w.]*)/g, (_all, stars: string, x: string) => {
    const n = stars.length;
    return "*(".repeat(n - 1) + "*" + x + ")".repeat(n - 1);
  });
}

/**
 * Elides composite literal bodies and function literals the way gc prints them, and
 * parenthesises nested dereferences.
 */
export function gcElide(src: string): string {
  return nestStars(elide(src));
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
          out += "func literal";
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

/** The statement around column col (1-based) of line, printed as gc prints it. */
export function statementText(line: string, col: number): string {
  const code = line.replace(/\/\/.*$/, "");
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
  let end = code.length;
  depth = 0;
  for (let i = col - 1; i < code.length; i++) {
    const ch = code[i]!;
    if (ch === "(" || ch === "[" || ch === "{") depth++;
    else if (ch === ")" || ch === "]") depth--;
    else if (ch === "}") {
      if (depth === 0) {
        end = i;
        break;
      }
      depth--;
    } else if (ch === ";" && depth === 0) {
      end = i;
      break;
    }
  }
  // gc prints `var x T = v` as the assignment it is: `x = v`.
  const stmt = code
    .slice(start, end)
    .trim()
    .replace(/^var\s+([A-Za-z_]\w*)(?:\s+[^=]+?)?\s*=\s*/, "$1 = ");
  return gcElide(stmt);
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
  return gcElide(code.slice(col - 1, end).trim());
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
