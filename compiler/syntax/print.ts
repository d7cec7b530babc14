/*
 * Printing expressions the way gc quotes them in its messages.
 *
 * What: two printers over the AST.
 *
 *  - exprString(e) is types2's ExprString (the syntax package's printer in ShortForm):
 *    the expression on one line, single blanks around binary operators and after commas,
 *    and the bodies of composite and function literals elided to `…` (U+2026) when they
 *    are not empty. The type checker quotes operands with it:
 *        cannot use x + 1 (value of type int) as string value in assignment
 *        T{…}   []int{}   func(x int) {…}   chan (<-chan int)   s[i:j:k]   f(xs...)
 *
 *  - formatNode(e) is the style of gc's IR printer, used by -m escape diagnostics: a
 *    composite literal prints as `T{...}` (three ASCII dots; `T{}` when empty), its
 *    address as `&T{...}`, any function literal as `func literal`, and a conversion to
 *    an unnamed type with the type in parentheses:
 *        &T{...} escapes to heap      func literal does not escape
 *        make([]int, n) escapes to heap      ([]byte)(s) escapes to heap
 *
 * Why here: both only need the syntax tree, and the type checker, the IR builder and the
 * escape analysis all need to quote source expressions identically.
 *
 * Invariant: the output depends only on the tree (never on positions or comments);
 * parentheses appear exactly where the source had them (ParenExpr), never added.
 */
import type { Expr, Field, FuncType } from "./ast.js";

/** Which style: types2's ShortForm ("…" elision) or the IR printer of -m ("{...}"). */
type Style = "types2" | "ir";

/** types2's ExprString: how the type checker quotes an expression. */
export function exprString(e: Expr): string {
  return print(e, "types2");
}

/** gc's -m style: `&T{...}`, `func literal`, `make([]int, n)`, `x + y`. */
export function formatNode(e: Expr): string {
  return print(e, "ir");
}

function print(e: Expr, style: Style): string {
  switch (e.kind) {
    case "BadExpr":
      return "<bad expr>";
    case "Ident":
      return e.name;
    case "BasicLit":
      return e.value;
    case "CompositeLit": {
      const t = e.type ? print(e.type, style) : "";
      if (style === "ir") return e.elts.length > 0 ? `${t}{...}` : `${t}{}`;
      return e.elts.length > 0 ? `${t}{…}` : `${t}{}`;
    }
    case "FuncLit":
      if (style === "ir") return "func literal";
      return `${print(e.type, style)} {${e.body.list.length > 0 ? "…" : ""}}`;
    case "ParenExpr":
      return `(${print(e.x, style)})`;
    case "SelectorExpr":
      return `${print(e.x, style)}.${e.sel.name}`;
    case "IndexExpr":
      return `${print(e.x, style)}[${print(e.index, style)}]`;
    case "SliceExpr": {
      let s = `${print(e.x, style)}[`;
      if (e.low) s += print(e.low, style);
      s += ":";
      if (e.high) s += print(e.high, style);
      if (e.max) s += ":" + print(e.max, style);
      return s + "]";
    }
    case "TypeAssertExpr":
      return `${print(e.x, style)}.(${e.type ? print(e.type, style) : "type"})`;
    case "CallExpr": {
      let fun = print(e.fun, style);
      // The IR printer parenthesizes unnamed types in conversions: ([]byte)(s).
      if (style === "ir" && isTypeLiteral(e.fun)) fun = `(${fun})`;
      return `${fun}(${list(e.args, style)}${e.ellipsis ? "..." : ""})`;
    }
    case "StarExpr":
      return `*${print(e.x, style)}`;
    case "UnaryExpr":
      return `${e.op}${print(e.x, style)}`;
    case "BinaryExpr": {
      // Long chains (a + b + c + …) nest to the left as deep as they are long: walk
      // that spine with a loop, not recursion.
      const rights: string[] = [];
      let x: Expr = e;
      for (; x.kind === "BinaryExpr"; x = x.x) rights.push(` ${x.op} ${print(x.y, style)}`);
      let s = print(x, style);
      for (let i = rights.length - 1; i >= 0; i--) s += rights[i];
      return s;
    }
    case "KeyValueExpr":
      return `${print(e.key, style)}: ${print(e.value, style)}`;
    case "Ellipsis":
      return e.elt ? `...${print(e.elt, style)}` : "...";
    case "ArrayType":
      return `[${e.len ? print(e.len, style) : ""}]${print(e.elt, style)}`;
    case "StructType":
      return `struct{${e.fields.map((f) => field(f, style)).join("; ")}}`;
    case "FuncType":
      return "func" + signature(e, style);
    case "InterfaceType":
      return `interface{${e.methods
        .map((m) =>
          m.names.length > 0 && m.type.kind === "FuncType"
            ? m.names[0].name + signature(m.type, style)
            : print(m.type, style),
        )
        .join("; ")}}`;
    case "MapType":
      return `map[${print(e.key, style)}]${print(e.value, style)}`;
    case "ChanType": {
      const head = e.dir === "recv" ? "<-chan" : e.dir === "send" ? "chan<-" : "chan";
      const v = e.value;
      // `chan (<-chan T)` keeps its parentheses: `chan <-chan T` would mean something else.
      if (e.dir === "both" && v.kind === "ChanType" && v.dir === "recv") {
        return `${head} (${print(v, style)})`;
      }
      return `${head} ${print(v, style)}`;
    }
  }
}

function isTypeLiteral(e: Expr): boolean {
  switch (e.kind) {
    case "ArrayType":
    case "MapType":
    case "ChanType":
    case "FuncType":
    case "StructType":
    case "InterfaceType":
      return true;
    default:
      return false;
  }
}

function list(xs: readonly Expr[], style: Style): string {
  return xs.map((x) => print(x, style)).join(", ");
}

/** A struct field: `a, b int`, an embedded `T` or `*p.T`, with its tag after a blank. */
function field(f: Field, style: Style): string {
  let s = f.names.length > 0 ? f.names.map((n) => n.name).join(", ") + " " : "";
  s += print(f.type, style);
  if (f.tag) s += " " + f.tag.value;
  return s;
}

/** `(params) result` or `(params) (results)`; parameter types lose their parentheses. */
function signature(t: FuncType, style: Style): string {
  let s = `(${params(t.params, style)})`;
  if (t.results.length === 1 && t.results[0].names.length === 0) {
    s += " " + print(unparen(t.results[0].type), style);
  } else if (t.results.length > 0) {
    s += ` (${params(t.results, style)})`;
  }
  return s;
}

function params(fields: readonly Field[], style: Style): string {
  return fields
    .map((f) => {
      const t = print(unparen(f.type), style);
      return f.names.length > 0 ? `${f.names.map((n) => n.name).join(", ")} ${t}` : t;
    })
    .join(", ");
}

function unparen(e: Expr): Expr {
  while (e.kind === "ParenExpr") e = e.x;
  return e;
}
