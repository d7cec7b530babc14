import { describe, expect, it } from "vitest";
import { compile } from "../../src/compile.js";
import { parseCompileFlags } from "../../src/flags.js";
import { formatDiagnostic } from "../diagnostics.js";
import { stdlibImporter } from "../stdlib/importer.js";
import { constArrayLengths } from "./escape.js";
import { escapeDiagnostics } from "./run.js";
import { stdlibTags } from "./stdlib.js";

const importer = stdlibImporter();
const lines = (text: string): string[] =>
  escapeDiagnostics([{ name: "x.go", text }], importer).diagnostics.map((d) => formatDiagnostic(d));

describe("escape analysis", () => {
  it("moves a returned local to the heap and tags a parameter flowing to a result", () => {
    const text =
      "package p\n\nfunc f(p *int) *int {\n\tx := 1\n\t_ = x\n\treturn p\n}\n\nfunc g() *int {\n\ty := 2\n\treturn &y\n}\n";
    expect(lines(text)).toEqual([
      "x.go:3:8: leaking param: p to result ~r0 level=0",
      "x.go:10:2: moved to heap: y",
    ]);
  });
  it("uses a callee's tags at its call sites (bottom-up)", () => {
    const text =
      "package p\n\nvar g *int\n\nfunc keep(p *int) { g = p }\n\nfunc drop(p *int) int { return *p }\n\nfunc h() int {\n\ta, b := 1, 2\n\tkeep(&a)\n\treturn drop(&b)\n}\n";
    expect(lines(text)).toEqual([
      "x.go:5:11: leaking param: p",
      "x.go:7:11: p does not escape",
      "x.go:10:2: moved to heap: a",
    ]);
  });
  it("reports a deref level for content that leaks to a result", () => {
    const text = "package p\n\nfunc f(pp **int) *int {\n\treturn *pp\n}\n";
    expect(lines(text)).toEqual(["x.go:3:8: leaking param: pp to result ~r0 level=1"]);
  });
  it("sends variables captured by reference in an escaping closure to the heap", () => {
    const text =
      "package p\n\nvar f func() int\n\nfunc g() {\n\tx := 0\n\tf = func() int { x++; return x }\n}\n";
    expect(lines(text)).toEqual([
      "x.go:6:2: moved to heap: x",
      "x.go:7:6: func literal escapes to heap",
    ]);
  });
  it("analyses the shipped stdlib for tags: fmt.Println leaks only its operands' contents", () => {
    const tags = stdlibTags("fmt", "Println");
    expect(tags).toBeDefined();
    expect(tags![0]![0]).toBe(1); // leaking param content: a
    const idx = stdlibTags("strings", "Index");
    expect(idx!.every((t) => t.every((x) => x < 0))).toBe(true);
  });
  it("folds constant array lengths as gc prints types", () => {
    expect(constArrayLengths("new([1 << 16]byte)")).toBe("new([65536]byte)");
    expect(constArrayLengths("new([4]int)")).toBe("new([4]int)");
    expect(constArrayLengths("make([]T, n)")).toBe("make([]T, n)");
  });
});

describe("-m plumbing", () => {
  it("parses -m and -l as gc's count flags", () => {
    expect(parseCompileFlags(["-m", "-l", "x.go"]).flags).toMatchObject({
      escapeLevel: 1,
      noInline: true,
    });
    expect(parseCompileFlags(["-m", "-m", "x.go"]).flags.escapeLevel).toBe(2);
    expect(parseCompileFlags(["-m=2", "x.go"]).flags.escapeLevel).toBe(2);
  });
  it("compile() adds escape diagnostics only with escapeLevel, and they are not errors", () => {
    const src = [
      { name: "x.go", text: "package p\n\nfunc f() *int {\n\tx := 1\n\treturn &x\n}\n" },
    ];
    expect(compile(src).diagnostics).toEqual([]);
    const r = compile(src, { escapeLevel: 1 });
    expect(r.ok).toBe(true);
    expect(r.diagnostics.map((d) => d.msg)).toEqual(["moved to heap: x"]);
  });
  it("type errors win over escape analysis", () => {
    const src = [{ name: "x.go", text: "package p\n\nfunc f() { y = 1 }\n" }];
    const r = compile(src, { escapeLevel: 1 });
    expect(r.ok).toBe(false);
    expect(r.diagnostics.map((d) => d.msg)).toEqual(["undefined: y"]);
  });
});
