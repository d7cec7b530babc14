/*
 * The abstract syntax tree of a Go source file.
 *
 * What: plain data, one interface per node kind, each tagged by a `kind` string so that
 * every consumer can `switch (node.kind)` exhaustively (the TypeScript compiler then names
 * every place a new kind must be handled). The shapes follow go/ast closely, so that anyone
 * who knows Go's own tools finds their way.
 *
 * Why: the parser (compiler/syntax/parser.ts) builds it; the type checker
 * (compiler/types) and the IR builder read it. Nothing else is shared between them.
 *
 * Invariants:
 *  - every node has `pos`: file, 1-based line and 1-based column as gc counts them (a tab
 *    is one column, columns count bytes of UTF-8). `pos` is the position gc reports for the
 *    node: an operator's position for a binary expression, the `(` of a call's argument
 *    list is NOT used — a call reports at its function's position, as gc does; see each
 *    node's comment where gc uses a position other than the first token.
 *  - optional children are `undefined`, never null.
 *  - the tree is never mutated after parsing except for the `iota` field of ValueSpec,
 *    which the parser fills.
 *
 * Example: `x := a + b*2` parses to
 *   AssignStmt{tok: ":=", lhs: [Ident x], rhs: [BinaryExpr{op: "+", x: Ident a,
 *     y: BinaryExpr{op: "*", x: Ident b, y: BasicLit{litKind: "INT", value: "2"}}}]}
 */

/** A source position: file name as given to the compiler, 1-based line and column. */
export interface Pos {
  readonly file: string;
  readonly line: number;
  readonly col: number;
}

// ---------------------------------------------------------------------------
// Expressions and types (Go's syntax does not separate them: `[]int{1}` and
// `T(x)` need both, so a type is an expression node).

export type Expr =
  | BadExpr
  | Ident
  | BasicLit
  | CompositeLit
  | FuncLit
  | ParenExpr
  | SelectorExpr
  | IndexExpr
  | SliceExpr
  | TypeAssertExpr
  | CallExpr
  | StarExpr
  | UnaryExpr
  | BinaryExpr
  | KeyValueExpr
  | Ellipsis
  | ArrayType
  | StructType
  | FuncType
  | InterfaceType
  | MapType
  | ChanType;

/** A placeholder where the parser could not build an expression (after a syntax error). */
export interface BadExpr {
  kind: "BadExpr";
  pos: Pos;
}

/** An identifier; `_` is the blank identifier. */
export interface Ident {
  kind: "Ident";
  pos: Pos;
  name: string;
}

export type LitKind = "INT" | "FLOAT" | "IMAG" | "CHAR" | "STRING";

/** A literal; `value` is the exact source text (quotes, prefixes and `_` included). */
export interface BasicLit {
  kind: "BasicLit";
  pos: Pos;
  litKind: LitKind;
  value: string;
  /** Set when the literal is malformed; the lexer reported it, later phases stay quiet. */
  bad?: boolean;
}

/**
 * `T{elts}`; `type` is undefined when elided inside an outer composite literal.
 * pos is the position of the type if present, else of `{` (as gc).
 */
export interface CompositeLit {
  kind: "CompositeLit";
  pos: Pos;
  type: Expr | undefined;
  lbrace: Pos;
  elts: Expr[];
  rbrace: Pos;
}

/** `func(params) results { body }`; pos is the `func` keyword. */
export interface FuncLit {
  kind: "FuncLit";
  pos: Pos;
  type: FuncType;
  body: BlockStmt;
}

/** `(x)`; pos is the `(`. */
export interface ParenExpr {
  kind: "ParenExpr";
  pos: Pos;
  x: Expr;
}

/** `x.sel`; pos is the position of x (gc reports selectors at the `.`: see `dot`). */
export interface SelectorExpr {
  kind: "SelectorExpr";
  pos: Pos;
  x: Expr;
  sel: Ident;
  /** Position of the `.`; gc reports some selector diagnostics there. */
  dot: Pos;
}

/** `x[index]`; pos is the position of x; lbrack the `[`. */
export interface IndexExpr {
  kind: "IndexExpr";
  pos: Pos;
  x: Expr;
  lbrack: Pos;
  index: Expr;
}

/** `x[low:high]` or `x[low:high:max]` (slice3). */
export interface SliceExpr {
  kind: "SliceExpr";
  pos: Pos;
  x: Expr;
  lbrack: Pos;
  low: Expr | undefined;
  high: Expr | undefined;
  max: Expr | undefined;
  slice3: boolean;
}

/** `x.(T)`; `type` is undefined for the `x.(type)` of a type switch guard. */
export interface TypeAssertExpr {
  kind: "TypeAssertExpr";
  pos: Pos;
  x: Expr;
  dot: Pos;
  type: Expr | undefined;
}

/**
 * `fun(args)` or `fun(args...)`; `ellipsis` is the position of `...` when present.
 * pos is the position of fun; lparen the `(` (gc reports calls at the `(`).
 */
export interface CallExpr {
  kind: "CallExpr";
  pos: Pos;
  fun: Expr;
  lparen: Pos;
  args: Expr[];
  ellipsis: Pos | undefined;
  rparen: Pos;
}

/** `*x`: a dereference or a pointer type; pos is the `*`. */
export interface StarExpr {
  kind: "StarExpr";
  pos: Pos;
  x: Expr;
}

export type UnaryOp = "+" | "-" | "!" | "^" | "&" | "<-";

/** A unary expression; pos is the operator. */
export interface UnaryExpr {
  kind: "UnaryExpr";
  pos: Pos;
  op: UnaryOp;
  x: Expr;
}

export type BinaryOp =
  | "||"
  | "&&"
  | "=="
  | "!="
  | "<"
  | "<="
  | ">"
  | ">="
  | "+"
  | "-"
  | "|"
  | "^"
  | "*"
  | "/"
  | "%"
  | "<<"
  | ">>"
  | "&"
  | "&^";

/** A binary expression; pos is the position of x; opPos the operator (gc reports there). */
export interface BinaryExpr {
  kind: "BinaryExpr";
  pos: Pos;
  op: BinaryOp;
  opPos: Pos;
  x: Expr;
  y: Expr;
}

/** `key: value` inside a composite literal; pos is the key's. */
export interface KeyValueExpr {
  kind: "KeyValueExpr";
  pos: Pos;
  key: Expr;
  colon: Pos;
  value: Expr;
}

/** `...T` as the type of a final variadic parameter, or `[...]T`'s length (elt undefined). */
export interface Ellipsis {
  kind: "Ellipsis";
  pos: Pos;
  elt: Expr | undefined;
}

/** `[len]elt`, `[...]elt` (len is an Ellipsis) or `[]elt` (len undefined); pos is `[`. */
export interface ArrayType {
  kind: "ArrayType";
  pos: Pos;
  len: Expr | undefined;
  elt: Expr;
}

/** One field, parameter, result or interface element. */
export interface Field {
  pos: Pos;
  /** Empty for an embedded field, an unnamed parameter or an embedded interface. */
  names: Ident[];
  /** The type; for an interface method, a FuncType. */
  type: Expr;
  /** Struct tag, a STRING BasicLit. */
  tag: BasicLit | undefined;
}

/** `struct { fields }`; pos is `struct`. */
export interface StructType {
  kind: "StructType";
  pos: Pos;
  fields: Field[];
}

/** `func(params) results`; pos is `func` (or the `(` for a method signature). */
export interface FuncType {
  kind: "FuncType";
  pos: Pos;
  params: Field[];
  results: Field[];
}

/** `interface { methods and embedded interfaces }`; pos is `interface`. */
export interface InterfaceType {
  kind: "InterfaceType";
  pos: Pos;
  methods: Field[];
}

/** `map[key]value`; pos is `map`. */
export interface MapType {
  kind: "MapType";
  pos: Pos;
  key: Expr;
  value: Expr;
}

export type ChanDir = "both" | "send" | "recv";

/** `chan T`, `chan<- T` (send), `<-chan T` (recv); pos is the first token. */
export interface ChanType {
  kind: "ChanType";
  pos: Pos;
  dir: ChanDir;
  value: Expr;
}

// ---------------------------------------------------------------------------
// Statements

export type Stmt =
  | BadStmt
  | DeclStmt
  | EmptyStmt
  | LabeledStmt
  | ExprStmt
  | SendStmt
  | IncDecStmt
  | AssignStmt
  | GoStmt
  | DeferStmt
  | ReturnStmt
  | BranchStmt
  | BlockStmt
  | IfStmt
  | SwitchStmt
  | TypeSwitchStmt
  | SelectStmt
  | ForStmt
  | RangeStmt;

export interface BadStmt {
  kind: "BadStmt";
  pos: Pos;
}

/** A const, type or var declaration inside a function. */
export interface DeclStmt {
  kind: "DeclStmt";
  pos: Pos;
  decl: GenDecl;
}

/** An empty statement (also an elided init or post statement is simply undefined). */
export interface EmptyStmt {
  kind: "EmptyStmt";
  pos: Pos;
}

export interface LabeledStmt {
  kind: "LabeledStmt";
  pos: Pos;
  label: Ident;
  stmt: Stmt;
}

export interface ExprStmt {
  kind: "ExprStmt";
  pos: Pos;
  x: Expr;
}

/** `ch <- value`; pos is the channel's, arrow the `<-`. */
export interface SendStmt {
  kind: "SendStmt";
  pos: Pos;
  chan: Expr;
  arrow: Pos;
  value: Expr;
}

/** `x++` / `x--`; pos is x's, tokPos the operator. */
export interface IncDecStmt {
  kind: "IncDecStmt";
  pos: Pos;
  x: Expr;
  tok: "++" | "--";
  tokPos: Pos;
}

export type AssignTok =
  "=" | ":=" | "+=" | "-=" | "*=" | "/=" | "%=" | "&=" | "|=" | "^=" | "<<=" | ">>=" | "&^=";

/** `lhs tok rhs`; pos is the first lhs's, tokPos the operator (gc reports `:=` errors there). */
export interface AssignStmt {
  kind: "AssignStmt";
  pos: Pos;
  lhs: Expr[];
  tok: AssignTok;
  tokPos: Pos;
  rhs: Expr[];
}

/** `go call`; pos is `go`. `call` is any expression (the checker requires a call). */
export interface GoStmt {
  kind: "GoStmt";
  pos: Pos;
  call: Expr;
}

/** `defer call`; pos is `defer`. */
export interface DeferStmt {
  kind: "DeferStmt";
  pos: Pos;
  call: Expr;
}

export interface ReturnStmt {
  kind: "ReturnStmt";
  pos: Pos;
  results: Expr[];
}

/** break, continue, goto and fallthrough. */
export interface BranchStmt {
  kind: "BranchStmt";
  pos: Pos;
  tok: "break" | "continue" | "goto" | "fallthrough";
  label: Ident | undefined;
}

/** `{ list }`; pos is `{`, rbrace is `}`. */
export interface BlockStmt {
  kind: "BlockStmt";
  pos: Pos;
  list: Stmt[];
  rbrace: Pos;
}

export interface IfStmt {
  kind: "IfStmt";
  pos: Pos;
  init: Stmt | undefined;
  cond: Expr;
  body: BlockStmt;
  /** An IfStmt (else if) or a BlockStmt. */
  else: Stmt | undefined;
}

/** A case of an expression or type switch; `list` undefined for `default`. */
export interface CaseClause {
  pos: Pos;
  list: Expr[] | undefined;
  colon: Pos;
  body: Stmt[];
}

export interface SwitchStmt {
  kind: "SwitchStmt";
  pos: Pos;
  init: Stmt | undefined;
  tag: Expr | undefined;
  lbrace: Pos;
  body: CaseClause[];
  rbrace: Pos;
}

/**
 * `switch [init;] [v :=] x.(type) { ... }`.
 * `binding` is the `v` of `v := x.(type)`, undefined without one; `guard` is the
 * TypeAssertExpr with an undefined type.
 */
export interface TypeSwitchStmt {
  kind: "TypeSwitchStmt";
  pos: Pos;
  init: Stmt | undefined;
  binding: Ident | undefined;
  guard: TypeAssertExpr;
  lbrace: Pos;
  body: CaseClause[];
  rbrace: Pos;
}

/** A case of a select; `comm` is a SendStmt, an ExprStmt (`<-ch`) or an AssignStmt (`v, ok := <-ch`), undefined for default. */
export interface CommClause {
  pos: Pos;
  comm: Stmt | undefined;
  colon: Pos;
  body: Stmt[];
}

export interface SelectStmt {
  kind: "SelectStmt";
  pos: Pos;
  body: CommClause[];
  rbrace: Pos;
}

export interface ForStmt {
  kind: "ForStmt";
  pos: Pos;
  init: Stmt | undefined;
  cond: Expr | undefined;
  post: Stmt | undefined;
  body: BlockStmt;
}

/** `for key, value := range x` (tok ":="), `for k = range x` (tok "="), `for range x` (tok undefined). */
export interface RangeStmt {
  kind: "RangeStmt";
  pos: Pos;
  key: Expr | undefined;
  value: Expr | undefined;
  tok: "=" | ":=" | undefined;
  tokPos: Pos | undefined;
  x: Expr;
  body: BlockStmt;
}

// ---------------------------------------------------------------------------
// Declarations

export type Decl = GenDecl | FuncDecl | BadDecl;

export interface BadDecl {
  kind: "BadDecl";
  pos: Pos;
}

export type Spec = ImportSpec | ValueSpec | TypeSpec;

/** `import name "path"`; name is `.`/`_`/an identifier or undefined. */
export interface ImportSpec {
  kind: "ImportSpec";
  pos: Pos;
  name: Ident | undefined;
  path: BasicLit;
}

/**
 * One line of a const or var declaration. For consts, an omitted type and value list
 * repeats the previous spec's (the parser does NOT copy them: the checker does, using
 * `iota`, the spec's index in its group).
 */
export interface ValueSpec {
  kind: "ValueSpec";
  pos: Pos;
  names: Ident[];
  type: Expr | undefined;
  values: Expr[];
  iota: number;
}

/** `type name T` or, with assign, the alias `type name = T`. */
export interface TypeSpec {
  kind: "TypeSpec";
  pos: Pos;
  name: Ident;
  assign: boolean;
  type: Expr;
}

/** import, const, type or var, grouped `( ... )` or not. */
export interface GenDecl {
  kind: "GenDecl";
  pos: Pos;
  tok: "import" | "const" | "type" | "var";
  specs: Spec[];
}

/**
 * A function or method. `body` is undefined for a declaration without body (allowed in
 * the shipped stdlib for functions the runtime provides). `pragmas` holds the `//go:`
 * directives (e.g. "go:noinline", "go:noescape") written on the lines just before it.
 */
export interface FuncDecl {
  kind: "FuncDecl";
  pos: Pos;
  recv: Field | undefined;
  name: Ident;
  type: FuncType;
  body: BlockStmt | undefined;
  pragmas: string[];
}

/** A comment with its position; text includes the `//` or `/*` markers. */
export interface Comment {
  pos: Pos;
  text: string;
}

/** One source file. */
export interface File {
  kind: "File";
  pos: Pos;
  filename: string;
  pkgName: Ident;
  imports: ImportSpec[];
  decls: Decl[];
  /** Every comment of the file, in order (used for `// ERROR` annotations and directives). */
  comments: Comment[];
}

export type Node = Expr | Stmt | Decl | Spec | File;
