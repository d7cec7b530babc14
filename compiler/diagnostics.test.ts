import { describe, expect, it } from "vitest";
import { formatDiagnostic, sortDiagnostics, type Diagnostic } from "./diagnostics.js";

const at = (file: string, line: number, col: number, msg = "m"): Diagnostic => ({
  pos: { file, line, col },
  msg,
  phase: "type",
});

describe("diagnostics", () => {
  it("print as file:line:col: msg", () => {
    expect(formatDiagnostic(at("x.go", 7, 2, "undefined: y"))).toBe("x.go:7:2: undefined: y");
    expect(formatDiagnostic(at("x.go", 7, 2), (f) => "./" + f)).toBe("./x.go:7:2: m");
  });

  it("drop the column from 255 on, as gc does (go1.19 prints c.go:3:254 but c.go:3)", () => {
    expect(formatDiagnostic(at("c.go", 3, 254))).toBe("c.go:3:254: m");
    expect(formatDiagnostic(at("c.go", 3, 255))).toBe("c.go:3: m");
  });

  it("sort by file, line, column, keeping report order for ties", () => {
    const ds = [
      at("b.go", 1, 1, "1"),
      at("a.go", 2, 5, "2"),
      at("a.go", 2, 1, "3"),
      at("a.go", 2, 1, "4"),
    ];
    expect(sortDiagnostics(ds).map((d) => d.msg)).toEqual(["3", "4", "2", "1"]);
  });
});
