import { describe, expect, it } from "vitest";
import type * as ast from "./ast.js";
import { parseFile } from "./parser.js";
import { exprString } from "./print.js";

function parse(text: string): ast.File {
  const { file, diagnostics } = parseFile({ name: "x.go", text });
  expect(diagnostics.map((d) => `${d.pos.line}:${d.pos.col}: ${d.msg}`)).toEqual([]);
  return file;
}

/** The statements of `func f() { <body> }`, with the body starting on line 3. */
function stmts(body: string): ast.Stmt[] {
  const f = parse(`package p\nfunc f() {\n${body}\n}\n`);
  return (f.decls[0] as ast.FuncDecl).body!.list;
}

function expr(src: string): ast.Expr {
  const f = parse(`package p\nvar _ = ${src}\n`);
  return ((f.decls[0] as ast.GenDecl).specs[0] as ast.ValueSpec).values[0];
}

/** `line:col` of a position. */
const at = (p: ast.Pos | undefined) => (p ? `${p.line}:${p.col}` : "none");

describe("declarations", () => {
  it("package clause and imports", () => {
    const f = parse('package main\n\nimport "fmt"\nimport (\n\t. "os"\n\t_ "io"\n\tx "y/z"\n)\n');
    expect(f.pkgName.name).toBe("main");
    expect(at(f.pos)).toBe("1:1");
    expect(f.imports.map((s) => [s.name?.name, s.path.value, at(s.pos)])).toEqual([
      [undefined, '"fmt"', "3:8"],
      [".", '"os"', "5:2"],
      ["_", '"io"', "6:2"],
      ["x", '"y/z"', "7:2"],
    ]);
    expect(f.decls.map((d) => d.kind)).toEqual(["GenDecl", "GenDecl"]);
  });

  it("const groups carry iota, the spec's index", () => {
    const f = parse("package p\nconst (\n\ta = iota\n\tb\n\tc, d int = 5, 6\n)\nconst e = 1\n");
    const g = f.decls[0] as ast.GenDecl;
    const specs = g.specs as ast.ValueSpec[];
    expect(
      specs.map((s) => [s.names.map((n) => n.name).join(","), s.iota, s.values.length]),
    ).toEqual([
      ["a", 0, 1],
      ["b", 1, 0],
      ["c,d", 2, 2],
    ]);
    expect(specs[2].type?.kind).toBe("Ident");
    expect(((f.decls[1] as ast.GenDecl).specs[0] as ast.ValueSpec).iota).toBe(0);
  });

  it("var, type and alias declarations", () => {
    const f = parse(
      "package p\nvar x, y int\nvar z = 1\ntype (\n\tA = int\n\tB []*A\n\tC [4]int\n\tD [N]int\n)\n",
    );
    const x = (f.decls[0] as ast.GenDecl).specs[0] as ast.ValueSpec;
    expect(x.names.map((n) => at(n.pos))).toEqual(["2:5", "2:8"]);
    const types = (f.decls[2] as ast.GenDecl).specs as ast.TypeSpec[];
    expect(types.map((t) => [t.name.name, t.assign, exprString(t.type)])).toEqual([
      ["A", true, "int"],
      ["B", false, "[]*A"],
      ["C", false, "[4]int"],
      ["D", false, "[N]int"],
    ]);
  });

  it("functions and methods", () => {
    const f = parse(
      "package p\nfunc f(a, b int, c ...string) (n int, err error) { return }\n" +
        "func (t *T) M() {}\nfunc (T) N(int, string) bool\n",
    );
    const fn = f.decls[0] as ast.FuncDecl;
    expect(at(fn.pos)).toBe("2:1");
    expect(at(fn.name.pos)).toBe("2:6");
    expect(fn.type.params.map((p) => [p.names.map((n) => n.name), exprString(p.type)])).toEqual([
      [["a", "b"], "int"],
      [["c"], "...string"],
    ]);
    expect(fn.type.results.map((p) => p.names[0].name)).toEqual(["n", "err"]);
    const m = f.decls[1] as ast.FuncDecl;
    expect(m.recv?.names[0].name).toBe("t");
    expect(exprString(m.recv!.type)).toBe("*T");
    const n = f.decls[2] as ast.FuncDecl;
    expect(n.recv?.names).toEqual([]);
    expect(n.body).toBeUndefined();
    expect(n.type.params.map((p) => exprString(p.type))).toEqual(["int", "string"]);
    expect(n.type.results.map((p) => exprString(p.type))).toEqual(["bool"]);
  });

  it("struct types: fields, embedded *T and pkg.T, tags", () => {
    const t = expr('struct {\n\ta, b int `json:"a"`\n\t*U\n\tpkg.V\n\tW\n}{}') as ast.CompositeLit;
    const st = t.type as ast.StructType;
    expect(
      st.fields.map((f) => [
        f.names.map((n) => n.name),
        exprString(f.type),
        f.tag?.value,
        at(f.pos),
      ]),
    ).toEqual([
      [["a", "b"], "int", '`json:"a"`', "3:2"],
      [[], "*U", undefined, "4:2"],
      [[], "pkg.V", undefined, "5:2"],
      [[], "W", undefined, "6:2"],
    ]);
  });

  it("interface types with methods and embedding", () => {
    const t = expr(
      "interface {\n\tM(x int) error\n\tio.Reader\n\tString() string\n}(nil)",
    ) as ast.CallExpr;
    const it =
      (t.fun as ast.ParenExpr | ast.InterfaceType).kind === "InterfaceType"
        ? (t.fun as ast.InterfaceType)
        : undefined;
    expect(it).toBeDefined();
    expect(it!.methods.map((m) => [m.names.map((n) => n.name), exprString(m.type)])).toEqual([
      [["M"], "func(x int) error"],
      [[], "io.Reader"],
      [["String"], "func() string"],
    ]);
    // A method's FuncType starts at its `(`.
    expect(at(it!.methods[0].type.pos)).toBe("3:3");
  });

  it("//go: directives since the previous declaration become a func's pragmas", () => {
    // As gc: blank lines and other comments may separate them from the func (gc 1.19
    // then does not inline f); a directive before another declaration is not carried on.
    const f = parse(
      "package p\n\n//go:noinline\n//go:nosplit\nfunc f() {}\n\n//go:noescape\n\nfunc g()\n" +
        "// just a comment\n//go:linkname h runtime.h\n// more\nfunc h()\n" +
        "//go:noinline\nvar x = 1\nfunc k() {}\n",
    );
    expect(
      f.decls.filter((d) => d.kind === "FuncDecl").map((d) => (d as ast.FuncDecl).pragmas),
    ).toEqual([["go:noinline", "go:nosplit"], ["go:noescape"], ["go:linkname h runtime.h"], []]);
    expect(f.comments.length).toBe(7);
  });
});

describe("statements", () => {
  it("assignments, short declarations, op-assign, inc/dec, send", () => {
    const s = stmts("\tx := 1\n\ta, b = b, a\n\tx += 2\n\tx <<= 1\n\tx++\n\tc <- v\n\tf()");
    expect(s.map((x) => x.kind)).toEqual([
      "AssignStmt",
      "AssignStmt",
      "AssignStmt",
      "AssignStmt",
      "IncDecStmt",
      "SendStmt",
      "ExprStmt",
    ]);
    const a = s[0] as ast.AssignStmt;
    expect([a.tok, at(a.pos), at(a.tokPos)]).toEqual([":=", "3:2", "3:4"]);
    expect((s[1] as ast.AssignStmt).lhs.length).toBe(2);
    expect((s[2] as ast.AssignStmt).tok).toBe("+=");
    expect((s[3] as ast.AssignStmt).tok).toBe("<<=");
    const inc = s[4] as ast.IncDecStmt;
    expect([inc.tok, at(inc.tokPos)]).toEqual(["++", "7:3"]);
    expect(at((s[5] as ast.SendStmt).arrow)).toBe("8:4");
  });

  it("if/else with init, else if", () => {
    const [s] = stmts("\tif x := f(); x > 0 {\n\t} else if y {\n\t} else {\n\t}");
    const i = s as ast.IfStmt;
    expect(i.init?.kind).toBe("AssignStmt");
    expect(exprString(i.cond)).toBe("x > 0");
    expect(i.else?.kind).toBe("IfStmt");
    expect((i.else as ast.IfStmt).else?.kind).toBe("BlockStmt");
  });

  it("every for form", () => {
    const s = stmts(
      "\tfor {\n\t}\n\tfor x < 1 {\n\t}\n\tfor i := 0; i < n; i++ {\n\t}\n\tfor ;; {\n\t}\n" +
        "\tfor k, v := range m {\n\t}\n\tfor k = range m {\n\t}\n\tfor range ch {\n\t}",
    );
    expect(s.map((x) => x.kind)).toEqual([
      "ForStmt",
      "ForStmt",
      "ForStmt",
      "ForStmt",
      "RangeStmt",
      "RangeStmt",
      "RangeStmt",
    ]);
    const f3 = s[2] as ast.ForStmt;
    expect([f3.init?.kind, exprString(f3.cond!), f3.post?.kind]).toEqual([
      "AssignStmt",
      "i < n",
      "IncDecStmt",
    ]);
    const r1 = s[4] as ast.RangeStmt;
    expect([exprString(r1.key!), exprString(r1.value!), r1.tok, at(r1.tokPos)]).toEqual([
      "k",
      "v",
      ":=",
      "11:11",
    ]);
    const r2 = s[5] as ast.RangeStmt;
    expect([r2.value, r2.tok]).toEqual([undefined, "="]);
    const r3 = s[6] as ast.RangeStmt;
    expect([r3.key, r3.tok, exprString(r3.x)]).toEqual([undefined, undefined, "ch"]);
  });

  it("switch and type switch, with and without binding", () => {
    const s = stmts(
      "\tswitch x := f(); x {\n\tcase 1, 2:\n\t\tfallthrough\n\tdefault:\n\t}\n" +
        "\tswitch v := y.(type) {\n\tcase int, nil:\n\t}\n\tswitch y.(type) {\n\t}\n\tswitch {\n\t}",
    );
    const sw = s[0] as ast.SwitchStmt;
    expect([sw.init?.kind, exprString(sw.tag!), sw.body.length]).toEqual(["AssignStmt", "x", 2]);
    expect(sw.body[0].list?.length).toBe(2);
    expect(sw.body[1].list).toBeUndefined();
    expect((sw.body[0].body[0] as ast.BranchStmt).tok).toBe("fallthrough");
    const ts = s[1] as ast.TypeSwitchStmt;
    expect([ts.kind, ts.binding?.name, exprString(ts.guard), ts.guard.type]).toEqual([
      "TypeSwitchStmt",
      "v",
      "y.(type)",
      undefined,
    ]);
    const ts2 = s[2] as ast.TypeSwitchStmt;
    expect([ts2.kind, ts2.binding]).toEqual(["TypeSwitchStmt", undefined]);
    expect((s[3] as ast.SwitchStmt).tag).toBeUndefined();
  });

  it("select with send, receive, receive-assign and default", () => {
    const [s] = stmts(
      "\tselect {\n\tcase c <- 1:\n\tcase <-d:\n\tcase v, ok := <-e:\n\t\t_ = v\n\tdefault:\n\t}",
    );
    const sel = s as ast.SelectStmt;
    expect(sel.body.map((c) => c.comm?.kind)).toEqual([
      "SendStmt",
      "ExprStmt",
      "AssignStmt",
      undefined,
    ]);
  });

  it("go, defer, return, branches, labels, blocks, empty statements", () => {
    const s = stmts(
      "L:\n\tfor {\n\t\tbreak L\n\t\tcontinue L\n\t}\n\tgoto L\n\tgo f()\n\tdefer g(1)\n\t{\n\t}\n\t;\n\treturn 1, 2",
    );
    expect(s.map((x) => x.kind)).toEqual([
      "LabeledStmt",
      "BranchStmt",
      "GoStmt",
      "DeferStmt",
      "BlockStmt",
      "EmptyStmt",
      "ReturnStmt",
    ]);
    const l = s[0] as ast.LabeledStmt;
    expect([l.label.name, at(l.pos), l.stmt.kind]).toEqual(["L", "3:1", "ForStmt"]);
    const body = (l.stmt as ast.ForStmt).body.list as ast.BranchStmt[];
    expect(body.map((b) => [b.tok, b.label?.name])).toEqual([
      ["break", "L"],
      ["continue", "L"],
    ]);
    expect((s[6] as ast.ReturnStmt).results.length).toBe(2);
  });

  it("declarations inside functions", () => {
    const s = stmts("\tvar x int\n\tconst c = 1\n\ttype T struct{}");
    expect(s.map((x) => (x as ast.DeclStmt).decl.tok)).toEqual(["var", "const", "type"]);
  });

  it("a label at the end of a block labels an empty statement", () => {
    const s = stmts("L:");
    expect((s[0] as ast.LabeledStmt).stmt.kind).toBe("EmptyStmt");
  });
});

describe("expressions", () => {
  it("binary precedence and positions", () => {
    const e = expr("a + b*c == d || e && f") as ast.BinaryExpr;
    expect(exprString(e)).toBe("a + b * c == d || e && f");
    expect(e.op).toBe("||");
    expect([at(e.pos), at(e.opPos)]).toEqual(["2:9", "2:22"]);
    const l = e.x as ast.BinaryExpr;
    expect(l.op).toBe("==");
    expect((l.x as ast.BinaryExpr).op).toBe("+");
  });

  it("unary operators, pointers and receives", () => {
    for (const [src, kind] of [
      ["-x", "UnaryExpr"],
      ["!x", "UnaryExpr"],
      ["^x", "UnaryExpr"],
      ["&x", "UnaryExpr"],
      ["<-x", "UnaryExpr"],
      ["*x", "StarExpr"],
    ]) {
      expect(expr(src).kind, src).toBe(kind);
    }
  });

  it("composite literals: elided types, keys, nesting", () => {
    const e = expr("map[[2]int][]T{{1, 2}: {{a: 1}}, {3, 4}: nil}") as ast.CompositeLit;
    expect(e.type?.kind).toBe("MapType");
    const kv = e.elts[0] as ast.KeyValueExpr;
    expect(kv.kind).toBe("KeyValueExpr");
    expect((kv.key as ast.CompositeLit).type).toBeUndefined();
    expect([at(kv.key.pos), at(kv.colon)]).toEqual(["2:24", "2:30"]);
    const a = expr("[...]int{1, 2, 3}") as ast.CompositeLit;
    expect(((a.type as ast.ArrayType).len as ast.Ellipsis).kind).toBe("Ellipsis");
    expect([at(a.pos), at(a.lbrace), at(a.rbrace)]).toEqual(["2:9", "2:17", "2:25"]);
    const p = expr("&T{}") as ast.UnaryExpr;
    expect(p.x.kind).toBe("CompositeLit");
  });

  it("the composite literal restriction in headers is the spec's", () => {
    parse(
      "package p\nfunc f() {\n\tif x == (T{}) {\n\t}\n\tfor _, x := range []T{{}} {\n\t}\n\tif f(T{}) {\n\t}\n}\n",
    );
  });

  it("func literals, conversions, method expressions", () => {
    expect(expr("func(x int) int { return x }").kind).toBe("FuncLit");
    for (const src of ["(*T)(x)", "[]byte(s)", "(func())(x)", "chan int(nil)", "(*T).M", "T.M"]) {
      expect(exprString(expr(src)), src).toBe(src);
    }
    // As in gc, `func()(x)` is a function type whose result is x.
    expect(exprString(expr("func()(x)"))).toBe("func() x");
    const c = expr("(*T)(x)") as ast.CallExpr;
    expect(c.fun.kind).toBe("ParenExpr");
    expect(((c.fun as ast.ParenExpr).x as ast.StarExpr).kind).toBe("StarExpr");
  });

  it("calls: variadic, nested, positions", () => {
    const c = expr("f(g(), xs...)") as ast.CallExpr;
    expect([at(c.pos), at(c.lparen), at(c.ellipsis), at(c.rparen), c.args.length]).toEqual([
      "2:9",
      "2:10",
      "2:18",
      "2:21",
      2,
    ]);
    expect(c.args[0].kind).toBe("CallExpr");
  });

  it("index, slices, type assertions, selectors", () => {
    const s = expr("a[1:2:3]") as ast.SliceExpr;
    expect([s.slice3, exprString(s.max!), at(s.lbrack)]).toEqual([true, "3", "2:10"]);
    const s2 = expr("a[:]") as ast.SliceExpr;
    expect([s2.low, s2.high, s2.slice3]).toEqual([undefined, undefined, false]);
    const i = expr("a[i]") as ast.IndexExpr;
    expect(i.kind).toBe("IndexExpr");
    const t = expr("x.(T)") as ast.TypeAssertExpr;
    expect([at(t.pos), at(t.dot), exprString(t.type!)]).toEqual(["2:9", "2:10", "T"]);
    const sel = expr("a.b.c") as ast.SelectorExpr;
    expect([
      sel.sel.name,
      at(sel.dot),
      at(sel.sel.pos),
      (sel.x as ast.SelectorExpr).sel.name,
    ]).toEqual(["c", "2:12", "2:13", "b"]);
  });

  it("channel types and their directions", () => {
    const cases: [string, string][] = [
      ["make(chan int)", "both"],
      ["make(chan<- int)", "send"],
      ["make(<-chan int)", "recv"],
    ];
    for (const [src, dir] of cases) {
      const t = (expr(src) as ast.CallExpr).args[0] as ast.ChanType;
      expect(t.dir, src).toBe(dir);
    }
    // chan<- <-chan int: a send channel of receive channels.
    const t = (expr("make(chan<- <-chan int)") as ast.CallExpr).args[0] as ast.ChanType;
    expect([t.dir, (t.value as ast.ChanType).dir]).toEqual(["send", "recv"]);
    // <-chan <-chan int
    const u = (expr("make(<-chan <-chan int)") as ast.CallExpr).args[0] as ast.ChanType;
    expect([u.dir, (u.value as ast.ChanType).dir, at(u.pos)]).toEqual(["recv", "recv", "2:14"]);
  });

  it("func and map types", () => {
    const m = expr("map[string]func(int) (bool, error){}") as ast.CompositeLit;
    const mt = m.type as ast.MapType;
    expect(exprString(mt.value)).toBe("func(int) (bool, error)");
  });
});

describe("never throws", () => {
  it("returns a File for empty input", () => {
    const { file, diagnostics } = parseFile({ name: "x.go", text: "" });
    expect(file.kind).toBe("File");
    expect(diagnostics.map((d) => d.msg)).toEqual([
      "syntax error: package statement must be first",
    ]);
  });
});
