/*
 * What the checker records for the later phases (TypeInfo), amd64 sizes, gc's type
 * printing, initialization order, and programs that must check clean.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { formatDiagnostic, sortDiagnostics } from "../diagnostics.js";
import type { SourceFile } from "../source.js";
import type * as ast from "../syntax/ast.js";
import { parseFile } from "../syntax/parser.js";
import { exprString } from "../syntax/print.js";
import { type ImportFailure, type Importer, type TypeInfo, checkPackage } from "./check.js";
import { constString } from "./constant.js";
import { methodSet } from "./lookup.js";
import { alignof, offsetsof, sizeof } from "./sizes.js";
import { sourceImporter } from "./srcimporter.js";
import type { Package, Type } from "./types.js";
import { typeString } from "./typestring.js";

const stdlibDir = join(dirname(fileURLToPath(import.meta.url)), "..", "stdlib");

class DiskSources extends Map<string, SourceFile[]> {
  override get(path: string): SourceFile[] | undefined {
    const dir = join(stdlibDir, path);
    if (!existsSync(dir)) return undefined;
    const files = readdirSync(dir).filter((f) => f.endsWith(".go") && !f.endsWith("_test.go"));
    if (files.length === 0) return undefined;
    return files.map((f) => ({ name: `${path}/${f}`, text: readFileSync(join(dir, f), "utf8") }));
  }
}

function check(
  srcs: string | string[],
  importer: Importer = sourceImporter(new DiskSources()),
): { pkg: Package; info: TypeInfo; errors: string[]; files: ast.File[] } {
  const list = typeof srcs === "string" ? [srcs] : srcs;
  const files = list.map((text, i) => {
    const r = parseFile({ name: list.length === 1 ? "x.go" : `x${i}.go`, text });
    expect(r.diagnostics).toEqual([]);
    return r.file;
  });
  const r = checkPackage(files, importer);
  return {
    pkg: r.pkg,
    info: r.info,
    errors: sortDiagnostics(r.diagnostics).map((d) => formatDiagnostic(d)),
    files,
  };
}

/** Every expression node of the files, in source order. */
function exprs(files: ast.File[]): ast.Expr[] {
  const out: ast.Expr[] = [];
  const visit = (n: unknown): void => {
    if (!n || typeof n !== "object") return;
    if (Array.isArray(n)) {
      for (const x of n) visit(x);
      return;
    }
    const o = n as { kind?: string };
    if (typeof o.kind === "string" && isExprKind(o.kind)) out.push(o as ast.Expr);
    for (const [k, v] of Object.entries(o)) if (k !== "pos") visit(v);
  };
  visit(files);
  return out;
}

const exprKinds = new Set([
  "Ident",
  "BasicLit",
  "CompositeLit",
  "FuncLit",
  "ParenExpr",
  "SelectorExpr",
  "IndexExpr",
  "SliceExpr",
  "TypeAssertExpr",
  "CallExpr",
  "StarExpr",
  "UnaryExpr",
  "BinaryExpr",
]);
function isExprKind(k: string): boolean {
  return exprKinds.has(k);
}

/** The recorded type of the first expression printed as `src`. */
function typeOf(
  r: { info: TypeInfo; files: ast.File[]; pkg: Package },
  src: string,
): { type: string; mode: string; value?: string } {
  const e = exprs(r.files).find((x) => exprString(x) === src);
  if (!e) throw new Error(`no expression ${src}`);
  const tv = r.info.types.get(e);
  if (!tv) throw new Error(`no type recorded for ${src}`);
  return {
    type: typeString(tv.type, r.pkg),
    mode: tv.mode,
    ...(tv.value ? { value: constString(tv.value) } : {}),
  };
}

describe("programs that check clean", () => {
  const clean: [string, string][] = [
    [
      "declarations in any order, across files",
      `package main
var a = b + 1
var b = f()
func f() int { return len(T{}.xs) }
type T struct{ xs [3]int }
func main() { _ = a }
`,
    ],
    [
      "methods, embedding, interfaces",
      `package main
type Stringer interface{ String() string }
type Base struct{ name string }
func (b *Base) String() string { return b.name }
type Derived struct {
	*Base
	n int
}
func use(s Stringer) string { return s.String() }
func main() {
	d := Derived{&Base{"x"}, 1}
	_ = use(d)
	_ = use(&d)
	_ = d.name
	f := d.String
	g := (*Base).String
	_, _ = f(), g(d.Base)
}
`,
    ],
    [
      "closures, goroutines, channels, select, defer, recover",
      `package main
func main() {
	ch := make(chan int, 1)
	done := make(chan struct{})
	go func() {
		defer close(done)
		defer func() { _ = recover() }()
		for v := range ch {
			_ = v
		}
	}()
	select {
	case ch <- 1:
	case <-done:
	default:
	}
	close(ch)
	<-done
}
`,
    ],
    [
      "constants, iota, untyped arithmetic, shifts",
      `package main
const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
)
const big = 1 << 100
const small = big >> 98
const f = 1.0 / 3
var x uint8 = 255
var s uint = 3
var y = 1 << s
var z int64 = 1 << s
func main() { _, _, _ = x, y, z; var _ [small]int; var _ float32 = f; var _ int = GB }
`,
    ],
    [
      "type switches, assertions, labels",
      `package main
type I interface{ M() }
type T int
func (T) M() {}
func classify(x interface{}) int {
	switch v := x.(type) {
	case nil:
		return 0
	case int, string:
		_ = v
		return 1
	case I:
		v.M()
		return 2
	default:
		return 3
	}
}
func main() {
	var i I = T(1)
	if t, ok := i.(T); ok { _ = t }
	_ = classify(i)
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 1 { continue outer }
			if i == 2 { break outer }
		}
	}
	goto end
end:
}
`,
    ],
    [
      "unsafe and builtins",
      `package main
import "unsafe"
type S struct{ a bool; b int64 }
func main() {
	var s S
	p := unsafe.Pointer(&s)
	q := (*int64)(unsafe.Add(p, unsafe.Offsetof(s.b)))
	_ = *q
	var arr [unsafe.Sizeof(s)]byte
	_ = len(arr) + cap(arr[:])
	m := map[string]int{}
	delete(m, "a")
	xs := append([]int(nil), 1, 2)
	n := copy(xs, []int{3})
	c := complex(1, 2)
	_ = real(c) + imag(c) + float64(n)
	print(1, "a")
	println()
	b := append([]byte("x"), "yz"...)
	_ = string(b)
}
`,
    ],
  ];
  for (const [name, src] of clean) {
    it(name, () => {
      expect(check(src).errors).toEqual([]);
    });
  }

  it("multiple files of one package", () => {
    const r = check([
      "package p\nfunc F() int { return g() + C }\n",
      "package p\nconst C = 2\nfunc g() int { return int(v) }\nvar v T\ntype T float64\n",
    ]);
    expect(r.errors).toEqual([]);
    expect(r.pkg.name).toBe("p");
  });
});

describe("TypeInfo", () => {
  it("records types, modes and constant values", () => {
    const r = check(`package main
const c = 2
type T struct{ x int }
func main() {
	var t T
	var b byte = 'a' + c
	s := []int{1}
	m := map[string]bool{}
	v, ok := m["k"]
	_, _, _, _, _ = t.x, b, s[0], v, ok
	_ = len("abc")
}
`);
    expect(r.errors).toEqual([]);
    expect(typeOf(r, "'a' + c")).toEqual({ type: "byte", mode: "constant", value: "99" });
    expect(typeOf(r, "t.x")).toEqual({ type: "int", mode: "variable" });
    expect(typeOf(r, "s[0]")).toEqual({ type: "int", mode: "variable" });
    expect(typeOf(r, 'm["k"]')).toEqual({ type: "bool", mode: "commaok" });
    expect(typeOf(r, 'len("abc")')).toEqual({ type: "int", mode: "constant", value: "3" });
    expect(typeOf(r, "[]int{…}")).toEqual({ type: "[]int", mode: "value" });
  });

  it("records defs, uses, implicits and scopes", () => {
    const r = check(`package main
type B struct{ y int }
type A struct{ B }
func main() {
	var i interface{} = 1
	switch v := i.(type) {
	case int:
		_ = v + 1
	case string:
	}
	a := A{}
	_ = a.y
}
`);
    expect(r.errors).toEqual([]);
    const defs = [...r.info.defs].filter(([, o]) => o).map(([id, o]) => `${id.name}:${o!.kind}`);
    expect(defs).toEqual(
      expect.arrayContaining(["B:TypeName", "A:TypeName", "main:Func", "i:Var", "a:Var"]),
    );
    // v is implicitly declared once per clause, with that clause's type.
    const implicitTypes = [...r.info.implicits.values()]
      .filter((o) => o.kind === "Var" && o.name === "v")
      .map((o) => (o.kind === "Var" ? typeString(o.type) : ""));
    expect(implicitTypes).toEqual(["int", "string"]);
    // The embedded field B is an implicit object of its Field.
    expect(
      [...r.info.implicits.values()].some((o) => o.kind === "Var" && o.name === "B" && o.embedded),
    ).toBe(true);
    const usesOfI = [...r.info.uses].filter(([id]) => id.name === "i");
    expect(usesOfI.length).toBe(1);
    expect(r.info.scopes.size).toBeGreaterThan(3);
  });

  it("records selections through embedded fields with their paths", () => {
    const r = check(`package main
type C struct{ v int }
func (*C) M() {}
type B struct{ *C }
type A struct {
	pad int
	B
}
func main() {
	var a A
	_ = a.v
	a.M()
	f := (*C).M
	_ = f
}
`);
    expect(r.errors).toEqual([]);
    const sels = [...r.info.selections].map(([e, s]) => ({
      expr: exprString(e),
      kind: s.kind,
      index: s.index,
      indirect: s.indirect,
      type: typeString(s.type, r.pkg),
    }));
    expect(sels).toEqual([
      { expr: "a.v", kind: "FieldVal", index: [1, 0, 0], indirect: true, type: "int" },
      { expr: "a.M", kind: "MethodVal", index: [1, 0, 0], indirect: true, type: "func()" },
      { expr: "(*C).M", kind: "MethodExpr", index: [0], indirect: true, type: "func(*C)" },
    ]);
  });

  it("orders package initialization as the spec says", () => {
    const r = check(`package p
var (
	a = c + b
	b = f()
	c = f()
	d = 3
)
var x, y = g()
func f() int { return d }
func g() (int, int) { return a, 1 }
`);
    expect(r.errors).toEqual([]);
    expect(
      r.info.initOrder.map((i) => `${i.lhs.map((v) => v.name).join(",")}=${exprString(i.rhs)}`),
    ).toEqual(["d=3", "b=f()", "c=f()", "a=c + b", "x,y=g()"]);
  });
});

describe("method sets", () => {
  it("promotes through embedded fields, with pointer receivers only through pointers", () => {
    const r = check(`package p
type Inner struct{}
func (Inner) V() {}
func (*Inner) P() {}
type ByValue struct{ Inner }
type ByPtr struct{ *Inner }
type I interface{ B(); A() }
type WithIface struct{ I }
`);
    expect(r.errors).toEqual([]);
    const T = (n: string): Type => {
      const o = r.pkg.scope.elems.get(n);
      if (!o || o.kind !== "TypeName") throw new Error(n);
      return o.type;
    };
    const names = (t: Type): string[] =>
      methodSet(t).map((e) => `${e.method.name}${JSON.stringify(e.index)}${e.indirect ? "*" : ""}`);
    expect(names(T("Inner"))).toEqual(["V[0]"]);
    expect(names({ kind: "Pointer", elem: T("Inner") })).toEqual(["P[1]*", "V[0]*"]);
    expect(names(T("ByValue"))).toEqual(["V[0,0]"]);
    expect(names({ kind: "Pointer", elem: T("ByValue") })).toEqual(["P[0,1]*", "V[0,0]*"]);
    expect(names(T("ByPtr"))).toEqual(["P[0,1]*", "V[0,0]*"]);
    expect(names(T("WithIface"))).toEqual(["A[0,0]", "B[0,1]"]);
    expect(names(T("I"))).toEqual(["A[0]", "B[1]"]);
  });
});

describe("amd64 sizes", () => {
  const r = check(`package p
type S struct {
	a bool
	b int64
	c bool
}
type E struct {
	x int32
	z struct{}
}
var s S
var e E
var str string
var sl []int
var i interface{}
var c complex128
var arr [3]int16
`);
  const typeOfVar = (name: string): Type => {
    const o = r.pkg.scope.elems.get(name);
    if (!o || o.kind !== "Var") throw new Error(name);
    return o.type;
  };
  it("lays out structs with padding, as gc", () => {
    const S = typeOfVar("s");
    expect(sizeof(S)).toBe(24);
    expect(alignof(S)).toBe(8);
    const u = S.kind === "Named" ? S.underlying : S;
    expect(u.kind === "Struct" ? offsetsof(u) : []).toEqual([0, 8, 16]);
    // A final zero-size field gets a byte of padding.
    expect(sizeof(typeOfVar("e"))).toBe(8);
  });
  it("sizes the builtin shapes", () => {
    expect(sizeof(typeOfVar("str"))).toBe(16);
    expect(sizeof(typeOfVar("sl"))).toBe(24);
    expect(sizeof(typeOfVar("i"))).toBe(16);
    expect(sizeof(typeOfVar("c"))).toBe(16);
    expect(alignof(typeOfVar("c"))).toBe(8);
    expect(sizeof(typeOfVar("arr"))).toBe(6);
  });
});

describe("typeString", () => {
  it("prints types as gc does", () => {
    const r = check(`package p
type I interface{ M(); N(x int) string }
var a map[string][]*int
var b func(a, b int, c ...string) (int, error)
var c chan (<-chan int)
var d struct{ x int; y string "tag"; I }
var e interface{}
var f any
var g [4]byte
var h func() (r int)
var k chan<- rune
`);
    const t = (n: string): string => {
      const o = r.pkg.scope.elems.get(n);
      return o && o.kind === "Var" ? typeString(o.type, r.pkg) : "?";
    };
    expect(t("a")).toBe("map[string][]*int");
    expect(t("b")).toBe("func(a int, b int, c ...string) (int, error)");
    expect(t("c")).toBe("chan (<-chan int)");
    expect(t("d")).toBe('struct{x int; y string "tag"; I}');
    expect(t("e")).toBe("interface{}");
    expect(t("f")).toBe("any");
    expect(t("g")).toBe("[4]byte");
    expect(t("h")).toBe("func() (r int)");
    expect(t("k")).toBe("chan<- rune");
  });
});

describe("imports", () => {
  it("reports a package minigo does not ship at the import path", () => {
    const none: Importer = {
      importPackage: (path: string): ImportFailure => ({
        kind: "ImportFailure",
        msg: `package ${path} is not in minigo's standard library`,
      }),
    };
    const r = check(`package main\n\nimport "net/http"\n\nfunc main() { http.Get() }\n`, none);
    expect(r.errors).toEqual(["x.go:3:8: package net/http is not in minigo's standard library"]);
  });

  it("imports packages from source, once, and checks uses against them", () => {
    const sources = new Map<string, SourceFile[]>([
      [
        "a/b",
        [
          {
            name: "b.go",
            text: "package b\nconst K = 3\nfunc F(x int) int { return x }\ntype T struct{ X int }\n",
          },
        ],
      ],
    ]);
    const imp = sourceImporter(sources);
    const r = check(
      `package main
import "a/b"
import "unsafe"
func main() {
	var t b.T
	_ = b.F(b.K) + t.X
	_ = unsafe.Sizeof(t)
	_ = b.G
}
`,
      imp,
    );
    expect(r.errors).toEqual(["x.go:8:8: undefined: b.G"]);
    expect(imp.importPackage("a/b")).toBe(imp.importPackage("a/b"));
  });

  it("detects import cycles", () => {
    const sources = new Map<string, SourceFile[]>([
      ["p", [{ name: "p.go", text: 'package p\nimport "q"\nvar X = q.Y\n' }]],
      ["q", [{ name: "q.go", text: 'package q\nimport "p"\nvar Y = p.X\n' }]],
    ]);
    const imp = sourceImporter(sources);
    const r = imp.importPackage("p");
    expect(r.kind).toBe("Package");
    expect(imp.stdlibDiagnostics().map((d) => formatDiagnostic(d))).toEqual([
      "q.go:2:8: import cycle not allowed",
    ]);
  });
});
