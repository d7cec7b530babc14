/*
 * Branch checking: labels, break, continue, goto and fallthrough, as gc's syntax package
 * checks them after parsing each function body.
 *
 * What: for every function body (declared functions and function literals alike, each
 * with its own labels), report
 *
 *     label L defined and not used            label L already defined at x.go:3:1
 *     label L not defined                     goto L jumps into block starting at x.go:4:2
 *     goto L jumps over declaration of x at x.go:4:4
 *     break is not in a loop, switch, or select        continue is not in a loop
 *     invalid break label L                   invalid continue label L
 *     break label not defined: L              continue label not defined: L
 *     fallthrough statement out of place      cannot fallthrough final case in switch
 *     cannot fallthrough in type switch
 *
 * How: one walk over each body, block by block. A block records its labels; a goto to a
 * label already seen in this or an enclosing block is a backward jump and fine; any other
 * goto is kept as "forward" and resolved when a label of that name appears later in the
 * same block (if a variable was declared in between, the goto jumps over it). Forward
 * gotos still unresolved when their block ends move to the enclosing block; those left at
 * the end of the function jump into a block (the label exists) or to nothing.
 * break/continue with a label must name an enclosing labeled statement of the right kind.
 *
 * Why separate from parsing: these are not syntax errors in gc's sense. gc reports them
 * but, unlike `syntax error: …`, they do not stop compilation: type checking still runs
 * and its errors are reported with these. So the pipeline calls checkBranches(file) on
 * every parsed file and merges the result (phase "type") with the syntax errors (gc
 * checks the bodies that have none) or else with the type checker's diagnostics.
 *
 * Example: in `func f() { goto L; x := 1; _ = x; L: }`, the goto is forward, the `:=`
 * declares x after it, and L resolves it: "goto L jumps over declaration of x at x.go:1:23".
 */
import type * as ast from "./ast.js";
import type { Diagnostic } from "../diagnostics.js";
import { exprString } from "./print.js";

/**
 * Branch errors of every function body in file. As gc, a body containing one of the given
 * syntax errors is not checked (its tree is not trustworthy), the others are.
 */
export function checkBranches(
  file: ast.File,
  syntaxErrors: readonly Diagnostic[] = [],
): Diagnostic[] {
  const diags: Diagnostic[] = [];
  const bodies: ast.BlockStmt[] = [];
  for (const d of file.decls) {
    if (d.kind === "FuncDecl") {
      if (d.body) bodies.push(d.body);
    } else if (d.kind === "GenDecl") {
      for (const s of d.specs) {
        if (s.kind === "ValueSpec") for (const v of s.values) collectFuncLits(v, bodies);
      }
    }
  }
  const clean = (b: ast.BlockStmt) =>
    !syntaxErrors.some(
      (d) => d.pos.file === b.pos.file && !before(d.pos, b.pos) && !before(b.rbrace, d.pos),
    );
  for (const b of bodies) if (clean(b)) new FuncChecker(diags).check(b);
  return diags;
}

/** Function literal bodies inside an expression (each is checked on its own). */
function collectFuncLits(e: ast.Expr | undefined, out: ast.BlockStmt[]): void {
  if (e === undefined) return;
  switch (e.kind) {
    case "FuncLit":
      out.push(e.body);
      return; // literals inside it are found when its body is walked
    case "CompositeLit":
      for (const x of e.elts) collectFuncLits(x, out);
      return;
    case "ParenExpr":
    case "StarExpr":
    case "UnaryExpr":
      collectFuncLits(e.x, out);
      return;
    case "SelectorExpr":
      collectFuncLits(e.x, out);
      return;
    case "IndexExpr":
      collectFuncLits(e.x, out);
      collectFuncLits(e.index, out);
      return;
    case "SliceExpr":
      collectFuncLits(e.x, out);
      collectFuncLits(e.low, out);
      collectFuncLits(e.high, out);
      collectFuncLits(e.max, out);
      return;
    case "TypeAssertExpr":
      collectFuncLits(e.x, out);
      return;
    case "CallExpr":
      collectFuncLits(e.fun, out);
      for (const x of e.args) collectFuncLits(x, out);
      return;
    case "BinaryExpr": {
      // Iterate down the left spine: chains nest as deep as they are long.
      let x: ast.Expr = e;
      for (; x.kind === "BinaryExpr"; x = x.x) collectFuncLits(x.y, out);
      collectFuncLits(x, out);
      return;
    }
    case "KeyValueExpr":
      collectFuncLits(e.key, out);
      collectFuncLits(e.value, out);
      return;
    default:
      return; // types and leaves hold no function literals worth checking
  }
}

/** Function literals directly inside a statement's expressions (not its sub-blocks). */
function stmtFuncLits(s: ast.Stmt, out: ast.BlockStmt[]): void {
  switch (s.kind) {
    case "ExprStmt":
      collectFuncLits(s.x, out);
      break;
    case "SendStmt":
      collectFuncLits(s.chan, out);
      collectFuncLits(s.value, out);
      break;
    case "IncDecStmt":
      collectFuncLits(s.x, out);
      break;
    case "AssignStmt":
      for (const x of s.lhs) collectFuncLits(x, out);
      for (const x of s.rhs) collectFuncLits(x, out);
      break;
    case "GoStmt":
    case "DeferStmt":
      collectFuncLits(s.call, out);
      break;
    case "ReturnStmt":
      for (const x of s.results) collectFuncLits(x, out);
      break;
    case "DeclStmt":
      for (const sp of s.decl.specs) {
        if (sp.kind === "ValueSpec") for (const v of sp.values) collectFuncLits(v, out);
      }
      break;
    case "IfStmt":
      if (s.init) stmtFuncLits(s.init, out);
      collectFuncLits(s.cond, out);
      break;
    case "SwitchStmt":
      if (s.init) stmtFuncLits(s.init, out);
      collectFuncLits(s.tag, out);
      for (const c of s.body) for (const x of c.list ?? []) collectFuncLits(x, out);
      break;
    case "TypeSwitchStmt":
      if (s.init) stmtFuncLits(s.init, out);
      collectFuncLits(s.guard, out);
      break;
    case "ForStmt":
      if (s.init) stmtFuncLits(s.init, out);
      collectFuncLits(s.cond, out);
      if (s.post) stmtFuncLits(s.post, out);
      break;
    case "RangeStmt":
      collectFuncLits(s.x, out);
      break;
    case "SelectStmt":
      for (const c of s.body) if (c.comm) stmtFuncLits(c.comm, out);
      break;
    case "LabeledStmt":
      stmtFuncLits(s.stmt, out);
      break;
    default:
      break;
  }
}

type Loop = ast.ForStmt | ast.RangeStmt;
type Breakable = Loop | ast.SwitchStmt | ast.TypeSwitchStmt | ast.SelectStmt;

interface Label {
  block: Block;
  stmt: ast.LabeledStmt;
  used: boolean;
}

interface Block {
  parent: Block | undefined;
  start: ast.Pos;
  /** The labeled statement this block belongs to (its body), if any. */
  labeled: ast.LabeledStmt | undefined;
}

interface Targets {
  breaks: Breakable | undefined;
  continues: Loop | undefined;
  /** The enclosing switch and the index of the case we are in, for fallthrough. */
  switchStmt: ast.SwitchStmt | ast.TypeSwitchStmt | undefined;
  caseIndex: number;
}

function before(a: ast.Pos, b: ast.Pos): boolean {
  return a.line < b.line || (a.line === b.line && a.col < b.col);
}

const posString = (p: ast.Pos) => `${p.file}:${p.line}:${p.col}`;

class FuncChecker {
  private readonly labels = new Map<string, Label>();
  /** Function literals met in this body, checked afterwards with their own labels. */
  private readonly literals: ast.BlockStmt[] = [];

  constructor(private readonly diags: Diagnostic[]) {}

  private err(pos: ast.Pos, msg: string): void {
    this.diags.push({ pos, msg, phase: "type" });
  }

  check(body: ast.BlockStmt): void {
    const none: Targets = {
      breaks: undefined,
      continues: undefined,
      switchStmt: undefined,
      caseIndex: -1,
    };
    const fwd = this.block(undefined, none, undefined, body.pos, body.list);
    for (const g of fwd) {
      const name = g.label!.name;
      const l = this.labels.get(name);
      if (l) {
        l.used = true;
        this.err(
          g.label!.pos,
          `goto ${name} jumps into block starting at ${posString(l.block.start)}`,
        );
      } else {
        this.err(g.label!.pos, `label ${name} not defined`);
      }
    }
    for (const l of this.labels.values()) {
      if (!l.used) this.err(l.stmt.label.pos, `label ${l.stmt.label.name} defined and not used`);
    }
    for (const lit of this.literals) new FuncChecker(this.diags).check(lit);
  }

  private declare(b: Block, s: ast.LabeledStmt): Label {
    const name = s.label.name;
    const alt = this.labels.get(name);
    if (alt) {
      this.err(s.label.pos, `label ${name} already defined at ${posString(alt.stmt.label.pos)}`);
      return alt;
    }
    const l: Label = { block: b, stmt: s, used: false };
    this.labels.set(name, l);
    return l;
  }

  /** The label's statement if it is declared in b or an enclosing block (a backward goto). */
  private gotoTarget(b: Block | undefined, name: string): ast.LabeledStmt | undefined {
    const l = this.labels.get(name);
    if (!l) return undefined;
    l.used = true;
    for (; b; b = b.parent) if (l.block === b) return l.stmt;
    return undefined;
  }

  /** For break/continue L: the enclosing statement labeled L, "invalid", or undefined. */
  private enclosingTarget(
    b: Block | undefined,
    name: string,
  ): ast.LabeledStmt | "invalid" | undefined {
    const l = this.labels.get(name);
    if (!l) return undefined;
    l.used = true;
    for (; b; b = b.parent) if (l.stmt === b.labeled) return l.stmt;
    return "invalid";
  }

  /** Checks a block; returns its unresolved forward gotos. */
  private block(
    parent: Block | undefined,
    ctxt: Targets,
    labeled: ast.LabeledStmt | undefined,
    start: ast.Pos,
    body: ast.Stmt[],
  ): ast.BranchStmt[] {
    const b: Block = { parent, start, labeled };
    let varPos: ast.Pos | undefined;
    let varName = "";
    let fwd: ast.BranchStmt[] = [];
    let bad: ast.BranchStmt[] = [];
    const recordVarDecl = (pos: ast.Pos, name: string) => {
      varPos = pos;
      varName = name;
      bad = fwd.slice();
    };
    let labeledHere: ast.LabeledStmt | undefined;
    const inner = (t: Targets, innerStart: ast.Pos, list: ast.Stmt[]) => {
      fwd = fwd.concat(this.block(b, t, labeledHere, innerStart, list));
    };

    let end = body.length;
    while (end > 0 && body[end - 1].kind === "EmptyStmt") end--;
    for (let i = 0; i < end; i++) {
      let s = body[i];
      labeledHere = undefined;
      stmtFuncLits(s, this.literals);
      while (s.kind === "LabeledStmt") {
        const name = s.label.name;
        if (name !== "_") {
          const l = this.declare(b, s);
          const keep: ast.BranchStmt[] = [];
          for (const g of fwd) {
            if (g.label!.name === name) {
              l.used = true;
              if (varPos && bad.includes(g)) {
                this.err(
                  g.label!.pos,
                  `goto ${name} jumps over declaration of ${varName} at ${posString(varPos)}`,
                );
              }
            } else keep.push(g);
          }
          fwd = keep;
          labeledHere = s;
        }
        s = s.stmt;
      }
      switch (s.kind) {
        case "DeclStmt":
          if (s.decl.tok === "var") {
            const spec = s.decl.specs[0];
            if (spec?.kind === "ValueSpec") recordVarDecl(spec.pos, spec.names[0].name);
          }
          break;
        case "AssignStmt":
          if (s.tok === ":=") recordVarDecl(s.tokPos, s.lhs.map(exprString).join(", "));
          break;
        case "BranchStmt":
          this.branch(s, b, ctxt, i, end, fwd);
          break;
        case "BlockStmt":
          inner({ ...ctxt, caseIndex: -1 }, s.pos, s.list);
          break;
        case "IfStmt": {
          const t = { ...ctxt, caseIndex: -1 };
          inner(t, s.body.pos, s.body.list);
          if (s.else) inner(t, s.else.pos, [s.else]);
          break;
        }
        case "ForStmt":
        case "RangeStmt":
          inner(
            { breaks: s, continues: s, switchStmt: undefined, caseIndex: -1 },
            s.body.pos,
            s.body.list,
          );
          break;
        case "SwitchStmt":
        case "TypeSwitchStmt":
          s.body.forEach((c, k) =>
            inner(
              { breaks: s, continues: ctxt.continues, switchStmt: s, caseIndex: k },
              c.pos,
              c.body,
            ),
          );
          break;
        case "SelectStmt":
          for (const c of s.body) {
            inner(
              { breaks: s, continues: ctxt.continues, switchStmt: undefined, caseIndex: -1 },
              c.pos,
              c.body,
            );
          }
          break;
        default:
          break;
      }
    }
    return fwd;
  }

  private branch(
    s: ast.BranchStmt,
    b: Block,
    ctxt: Targets,
    index: number,
    end: number,
    fwd: ast.BranchStmt[],
  ): void {
    if (s.label === undefined) {
      switch (s.tok) {
        case "break":
          if (!ctxt.breaks) this.err(s.pos, "break is not in a loop, switch, or select");
          return;
        case "continue":
          if (!ctxt.continues) this.err(s.pos, "continue is not in a loop");
          return;
        case "fallthrough": {
          let msg = "fallthrough statement out of place";
          const sw = ctxt.breaks === ctxt.switchStmt ? ctxt.switchStmt : undefined;
          if (sw) {
            if (sw.kind === "TypeSwitchStmt") msg = "cannot fallthrough in type switch";
            else if (ctxt.caseIndex < 0 || index + 1 < end) {
              // not the last statement of its case: out of place
            } else if (ctxt.caseIndex + 1 === sw.body.length) {
              msg = "cannot fallthrough final case in switch";
            } else return; // fine
          }
          this.err(s.pos, msg);
          return;
        }
        default:
          return; // goto always has a label
      }
    }
    const name = s.label.name;
    switch (s.tok) {
      case "break": {
        const t = this.enclosingTarget(b, name);
        if (t === undefined) this.err(s.label.pos, `break label not defined: ${name}`);
        else if (t === "invalid" || !isBreakable(t.stmt))
          this.err(s.label.pos, `invalid break label ${name}`);
        return;
      }
      case "continue": {
        const t = this.enclosingTarget(b, name);
        if (t === undefined) this.err(s.label.pos, `continue label not defined: ${name}`);
        else if (t === "invalid" || (t.stmt.kind !== "ForStmt" && t.stmt.kind !== "RangeStmt")) {
          this.err(s.label.pos, `invalid continue label ${name}`);
        }
        return;
      }
      case "goto":
        if (!this.gotoTarget(b, name)) fwd.push(s);
        return;
      default:
        return;
    }
  }
}

function isBreakable(s: ast.Stmt): boolean {
  switch (s.kind) {
    case "ForStmt":
    case "RangeStmt":
    case "SwitchStmt":
    case "TypeSwitchStmt":
    case "SelectStmt":
      return true;
    default:
      return false;
  }
}
