import { describe, expect, it } from "vitest";
import {
  expressionText,
  gcElide,
  logicalLine,
  nestStars,
  splitTopLevel,
  statementText,
} from "./notes.js";

describe("gc's texts for -m=2 notes", () => {
  it("elides composite and function literals as gc prints them", () => {
    expect(gcElide("v := &S{p: a0}")).toBe("v := &S{...}");
    expect(gcElide("x := &ConstPtr{}")).toBe("x := &ConstPtr{}");
    expect(gcElide("f = func(ss []string) { got = append(got, ss) }")).toBe("f = func literal");
    expect(gcElide("return []*int{a, b}")).toBe("return []*int{...}");
  });
  it("parenthesises conversions to composite types", () => {
    expect(gcElide("sink = []byte(s)")).toBe("sink = ([]byte)(s)");
    expect(gcElide("x := [4]int(a)")).toBe("x := ([4]int)(a)");
    expect(gcElide("y := a[1](x) + f(z)")).toBe("y := a[1](x) + f(z)");
    expect(gcElide("return []byte{1}")).toBe("return []byte{...}");
  });
  it("parenthesises nested dereferences", () => {
    expect(nestStars("sink = **p2")).toBe("sink = *(*p2)");
    expect(nestStars("x = ***q")).toBe("x = *(*(*q))");
    expect(nestStars("a * *p")).toBe("a * *p");
    expect(nestStars("return *&x")).toBe("return *(&x)");
    expect(nestStars("global = &*&x")).toBe("global = &(*(&x))");
    expect(nestStars("ok := a&&*p")).toBe("ok := a&&*p");
    expect(nestStars("return *(**int)(unsafe.Pointer(&x))")).toBe(
      "return *(**int)(unsafe.Pointer(&x))",
    );
  });
  it("cuts the statement around a position out of its line", () => {
    const line = "func (s *S) set(p *int) { s.p = p }";
    expect(statementText(line, line.indexOf("=") + 1)).toBe("s.p = p");
    expect(statementText("\tl1 := arg // comment", 5)).toBe("l1 := arg");
    expect(statementText("\tvar v0 I = &S{p: a0}", 2)).toBe("v0 = &S{...}");
    expect(statementText("\tx := 1; y := &x", 12)).toBe("y := &x");
  });
  it("prints a function literal called where it is written in parentheses", () => {
    expect(gcElide("sink = func(p *int) *int { return p }(&x)")).toBe("sink = (func literal)(&x)");
    expect(gcElide("go func() { f() }()")).toBe("go (func literal)()");
    const lit = "\tsink = func(p *int) *int { return p }(&x)";
    expect(expressionText(lit, lit.indexOf("(&x)") + 1)).toBe("(func literal)(&x)");
    expect(expressionText("\tsink = f(&x)", 10)).toBe("(&x)");
  });
  it("continues a statement whose brackets are open on the following lines", () => {
    const src = ["\tz := func(p *int) *int {", "\t\treturn p // keep", "\t}(&y)", "\tsink = z"];
    const next = (i: number): string | undefined => src[i];
    expect(statementText(src[0]!, 4, next)).toBe("z := (func literal)(&y)");
    expect(statementText(src[0]!, 4)).toBe("z := func(p *int) *int {");
    const call = ["\tsink = pair(", "\t\ta,", "\t\tb, // last", "\t)"];
    expect(statementText(call[0]!, 7, (i) => call[i])).toBe("sink = pair(a, b)");
    expect(logicalLine(call[0]!, (i) => call[i])).toBe("\tsink = pair(\n\t\ta,\n\t\tb, \n\t)");
    expect(logicalLine("\tx := f(a) // (", () => "never")).toBe("\tx := f(a) ");
  });
  it("splits arguments and reads one expression", () => {
    expect(splitTopLevel("a, f(b, c), []int{1, 2}")).toEqual(["a", "f(b, c)", "[]int{1, 2}"]);
    expect(splitTopLevel("  ")).toEqual([]);
    expect(expressionText("\tg(p, q)", 4)).toBe("p");
  });
});
