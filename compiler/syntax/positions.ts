/*
 * Where gc's own syntax tree puts a node.
 *
 * What: gcPos(e) is the position gc's syntax package records for an expression, which is
 * where gc reports many diagnostics about it. Our AST (ast.ts) stores the leftmost
 * position in `pos` and keeps the operator tokens' positions beside it; gcPos picks the
 * one gc would use:
 *
 *     x.f      the `.`            a[i], a[i:j]   the `[`        f(x)   the `(`
 *     x + y    the operator       T{…}           the `{`        k: v   the `:`
 *     x.(T)    the `.`            func(){…}      `func`         others: the first token
 *
 * Why: messages like `expression in go must be function call` (parser) or
 * `x.f undefined` (type checker) are reported there, and positions must match gc's.
 *
 * Invariant: gcPos never allocates; it returns a position stored in the node.
 */
import type { Expr, Pos } from "./ast.js";

export function gcPos(e: Expr): Pos {
  switch (e.kind) {
    case "SelectorExpr":
    case "TypeAssertExpr":
      return e.dot;
    case "IndexExpr":
    case "SliceExpr":
      return e.lbrack;
    case "CallExpr":
      return e.lparen;
    case "BinaryExpr":
      return e.opPos;
    case "CompositeLit":
      return e.lbrace;
    case "KeyValueExpr":
      return e.colon;
    default:
      return e.pos;
  }
}
