import { describe, expect, it } from "vitest";
import { expressionText, gcElide, nestStars, splitTopLevel, statementText } from "./notes.js";

describe("gc's texts for -m=2 notes", () => {
  it("elides composite and function literals as gc prints them", () => {
    expect(gcElide("v := &S{p: a0}")).toBe("v := &S{...}");
    expect(gcElide("x := &ConstPtr{}")).toBe("x := &ConstPtr{}");
    expect(gcElide("f = func(ss []string) { got = append(got, ss) }")).toBe("f = func literal");
    expect(gcElide("return []*int{a, b}")).toBe("return []*int{...}");
  });
  it("parenthesises nested dereferences", () => {
    expect(nestStars("sink = **p2")).toBe("sink = *(*p2)");
    expect(nestStars("x = ***q")).toBe("x = *(*(*q))");
    expect(nestStars("a * *p")).toBe("a * *p");
  });
  it("cuts the statement around a position out of its line", () => {
    const line = "func (s *S) set(p *int) { s.p = p }";
    expect(statementText(line, line.indexOf("=") + 1)).toBe("s.p = p");
    expect(statementText("\tl1 := arg // comment", 5)).toBe("l1 := arg");
    expect(statementText("\tvar v0 I = &S{p: a0}", 2)).toBe("v0 = &S{...}");
    expect(statementText("\tx := 1; y := &x", 12)).toBe("y := &x");
  });
  it("splits arguments and reads one expression", () => {
    expect(splitTopLevel("a, f(b, c), []int{1, 2}")).toEqual(["a", "f(b, c)", "[]int{1, 2}"]);
    expect(splitTopLevel("  ")).toEqual([]);
    expect(expressionText("\tg(p, q)", 4)).toBe("p");
  });
});
