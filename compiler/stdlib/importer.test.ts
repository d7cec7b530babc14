/*
 * Tests of the stdlib importer's declaration-only mode (importer.ts).
 *
 * 1. declarationText empties exactly the top-level function bodies and the literals of
 *    package-level variables' initializers: lines are kept, braces inside strings, runes
 *    and comments and the braces of struct or interface types are not taken for a body,
 *    a bodiless function (a runtime hook) leaves the next declaration alone, and an array
 *    sized by its elements (`[...]T{…}`) keeps them.
 * 2. For every shipped package, the declaration-only import gives the same package as the
 *    full check: the same objects, kinds and types in its scope, and the same methods with
 *    the same signatures and noBody flags on its named types.
 */
import { describe, expect, it } from "vitest";
import { typeString } from "../types/typestring.js";
import type { Package } from "../types/types.js";
import { declarationText } from "./declarations.js";
import { stdlibImporter } from "./importer.js";
import { stdlibSources } from "./sources.js";

describe("declarationText", () => {
  it("empties top-level bodies and keeps every line", () => {
    const src = [
      "package p",
      "",
      "func f(x int) int {",
      '\ts := "}{"',
      "\tr := '}'",
      "\t// }",
      "\treturn x + len(s) + int(r)",
      "}",
      "",
      "func (t *T) M() (a, b int) { return 1, 2 }",
      "",
      "func g() struct{ a int } {",
      "\treturn struct{ a int }{1}",
      "}",
      "",
      "func h(p interface{ M() }) interface{} {",
      "\tfmt := `",
      "}`",
      "\treturn fmt",
      "}",
      "",
      "func hook(p *int) int",
      "",
      "var table = []int{1, 2, 3}",
      "",
    ].join("\n");
    const out = declarationText(src);
    expect(out.split("\n").length).toBe(src.split("\n").length);
    expect(out).toContain("func f(x int) int {\n\n\n\n\n}");
    expect(out).toContain("func (t *T) M() (a, b int) {}");
    expect(out).toContain("func g() struct{ a int } {\n\n}");
    expect(out).toContain("func h(p interface{ M() }) interface{} {\n\n\n\n}");
    expect(out).toContain("func hook(p *int) int\n\nvar table = []int{}\n");
  });

  it("empties the literals of package-level variables, not their types", () => {
    const src = [
      "package p",
      "",
      "var (",
      '\tm = map[string]int{"a": 1,',
      '\t\t"b": 2}',
      "\tb, c = struct{ a int }{1}, [...]int{1, 2}",
      "\td = f(T{x: func() int { return 1 }()})",
      "\te int = 3",
      "\tg struct{ x int }",
      ")",
      "",
      "var k = func() int {",
      "\treturn 2",
      "}",
      "",
      "func f(t T) int { var x = []int{1}; return x[0] }",
      "",
    ].join("\n");
    const out = declarationText(src);
    expect(out.split("\n").length).toBe(src.split("\n").length);
    expect(out).toContain("\tm = map[string]int{\n}\n");
    expect(out).toContain("\tb, c = struct{ a int }{}, [...]int{1, 2}\n");
    expect(out).toContain("\td = f(T{})\n\te int = 3\n\tg struct{ x int }\n)\n");
    expect(out).toContain("var k = func() int {\n\n}");
    expect(out).toContain("func f(t T) int {}");
  });

  it("drops the imports only emptied code used", () => {
    const src = [
      "package p",
      "",
      "import (",
      '\t"errors"',
      '\t"io"',
      '\tu "unicode/utf8"',
      '\t_ "unsafe"',
      ")",
      'import "strings"',
      "",
      'var ErrX = errors.New("x")',
      "",
      "func F(r io.Reader) int { return u.RuneLen(strings.IndexByte(\"a\", 'a')) }",
      "",
    ].join("\n");
    const out = declarationText(src).split("\n");
    expect(out.slice(2, 10)).toEqual([
      "import (",
      '\t"errors"',
      '\t"io"',
      "",
      '\t_ "unsafe"',
      ")",
      "",
      "",
    ]);
  });

  it("drops comments but keeps directives and lines", () => {
    const src =
      "package p\n\n// F does /* x */\n// things.\n//go:noescape\nfunc F(p *int) /* c\n */ int\n";
    expect(declarationText(src)).toBe("package p\n\n\n\n//go:noescape\nfunc F(p *int) \n int\n");
  });
});

/** A package's declarations, printed: scope objects, then each named type's methods. */
function declarations(pkg: Package): string[] {
  const out: string[] = [];
  for (const [name, obj] of [...pkg.scope.elems].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const t = "type" in obj && obj.type ? typeString(obj.type, pkg) : "";
    out.push(`${obj.kind} ${name} ${t}`);
    if (obj.kind === "TypeName" && obj.type.kind === "Named") {
      for (const m of obj.type.methods) {
        out.push(`  method ${m.name} ${typeString(m.type, pkg)} noBody=${m.noBody}`);
      }
    }
    if (obj.kind === "Func") out.push(`  noBody=${obj.noBody}`);
  }
  return out;
}

describe("declaration-only import", () => {
  it("gives every shipped package the same declarations as the full check", () => {
    const decl = stdlibImporter();
    const full = stdlibImporter({ checkBodies: true });
    let n = 0;
    for (const path of stdlibSources.keys()) {
      const a = decl.importPackage(path);
      const b = full.importPackage(path);
      expect(a.kind, path).toBe("Package");
      expect(b.kind, path).toBe("Package");
      if (a.kind !== "Package" || b.kind !== "Package") continue;
      expect(declarations(a), path).toEqual(declarations(b));
      n++;
    }
    expect(n).toBe(stdlibSources.size);
    expect(full.stdlibDiagnostics()).toEqual([]);
  });
});
