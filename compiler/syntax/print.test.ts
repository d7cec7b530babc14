import { describe, expect, it } from "vitest";
import type * as ast from "./ast.js";
import { parseFile } from "./parser.js";
import { exprString, formatNode } from "./print.js";

function expr(src: string): ast.Expr {
  const { file, diagnostics } = parseFile({ name: "x.go", text: `package p\nvar _ = ${src}\n` });
  expect(diagnostics).toEqual([]);
  const d = file.decls[0] as ast.GenDecl;
  return (d.specs[0] as ast.ValueSpec).values[0];
}

describe("exprString (types2's ExprString)", () => {
  // Each expectation is how gc 1.19 quoted the expression in a type error
  // (`cannot use … (value of type …)`) or follows its printer's rules.
  const cases: [string, string][] = [
    ["(x + 2) * 3", "(x + 2) * 3"],
    ["&(x)", "&x"],
    ["func(a, b int) (int, error) { return 0, nil }", "func(a, b int) (int, error) {…}"],
    ["func() {}", "func() {}"],
    ["[]int{1}", "[]int{…}"],
    ["[]int{}", "[]int{}"],
    ["struct{a, b int; c string}{}", "struct{a, b int; c string}{}"],
    ["(*int)(nil)", "(*int)(nil)"],
    ["x.f(a, b...)", "x.f(a, b...)"],
    ["s[1:2:3]", "s[1:2:3]"],
    ["s[:]", "s[:]"],
    ["m[k]", "m[k]"],
    ["x.(T)", "x.(T)"],
    ["<-ch", "<-ch"],
    ["-x + ^y", "-x + ^y"],
    ["make(chan (<-chan int))", "make(chan (<-chan int))"],
    ["make(chan<- int)", "make(chan<- int)"],
    ["map[string][]*T{}", "map[string][]*T{}"],
    ["[...]int{1, 2}", "[...]int{…}"],
    ["interface{ M(int) string; io.Reader }(nil)", "interface{M(int) string; io.Reader}(nil)"],
    ["func(...int) {}", "func(...int) {}"],
    ['"a" + `b`', '"a" + `b`'],
    ["'x'", "'x'"],
    ["T{a: 1}", "T{…}"],
  ];
  for (const [src, want] of cases) {
    it(src, () => expect(exprString(expr(src))).toBe(want));
  }
});

describe("deep trees", () => {
  it("a 100,000-term chain prints without recursion", () => {
    const e = expr("1" + " + x".repeat(100_000));
    const s = exprString(e);
    expect(s.length).toBe(1 + 4 * 100_000);
    expect(s.startsWith("1 + x + x")).toBe(true);
  });
});

describe("formatNode (gc's -m style)", () => {
  // As gc 1.19 printed them in `go tool compile -m` output for our own program.
  const cases: [string, string][] = [
    ["&T{a: 1}", "&T{...}"],
    ["T{}", "T{}"],
    ["[]int{1, 2}", "[]int{...}"],
    ['map[string]int{"a": 1}', "map[string]int{...}"],
    ["func() int { return n }", "func literal"],
    ["make([]int, n)", "make([]int, n)"],
    ["new(int)", "new(int)"],
    ["string(b)", "string(b)"],
    ["[]byte(s)", "([]byte)(s)"],
    ["n + 1", "n + 1"],
    ['s + "x"', 's + "x"'],
  ];
  for (const [src, want] of cases) {
    it(src, () => expect(formatNode(expr(src))).toBe(want));
  }
});
