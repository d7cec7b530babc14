import { describe, expect, it } from "vitest";
import { checkOutput, errorcheckFlags, goRegExp, wantedErrors } from "./errorcheck.js";

describe("errorcheck harness (run.go semantics)", () => {
  it("reads the header's flags", () => {
    expect(errorcheckFlags("// errorcheck -0 -m -l\n\npackage p\n")).toEqual(["-0", "-m", "-l"]);
    expect(errorcheckFlags("// run\npackage p\n")).toBeUndefined();
  });
  it("collects several regexps per line and expands LINE", () => {
    const w = wantedErrors("x.go", 'a\nb // ERROR "one" "LINE-1: two"\n//// ERROR "ignored"\n');
    expect(w.map((x) => [x.line, x.reStr])).toEqual([
      [2, "one"],
      [2, "x.go:1: two"],
    ]);
  });
  it("passes when every regexp matches and nothing is left", () => {
    const text = 'package p\nx // ERROR "moved to heap: x$"\n';
    const r = checkOutput("x.go", text, ["x.go:2:1: moved to heap: x"]);
    expect(r).toEqual({ failures: [], matched: 1, wanted: 1, unmatched: 0 });
  });
  it("reports a missing error, a wrong message and unmatched output", () => {
    const text = 'l1 // ERROR "a"\nl2 // ERROR "b"\nl3\n';
    const r = checkOutput("x.go", text, ["x.go:2:1: c", "x.go:3:1: d", "x.go:12:1: e"]);
    expect(r.failures[0]).toBe('x.go:1: missing error "a"');
    expect(r.failures[1]).toContain("x.go:2: no match for `b`");
    expect(r.failures.slice(2)).toEqual([
      "Unmatched Errors:",
      "x.go:3:1: d",
      "x.go:12:1: e",
      "x.go:2:1: c",
    ]);
    expect(r.matched).toBe(0);
    expect(r.unmatched).toBe(3);
  });
  it("one regexp consumes every line it matches on its line", () => {
    const text = 'f // ERROR "leaking param"\n';
    const r = checkOutput("x.go", text, [
      "x.go:1:3: leaking param: p",
      "x.go:1:9: leaking param: q",
    ]);
    expect(r.failures).toEqual([]);
  });
  it("translates Go regexp flags", () => {
    expect(goRegExp("(?i)MOVED")!.test("moved to heap")).toBe(true);
    expect(goRegExp("x\\z")!.test("ax")).toBe(true);
  });
});
