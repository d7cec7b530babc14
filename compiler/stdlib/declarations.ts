/*
 * The declarations of a shipped stdlib file, without what only its code needs: minigo's
 * counterpart of gc's export data.
 *
 * What: declarationText(text) empties every top-level function body and, in the
 * initializers of package-level variables, every composite literal's and function
 * literal's braces, drops the comments (`//go:` directives stay) and the imports that
 * only what was emptied used. All that lay
 * between the braces, and a comment's text, is removed except its newlines, so the
 * parser meets `{}` and every line keeps its number (columns change only after a removed
 * comment or inside emptied braces).
 *
 * Why: an importer needs a package's objects and their types, never what its function
 * bodies or its tables hold. `unicode`'s tables alone were a fifth of the cost of
 * importing `strings`. The result is computed when the stdlib is embedded
 * (scripts/embed-stdlib-lib.ts), so a compile does not even pay for this scan.
 *
 * Invariant: the declarations type-check to the same objects and types as the whole file
 * (compiler/stdlib/importer.test.ts compares the two for every shipped package). So a
 * literal whose contents decide its type is kept: a variable whose spec mentions `[...]`
 * (an array sized by its elements) keeps its initializer whole.
 *
 * The scan: a top-level function starts with `func` at the beginning of a line (the
 * shipped sources are gofmt-clean); its body is the first `{` after it that does not open
 * a struct or interface type. A package-level `var` (alone or a group) has initializers
 * after each spec's `=`; there, any `{` that does not open a struct or interface type
 * opens a literal's braces. Comments, strings, raw strings and runes are skipped as the
 * lexer skips them.
 *
 * Example: "// t is…\nvar t = []int{1, 2}\nfunc f() int {\n\treturn 1\n}\n" becomes
 *          "\nvar t = []int{}\nfunc f() int {\n\n}\n".
 */

export function declarationText(text: string): string {
  const n = text.length;
  /** The index after the comment or literal starting at i, or i when there is none. */
  const skipOpaque = (i: number): number => {
    const c = text[i];
    const end = (e: number, len: number): number => (e < 0 ? n : e + len);
    if (c === "/" && text[i + 1] === "/") return end(text.indexOf("\n", i), 0);
    if (c === "/" && text[i + 1] === "*") return end(text.indexOf("*/", i + 2), 2);
    if (c === "`") return end(text.indexOf("`", i + 1), 1);
    if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < n && text[j] !== c && text[j] !== "\n") j += text[j] === "\\" ? 2 : 1;
      return j + 1;
    }
    return i;
  };
  /** The index of the `}` closing the block whose `{` is at open. */
  const closing = (open: number): number => {
    let d = 0;
    for (let k = open; k < n;) {
      const e = skipOpaque(k);
      if (e !== k) {
        k = e;
        continue;
      }
      if (text[k] === "{") d++;
      else if (text[k] === "}" && --d === 0) return k;
      k++;
    }
    return n;
  };
  const isLetter = (k: number): boolean => {
    const x = text.charCodeAt(k);
    return (x >= 97 && x <= 122) || (x >= 65 && x <= 90) || x === 95 || (x >= 48 && x <= 57);
  };
  const out: string[] = [];
  let copied = 0;
  let depth = 0; // (, [ and the braces of struct and interface types
  let inFunc = false; // after a top-level `func`, before its body
  let lastWord = ""; // the identifier or keyword just before, spaces aside
  let varDepth = -1; // in a package-level var declaration: the depth of its specs
  let specStart = 0; // where the current var spec starts
  let inInit = false; // after the current var spec's `=`
  for (let i = 0; i < n;) {
    const e = skipOpaque(i);
    if (e !== i) {
      if (text[i] === "/" && !text.startsWith("//go:", i)) {
        // A comment (not a directive): only its newlines stay.
        out.push(text.slice(copied, i), text.slice(i, e).replace(/[^\n]+/g, ""));
        copied = e;
      }
      i = e;
      continue;
    }
    const c = text[i]!;
    if (isLetter(i)) {
      let k = i + 1;
      while (k < n && isLetter(k)) k++;
      lastWord = text.slice(i, k);
      const lineStart = i === 0 || text[i - 1] === "\n";
      if (depth === 0 && lineStart && lastWord === "func") inFunc = true;
      i = k;
      if (depth === 0 && lineStart && lastWord === "var") {
        varDepth = 0;
        inInit = false;
        const open = /^[ \t]*\(/.exec(text.slice(k, k + 8));
        if (open) {
          // A group: its specs are inside the parentheses.
          i = k + open[0].length;
          depth = varDepth = 1;
        }
        specStart = i;
      }
      continue;
    }
    const typeBrace = lastWord === "struct" || lastWord === "interface";
    const bodyBrace = inFunc && depth === 0;
    const literalBrace = inInit && depth >= varDepth && !text.slice(specStart, i).includes("[...]");
    if (c === "{" && !typeBrace && (bodyBrace || literalBrace)) {
      const close = closing(i);
      out.push(text.slice(copied, i + 1), text.slice(i + 1, close).replace(/[^\n]+/g, ""));
      copied = close;
      i = close + 1;
      inFunc = false;
      lastWord = "";
      continue;
    }
    if (c === "(" || c === "[" || c === "{") depth++;
    else if (c === ")" || c === "]" || c === "}") depth--;
    else if (c === "=" && varDepth >= 0 && depth === varDepth && !"=!<>:".includes(text[i - 1]!))
      inInit = text[i + 1] !== "=" || inInit;
    else if (c === "\n" && depth === 0) inFunc = false; // a function without a body
    if (c === "\n" && depth === varDepth) {
      specStart = i;
      inInit = false;
    }
    if (varDepth >= 0 && depth < varDepth) varDepth = -1; // the group's `)`
    if (c === "\n" && varDepth === 0 && depth === 0) varDepth = -1; // a single var's end
    if (c !== " " && c !== "\t" && c !== "\n" && c !== "\r") lastWord = "";
    i++;
  }
  out.push(text.slice(copied));
  return dropUnusedImports(out.join(""));
}

/**
 * The text without the import specs its declarations no longer use once the bodies are
 * gone (an import only a body needed would cost a package check for nothing): each such
 * spec's line is emptied. A package counts as used if any identifier outside the import
 * declarations spells its name (the last element of its path, as every shipped package
 * is named, or the spec's own name); `_` and `.` imports stay.
 */
function dropUnusedImports(text: string): string {
  const lines = text.split("\n");
  const specLines: number[] = [];
  let inGroup = false;
  lines.forEach((line, i) => {
    if (inGroup) {
      if (line.startsWith(")")) inGroup = false;
      else specLines.push(i);
    } else if (/^import\s*\($/.test(line)) inGroup = true;
    else if (/^import\s/.test(line)) specLines.push(i);
  });
  const specs = new Set(specLines);
  const used = new Set<string>();
  lines.forEach((line, i) => {
    if (specs.has(i) || /^import\s*\($/.test(line)) return;
    for (const m of line.matchAll(/[A-Za-z_][A-Za-z0-9_]*/g)) used.add(m[0]);
  });
  for (const i of specLines) {
    const m = /^(?:import)?\s*(?:([A-Za-z_][A-Za-z0-9_]*|\.)\s+)?"([^"]*)"/.exec(lines[i]!);
    if (!m) continue;
    const local = m[1] ?? m[2]!.slice(m[2]!.lastIndexOf("/") + 1);
    if (local !== "_" && local !== "." && !used.has(local)) lines[i] = "";
  }
  return lines.join("\n");
}
