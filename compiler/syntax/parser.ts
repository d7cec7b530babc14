/*
 * The parser: tokens → AST, with gc's syntax errors.
 *
 * What: a recursive-descent parser over the token list of lexer.ts, one method per
 * production, shaped like gc's own parser (cmd/compile/internal/syntax) so that it fails
 * where gc fails and says what gc says:
 *
 *     x.go:4:2: syntax error: unexpected newline, expecting comma or }
 *     x.go:3:10: syntax error: cannot use x := 1 as value
 *
 * Go's grammar is not LL(k) as written: `T{` may start a composite literal or a block,
 * `a, b` may be assigned or declared, `(x)` may be a type or a value. Like gc, the parser
 * does not decide early: expressions and types share one operand grammar, a simple
 * statement parses an expression list first and then looks at the next token, and the
 * composite-literal ambiguity in `if`/`for`/`switch` headers is resolved with gc's
 * `xnest` counter (negative in a header until a bracket is opened: `if x == T{} {` is a
 * syntax error there, `if x == (T{}) {` is fine).
 *
 * Why by hand rather than a chevrotain grammar: gc's error messages name the context
 * ("in composite literal; possibly missing comma or }") and depend on the exact recovery
 * gc performs (skip to a follow set, at most one syntax error per line); a generated
 * LL(k) parser reports and recovers its own way, and its recursion depth per nesting
 * level is larger. Label and branch checks, which gc also does in its syntax package,
 * are in branches.ts.
 *
 * Invariants:
 *  - parseFile never throws and never loops: every loop consumes a token or stops at
 *    EOF; nesting deeper than maxDepth is reported at the token where it happens, and
 *    any unexpected exception (including a RangeError stack overflow) becomes a
 *    positioned syntax diagnostic.
 *  - positions are those documented in ast.ts; nodes starting at the same token may share
 *    one Pos object (they are read-only).
 *  - after a syntax error the tree is still well formed (BadExpr/BadStmt fill holes).
 *
 * Example: parseFile({name: "x.go", text: "package p\nvar x = []int{1,2}\n"}).file.decls[0]
 *   is GenDecl{tok: "var", specs: [ValueSpec{names: [x], values: [CompositeLit …]}]}.
 */
import type * as ast from "./ast.js";
import type { Diagnostic } from "../diagnostics.js";
import type { SourceFile } from "../source.js";
import { litBad, litKinds, scan, T, tokenString, type Tokens } from "./lexer.js";
import { exprString } from "./print.js";
import { gcPos } from "./positions.js";

export function parseFile(src: SourceFile): { file: ast.File; diagnostics: Diagnostic[] } {
  const name = src.name;
  let lexed: ReturnType<typeof scan>;
  try {
    lexed = scan(name, src.text);
  } catch (e) {
    const pos = { file: name, line: 1, col: 1 };
    return {
      file: emptyFile(name, pos, []),
      diagnostics: [{ pos, msg: `syntax error: ${describe(e)}`, phase: "syntax" }],
    };
  }
  const p = new Parser(name, lexed.tokens, lexed.diagnostics, lexed.comments);
  let file: ast.File;
  try {
    file = p.fileOrEmpty();
  } catch (e) {
    if (!(e instanceof Bailout)) {
      const what = e instanceof RangeError ? "nesting too deep" : describe(e);
      p.errorAt(p.pos(), `syntax error: ${what}`);
    }
    file = p.partial ?? emptyFile(name, { file: name, line: 1, col: 1 }, []);
  }
  file.comments = lexed.comments;
  return { file, diagnostics: sortByPos(p.diagnostics) };
}

function describe(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function emptyFile(filename: string, pos: ast.Pos, decls: ast.Decl[]): ast.File {
  return {
    kind: "File",
    pos,
    filename,
    pkgName: { kind: "Ident", pos, name: "_" },
    imports: [],
    decls,
    comments: [],
  };
}

function sortByPos(d: Diagnostic[]): Diagnostic[] {
  return d
    .map((x, i) => ({ x, i }))
    .sort((a, b) => a.x.pos.line - b.x.pos.line || a.x.pos.col - b.x.pos.col || a.i - b.i)
    .map((e) => e.x);
}

/** Thrown to abandon the parse after a fatal error (already reported). */
class Bailout extends Error {}

/**
 * Deeper nesting is reported ("syntax error: nesting too deep") instead of risking the
 * JavaScript stack: about 500 nested parentheses, or 1000 nested blocks or types. gc has
 * no such limit; real code stays far below it. A RangeError from a smaller stack than
 * Node's default is still caught and reported the same way.
 */
const maxDepth = 1000;

/** Tokens that start a type other than a type name (typeOrUndefined's cases). */
const isTypeStart: boolean[] = [];
for (const t of [
  T.Star,
  T.Arrow,
  T.Func,
  T.Lbrack,
  T.Chan,
  T.Map,
  T.Struct,
  T.Interface,
  T.Lparen,
]) {
  isTypeStart[t] = true;
}

/** Keywords that start a statement: recovery stops there inside a function. */
const stopset: readonly T[] = [
  T.Break,
  T.Const,
  T.Continue,
  T.Defer,
  T.Fallthrough,
  T.For,
  T.Go,
  T.Goto,
  T.If,
  T.Return,
  T.Select,
  T.Switch,
  T.Type,
  T.Var,
];

/** A parsed `[k, v :=] range x` in a for header, before it becomes a RangeStmt. */
interface RangeClause {
  kind: "RangeClause";
  pos: ast.Pos;
  lhs: ast.Expr[] | undefined;
  def: boolean;
  tokPos: ast.Pos | undefined;
  x: ast.Expr;
}

/** `v := x.(type)` in a switch header. */
interface TypeSwitchGuard {
  kind: "TypeSwitchGuard";
  pos: ast.Pos;
  lhs: ast.Ident | undefined;
  x: ast.TypeAssertExpr;
}

type SimpleStmt = ast.Stmt | RangeClause | TypeSwitchGuard;

/** One parameter before grouping: a name, a type, or both. */
interface Param {
  pos: ast.Pos;
  name: ast.Ident | undefined;
  type: ast.Expr | undefined;
}

class Parser {
  readonly diagnostics: Diagnostic[];
  /** The tree built so far, returned if the parse is abandoned. */
  partial: ast.File | undefined;

  private readonly file: string;
  private readonly toks: Tokens;
  private i = 0;
  // The current token, unpacked.
  private lit = "";
  private line = 0;
  private col = 0;
  private prec = 0;
  private kind: T = T.EOF;

  /** Expression nesting: < 0 in an if/for/switch header outside brackets. */
  private xnest = 0;
  /** Function nesting: > 0 inside a function body (enables the statement stopset). */
  private fnest = 0;
  private depth = 0;
  private errcnt = 0;
  private lastSyntaxErrorLine = -1;
  private lastErrorLine = -1;
  private lastErrorMsg = "";
  private readonly lexErrors: Diagnostic[];
  /** The file's comments, and the first one not yet considered for pragmas. */
  private readonly comments: ast.Comment[];
  private pragmaCursor = 0;

  constructor(file: string, toks: Tokens, lexErrors: Diagnostic[], comments: ast.Comment[]) {
    this.file = file;
    this.comments = comments;
    this.toks = toks;
    this.diagnostics = lexErrors.slice();
    this.lexErrors = lexErrors;
    this.errcnt = 0;
    this.setCur(0);
  }

  // ---------------------------------------------------------------------------
  // Tokens

  private setCur(i: number): void {
    const t = this.toks;
    this.i = i;
    this.kind = t.kind[i];
    this.lit = t.lit[i];
    this.line = t.line[i];
    this.col = t.col[i];
    this.prec = t.prec[i];
  }

  /** The current token class (a method, so that TypeScript does not narrow it across next()). */
  private tk(): T {
    return this.kind;
  }

  private next(): void {
    if (this.i < this.toks.length - 1) this.setCur(this.i + 1);
  }

  pos(): ast.Pos {
    return { file: this.file, line: this.line, col: this.col };
  }

  private got(tok: T): boolean {
    if (this.tk() === tok) {
      this.next();
      return true;
    }
    return false;
  }

  private want(tok: T): void {
    if (!this.got(tok)) {
      this.syntaxError("expecting " + tokenString[tok]);
      this.advance();
    }
  }

  /** Like got(Assign) but also accepts `:=`, reporting it. */
  private gotAssign(): boolean {
    if (this.tk() === T.Define) {
      this.syntaxError("expecting =");
      this.next();
      return true;
    }
    return this.got(T.Assign);
  }

  // ---------------------------------------------------------------------------
  // Errors

  errorAt(pos: ast.Pos, msg: string): void {
    this.errcnt++;
    if (msg.startsWith("syntax error")) {
      // gc reports at most one syntax error per line,
      if (pos.line === this.lastSyntaxErrorLine) return;
      this.lastSyntaxErrorLine = pos.line;
    } else {
      // and of equal other errors on one line only the first.
      if (pos.line === this.lastErrorLine && msg === this.lastErrorMsg) return;
      this.lastErrorLine = pos.line;
      this.lastErrorMsg = msg;
    }
    this.diagnostics.push({ pos, msg, phase: "syntax" });
  }

  private error(msg: string): void {
    this.errorAt(this.pos(), msg);
  }

  private syntaxError(msg: string): void {
    this.syntaxErrorAt(this.pos(), msg);
  }

  private syntaxErrorAt(pos: ast.Pos, msg: string): void {
    if (this.tk() === T.EOF && this.errcnt + this.lexErrors.length > 0) return;
    if (msg === "") {
      // nothing to add
    } else if (msg.startsWith("in ") || msg.startsWith("at ") || msg.startsWith("after ")) {
      msg = " " + msg;
    } else if (msg.startsWith("expecting ")) {
      msg = ", " + msg;
    } else {
      this.errorAt(pos, "syntax error: " + msg);
      return;
    }
    this.errorAt(pos, "syntax error: unexpected " + this.tokDesc() + msg);
  }

  /** The current token as gc names it in `unexpected X`. */
  private tokDesc(): string {
    switch (this.tk()) {
      case T.Name:
      case T.Semi:
        return this.lit;
      case T.Literal:
        return "literal " + this.lit;
      case T.Operator:
      case T.Star:
        return this.lit;
      case T.AssignOp:
        return this.lit + "=";
      case T.IncOp:
        return this.lit + this.lit;
      default:
        return tokenString[this.tk()];
    }
  }

  /**
   * Skips tokens until one in the follow list (or, inside a function, a statement
   * keyword). With an empty list, skips exactly one token. Never skips EOF.
   */
  private advance(...follow: T[]): void {
    if (follow.length === 0) {
      if (this.tk() !== T.EOF) this.next();
      return;
    }
    const set = new Set<T>(follow);
    set.add(T.EOF);
    if (this.fnest > 0) for (const t of stopset) set.add(t);
    while (!set.has(this.tk())) this.next();
  }

  private enter(): void {
    if (++this.depth > maxDepth) {
      this.errorAt(this.pos(), "syntax error: nesting too deep");
      throw new Bailout();
    }
  }

  private bad(): ast.BadExpr {
    return { kind: "BadExpr", pos: this.pos() };
  }

  // ---------------------------------------------------------------------------
  // Source file

  fileOrEmpty(): ast.File {
    const pos = this.pos();
    const f = emptyFile(this.file, pos, []);
    this.partial = f;
    if (!this.got(T.Package)) {
      this.syntaxError("package statement must be first");
      return f;
    }
    f.pkgName = this.name();
    this.want(T.Semi);
    if (this.errcnt > 0 || this.lexErrorBefore()) return f;

    while (this.tk() === T.Import) {
      const d = this.genDecl(T.Import, "import");
      f.decls.push(d);
      for (const s of d.specs) if (s.kind === "ImportSpec") f.imports.push(s);
      this.want(T.Semi);
    }

    while (this.tk() !== T.EOF) {
      switch (this.tk()) {
        case T.Const:
          f.decls.push(this.genDecl(T.Const, "const"));
          break;
        case T.Type:
          f.decls.push(this.genDecl(T.Type, "type"));
          break;
        case T.Var:
          f.decls.push(this.genDecl(T.Var, "var"));
          break;
        case T.Func: {
          const pragmas = this.takePragmas();
          const d = this.funcDeclOrUndefined();
          if (d) {
            d.pragmas = pragmas;
            f.decls.push(d);
          }
          break;
        }
        default: {
          const last = f.decls[f.decls.length - 1];
          if (this.tk() === T.Lbrace && last?.kind === "FuncDecl" && last.body === undefined) {
            this.syntaxError("unexpected semicolon or newline before {");
          } else {
            this.syntaxError("non-declaration statement outside function body");
          }
          this.advance(T.Const, T.Type, T.Var, T.Func);
          continue;
        }
      }
      if (this.tk() !== T.EOF && !this.got(T.Semi)) {
        this.syntaxError("after top level declaration");
        this.advance(T.Const, T.Type, T.Var, T.Func);
      }
    }
    return f;
  }

  /**
   * The `//go:` directives since the previous declaration ended, for the func at the
   * current token. As in gc, blank lines and other comments may come between.
   */
  private takePragmas(): string[] {
    const prevLine = this.i > 0 ? this.toks.line[this.i - 1] : 0;
    const prevCol = this.i > 0 ? this.toks.col[this.i - 1] : 0;
    const pragmas: string[] = [];
    const cs = this.comments;
    let k = this.pragmaCursor;
    for (; k < cs.length; k++) {
      const p = cs[k].pos;
      if (p.line > this.line || (p.line === this.line && p.col >= this.col)) break;
      const after = p.line > prevLine || (p.line === prevLine && p.col > prevCol);
      if (after && cs[k].text.startsWith("//go:")) pragmas.push(cs[k].text.slice(2).trimEnd());
    }
    this.pragmaCursor = k;
    return pragmas;
  }

  /** Whether the lexer reported an error before the current token. */
  private lexErrorBefore(): boolean {
    for (const d of this.lexErrors) {
      if (d.pos.line < this.line || (d.pos.line === this.line && d.pos.col < this.col)) return true;
    }
    return false;
  }

  // ---------------------------------------------------------------------------
  // Declarations

  /** `keyword spec` or `keyword ( spec; … )`; the current token is the keyword. */
  private genDecl(keyword: T, tok: ast.GenDecl["tok"]): ast.GenDecl {
    const d: ast.GenDecl = { kind: "GenDecl", pos: this.pos(), tok, specs: [] };
    this.next();
    const spec = (iota: number): ast.Spec | undefined => {
      switch (keyword) {
        case T.Import:
          return this.importSpec();
        case T.Const:
          return this.constSpec(iota);
        case T.Type:
          return this.typeSpec();
        default:
          return this.varSpec();
      }
    };
    if (this.tk() === T.Lparen) {
      this.next();
      let iota = 0;
      this.list("grouped declaration", T.Semi, T.Rparen, () => {
        const s = spec(iota++);
        if (s) d.specs.push(s);
        return false;
      });
    } else {
      const s = spec(0);
      if (s) d.specs.push(s);
    }
    return d;
  }

  /**
   * After a list element: consumes sep, or accepts close; anything else is reported and
   * skipped. Returns false if no close token was found (the list is abandoned).
   */
  private separator(context: string, sep: T, close: T): boolean {
    if (this.got(sep) || this.tk() === close) return true;
    this.syntaxError(
      `in ${context}; possibly missing ${tokenString[sep]} or ${tokenString[close]}`,
    );
    this.advance(T.Rparen, T.Rbrack, T.Rbrace);
    return this.tk() === close;
  }

  /**
   * A list of elements separated by sep and ended by close; f parses one element and
   * returns true to stop early. Returns the position of the closing token.
   */
  private list(context: string, sep: T, close: T, f: () => boolean): ast.Pos {
    let done = false;
    while (this.tk() !== T.EOF && this.tk() !== close && !done) {
      done = f();
      if (!this.separator(context, sep, close)) return this.pos();
    }
    const pos = this.pos();
    this.want(close);
    return pos;
  }

  private importSpec(): ast.ImportSpec {
    const pos = this.pos();
    let name: ast.Ident | undefined;
    if (this.tk() === T.Name) name = this.name();
    else if (this.tk() === T.Dot) {
      name = { kind: "Ident", pos: this.pos(), name: "." };
      this.next();
    }
    const path = this.oliteral();
    if (path === undefined) {
      this.syntaxError("missing import path");
      this.advance(T.Semi, T.Rparen);
      return {
        kind: "ImportSpec",
        pos,
        name,
        path: { kind: "BasicLit", pos: this.pos(), litKind: "STRING", value: '""' },
      };
    }
    if (path.litKind !== "STRING") {
      this.syntaxError("import path must be a string");
    }
    return { kind: "ImportSpec", pos, name, path };
  }

  private constSpec(iota: number): ast.ValueSpec {
    const pos = this.pos();
    const names = this.nameList(this.name());
    let type: ast.Expr | undefined;
    let values: ast.Expr[] = [];
    if (this.tk() !== T.EOF && this.tk() !== T.Semi && this.tk() !== T.Rparen) {
      type = this.typeOrUndefined();
      if (this.gotAssign()) values = this.exprList();
    }
    return { kind: "ValueSpec", pos, names, type, values, iota };
  }

  private varSpec(): ast.ValueSpec {
    const pos = this.pos();
    const names = this.nameList(this.name());
    let type: ast.Expr | undefined;
    let values: ast.Expr[] = [];
    if (this.gotAssign()) {
      values = this.exprList();
    } else {
      type = this.type_();
      if (this.gotAssign()) values = this.exprList();
    }
    return { kind: "ValueSpec", pos, names, type, values, iota: 0 };
  }

  private typeSpec(): ast.TypeSpec {
    const pos = this.pos();
    const name = this.name();
    let assign = false;
    let type: ast.Expr | undefined;
    if (this.tk() === T.Lbrack) {
      // `type A [N]T`, `type S []T`, or (unsupported) type parameters `type L[P any] …`.
      const lbrack = this.pos();
      this.next();
      if (this.got(T.Rbrack)) {
        type = { kind: "ArrayType", pos: lbrack, len: undefined, elt: this.type_() };
      } else if (this.tk() === T.Name && this.isTypeParamStart()) {
        this.syntaxError("type parameters are not supported");
        this.advance(T.Semi, T.Rparen);
        type = this.bad();
      } else {
        type = this.arrayType(lbrack, undefined);
      }
    } else {
      assign = this.gotAssign();
      type = this.typeOrUndefined();
    }
    if (type === undefined) {
      type = this.bad();
      this.syntaxError("in type declaration");
      this.advance(T.Semi, T.Rparen);
    }
    return { kind: "TypeSpec", pos, name, assign, type };
  }

  /** After `type T [` at a name: does a type parameter list follow (`[P any]`, `[P, Q any]`)? */
  private isTypeParamStart(): boolean {
    const t1: T = this.toks.kind[this.i + 1];
    return (
      t1 === T.Name ||
      t1 === T.Comma ||
      t1 === T.Interface ||
      t1 === T.Func ||
      t1 === T.Map ||
      t1 === T.Chan ||
      t1 === T.Struct ||
      (t1 === T.Operator && this.toks.lit[this.i + 1] === "~")
    );
  }

  private funcDeclOrUndefined(): ast.FuncDecl | undefined {
    const pos = this.pos();
    this.next(); // func
    let recv: ast.Field | undefined;
    if (this.tk() === T.Lparen) {
      this.next();
      const rcvr = this.paramList(T.Rparen);
      const rpos = this.pos();
      const count = rcvr.reduce((n, f) => n + Math.max(1, f.names.length), 0);
      if (count === 0) this.errorAt(rpos, "method has no receiver");
      else if (count > 1) this.errorAt(rpos, "method has multiple receivers");
      if (rcvr.length > 0) recv = rcvr[0];
    }
    if (this.tk() !== T.Name) {
      this.syntaxError("expecting name or (");
      this.advance(T.Lbrace, T.Semi);
      return undefined;
    }
    const name = this.name();
    if (this.tk() === T.Lbrack) {
      this.syntaxError("type parameters are not supported");
      this.advance(T.Lparen, T.Lbrace, T.Semi);
    }
    const type = this.funcType(pos);
    let body: ast.BlockStmt | undefined;
    if (this.tk() === T.Lbrace) body = this.funcBody();
    return { kind: "FuncDecl", pos, recv, name, type, body, pragmas: [] };
  }

  private funcBody(): ast.BlockStmt {
    this.fnest++;
    const outer = this.xnest;
    this.xnest = 0;
    const body = this.blockStmt("");
    this.xnest = outer;
    this.fnest--;
    return body;
  }

  // ---------------------------------------------------------------------------
  // Expressions

  private expr(): ast.Expr {
    return this.binaryExpr(undefined, 0);
  }

  private binaryExpr(x: ast.Expr | undefined, prec: number): ast.Expr {
    this.enter();
    if (x === undefined) x = this.unaryExpr();
    while ((this.tk() === T.Operator || this.tk() === T.Star) && this.prec > prec) {
      const opPos = this.pos();
      const op = this.lit as ast.BinaryOp;
      const tprec = this.prec;
      this.next();
      const y = this.binaryExpr(undefined, tprec);
      x = { kind: "BinaryExpr", pos: x.pos, op, opPos, x, y };
    }
    this.depth--;
    return x;
  }

  private unaryExpr(): ast.Expr {
    this.enter();
    try {
      switch (this.tk()) {
        case T.Star: {
          const pos = this.pos();
          this.next();
          return { kind: "StarExpr", pos, x: this.unaryExpr() };
        }
        case T.Operator:
          switch (this.lit) {
            case "+":
            case "-":
            case "!":
            case "^": {
              const pos = this.pos();
              const op = this.lit as ast.UnaryOp;
              this.next();
              return { kind: "UnaryExpr", pos, op, x: this.unaryExpr() };
            }
            case "&": {
              const pos = this.pos();
              this.next();
              // gc drops parentheses around the operand of &: &(x) is &x.
              return { kind: "UnaryExpr", pos, op: "&", x: unparen(this.unaryExpr()) };
            }
            case "~":
              this.syntaxError("type sets (~T) are not supported");
              this.next();
              return this.unaryExpr();
          }
          break;
        case T.Arrow: {
          const pos = this.pos();
          this.next();
          const x = this.unaryExpr();
          if (x.kind === "ChanType") {
            // `<-chan T` in an expression: the arrow was read as a receive, and what
            // follows as a channel type, where `chan <-chan T` reads as `chan<- (chan T)`.
            // Walk down the send channels turning them into receive channels, as gc does:
            // `<-chan <-chan T` is a receive channel of receive channels; `<-chan<- T`
            // ends at a non-channel T and is an error.
            let dir: ast.ChanDir = "send";
            let t: ast.Expr = x;
            let c: ast.ChanType | undefined;
            while (dir === "send" && t.kind === "ChanType") {
              c = t;
              dir = c.dir;
              if (dir === "recv") this.syntaxError("unexpected <-, expecting chan");
              c.dir = "recv";
              t = c.value;
            }
            if (dir === "send") this.syntaxError(`unexpected ${exprString(t)}, expecting chan`);
            // The outermost channel type now starts at the arrow.
            return { ...x, pos };
          }
          return { kind: "UnaryExpr", pos, op: "<-", x };
        }
      }
      return this.pexpr(undefined);
    } finally {
      this.depth--;
    }
  }

  /**
   * An operand. Unlike gc, which keeps parentheses only where it reports about them,
   * every `(x)` becomes a ParenExpr (types2's printer shows them).
   */
  private operand(): ast.Expr {
    switch (this.tk()) {
      case T.Name:
        return this.name();
      case T.Literal:
        return this.oliteral()!;
      case T.Lparen: {
        const pos = this.pos();
        this.next();
        this.xnest++;
        const x = this.expr();
        this.xnest--;
        this.want(T.Rparen);
        return { kind: "ParenExpr", pos, x };
      }
      case T.Func: {
        const pos = this.pos();
        this.next();
        const type = this.funcType(pos);
        if (this.tk() === T.Lbrace) {
          this.xnest++;
          const body = this.funcBody();
          this.xnest--;
          return { kind: "FuncLit", pos, type, body };
        }
        return type;
      }
      case T.Lbrack:
      case T.Chan:
      case T.Map:
      case T.Struct:
      case T.Interface:
        return this.type_();
      default: {
        const x = this.bad();
        this.syntaxError("expecting expression");
        this.advance(T.Rparen, T.Rbrack, T.Rbrace);
        return x;
      }
    }
  }

  /** Primary expression: an operand followed by selectors, indexes, calls, literals. */
  private pexpr(x: ast.Expr | undefined): ast.Expr {
    if (x === undefined) x = this.operand();
    for (;;) {
      const t = this.tk();
      if (t !== T.Dot && t !== T.Lbrack && t !== T.Lparen && t !== T.Lbrace) return x;
      const pos = this.pos();
      switch (t) {
        case T.Dot:
          this.next();
          if (this.tk() === T.Name) {
            x = { kind: "SelectorExpr", pos: x.pos, x, sel: this.name(), dot: pos };
          } else if (this.tk() === T.Lparen) {
            this.next();
            let type: ast.Expr | undefined;
            if (!this.got(T.Type)) type = this.type_();
            x = { kind: "TypeAssertExpr", pos: x.pos, x, dot: pos, type };
            this.want(T.Rparen);
          } else {
            this.syntaxError("expecting name or (");
            this.advance(T.Semi, T.Rparen);
          }
          continue;
        case T.Lbrack: {
          this.next();
          if (this.tk() === T.Rbrack) {
            // invalid empty instance, slice or index expression
            this.syntaxError("expecting operand");
            this.next();
            continue;
          }
          let i: ast.Expr | undefined;
          if (this.tk() !== T.Colon) {
            const [index, comma] = this.typeList();
            i = index;
            if (comma || this.tk() === T.Rbrack) {
              this.want(T.Rbrack);
              x = { kind: "IndexExpr", pos: x.pos, x, lbrack: pos, index: i };
              continue;
            }
          }
          // slice
          if (!this.got(T.Colon)) {
            this.syntaxError("expecting comma, : or ]");
            this.advance(T.Comma, T.Colon, T.Rbrack);
          }
          this.xnest++;
          const s: ast.SliceExpr = {
            kind: "SliceExpr",
            pos: x.pos,
            x,
            lbrack: pos,
            low: i,
            high: undefined,
            max: undefined,
            slice3: false,
          };
          if (this.tk() !== T.Colon && this.tk() !== T.Rbrack) s.high = this.expr();
          if (this.tk() === T.Colon) {
            s.slice3 = true;
            if (s.high === undefined) {
              this.error("middle index required in 3-index slice");
              s.high = this.bad();
            }
            this.next();
            if (this.tk() !== T.Rbrack) s.max = this.expr();
            else {
              this.error("final index required in 3-index slice");
              s.max = this.bad();
            }
          }
          this.xnest--;
          this.want(T.Rbrack);
          x = s;
          continue;
        }
        case T.Lparen: {
          this.next();
          const call: ast.CallExpr = {
            kind: "CallExpr",
            pos: x.pos,
            fun: x,
            lparen: pos,
            args: [],
            ellipsis: undefined,
            rparen: pos,
          };
          this.xnest++;
          // this.list("argument list", …), inlined: calls are the most common list.
          let done = false;
          let aborted = false;
          while (this.tk() !== T.EOF && this.tk() !== T.Rparen && !done) {
            call.args.push(this.expr());
            if (this.tk() === T.DotDotDot) {
              call.ellipsis = this.pos();
              this.next();
              done = true;
            }
            if (!this.separator("argument list", T.Comma, T.Rparen)) {
              aborted = true;
              break;
            }
          }
          call.rparen = this.pos();
          if (!aborted) this.want(T.Rparen);
          this.xnest--;
          x = call;
          continue;
        }
        case T.Lbrace: {
          // Is x possibly a composite literal type?
          const t = unparen(x);
          let ok = false;
          switch (t.kind) {
            case "Ident":
            case "SelectorExpr":
              ok = this.xnest >= 0;
              break;
            case "IndexExpr":
              ok = this.xnest >= 0 && !isValue(t);
              break;
            case "ArrayType":
            case "StructType":
            case "MapType":
              ok = true;
              break;
          }
          if (!ok) return x;
          if (t !== x) this.syntaxError("cannot parenthesize type in composite literal");
          x = this.complitexpr(x);
          continue;
        }
        default:
          return x;
      }
    }
  }

  /** An element of a composite literal: `{…}` with its type elided, or an expression. */
  private bareComplitexpr(): ast.Expr {
    if (this.tk() === T.Lbrace) return this.complitexpr(undefined);
    return this.expr();
  }

  private complitexpr(type: ast.Expr | undefined): ast.CompositeLit {
    this.enter();
    const lbrace = this.pos();
    const x: ast.CompositeLit = {
      kind: "CompositeLit",
      pos: type ? type.pos : lbrace,
      type,
      lbrace,
      elts: [],
      rbrace: lbrace,
    };
    this.xnest++;
    this.want(T.Lbrace);
    // this.list("composite literal", …), inlined.
    let aborted = false;
    while (this.tk() !== T.EOF && this.tk() !== T.Rbrace) {
      let e = this.bareComplitexpr();
      if (this.tk() === T.Colon) {
        const colon = this.pos();
        this.next();
        e = { kind: "KeyValueExpr", pos: e.pos, key: e, colon, value: this.bareComplitexpr() };
      }
      x.elts.push(e);
      if (!this.separator("composite literal", T.Comma, T.Rbrace)) {
        aborted = true;
        break;
      }
    }
    x.rbrace = this.pos();
    if (!aborted) this.want(T.Rbrace);
    this.xnest--;
    this.depth--;
    return x;
  }

  // ---------------------------------------------------------------------------
  // Types

  private type_(): ast.Expr {
    const t = this.typeOrUndefined();
    if (t !== undefined) return t;
    const b = this.bad();
    this.syntaxError("expecting type");
    this.advance(T.Comma, T.Colon, T.Semi, T.Rparen, T.Rbrack, T.Rbrace);
    return b;
  }

  private typeOrUndefined(): ast.Expr | undefined {
    const t = this.tk();
    if (t === T.Name) return this.qualifiedName(undefined);
    if (!isTypeStart[t]) return undefined;
    this.enter();
    try {
      const pos = this.pos();
      switch (t) {
        case T.Star:
          this.next();
          return { kind: "StarExpr", pos, x: this.type_() };
        case T.Arrow: {
          this.next();
          this.want(T.Chan);
          return { kind: "ChanType", pos, dir: "recv", value: this.chanElem() };
        }
        case T.Func:
          this.next();
          return this.funcType(pos);
        case T.Lbrack:
          this.next();
          if (this.got(T.Rbrack)) {
            return { kind: "ArrayType", pos, len: undefined, elt: this.type_() };
          }
          return this.arrayType(pos, undefined);
        case T.Chan: {
          this.next();
          let dir: ast.ChanDir = "both";
          if (this.got(T.Arrow)) dir = "send";
          return { kind: "ChanType", pos, dir, value: this.chanElem() };
        }
        case T.Map: {
          this.next();
          this.want(T.Lbrack);
          const key = this.type_();
          this.want(T.Rbrack);
          return { kind: "MapType", pos, key, value: this.type_() };
        }
        case T.Struct:
          return this.structType();
        case T.Interface:
          return this.interfaceType();
        case T.Lparen: {
          this.next();
          const t = this.type_();
          this.want(T.Rparen);
          return { kind: "ParenExpr", pos, x: t };
        }
      }
      return undefined;
    } finally {
      this.depth--;
    }
  }

  /** `(params) results` after `func` (at pos) has been consumed. */
  private funcType(pos: ast.Pos): ast.FuncType {
    const t: ast.FuncType = { kind: "FuncType", pos, params: [], results: [] };
    if (this.tk() === T.Lbrack) {
      this.syntaxError("type parameters are not supported");
      this.advance(T.Lparen, T.Lbrace, T.Semi);
    }
    this.want(T.Lparen);
    t.params = this.paramList(T.Rparen);
    t.results = this.funcResult();
    return t;
  }

  private funcResult(): ast.Field[] {
    if (this.got(T.Lparen)) return this.paramList(T.Rparen);
    const pos = this.pos();
    const type = this.typeOrUndefined();
    if (type !== undefined) return [{ pos, names: [], type, tag: undefined }];
    return [];
  }

  private arrayType(pos: ast.Pos, len: ast.Expr | undefined): ast.ArrayType {
    if (len === undefined) {
      const dots = this.pos();
      if (this.got(T.DotDotDot)) len = { kind: "Ellipsis", pos: dots, elt: undefined };
      else {
        this.xnest++;
        len = this.expr();
        this.xnest--;
      }
    }
    if (this.tk() === T.Comma) {
      this.syntaxError("unexpected comma; expecting ]");
      this.next();
    }
    this.want(T.Rbrack);
    return { kind: "ArrayType", pos, len, elt: this.type_() };
  }

  private chanElem(): ast.Expr {
    const t = this.typeOrUndefined();
    if (t !== undefined) return t;
    const b = this.bad();
    this.syntaxError("missing channel element type");
    return b;
  }

  private structType(): ast.StructType {
    const t: ast.StructType = { kind: "StructType", pos: this.pos(), fields: [] };
    this.want(T.Struct);
    this.want(T.Lbrace);
    this.list("struct type", T.Semi, T.Rbrace, () => {
      this.fieldDecl(t);
      return false;
    });
    return t;
  }

  private fieldDecl(st: ast.StructType): void {
    const pos = this.pos();
    switch (this.tk()) {
      case T.Name: {
        const name = this.name();
        if (
          this.tk() === T.Dot ||
          this.tk() === T.Literal ||
          this.tk() === T.Semi ||
          this.tk() === T.Rbrace
        ) {
          // embedded type
          const type = this.qualifiedName(name);
          st.fields.push({ pos, names: [], type, tag: this.oliteral() });
          return;
        }
        const names = this.nameList(name);
        if (names.length === 1 && this.tk() === T.Lbrack) {
          // `a [N]T`, `a []T`, or an embedded instantiation `a[T]`, as gc decides it.
          const t = this.arrayOrTArgs();
          if (t.kind === "IndexExpr") {
            const type: ast.Expr = { ...t, pos: name.pos, x: name };
            st.fields.push({ pos, names: [], type, tag: this.oliteral() });
          } else {
            st.fields.push({ pos, names, type: t, tag: this.oliteral() });
          }
          return;
        }
        const type = this.type_();
        st.fields.push({ pos, names, type, tag: this.oliteral() });
        return;
      }
      case T.Star: {
        this.next();
        let type: ast.Expr;
        if (this.tk() === T.Lparen) {
          this.syntaxError("cannot parenthesize embedded type");
          this.next();
          type = this.qualifiedName(undefined);
          this.got(T.Rparen);
        } else {
          type = this.qualifiedName(undefined);
        }
        st.fields.push({
          pos,
          names: [],
          type: { kind: "StarExpr", pos, x: type },
          tag: this.oliteral(),
        });
        return;
      }
      case T.Lparen: {
        this.syntaxError("cannot parenthesize embedded type");
        this.next();
        let type: ast.Expr;
        if (this.tk() === T.Star) {
          const spos = this.pos();
          this.next();
          type = { kind: "StarExpr", pos: spos, x: this.qualifiedName(undefined) };
        } else {
          type = this.qualifiedName(undefined);
        }
        this.got(T.Rparen);
        st.fields.push({ pos, names: [], type, tag: this.oliteral() });
        return;
      }
      default:
        this.syntaxError("expecting field name or embedded type");
        this.advance(T.Semi, T.Rbrace);
    }
  }

  private interfaceType(): ast.InterfaceType {
    const t: ast.InterfaceType = { kind: "InterfaceType", pos: this.pos(), methods: [] };
    this.want(T.Interface);
    this.want(T.Lbrace);
    this.list("interface type", T.Semi, T.Rbrace, () => {
      const pos = this.pos();
      if (this.tk() === T.Name) {
        const name = this.name();
        if (this.tk() === T.Lparen) {
          // method: its FuncType starts at the `(`
          const type = this.funcType(this.pos());
          t.methods.push({ pos, names: [name], type, tag: undefined });
        } else {
          t.methods.push({
            pos,
            names: [],
            type: this.embeddedElem(this.qualifiedName(name)),
            tag: undefined,
          });
        }
        return false;
      }
      t.methods.push({ pos, names: [], type: this.embeddedElem(undefined), tag: undefined });
      return false;
    });
    return t;
  }

  /** An embedded interface element; unions `A | B` parse (the checker rejects them). */
  private embeddedElem(first: ast.Expr | undefined): ast.Expr {
    let x = first ?? this.embeddedTerm();
    while (this.tk() === T.Operator && this.lit === "|") {
      const opPos = this.pos();
      this.next();
      x = { kind: "BinaryExpr", pos: x.pos, op: "|", opPos, x, y: this.embeddedTerm() };
    }
    return x;
  }

  private embeddedTerm(): ast.Expr {
    if (this.tk() === T.Operator && this.lit === "~") {
      this.syntaxError("type sets (~T) are not supported");
      this.next();
      return this.type_();
    }
    const t = this.typeOrUndefined();
    if (t !== undefined) return t;
    const b = this.bad();
    this.syntaxError("expecting ~ term or type");
    this.advance(T.Operator, T.Semi, T.Rparen, T.Rbrack, T.Rbrace);
    return b;
  }

  /** One parameter: `name`, `name T`, `name ...T`, `T`, `...T`, or `pkg.T`. */
  private paramDeclOrUndefined(close: T): Param | undefined {
    const pos = this.pos();
    const par: Param = { pos, name: undefined, type: undefined };
    if (this.tk() === T.Name) {
      const name = this.name();
      if (this.tk() === T.Dot) {
        par.type = this.qualifiedName(name);
        return par;
      }
      if (this.tk() === T.Lbrack) {
        // `name [N]T`, `name []T`, or a type instantiation `name[T]`, as gc decides it.
        const t = this.arrayOrTArgs();
        if (t.kind === "IndexExpr") par.type = { ...t, pos: name.pos, x: name };
        else {
          par.name = name;
          par.type = t;
        }
        return par;
      }
      par.name = name;
    }
    if (this.tk() === T.DotDotDot) {
      const dpos = this.pos();
      this.next();
      let elt = this.typeOrUndefined();
      if (elt === undefined) {
        elt = this.bad();
        this.syntaxError("... is missing type");
      }
      par.type = { kind: "Ellipsis", pos: dpos, elt };
      return par;
    }
    par.type = this.typeOrUndefined();
    if (par.name !== undefined || par.type !== undefined) return par;
    this.syntaxError("expecting " + tokenString[close]);
    this.advance(T.Comma, close);
    return undefined;
  }

  /** A parameter list after its `(`, through the closing token; groups `a, b T`. */
  private paramList(close: T): ast.Field[] {
    const list: Param[] = [];
    let named = 0;
    this.list("parameter list", T.Comma, close, () => {
      const par = this.paramDeclOrUndefined(close);
      if (par) {
        if (par.name !== undefined && par.type !== undefined) named++;
        list.push(par);
      }
      return false;
    });
    if (list.length === 0) return [];

    if (named === 0) {
      // All types: `(int, string)`; a lone name is a type name.
      return list.map((p) => ({
        pos: p.pos,
        names: [],
        type: p.type ?? p.name!,
        tag: undefined,
      }));
    }
    if (named !== list.length) {
      // Some names lack types: `a, b int` distributes int to a. Others are errors.
      let errPos: ast.Pos | undefined;
      let typ: ast.Expr | undefined;
      for (let i = list.length - 1; i >= 0; i--) {
        const par = list[i];
        if (par.type !== undefined) {
          typ = par.type;
          if (par.name === undefined) {
            errPos = startPos(typ);
            par.name = { kind: "Ident", pos: errPos, name: "_" };
          }
        } else if (typ !== undefined) {
          par.type = typ;
        } else {
          errPos = par.name!.pos;
          par.type = { kind: "BadExpr", pos: errPos };
        }
      }
      if (errPos !== undefined) this.syntaxErrorAt(errPos, "mixed named and unnamed parameters");
    }
    // Group consecutive names sharing one type node.
    const fields: ast.Field[] = [];
    for (const par of list) {
      const last = fields[fields.length - 1];
      if (last !== undefined && last.type === par.type && last.names.length > 0) {
        last.names.push(par.name!);
      } else {
        fields.push({ pos: par.pos, names: [par.name!], type: par.type!, tag: undefined });
      }
    }
    return fields;
  }

  private qualifiedName(name: ast.Ident | undefined): ast.Expr {
    let x: ast.Expr;
    if (name !== undefined) x = name;
    else if (this.tk() === T.Name) x = this.name();
    else {
      x = { kind: "Ident", pos: this.pos(), name: "_" };
      this.syntaxError("expecting name");
      this.advance(T.Dot, T.Semi, T.Rbrace);
    }
    if (this.tk() === T.Dot) {
      const dot = this.pos();
      this.next();
      x = { kind: "SelectorExpr", pos: x.pos, x, sel: this.name(), dot };
    }
    if (this.tk() === T.Lbrack) {
      // A generic instantiation `T[A]`: parsed as gc does (an IndexExpr, which the
      // checker rejects), so that syntax errors around it match gc's.
      const lbrack = this.pos();
      this.next();
      let index: ast.Expr;
      if (this.tk() === T.Rbrack) {
        this.syntaxError("expecting type");
        index = this.bad();
      } else {
        index = this.typeList()[0];
      }
      this.want(T.Rbrack);
      x = { kind: "IndexExpr", pos: x.pos, x, lbrack, index };
    }
    return x;
  }

  /**
   * After a name in a field or parameter: `[]T` or `[N]T` (an array type), or `[A]` not
   * followed by a type (type arguments of the name; the IndexExpr's x is filled in by
   * the caller). gc's arrayOrTArgs.
   */
  private arrayOrTArgs(): ast.ArrayType | ast.IndexExpr {
    const lbrack = this.pos();
    this.want(T.Lbrack);
    if (this.got(T.Rbrack))
      return { kind: "ArrayType", pos: lbrack, len: undefined, elt: this.type_() };
    const [n, comma] = this.typeList();
    this.want(T.Rbrack);
    if (!comma) {
      const elt = this.typeOrUndefined();
      if (elt !== undefined) return { kind: "ArrayType", pos: lbrack, len: n, elt };
    }
    return { kind: "IndexExpr", pos: lbrack, x: n, lbrack, index: n };
  }

  /**
   * gc's typeList, inside `x[…]`: an expression, then after a comma any types (type
   * arguments, which minigo does not support; a trailing comma alone is fine). Returns
   * the first expression and whether a comma followed it.
   */
  private typeList(): [ast.Expr, boolean] {
    this.xnest++;
    const x = this.expr();
    let comma = false;
    if (this.got(T.Comma)) {
      comma = true;
      const t = this.typeOrUndefined();
      if (t !== undefined) {
        this.errorAt(t.pos, "syntax error: type parameters are not supported");
        while (this.got(T.Comma) && this.typeOrUndefined() !== undefined) {
          // skip the other type arguments
        }
      }
    }
    this.xnest--;
    return [x, comma];
  }

  private name(): ast.Ident {
    if (this.tk() === T.Name) {
      const n: ast.Ident = { kind: "Ident", pos: this.pos(), name: this.lit };
      this.next();
      return n;
    }
    const n: ast.Ident = { kind: "Ident", pos: this.pos(), name: "_" };
    this.syntaxError("expecting name");
    this.advance();
    return n;
  }

  private nameList(first: ast.Ident): ast.Ident[] {
    const l = [first];
    while (this.got(T.Comma)) l.push(this.name());
    return l;
  }

  private oliteral(): ast.BasicLit | undefined {
    if (this.tk() !== T.Literal) return undefined;
    const code = this.toks.litKind[this.i];
    const b: ast.BasicLit = {
      kind: "BasicLit",
      pos: this.pos(),
      litKind: litKinds[code & ~litBad],
      value: this.lit,
    };
    if (code & litBad) b.bad = true;
    this.next();
    return b;
  }

  private exprList(): ast.Expr[] {
    const l = [this.expr()];
    while (this.got(T.Comma)) l.push(this.expr());
    return l;
  }

  // ---------------------------------------------------------------------------
  // Statements

  /**
   * A simple statement. `lhs` is an already parsed expression list; `keyword` is the
   * header being parsed (For allows range clauses, Switch type switch guards).
   */
  private simpleStmt(lhs: ast.Expr[] | undefined, keyword: T | undefined): SimpleStmt {
    if (keyword === T.For && this.tk() === T.Range) {
      return this.rangeClause(undefined, false, undefined);
    }
    if (lhs === undefined) lhs = this.exprList();

    if (lhs.length === 1 && this.tk() !== T.Assign && this.tk() !== T.Define) {
      const x = lhs[0];
      const t = this.tk();
      if (t !== T.AssignOp && t !== T.IncOp && t !== T.Arrow) {
        return { kind: "ExprStmt", pos: x.pos, x };
      }
      const pos = this.pos();
      switch (t) {
        case T.AssignOp: {
          const op = this.lit;
          this.next();
          return {
            kind: "AssignStmt",
            pos: x.pos,
            lhs,
            tok: (op + "=") as ast.AssignTok,
            tokPos: pos,
            rhs: [this.expr()],
          };
        }
        case T.IncOp: {
          const tok = this.lit === "+" ? "++" : "--";
          this.next();
          return { kind: "IncDecStmt", pos: x.pos, x, tok, tokPos: pos };
        }
        case T.Arrow: {
          this.next();
          return { kind: "SendStmt", pos: x.pos, chan: x, arrow: pos, value: this.expr() };
        }
        default:
          return { kind: "ExprStmt", pos: x.pos, x };
      }
    }

    switch (this.tk()) {
      case T.Assign:
      case T.Define: {
        const tokPos = this.pos();
        const def = this.tk() === T.Define;
        this.next();
        if (keyword === T.For && this.tk() === T.Range) {
          return this.rangeClause(lhs, def, tokPos);
        }
        const rhs = this.exprList();
        if (
          keyword === T.Switch &&
          def &&
          rhs.length === 1 &&
          rhs[0].kind === "TypeAssertExpr" &&
          rhs[0].type === undefined &&
          lhs.length === 1 &&
          lhs[0].kind === "Ident"
        ) {
          return { kind: "TypeSwitchGuard", pos: lhs[0].pos, lhs: lhs[0], x: rhs[0] };
        }
        return {
          kind: "AssignStmt",
          pos: lhs[0].pos,
          lhs,
          tok: def ? ":=" : "=",
          tokPos,
          rhs,
        };
      }
      default: {
        this.syntaxError("expecting := or = or comma");
        this.advance(T.Semi, T.Rbrace);
        return { kind: "ExprStmt", pos: lhs[0].pos, x: lhs[0] };
      }
    }
  }

  private rangeClause(
    lhs: ast.Expr[] | undefined,
    def: boolean,
    tokPos: ast.Pos | undefined,
  ): RangeClause {
    const pos = this.pos();
    this.next(); // range
    return { kind: "RangeClause", pos, lhs, def, tokPos, x: this.expr() };
  }

  private blockStmt(context: string): ast.BlockStmt {
    const pos = this.pos();
    const s: ast.BlockStmt = { kind: "BlockStmt", pos, list: [], rbrace: pos };
    if (!this.got(T.Lbrace)) {
      this.syntaxError("expecting { after " + context);
      this.advance(T.Name, T.Rbrace);
      s.rbrace = this.pos();
      if (this.got(T.Rbrace)) return s;
    }
    s.list = this.stmtList();
    s.rbrace = this.pos();
    this.want(T.Rbrace);
    return s;
  }

  private declStmt(keyword: T, tok: ast.GenDecl["tok"]): ast.DeclStmt {
    const pos = this.pos();
    return { kind: "DeclStmt", pos, decl: this.genDecl(keyword, tok) };
  }

  private forStmt(): ast.Stmt {
    const pos = this.pos();
    const h = this.header(T.For);
    const body = this.blockStmt("for clause");
    if (h.init?.kind === "RangeClause") {
      const r = h.init;
      if (r.lhs !== undefined && r.lhs.length > 2) {
        // types2's check; the AST has room for two variables only.
        this.errorAt(r.lhs[2].pos, "range clause permits at most two iteration variables");
      }
      return {
        kind: "RangeStmt",
        pos,
        key: r.lhs?.[0],
        value: r.lhs?.[1],
        tok: r.lhs === undefined ? undefined : r.def ? ":=" : "=",
        tokPos: r.tokPos,
        x: r.x,
        body,
      };
    }
    return {
      kind: "ForStmt",
      pos,
      init: h.init as ast.Stmt | undefined,
      cond: h.cond,
      post: h.post as ast.Stmt | undefined,
      body,
    };
  }

  /** The header of if/for/switch: `[init;] cond` or for's `init; cond; post`. */
  private header(keyword: T): {
    init: SimpleStmt | undefined;
    cond: ast.Expr | undefined;
    post: SimpleStmt | undefined;
    guard?: TypeSwitchGuard;
  } {
    let init: SimpleStmt | undefined;
    let cond: ast.Expr | undefined;
    let post: SimpleStmt | undefined;
    let guard: TypeSwitchGuard | undefined;
    this.want(keyword);
    if (this.tk() === T.Lbrace) {
      if (keyword === T.If) {
        this.syntaxError("missing condition in if statement");
        cond = this.bad();
      }
      return { init, cond, post };
    }
    const outer = this.xnest;
    this.xnest = -1;

    if (this.tk() !== T.Semi) {
      // accept potential varDecl but complain
      if (this.got(T.Var)) {
        this.syntaxError(`var declaration not allowed in ${tokenString[keyword]} initializer`);
      }
      init = this.simpleStmt(undefined, keyword);
      if (init.kind === "RangeClause") {
        this.xnest = outer;
        return { init, cond, post };
      }
    }

    let condStmt: SimpleStmt | undefined;
    let semiPos: ast.Pos | undefined;
    let semiLit = "";
    done: {
      if (this.tk() !== T.Lbrace) {
        if (this.tk() === T.Semi) {
          semiPos = this.pos();
          semiLit = this.lit;
          this.next();
        } else {
          // asking for a '{' rather than a ';' here leads to a better error message
          this.want(T.Lbrace);
          if (this.tk() !== T.Lbrace) this.advance(T.Lbrace, T.Rbrace);
        }
        if (keyword === T.For) {
          if (this.tk() !== T.Semi) {
            if (this.tk() === T.Lbrace) {
              this.syntaxError("expecting for loop condition");
              break done;
            }
            condStmt = this.simpleStmt(undefined, undefined);
          }
          this.want(T.Semi);
          if (this.tk() !== T.Lbrace) {
            post = this.simpleStmt(undefined, undefined);
            if (post.kind === "AssignStmt" && post.tok === ":=") {
              this.syntaxErrorAt(post.tokPos, "cannot declare in post statement of for loop");
            }
          }
        } else if (this.tk() !== T.Lbrace) {
          condStmt = this.simpleStmt(undefined, keyword);
        }
      } else {
        condStmt = init;
        init = undefined;
      }
    }

    if (condStmt === undefined) {
      if (keyword === T.If && semiPos !== undefined) {
        if (semiLit !== "semicolon") {
          this.syntaxErrorAt(semiPos, `unexpected ${semiLit}, expecting { after if clause`);
        } else {
          this.syntaxErrorAt(semiPos, "missing condition in if statement");
        }
        cond = { kind: "BadExpr", pos: semiPos };
      }
    } else if (condStmt.kind === "ExprStmt") {
      cond = condStmt.x;
    } else if (condStmt.kind === "TypeSwitchGuard" && keyword === T.Switch) {
      guard = condStmt;
    } else {
      this.syntaxErrorAt(gcStmtPos(condStmt), `cannot use ${stmtString(condStmt)} as value`);
    }
    this.xnest = outer;
    return { init, cond, post, guard };
  }

  private ifStmt(): ast.IfStmt {
    const pos = this.pos();
    const h = this.header(T.If);
    const s: ast.IfStmt = {
      kind: "IfStmt",
      pos,
      init: h.init as ast.Stmt | undefined,
      cond: h.cond ?? { kind: "BadExpr", pos },
      body: this.blockStmt("if clause"),
      else: undefined,
    };
    if (this.got(T.Else)) {
      switch (this.tk()) {
        case T.If:
          s.else = this.ifStmt();
          break;
        case T.Lbrace:
          s.else = this.blockStmt("");
          break;
        default:
          this.syntaxError("else must be followed by if or statement block");
          this.advance(T.Name, T.Rbrace);
      }
    }
    return s;
  }

  private switchStmt(): ast.SwitchStmt | ast.TypeSwitchStmt {
    const pos = this.pos();
    const h = this.header(T.Switch);
    const lbrace = this.pos();
    if (!this.got(T.Lbrace)) {
      this.syntaxError("missing { after switch clause");
      this.advance(T.Case, T.Default, T.Rbrace);
    }
    const body: ast.CaseClause[] = [];
    while (this.tk() !== T.EOF && this.tk() !== T.Rbrace) body.push(this.caseClause());
    const rbrace = this.pos();
    this.want(T.Rbrace);
    const init = h.init as ast.Stmt | undefined;
    const tag = h.cond;
    if (h.guard !== undefined) {
      return {
        kind: "TypeSwitchStmt",
        pos,
        init,
        binding: h.guard.lhs,
        guard: h.guard.x,
        lbrace,
        body,
        rbrace,
      };
    }
    if (tag?.kind === "TypeAssertExpr" && tag.type === undefined) {
      return {
        kind: "TypeSwitchStmt",
        pos,
        init,
        binding: undefined,
        guard: tag,
        lbrace,
        body,
        rbrace,
      };
    }
    return { kind: "SwitchStmt", pos, init, tag, lbrace, body, rbrace };
  }

  private selectStmt(): ast.SelectStmt {
    const pos = this.pos();
    this.want(T.Select);
    if (!this.got(T.Lbrace)) {
      this.syntaxError("missing { after select clause");
      this.advance(T.Case, T.Default, T.Rbrace);
    }
    const body: ast.CommClause[] = [];
    while (this.tk() !== T.EOF && this.tk() !== T.Rbrace) body.push(this.commClause());
    const rbrace = this.pos();
    this.want(T.Rbrace);
    return { kind: "SelectStmt", pos, body, rbrace };
  }

  private caseClause(): ast.CaseClause {
    const pos = this.pos();
    let list: ast.Expr[] | undefined;
    switch (this.tk()) {
      case T.Case:
        this.next();
        list = this.exprList();
        break;
      case T.Default:
        this.next();
        break;
      default:
        this.syntaxError("expecting case or default or }");
        this.advance(T.Colon, T.Case, T.Default, T.Rbrace);
    }
    const colon = this.pos();
    this.want(T.Colon);
    return { pos, list, colon, body: this.stmtList() };
  }

  private commClause(): ast.CommClause {
    const pos = this.pos();
    let comm: ast.Stmt | undefined;
    switch (this.tk()) {
      case T.Case: {
        this.next();
        const s = this.simpleStmt(undefined, undefined);
        comm = s.kind === "RangeClause" || s.kind === "TypeSwitchGuard" ? undefined : s;
        break;
      }
      case T.Default:
        this.next();
        break;
      default:
        this.syntaxError("expecting case or default or }");
        this.advance(T.Colon, T.Case, T.Default, T.Rbrace);
    }
    const colon = this.pos();
    this.want(T.Colon);
    return { pos, comm, colon, body: this.stmtList() };
  }

  private labeledStmtOrUndefined(label: ast.Ident): ast.Stmt | undefined {
    const colon = this.pos();
    this.want(T.Colon);
    if (this.tk() === T.Rbrace) {
      // A label at the end of a block labels an empty statement.
      return {
        kind: "LabeledStmt",
        pos: label.pos,
        label,
        stmt: { kind: "EmptyStmt", pos: this.pos() },
      };
    }
    const stmt = this.stmtOrUndefined();
    if (stmt !== undefined) return { kind: "LabeledStmt", pos: label.pos, label, stmt };
    this.syntaxErrorAt(colon, "missing statement after label");
    return undefined;
  }

  private callStmt(tok: "go" | "defer"): ast.GoStmt | ast.DeferStmt {
    const pos = this.pos();
    this.next();
    let x = this.pexpr(undefined);
    const t = unparen(x);
    if (t !== x) {
      this.errorAt(gcPos(x), `expression in ${tok} must not be parenthesized`);
      x = t;
    }
    if (x.kind !== "CallExpr") {
      const at = gcPos(x);
      this.errorAt(at, `expression in ${tok} must be function call`);
      // As gc, assume the common error of missing parentheses: `defer f` calls f. The
      // checker then reports what gc's does (e.g. `cannot call non-function x`).
      x = {
        kind: "CallExpr",
        pos: x.pos,
        fun: x,
        lparen: at,
        args: [],
        ellipsis: undefined,
        rparen: at,
      };
    }
    return tok === "go" ? { kind: "GoStmt", pos, call: x } : { kind: "DeferStmt", pos, call: x };
  }

  private stmtOrUndefined(): ast.Stmt | undefined {
    this.enter();
    try {
      return this.stmtOrUndefined1();
    } finally {
      this.depth--;
    }
  }

  private stmtOrUndefined1(): ast.Stmt | undefined {
    // Most statements (assignments) start with an identifier.
    if (this.tk() === T.Name) {
      const lhs = this.exprList();
      if (lhs.length === 1 && lhs[0].kind === "Ident" && this.tk() === T.Colon) {
        return this.labeledStmtOrUndefined(lhs[0]);
      }
      return this.simpleOnly(this.simpleStmt(lhs, undefined));
    }
    switch (this.tk()) {
      case T.Var:
        return this.declStmt(T.Var, "var");
      case T.Const:
        return this.declStmt(T.Const, "const");
      case T.Type:
        return this.declStmt(T.Type, "type");
      case T.Lbrace:
        return this.blockStmt("");
      case T.Operator:
      case T.Star:
        switch (this.lit) {
          case "+":
          case "-":
          case "*":
          case "&":
          case "^":
          case "!":
            return this.simpleOnly(this.simpleStmt(undefined, undefined));
        }
        return undefined;
      case T.Literal:
      case T.Func:
      case T.Lparen:
      case T.Lbrack:
      case T.Struct:
      case T.Map:
      case T.Chan:
      case T.Interface:
      case T.Arrow:
        return this.simpleOnly(this.simpleStmt(undefined, undefined));
      case T.For:
        return this.forStmt();
      case T.Switch:
        return this.switchStmt();
      case T.Select:
        return this.selectStmt();
      case T.If:
        return this.ifStmt();
      case T.Fallthrough: {
        const pos = this.pos();
        this.next();
        return { kind: "BranchStmt", pos, tok: "fallthrough", label: undefined };
      }
      case T.Break:
      case T.Continue: {
        const pos = this.pos();
        const tok = this.tk() === T.Break ? "break" : "continue";
        this.next();
        let label: ast.Ident | undefined;
        if (this.tk() === T.Name) label = this.name();
        return { kind: "BranchStmt", pos, tok, label };
      }
      case T.Go:
        return this.callStmt("go");
      case T.Defer:
        return this.callStmt("defer");
      case T.Goto: {
        const pos = this.pos();
        this.next();
        return { kind: "BranchStmt", pos, tok: "goto", label: this.name() };
      }
      case T.Return: {
        const pos = this.pos();
        this.next();
        let results: ast.Expr[] = [];
        if (this.tk() !== T.Semi && this.tk() !== T.Rbrace) results = this.exprList();
        return { kind: "ReturnStmt", pos, results };
      }
      case T.Semi:
        return { kind: "EmptyStmt", pos: this.pos() };
    }
    return undefined;
  }

  /** A statement-level simple statement (range clauses cannot occur; guards are exprs). */
  private simpleOnly(s: SimpleStmt): ast.Stmt {
    if (s.kind === "RangeClause") return { kind: "BadStmt", pos: s.pos };
    if (s.kind === "TypeSwitchGuard") return { kind: "ExprStmt", pos: s.pos, x: s.x };
    return s;
  }

  private stmtList(): ast.Stmt[] {
    const l: ast.Stmt[] = [];
    while (
      this.tk() !== T.EOF &&
      this.tk() !== T.Rbrace &&
      this.tk() !== T.Case &&
      this.tk() !== T.Default
    ) {
      const s = this.stmtOrUndefined();
      if (s === undefined) break;
      l.push(s);
      // ";" is optional before "}"
      if (!this.got(T.Semi) && this.tk() !== T.Rbrace) {
        this.syntaxError("at end of statement");
        this.advance(T.Semi, T.Rbrace, T.Case, T.Default);
        this.got(T.Semi); // avoid spurious empty statement
      }
    }
    return l;
  }
}

function unparen(x: ast.Expr): ast.Expr {
  while (x.kind === "ParenExpr") x = x.x;
  return x;
}

/** Whether x is certainly a value (not a type): gc's isValue, for `T[i]{` decisions. */
function isValue(x: ast.Expr): boolean {
  switch (x.kind) {
    case "BasicLit":
    case "CompositeLit":
    case "FuncLit":
    case "SliceExpr":
    case "TypeAssertExpr":
    case "CallExpr":
    case "UnaryExpr":
    case "BinaryExpr":
      return true;
    case "ParenExpr":
      return isValue(x.x);
    case "IndexExpr":
      return isValue(x.x) || isValue(x.index);
    default:
      return false;
  }
}

/** The leftmost position of an expression (gc's StartPos). */
function startPos(x: ast.Expr): ast.Pos {
  return x.pos;
}

/** Where gc positions a simple statement: at the operator of assignments and sends. */
function gcStmtPos(s: SimpleStmt): ast.Pos {
  switch (s.kind) {
    case "AssignStmt":
    case "IncDecStmt":
      return s.tokPos;
    case "SendStmt":
      return s.arrow;
    default:
      return s.pos;
  }
}

/** A simple statement as gc prints it in `cannot use … as value`. */
function stmtString(s: SimpleStmt): string {
  switch (s.kind) {
    case "AssignStmt":
      if (s.tok === "=") {
        return `assignment (${s.lhs.map(exprString).join(", ")}) = (${s.rhs.map(exprString).join(", ")})`;
      }
      return `${s.lhs.map(exprString).join(", ")} ${s.tok} ${s.rhs.map(exprString).join(", ")}`;
    case "IncDecStmt":
      return exprString(s.x) + s.tok;
    case "SendStmt":
      return `${exprString(s.chan)} <- ${exprString(s.value)}`;
    case "ExprStmt":
      return exprString(s.x);
    case "RangeClause":
      return "range " + exprString(s.x);
    case "TypeSwitchGuard":
      return `${s.lhs ? s.lhs.name + " := " : ""}${exprString(s.x)}`;
    default:
      return s.kind;
  }
}
