/*
 * The checker's diagnostics against gc's, byte for byte.
 *
 * Each case is a small program of ours and the exact output of gc 1.19
 * (`go tool compile -p p -o /tmp/gc.o x.go`, recorded when the case was written — a
 * fact about gc, not a copy of its sources). The checker must print the same lines:
 * same positions, same words, same order, continuation lines included.
 */
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { formatDiagnostic, sortDiagnostics } from "../diagnostics.js";
import type { SourceFile } from "../source.js";
import { checkSources } from "../frontend.js";
import { checkPackage } from "./check.js";
import { sourceImporter } from "./srcimporter.js";

const stdlibDir = join(dirname(fileURLToPath(import.meta.url)), "..", "stdlib");

/** The shipped stdlib's Go sources, read from disk on demand. */
class DiskSources extends Map<string, SourceFile[]> {
  override get(path: string): SourceFile[] | undefined {
    const dir = join(stdlibDir, path);
    if (!existsSync(dir)) return undefined;
    const files = readdirSync(dir).filter((f) => f.endsWith(".go") && !f.endsWith("_test.go"));
    if (files.length === 0) return undefined;
    return files.map((f) => ({ name: `${path}/${f}`, text: readFileSync(join(dir, f), "utf8") }));
  }
}

/** One importer for all cases: the shipped packages are checked once. */
const importer = sourceImporter(new DiskSources());

function gcOutput(src: string): string[] {
  const r = checkSources([{ name: "x.go", text: src }], importer);
  expect(r.check).toBeDefined();
  return sortDiagnostics(r.diagnostics)
    .map((d) => formatDiagnostic(d))
    .join("\n")
    .split("\n")
    .filter((l) => l !== "");
}

describe("diagnostics match gc 1.19", () => {
  for (const [i, c] of gcErrorCases.entries()) {
    const title = `${i}: ${c.src.trim().split("\n").slice(1).join(" ").slice(0, 70)}`;
    it(title, () => {
      expect(gcOutput(c.src)).toEqual(c.want);
    });
  }
});

// Generated from gc 1.19 (go tool compile -p p x.go) on our own programs.
const gcErrorCases: { src: string; want: string[] }[] = [
  {
    src: "package main\nfunc main() { x := 1; x := 2 }\n",
    want: ["x.go:2:15: x declared but not used", "x.go:2:25: no new variables on left side of :="],
  },
  {
    src: "package main\nvar x = 1\nvar x = 2\nfunc main() {}\n",
    want: ["x.go:3:5: x redeclared in this block", "\tx.go:2:5: other declaration of x"],
  },
  {
    src: "package main\nfunc main() { goto L; var x int; _ = x; L: }\n",
    want: ["x.go:2:20: goto L jumps over declaration of x at x.go:2:27"],
  },
  {
    src: "package main\nfunc main() { { L: }; goto L }\n",
    want: ["x.go:2:28: goto L jumps into block starting at x.go:2:15"],
  },
  {
    src: "package main\nfunc main() { goto M }\n",
    want: ["x.go:2:20: label M not defined"],
  },
  {
    src: "package main\nfunc main() { L: for {} }\n",
    want: ["x.go:2:15: label L defined and not used"],
  },
  {
    src: "package main\nfunc main() { L: {}; for { break L } }\n",
    want: ["x.go:2:34: invalid break label L"],
  },
  {
    src: "package main\nfunc main() { L: {}; for { continue L } }\n",
    want: ["x.go:2:37: invalid continue label L"],
  },
  {
    src: "package main\nfunc main() { break }\n",
    want: ["x.go:2:15: break is not in a loop, switch, or select"],
  },
  {
    src: "package main\nfunc main() { continue }\n",
    want: ["x.go:2:15: continue is not in a loop"],
  },
  {
    src: "package main\nfunc main() { fallthrough }\n",
    want: ["x.go:2:15: fallthrough statement out of place"],
  },
  {
    src: "package main\nfunc main() { switch { case true: fallthrough } }\n",
    want: ["x.go:2:35: cannot fallthrough final case in switch"],
  },
  {
    src: "package main\nfunc f() int { }\nfunc main() {}\n",
    want: ["x.go:2:16: missing return"],
  },
  {
    src: "package main\nfunc f() int { return 1 }\nfunc main() { var a, b int = f() }\n",
    want: ["x.go:3:30: assignment mismatch: 2 variables but f returns 1 value"],
  },
  {
    src: "package main\nfunc f() int { return 1 }\nfunc main() { a, b := f(); _, _ = a, b }\n",
    want: ["x.go:3:23: assignment mismatch: 2 variables but f returns 1 value"],
  },
  {
    src: "package main\nfunc f() (int, int) { return 1 }\nfunc main() { }\n",
    want: ["x.go:2:30: not enough return values", "\thave (number)", "\twant (int, int)"],
  },
  {
    src: "package main\nfunc f() (int) { return 1, 2 }\nfunc main() { }\n",
    want: ["x.go:2:28: too many return values", "\thave (number, number)", "\twant (int)"],
  },
  {
    src: "package main\nfunc main() { a, b := 1; _, _ = a, b }\n",
    want: ["x.go:2:23: assignment mismatch: 2 variables but 1 value"],
  },
  {
    src: "package main\nfunc main() { var a int; a, b := 1, 2 ; _ = b; a := 3}\n",
    want: ["x.go:2:19: a declared but not used", "x.go:2:50: no new variables on left side of :="],
  },
  {
    src: "package main\nconst c = 1\nfunc main() { c = 2 }\n",
    want: ["x.go:3:15: cannot assign to c (untyped int constant 1)"],
  },
  {
    src: "package main\nfunc f(int) {}\nfunc main() { f(1, 2) }\n",
    want: ["x.go:3:20: too many arguments in call to f", "\thave (number, number)", "\twant (int)"],
  },
  {
    src: "package main\nfunc f(int, string) {}\nfunc main() { f(1) }\n",
    want: [
      "x.go:3:17: not enough arguments in call to f",
      "\thave (number)",
      "\twant (int, string)",
    ],
  },
  {
    src: 'package main\nimport "fmt"\nfunc main() { }\n',
    want: ['x.go:2:8: imported and not used: "fmt"'],
  },
  {
    src: 'package main\nimport "os"\nfunc main() { x := 1; x }\n',
    want: [
      'x.go:2:8: imported and not used: "os"',
      "x.go:3:23: x (variable of type int) is not used",
    ],
  },
  {
    src: "package main\nfunc main() { 1 + 2 }\n",
    want: ["x.go:2:15: 1 + 2 (untyped int constant 3) is not used"],
  },
  {
    src: "package p\nfunc init() int { return 1 }\n",
    want: ["x.go:2:6: func init must have no arguments and no return values"],
  },
  {
    src: "package p\nfunc init() {}\nfunc f() { init() }\n",
    want: ["x.go:3:12: undefined: init"],
  },
  {
    src: "package main\ntype T int\nfunc (T) M() {}\nfunc (T) M() {}\nfunc main(){}\n",
    want: ["x.go:4:10: T.M redeclared in this block", "\tx.go:3:10: other declaration of M"],
  },
  {
    src: "package main\ntype T struct { a int; a string }\nfunc main(){}\n",
    want: ["x.go:2:24: a redeclared", "\tx.go:2:17: other declaration of a"],
  },
  {
    src: "package main\nfunc (int) M() {}\nfunc main(){}\n",
    want: ["x.go:2:7: cannot define new methods on non-local type int"],
  },
  {
    src: "package main\ntype T T\nfunc main(){}\n",
    want: ["x.go:2:6: invalid recursive type T", "\tx.go:2:6: T refers to", "\tx.go:2:6: T"],
  },
  {
    src: "package main\ntype T struct { a T }\nfunc main(){}\n",
    want: ["x.go:2:6: invalid recursive type T", "\tx.go:2:6: T refers to", "\tx.go:2:6: T"],
  },
  {
    src: "package main\nvar a = b\nvar b = a\nfunc main(){}\n",
    want: [
      "x.go:2:5: initialization loop for a",
      "\tx.go:2:5: a refers to",
      "\tx.go:3:5: b refers to",
      "\tx.go:2:5: a",
    ],
  },
  {
    src: "package main\nvar a = f()\nfunc f() int { return a }\nfunc main(){}\n",
    want: [
      "x.go:2:5: initialization loop for a",
      "\tx.go:2:5: a refers to",
      "\tx.go:3:6: f refers to",
      "\tx.go:2:5: a",
    ],
  },
  {
    src: "package main\nvar x = x\nfunc main(){}\n",
    want: ["x.go:2:5: initialization loop for x", "\tx.go:2:5: x refers to", "\tx.go:2:5: x"],
  },
  {
    src: "package main\nconst a = b\nconst b = a\nfunc main(){}\n",
    want: [
      "x.go:2:7: initialization loop for a",
      "\tx.go:2:7: a refers to",
      "\tx.go:3:7: b refers to",
      "\tx.go:2:7: a",
    ],
  },
  {
    src: 'package main\nfunc main() { var x int = "s"; var y string = 5; _ = y; _ = x }\n',
    want: [
      'x.go:2:27: cannot use "s" (untyped string constant) as int value in variable declaration',
      "x.go:2:47: cannot use 5 (untyped int constant) as string value in variable declaration",
    ],
  },
  {
    src: 'package main\nfunc main() { x := 1; s := "a"; _ = x + s }\n',
    want: ["x.go:2:37: invalid operation: x + s (mismatched types int and string)"],
  },
  {
    src: "package main\ntype T struct{}\nfunc main() { var t T; t.foo() }\n",
    want: ["x.go:3:26: t.foo undefined (type T has no field or method foo)"],
  },
  {
    src: "package main\ntype I interface{ M() }\ntype T struct{}\nfunc (*T) M() {}\nfunc main() { var t T; var i I; i = t; _ = i }\n",
    want: [
      "x.go:5:37: cannot use t (variable of type T) as type I in assignment:",
      "\tT does not implement I (M method has pointer receiver)",
    ],
  },
  {
    src: "package main\ntype I interface{ M() }\ntype T struct{}\nfunc main() { var t T; var i I; i = t; _ = i }\n",
    want: [
      "x.go:4:37: cannot use t (variable of type T) as type I in assignment:",
      "\tT does not implement I (missing M method)",
    ],
  },
  {
    src: "package main\ntype I interface{ M(int) }\ntype T struct{}\nfunc (T) M() {}\nfunc main() { var t T; var i I = t; _ = i }\n",
    want: [
      "x.go:5:34: cannot use t (variable of type T) as type I in variable declaration:",
      "\tT does not implement I (wrong type for M method)",
      "\t\thave M()",
      "\t\twant M(int)",
    ],
  },
  {
    src: "package main\ntype I interface{ M() }\ntype T struct{}\nfunc (T) m() {}\nfunc main() { var t T; var i I = t; _ = i }\n",
    want: [
      "x.go:5:34: cannot use t (variable of type T) as type I in variable declaration:",
      "\tT does not implement I (missing M method)",
      "\t\thave m()",
      "\t\twant M()",
    ],
  },
  {
    src: "package main\nfunc main() { var b byte = 300; _ = b }\n",
    want: [
      "x.go:2:28: cannot use 300 (untyped int constant) as byte value in variable declaration (overflows)",
    ],
  },
  {
    src: "package main\nfunc main() { a := [3]int{}; _ = a[5] }\n",
    want: ["x.go:2:36: invalid argument: index 5 out of bounds [0:3]"],
  },
  {
    src: "package main\nfunc main() { x := 1 / 0; _ = x }\n",
    want: ["x.go:2:24: invalid operation: division by zero"],
  },
  {
    src: "package main\nfunc main() { x := 1.0 / 0; _ = x }\n",
    want: ["x.go:2:26: invalid operation: division by zero"],
  },
  {
    src: "package main\nfunc main() { a := 1; x := a / 0; _ = x }\n",
    want: ["x.go:2:32: invalid operation: division by zero"],
  },
  {
    src: "package main\nfunc main() { var i interface{}; switch x := i.(type) { case int: } }\n",
    want: ["x.go:2:41: x declared but not used"],
  },
  {
    src: "package main\nfunc main() { var i interface{}; switch i.(type) { case int, int: } }\n",
    want: ["x.go:2:62: duplicate case int in type switch", "\tx.go:2:57: previous case"],
  },
  {
    src: "package main\ntype T struct{}\ntype I interface{ M() }\nfunc main() { var i I; _ = i.(T) }\n",
    want: [
      "x.go:4:28: impossible type assertion: i.(T)",
      "\tT does not implement I (missing M method)",
    ],
  },
  {
    src: "package main\ntype A struct{ B; C }\ntype B struct{ x int }\ntype C struct{ x int }\nfunc main() { var a A; _ = a.x }\n",
    want: ["x.go:5:30: ambiguous selector a.x"],
  },
  {
    src: "package main\nfunc main() { var f float64; _ = f % 2 }\n",
    want: ["x.go:2:34: invalid operation: operator % not defined on f (variable of type float64)"],
  },
  {
    src: "package main\nfunc main() { var s []int; _ = s == s }\n",
    want: ["x.go:2:32: invalid operation: s == s (slice can only be compared to nil)"],
  },
  {
    src: "package main\nfunc main() { var m map[[]int]int; _ = m }\n",
    want: ["x.go:2:25: invalid map key type []int"],
  },
  {
    src: "package main\nfunc main() { x := 1; x() }\n",
    want: ["x.go:2:23: invalid operation: cannot call non-function x (variable of type int)"],
  },
  {
    src: "package main\nfunc main() { var p *int; p.x = 1 }\n",
    want: ["x.go:2:29: p.x undefined (type *int has no field or method x)"],
  },
  {
    src: "package main\nfunc f() {}\nfunc main() { x := f() }\n",
    want: ["x.go:3:20: f() (no value) used as value"],
  },
  {
    src: "package main\nfunc main() { _ = len(1) }\n",
    want: ["x.go:2:23: invalid argument: 1 (untyped int constant) for len"],
  },
  {
    src: "package main\nfunc main() { var x int; x = nil }\n",
    want: ["x.go:2:30: cannot use nil as int value in assignment"],
  },
  {
    src: 'package main\nfunc main() { _ = int("s") }\n',
    want: ['x.go:2:23: cannot convert "s" (untyped string constant) to type int'],
  },
  {
    src: "package main\nfunc main() { var x int = 1.5; _ = x }\n",
    want: [
      "x.go:2:27: cannot use 1.5 (untyped float constant) as int value in variable declaration (truncated)",
    ],
  },
  {
    src: "package main\nfunc main() { const c int8 = 100 * 100 }\n",
    want: [
      "x.go:2:30: cannot use 100 * 100 (untyped int constant 10000) as int8 value in constant declaration (overflows)",
    ],
  },
  {
    src: 'package main\nfunc main() { _ = -"s" }\n',
    want: ['x.go:2:20: invalid operation: operator - not defined on "s" (untyped string constant)'],
  },
  {
    src: "package main\nfunc main() { x := 1; x.y = 2 }\n",
    want: ["x.go:2:25: x.y undefined (type int has no field or method y)"],
  },
  {
    src: "package main\nfunc main() { _ = !1 }\n",
    want: ["x.go:2:20: invalid operation: operator ! not defined on 1 (untyped int constant)"],
  },
  {
    src: "package main\nfunc main() { _ = byte(300) }\n",
    want: ["x.go:2:24: cannot convert 300 (untyped int constant) to type byte"],
  },
  {
    src: "package main\nconst c int8 = 100\nfunc main() { _ = c * 2 }\n",
    want: ["x.go:3:19: c * 2 (constant 200 of type int8) overflows int8"],
  },
  {
    src: "package main\nfunc main() { _ = int(1.5) }\n",
    want: ["x.go:2:23: cannot convert 1.5 (untyped float constant) to type int"],
  },
  {
    src: "package main\nconst big = 1 << 600\nfunc main() { }\n",
    want: ["x.go:2:15: constant shift overflow"],
  },
  {
    src: "package main\nfunc main() { x := 1 << 70; _ = x }\n",
    want: [
      "x.go:2:20: cannot use 1 << 70 (untyped int constant 1180591620717411303424) as int value in assignment (overflows)",
    ],
  },
  {
    src: "package main\nfunc main() { var f float32 = 1e300; _ = f }\n",
    want: [
      "x.go:2:31: cannot use 1e300 (untyped float constant 1e+300) as float32 value in variable declaration (overflows)",
    ],
  },
  {
    src: 'package main\nfunc main() { _ = "a" + 1 }\n',
    want: [
      'x.go:2:19: invalid operation: "a" + 1 (mismatched types untyped string and untyped int)',
    ],
  },
  {
    src: "package main\nfunc main() { var x uint = -1; _ = x }\n",
    want: [
      "x.go:2:28: cannot use -1 (untyped int constant) as uint value in variable declaration (overflows)",
    ],
  },
  {
    src: "package main\nfunc main() { x := 1; _ = x << 1.5 }\n",
    want: ["x.go:2:32: 1.5 (untyped float constant) truncated to uint"],
  },
  {
    src: "package main\nfunc main() { x := 1.0; _ = x << 2 }\n",
    want: [
      "x.go:2:29: invalid operation: shifted operand x (variable of type float64) must be integer",
    ],
  },
  {
    src: "package main\nfunc main() { var i interface{}; _ = i + 1 }\n",
    want: ["x.go:2:38: invalid operation: i + 1 (mismatched types interface{} and int)"],
  },
  {
    src: "package main\nfunc main() { x, y := 1, 2.0; _ = x == y }\n",
    want: ["x.go:2:40: invalid operation: x == y (mismatched types int and float64)"],
  },
  {
    src: 'package main\nfunc main() { _ = 1 == "a" }\n',
    want: [
      'x.go:2:24: invalid operation: 1 == "a" (mismatched types untyped int and untyped string)',
    ],
  },
  {
    src: "package main\nfunc main() { var m map[string]int; _ = m == m }\n",
    want: ["x.go:2:41: invalid operation: m == m (map can only be compared to nil)"],
  },
  {
    src: "package main\ntype T struct{ f func() }\nfunc main() { var a, b T; _ = a == b }\n",
    want: ["x.go:3:31: invalid operation: a == b (struct containing func() cannot be compared)"],
  },
  {
    src: "package main\nfunc main() { var f func(); _ = f == f }\n",
    want: ["x.go:2:33: invalid operation: f == f (func can only be compared to nil)"],
  },
  {
    src: "package main\nfunc main() { var p *int; _ = p < p }\n",
    want: ["x.go:2:31: invalid operation: p < p (operator < not defined on pointer)"],
  },
  {
    src: "package main\nfunc main() { var b bool; _ = b + b }\n",
    want: ["x.go:2:31: invalid operation: operator + not defined on b (variable of type bool)"],
  },
  {
    src: "package main\nfunc f() (int, int) { return 1, 2 }\nfunc main() { x := f(); _ = x }\n",
    want: ["x.go:3:20: assignment mismatch: 1 variable but f returns 2 values"],
  },
  {
    src: "package main\nfunc main() { _ = int }\n",
    want: ["x.go:2:19: int (type) is not an expression"],
  },
  {
    src: "package main\nfunc main() { _ = len }\n",
    want: ["x.go:2:19: len (built-in) must be called"],
  },
  {
    src: "package main\nfunc main() { var x int; _ = &x.y; _ = &1 }\n",
    want: [
      "x.go:2:33: x.y undefined (type int has no field or method y)",
      "x.go:2:41: invalid operation: cannot take address of 1 (untyped int constant)",
    ],
  },
  {
    src: "package main\nfunc main() { var x int; _ = *x }\n",
    want: ["x.go:2:31: invalid operation: cannot indirect x (variable of type int)"],
  },
  {
    src: "package main\nfunc main() { var c chan<- int; _ = <-c }\n",
    want: [
      "x.go:2:39: invalid operation: cannot receive from send-only channel c (variable of type chan<- int)",
    ],
  },
  {
    src: "package main\nfunc main() { var c <-chan int; c <- 1 }\n",
    want: [
      "x.go:2:33: invalid operation: cannot send to receive-only channel c (variable of type <-chan int)",
    ],
  },
  {
    src: "package main\nfunc main() { var x int; _ = x[0] }\n",
    want: ["x.go:2:31: invalid operation: cannot index x (variable of type int)"],
  },
  {
    src: "package main\nfunc main() { var s string; s[0] = 1 }\n",
    want: ["x.go:2:29: cannot assign to s[0] (value of type byte)"],
  },
  {
    src: 'package main\nfunc main() { m := map[string]int{}; p := &m["a"]; _ = p }\n',
    want: [
      'x.go:2:44: invalid operation: cannot take address of m["a"] (map index expression of type int)',
    ],
  },
  {
    src: 'package main\nfunc main() { var s []int; _ = s["a"] }\n',
    want: ['x.go:2:34: cannot convert "a" (untyped string constant) to int'],
  },
  {
    src: "package main\nfunc main() { var s []int; _ = s[-1] }\n",
    want: ["x.go:2:34: invalid argument: index -1 (constant of type int) must not be negative"],
  },
  {
    src: "package main\nfunc main() { a := [3]int{}; _ = a[1:5] }\n",
    want: ["x.go:2:38: invalid argument: index 5 out of bounds [0:4]"],
  },
  {
    src: "package main\nfunc main() { _ = []int{1, 2, 3}[2:1] }\n",
    want: ["x.go:2:36: invalid slice indices: 1 < 2"],
  },
  {
    src: "package main\ntype T struct{ a, b int }\nfunc main() { _ = T{1} ; _ = T{1, 2, 3}; _ = T{c: 1}; _ = T{a: 1, a: 2}; _ = T{a: 1, 2} }\n",
    want: [
      "x.go:3:22: too few values in T{\u2026}",
      "x.go:3:38: too many values in T{\u2026}",
      "x.go:3:48: unknown field 'c' in struct literal of type T",
      "x.go:3:68: duplicate field name a in struct literal",
      "x.go:3:86: mixture of field:value and value elements in struct literal",
    ],
  },
  {
    src: 'package main\nfunc main() { _ = []int{1: 1, 1: 2}; _ = [2]int{1, 2, 3}; _ = map[string]int{"a": 1, "a": 2}; _ = map[string]int{1} }\n',
    want: [
      "x.go:2:32: duplicate index 1 in array or slice literal",
      "x.go:2:55: index 2 is out of bounds (>= 2)",
      'x.go:2:86: duplicate key "a" in map literal',
      "x.go:2:114: missing key in map literal",
    ],
  },
  {
    src: 'package main\nfunc main() { _ = []int{"a"} }\n',
    want: [
      'x.go:2:25: cannot use "a" (untyped string constant) as int value in array or slice literal',
    ],
  },
  {
    src: 'package main\ntype T struct{ a int }\nfunc main() { _ = T{a: "s"} }\n',
    want: ['x.go:3:24: cannot use "s" (untyped string constant) as int value in struct literal'],
  },
  {
    src: "package main\nfunc main() { var i interface{}; _ = i.(int); var x int; _ = x.(int) }\n",
    want: ["x.go:2:62: invalid operation: x (variable of type int) is not an interface"],
  },
  {
    src: 'package main\nfunc f(a int, b ...string) {}\nfunc main() { f(1, 2); f(); f(1, []string{}...); f(1, "a", []string{}...) }\n',
    want: [
      "x.go:3:20: cannot use 2 (untyped int constant) as string value in argument to f",
      "x.go:3:24: not enough arguments in call to f",
      "\thave ()",
      "\twant (int, ...string)",
      "x.go:3:60: too many arguments in call to f",
      "\thave (number, string, []string)",
      "\twant (int, ...string)",
    ],
  },
  {
    src: 'package main\nfunc f(a int) {}\nfunc main() { f("x") }\n',
    want: ['x.go:3:17: cannot use "x" (untyped string constant) as int value in argument to f'],
  },
  {
    src: "package main\nfunc main() { _ = append(); _ = append(1); _ = make(int); _ = make([]int); _ = new(1) }\n",
    want: [
      "x.go:2:19: invalid operation: not enough arguments for append() (expected 1, found 0)",
      "x.go:2:40: first argument to append must be a slice; have 1 (untyped int constant)",
      "x.go:2:53: invalid argument: cannot make int; type must be slice, map, or channel",
      "x.go:2:63: invalid operation: make([]int) expects 2 or 3 arguments; found 1",
      "x.go:2:84: 1 is not a type",
    ],
  },
  {
    src: 'package main\nfunc main() { var m map[int]int; delete(m); delete(m, "a"); var s []int; copy(s, "a"); close(s) }\n',
    want: [
      "x.go:2:34: invalid operation: not enough arguments for delete(m) (expected 2, found 1)",
      'x.go:2:55: cannot use "a" (untyped string constant) as int value in argument to delete',
      'x.go:2:79: invalid argument: arguments to copy s (variable of type []int) and "a" (untyped string constant) have different element types int and byte',
      "x.go:2:94: invalid operation: cannot close non-channel s (variable of type []int)",
    ],
  },
  {
    src: 'package main\nfunc main() { _ = cap(map[int]int{}); _ = len(1, 2); _ = complex(1, "a") }\n',
    want: [
      "x.go:2:23: invalid argument: map[int]int{} (value of type map[int]int) for cap",
      "x.go:2:43: invalid operation: too many arguments for len(1, 2) (expected 1, found 2)",
      'x.go:2:66: invalid operation: complex(1, "a") (mismatched types untyped float and untyped string)',
    ],
  },
  {
    src: "package main\nfunc main() { const c = len([3]int{}); var a [3]int; const d = len(a); var s []int; const e = len(s) }\n",
    want: ["x.go:2:95: len(s) (value of type int) is not constant"],
  },
  {
    src: "package main\nfunc main() { var x interface{}; switch y := x.(type) { case int, string: _ = y + 1 } }\n",
    want: ["x.go:2:79: invalid operation: y + 1 (mismatched types interface{} and int)"],
  },
  {
    src: "package main\nfunc f() int { for {} }\nfunc g() int { for { break } }\nfunc h(x int) int { switch x { case 1: return 1; default: return 2 } }\nfunc k(x int) int { if x > 0 { return 1 } else { panic(1) } }\nfunc main() {}\n",
    want: ["x.go:3:30: missing return"],
  },
  {
    src: "package main\nfunc main() { var x int; x.y(); var s struct{}; s.f = 1 }\n",
    want: [
      "x.go:2:28: x.y undefined (type int has no field or method y)",
      "x.go:2:51: s.f undefined (type struct{} has no field or method f)",
    ],
  },
  {
    src: "package main\ntype T struct{}\nfunc (T) M() {}\nfunc main() { T.M(); _ = T.N; var t T; t.M(1) }\n",
    want: [
      "x.go:4:15: not enough arguments in call to T.M",
      "\thave ()",
      "\twant (T)",
      "x.go:4:28: T.N undefined (type T has no field or method N)",
      "x.go:4:44: too many arguments in call to t.M",
      "\thave (number)",
      "\twant ()",
    ],
  },
  {
    src: 'package main\nimport "fmt"\nfunc main() { fmt.Foo(); fmt.println() }\n',
    want: ["x.go:3:19: undefined: fmt.Foo", "x.go:3:30: undefined: fmt.println"],
  },
  {
    src: "package main\nfunc main() { for i := range 10 { _ = i } }\n",
    want: ["x.go:2:30: cannot range over 10 (untyped int constant)"],
  },
  {
    src: "package main\nfunc main() { L: ; x := 1 }\n",
    want: ["x.go:2:15: label L defined and not used", "x.go:2:20: x declared but not used"],
  },
  {
    src: "package main\nfunc main() { for { break M } }\n",
    want: ["x.go:2:27: break label not defined: M"],
  },
  {
    src: "package main\nfunc main() { x := 1; switch x { case 1, 1: } }\n",
    want: [
      "x.go:2:42: duplicate case 1 (constant of type int) in expression switch",
      "\tx.go:2:39: previous case",
    ],
  },
  {
    src: "package main\ntype I interface{ M() }\ntype T struct{}\nfunc main() { var i I; switch i.(type) { case T: } }\n",
    want: [
      "x.go:4:47: impossible type switch case: T",
      "\ti (variable of type I) cannot have dynamic type T (missing M method)",
    ],
  },
  {
    src: "package main\nfunc main() { x := 1; switch x.(type) {} }\n",
    want: ["x.go:2:30: x (variable of type int) is not an interface"],
  },
  {
    src: 'package main\nfunc main() { defer len("a"); go int(1) }\n',
    want: [
      'x.go:2:21: defer discards result of len("a") (constant 1 of type int)',
      "x.go:2:34: go requires function call, not conversion int(1) (constant 1 of type int)",
    ],
  },
  {
    src: "package main\nfunc main() { if 1 {} ; for 1 {} }\n",
    want: [
      "x.go:2:18: non-boolean condition in if statement",
      "x.go:2:29: non-boolean condition in for statement",
    ],
  },
  {
    src: "package main\nfunc main() { var c chan int; for a, b := range c { _, _ = a, b } }\n",
    want: [
      "x.go:2:38: range over c (variable of type chan int) permits only one iteration variable",
    ],
  },
  {
    src: "package main\nfunc main() { var f float64; f++; var s string; s++ }\n",
    want: ["x.go:2:49: invalid operation: s++ (non-numeric type string)"],
  },
  {
    src: 'package main\nfunc main() { x := 1; x += "a" }\n',
    want: ['x.go:2:23: invalid operation: x += "a" (mismatched types int and untyped string)'],
  },
  {
    src: "package main\nfunc f() (x int) { { x := 2; _ = x; return } }\nfunc main() {}\n",
    want: [
      "x.go:2:37: result parameter x not in scope at return",
      "\tx.go:2:22: inner declaration of var x int",
    ],
  },
  {
    src: "package main\nfunc main() { _ = nil }\n",
    want: ["x.go:2:19: use of untyped nil in assignment to _ identifier"],
  },
  {
    src: "package main\nfunc main() { x := nil; _ = x }\n",
    want: ["x.go:2:20: use of untyped nil in assignment"],
  },
  {
    src: "package main\ntype T struct{ a int }\nfunc main() { m := map[int]T{}; m[1].a = 2 }\n",
    want: ["x.go:3:33: cannot assign to struct field m[1].a in map"],
  },
  {
    src: 'package main\nfunc main() { var x int; var y int = "a" }\n',
    want: [
      "x.go:2:19: x declared but not used",
      'x.go:2:38: cannot use "a" (untyped string constant) as int value in variable declaration',
    ],
  },
  {
    src: "package main\nfunc main() { var x int; x = nil }\n",
    want: ["x.go:2:30: cannot use nil as int value in assignment"],
  },
  {
    src: 'package main\nfunc main() { var x int; x = "a"; x = 1 }\n',
    want: ['x.go:2:30: cannot use "a" (untyped string constant) as int value in assignment'],
  },
  {
    src: "package main\nfunc main() { var x int; var s []int; _ = s[1.5] }\n",
    want: [
      "x.go:2:19: x declared but not used",
      "x.go:2:45: 1.5 (untyped float constant) truncated to int",
    ],
  },
  {
    src: "package main\nfunc f() (int, int) { return 1, 2 }\nfunc g() int { return f() }\nfunc main() {}\n",
    want: ["x.go:3:23: too many return values", "\thave (int, int)", "\twant (int)"],
  },
  {
    src: "package main\nfunc main() { var x int; x(); var m map[int]int; _ = m[1:2]; _ = x[1:] }\n",
    want: [
      "x.go:2:26: invalid operation: cannot call non-function x (variable of type int)",
      "x.go:2:54: invalid operation: cannot slice m (variable of type map[int]int)",
      "x.go:2:66: invalid operation: cannot slice x (variable of type int)",
    ],
  },
  {
    src: "package main\ntype T struct{}\nfunc main() { var t T; _ = t.(int); _ = (t).x; _ = T{}.x }\n",
    want: [
      "x.go:3:28: invalid operation: t (variable of type T) is not an interface",
      "x.go:3:45: (t).x undefined (type T has no field or method x)",
      "x.go:3:56: T{}.x undefined (type T has no field or method x)",
    ],
  },
  {
    src: "package main\nfunc main() { var a [3]int; _ = a[:5:2] }\n",
    want: ["x.go:2:36: invalid argument: index 5 out of bounds [0:4]"],
  },
  {
    src: "package main\nfunc main() { x := 3; var a [2]int; _ = a[x:1] }\n",
    want: [],
  },
  {
    src: "package main\nfunc main() { var a, b = 1, 2, 3; _, _ = a, b }\n",
    want: ["x.go:2:32: extra init expr 3"],
  },
  {
    src: "package main\nfunc main() { var a, b, c = 1, 2; _, _, _ = a, b, c }\n",
    want: ["x.go:2:25: missing init expr for c"],
  },
  {
    src: "package main\nfunc main() { const a, b = 1 }\n",
    want: ["x.go:2:24: missing init expr for b"],
  },
  {
    src: "package main\nconst (\n\ta, b = 1, 2\n\tc\n)\nfunc main() {}\n",
    want: ["x.go:4:2: extra init expr at x.go:3:12"],
  },
  {
    src: "package main\nconst (\n\ta = 1\n\tc, d\n)\nfunc main() {}\n",
    want: ["x.go:4:5: missing init expr for d"],
  },
  {
    src: "package main\nfunc main() { var x int8 = 1; _ = x << 8; const c uint8 = 255; _ = c + 1 }\n",
    want: ["x.go:2:68: c + 1 (constant 256 of type uint8) overflows uint8"],
  },
  {
    src: 'package main\nconst (\n\ta = iota\n\tb\n\tc = "s"\n\td\n)\nvar _ int = d\nfunc main() {}\n',
    want: [
      'x.go:8:13: cannot use d (untyped string constant "s") as int value in variable declaration',
    ],
  },
  {
    src: "package main\ntype T struct{ x int }\nfunc (t T) Get() int { return t.x }\nfunc (t *T) Set(v int) { t.x = v }\ntype Getter interface{ Get() int }\ntype Setter interface{ Set(int) }\nfunc main() {\n\tvar t T\n\tvar g Getter = t\n\tvar s Setter = t\n\t_, _ = g, s\n}\n",
    want: [
      "x.go:10:17: cannot use t (variable of type T) as type Setter in variable declaration:",
      "\tT does not implement Setter (Set method has pointer receiver)",
    ],
  },
  {
    src: "package main\ntype A struct{ B }\ntype B struct{ *C }\ntype C struct{ v int }\nfunc (*C) M() {}\nfunc main() { var a A; a.M(); _ = a.v; var i interface{ M() } = a; _ = i }\n",
    want: [],
  },
  {
    src: 'package main\nimport "unsafe"\ntype S struct { a bool; b int64; c bool; d [0]int }\nconst x = unsafe.Sizeof(S{})\nconst y = unsafe.Alignof(S{}.b)\nconst z = unsafe.Offsetof(S{}.c)\nvar _ [x]int = [24]int{}\nvar _ [y]int = [9]int{}\nvar _ [z]int = [16]int{}\nfunc main() {}\n',
    want: [
      "x.go:7:16: cannot use [24]int{} (value of type [24]int) as type [32]int in variable declaration",
      "x.go:8:16: cannot use [9]int{} (value of type [9]int) as type [8]int in variable declaration",
    ],
  },
  {
    src: "package main\nfunc f(xs ...int) {}\nfunc main() { f(1, 2, 3); f([]int{1}...); f(); var s []string; f(s...) }\n",
    want: ["x.go:3:66: cannot use s (variable of type []string) as type []int in argument to f"],
  },
  {
    src: "package main\nfunc main() {\n\tch := make(chan int)\n\tselect {\n\tcase v := <-ch:\n\t\t_ = v\n\tcase ch <- 1:\n\tcase v, ok := <-ch:\n\t\t_ = ok\n\tdefault:\n\t}\n}\n",
    want: ["x.go:8:7: v declared but not used"],
  },
  {
    src: 'package main\nfunc main() {\n\tvar m map[string]int\n\tv, ok := m["a"]\n\tvar i interface{} = 1\n\tn, ok2 := i.(int)\n\t_, _, _ = v, n, ok2\n}\n',
    want: ["x.go:4:5: ok declared but not used"],
  },
  {
    src: "package main\nfunc main() {\n\tfor i := 0; i < 10; i++ {\n\t\tx := i\n\t}\n}\n",
    want: ["x.go:4:3: x declared but not used"],
  },
  {
    src: 'package main\nimport "strings"\nfunc main() { _ = strings.ToUpper(1) }\n',
    want: [
      "x.go:3:35: cannot use 1 (untyped int constant) as string value in argument to strings.ToUpper",
    ],
  },
  {
    src: 'package main\nimport "strings"\nfunc main() { _ = strings.toUpper("a") }\n',
    want: ["x.go:3:27: undefined: strings.toUpper"],
  },
  {
    src: "package main\ntype T struct{}\nfunc (T) m() {}\nfunc main() { var t T; t.M() }\n",
    want: ["x.go:4:26: t.M undefined (type T has no field or method M, but does have m)"],
  },
  {
    src: "package main\ntype I interface{ M() }\nfunc main() { var p *I; p.M() }\n",
    want: ["x.go:3:27: p.M undefined (type *I is pointer to interface, not interface)"],
  },
  {
    src: "package main\nfunc main() {\n\tx := 1\n\tfunc() { x = 2 }()\n}\n",
    want: ["x.go:3:2: x declared but not used"],
  },
  {
    src: "package main\nfunc main() {\n\tvar a [3]int\n\tfor i, v := range a { _ = i }\n\tvar s string = 'a'\n}\n",
    want: [
      "x.go:4:9: v declared but not used",
      "x.go:5:17: cannot use 'a' (untyped rune constant 97) as string value in variable declaration",
    ],
  },
  {
    src: "package main\ntype T int\nconst c T = 1\nfunc main() { var x int = c; _ = x }\n",
    want: ["x.go:4:27: cannot use c (constant 1 of type T) as type int in variable declaration"],
  },
  {
    src: "package main\nfunc main() { var f func(int) string; _ = f(1) + 1 }\n",
    want: ["x.go:2:43: invalid operation: f(1) + 1 (mismatched types string and untyped int)"],
  },
  {
    src: 'package main\ntype T struct{ a int }\nfunc main() { p := &T{}; p.b = 1; (*p).a = "x" }\n',
    want: [
      "x.go:3:28: p.b undefined (type *T has no field or method b)",
      'x.go:3:44: cannot use "x" (untyped string constant) as int value in assignment',
    ],
  },
  {
    src: "package main\nfunc main() {\n\tvar x interface{} = 1\n\tswitch y := x.(type) {\n\tcase int:\n\t\t_ = y + 1\n\tcase string, bool:\n\t\t_ = y\n\tcase nil:\n\t}\n}\n",
    want: [],
  },
  {
    src: "package main\nfunc main() { var x uint; _ = -x; var b = ^uint8(0); _ = b; const k = ^0; var u uint = k; _ = u }\n",
    want: [
      "x.go:2:88: cannot use k (untyped int constant -1) as uint value in variable declaration (overflows)",
    ],
  },
  {
    src: 'package main\nfunc main() { s := "h\u00e9llo"; for i, r := range s { _, _ = i, r }; b := []byte(s); r := []rune(s); _ = string(b) + string(r) + string(rune(65)) }\n',
    want: [],
  },
  {
    src: "package main\nfunc main() { _ = 1 << 63; var x int64 = 1 << 63; _ = x }\n",
    want: [
      "x.go:2:19: cannot use 1 << 63 (untyped int constant 9223372036854775808) as int value in assignment to _ identifier (overflows)",
      "x.go:2:42: cannot use 1 << 63 (untyped int constant 9223372036854775808) as int64 value in variable declaration (overflows)",
    ],
  },
  {
    src: "package main\nfunc main() { const f = 1.5; var i int = f * 2; var j int = f; _, _ = i, j }\n",
    want: [
      "x.go:2:61: cannot use f (untyped float constant 1.5) as int value in variable declaration (truncated)",
    ],
  },
  {
    src: 'package main\ntype E struct{}\nfunc (E) Error() string { return "" }\nfunc f() error { return E{} }\nfunc g() error { return &E{} }\nfunc h() error { return 1 }\nfunc main() {}\n',
    want: [
      "x.go:6:25: cannot use 1 (constant of type int) as type error in return statement:",
      "\tint does not implement error (missing Error method)",
    ],
  },
  {
    src: "package main\nfunc main() {\n\tgoto L\n\tx := 1\n\t_ = x\nL:\n}\n",
    want: ["x.go:3:7: goto L jumps over declaration of x at x.go:4:4"],
  },
  {
    src: "package main\nfunc main() {\n\tvar i int\n\ti.x = 1\n\ti.x = 2\n}\n",
    want: [
      "x.go:4:4: i.x undefined (type int has no field or method x)",
      "x.go:5:4: i.x undefined (type int has no field or method x)",
    ],
  },
  {
    src: "package main\nfunc main() { var a, b = 1 }\n",
    want: ["x.go:2:26: assignment mismatch: 2 variables but 1 value"],
  },
  {
    src: "package main\nvar x, y = 1, 2, 3\nfunc main() {}\n",
    want: ["x.go:2:18: extra init expr 3"],
  },
  {
    src: "package main\nconst c\nfunc main() {}\n",
    want: ["x.go:2:7: missing init expr for c"],
  },
  {
    src: "package main\nfunc f() int { return 1 }\nfunc main() { var a, b int; a, b = f() }\n",
    want: ["x.go:3:36: assignment mismatch: 2 variables but f returns 1 value"],
  },
  {
    src: "package main\nfunc main() { var a, b int; a, b = 1 }\n",
    want: ["x.go:2:36: assignment mismatch: 2 variables but 1 value"],
  },
  {
    src: "package main\nfunc f() int { return 1 }\nfunc main() { a, b := f() }\n",
    want: ["x.go:3:23: assignment mismatch: 2 variables but f returns 1 value"],
  },
  {
    src: 'package main\nfunc main() { var a int; a = 1; var b int; _ = b + "s" }\n',
    want: [
      "x.go:2:19: a declared but not used",
      'x.go:2:48: invalid operation: b + "s" (mismatched types int and untyped string)',
    ],
  },
  {
    src: "package main\nvar init = 1\nfunc main() {}\n",
    want: ["x.go:2:5: cannot declare init - must be func"],
  },
  {
    src: 'package main\nimport "fmt"\nfunc main() { fmt.Println("a" + 1) }\n',
    want: [
      'x.go:3:27: invalid operation: "a" + 1 (mismatched types untyped string and untyped int)',
    ],
  },
  {
    src: 'package main\nimport "fmt"\ntype T struct{}\nfunc main() { var t T; fmt.Println(t.x); fmt.Printf("%d\\n") }\n',
    want: ["x.go:4:38: t.x undefined (type T has no field or method x)"],
  },
  {
    src: 'package main\nimport f "fmt"\nfunc main() {}\n',
    want: ['x.go:2:8: imported and not used: "fmt" as f'],
  },
  {
    src: 'package main\nimport (\n\t"fmt"\n\t"strings"\n)\nfunc main() { fmt.Println(strings.Repeat("a", "b")) }\n',
    want: [
      'x.go:6:47: cannot use "b" (untyped string constant) as int value in argument to strings.Repeat',
    ],
  },
  {
    src: 'package main\nimport "os"\nfunc main() { os.Exit("1") }\n',
    want: [
      'x.go:3:23: cannot use "1" (untyped string constant) as int value in argument to os.Exit',
    ],
  },
  {
    src: "package main\ntype T struct{}\nfunc (t T) M() {}\nfunc (t *T) M() {}\nfunc main() {}\n",
    want: ["x.go:4:13: T.M redeclared in this block", "\tx.go:3:12: other declaration of M"],
  },
  {
    src: "package main\ntype T int\nfunc (t *T) M() {}\nfunc main() { T(1).M() }\n",
    want: ["x.go:4:20: cannot call pointer method M on T"],
  },
  {
    src: "package main\nfunc main() {\n\tvar x interface{ M() }\n\tvar y interface{ N() }\n\tx = y\n}\n",
    want: [
      "x.go:5:6: cannot use y (variable of type interface{N()}) as type interface{M()} in assignment:",
      "\tinterface{N()} does not implement interface{M()} (missing M method)",
    ],
  },
  {
    src: "package main\ntype I interface{ M() }\ntype J interface{ M(); N() }\nfunc main() { var i I; var j J = i; _ = j }\n",
    want: [
      "x.go:4:34: cannot use i (variable of type I) as type J in variable declaration:",
      "\tI does not implement J (missing N method)",
    ],
  },
  {
    src: 'package main\nfunc f(a int, b string) {}\nfunc main() { f("a", 1) }\n',
    want: [
      'x.go:3:17: cannot use "a" (untyped string constant) as int value in argument to f',
      "x.go:3:22: cannot use 1 (untyped int constant) as string value in argument to f",
    ],
  },
  {
    src: "package main\nfunc main() { var a []int; a.Len() }\n",
    want: ["x.go:2:30: a.Len undefined (type []int has no field or method Len)"],
  },
  {
    src: 'package main\nfunc g() (int, string) { return 1, "" }\nfunc f(a int, b int) {}\nfunc main() { f(g()) }\n',
    want: ["x.go:4:17: cannot use g() (value of type string) as type int in argument to f"],
  },
  {
    src: "package main\nfunc main() { x := []int{1}; for i := range x { i := i } }\n",
    want: ["x.go:2:49: i declared but not used"],
  },
  {
    src: "package main\nfunc main() { var err error; if err != nil { return 1 } }\n",
    want: ["x.go:2:53: too many return values", "\thave (number)", "\twant ()"],
  },
  {
    src: "package main\nfunc f() int { return }\nfunc main() {}\n",
    want: ["x.go:2:16: not enough return values", "\thave ()", "\twant (int)"],
  },
  {
    src: "package main\nfunc main() { var s struct{ a int }; s.a() }\n",
    want: ["x.go:2:38: invalid operation: cannot call non-function s.a (variable of type int)"],
  },
  {
    src: "package main\ntype T struct{ a int }\nfunc main() { t := T{}; t.a.b = 1 }\n",
    want: ["x.go:3:29: t.a.b undefined (type int has no field or method b)"],
  },
  {
    src: 'package main\nfunc main() { ch := make(chan int); ch <- "s" }\n',
    want: ['x.go:2:43: cannot use "s" (untyped string constant) as int value in send'],
  },
  {
    src: "package main\nfunc main() { m := map[string]int{}; m[1] = 2 }\n",
    want: ["x.go:2:40: cannot use 1 (untyped int constant) as string value in map index"],
  },
  {
    src: "package main\nfunc main() { var p *int; p = 5 }\n",
    want: ["x.go:2:31: cannot use 5 (untyped int constant) as *int value in assignment"],
  },
  {
    src: 'package main\nfunc main() { x := 5; x = "s"; _ = x }\n',
    want: ['x.go:2:27: cannot use "s" (untyped string constant) as int value in assignment'],
  },
  {
    src: "package main\nfunc main() { for { } ; println() }\n",
    want: [],
  },
  {
    src: "package main\nfunc main() { var f func(); f = main; f = 1 }\n",
    want: ["x.go:2:43: cannot use 1 (untyped int constant) as func() value in assignment"],
  },
  {
    src: "package main\ntype S struct{}\nfunc (s S) m() {}\nfunc main() { var i interface{ m(); n() } = S{}; _ = i }\n",
    want: [
      "x.go:4:45: cannot use S{} (value of type S) as type interface{m(); n()} in variable declaration:",
      "\tS does not implement interface{m(); n()} (missing n method)",
    ],
  },
  {
    src: "package main\nfunc main() { a := [...]int{1, 2, 3}; _ = a[3] }\n",
    want: ["x.go:2:45: invalid argument: index 3 out of bounds [0:3]"],
  },
  {
    src: 'package main\nfunc main() { s := "abc"; _ = s[5]; const c = "abc"; _ = c[5] }\n',
    want: ["x.go:2:60: invalid argument: index 5 out of bounds [0:3]"],
  },
  {
    src: 'package main\nfunc main() { var x int; switch x { case "a": } }\n',
    want: ['x.go:2:42: cannot convert "a" (untyped string constant) to int'],
  },
  {
    src: "package main\nfunc main() { var i interface{}; switch i { case 1, 1: } }\n",
    want: [
      "x.go:2:53: duplicate case 1 (constant of type int) in expression switch",
      "\tx.go:2:50: previous case",
    ],
  },
  {
    src: "package main\nfunc main() { var b bool; switch b { case true, false, true: } }\n",
    want: [],
  },
  {
    src: "package main\nfunc main() { var a [3]int; var b [4]int; _ = a == b }\n",
    want: ["x.go:2:52: invalid operation: a == b (mismatched types [3]int and [4]int)"],
  },
  {
    src: "package main\ntype T struct{ s []int }\nfunc main() { m := map[T]int{}; _ = m }\n",
    want: ["x.go:3:24: invalid map key type T"],
  },
  {
    src: "package main\nfunc main() { var i interface{} = 1; var n int = 2; _ = i == n; var s []int; _ = i == s }\n",
    want: ["x.go:2:87: invalid operation: i == s (slice can only be compared to nil)"],
  },
  {
    src: "package main\nfunc main() { x := 10; var f float64 = x; _ = f }\n",
    want: [
      "x.go:2:40: cannot use x (variable of type int) as type float64 in variable declaration",
    ],
  },
  {
    src: "package main\nfunc main() { var u uint = 1; var i int = 2; _ = u + i }\n",
    want: ["x.go:2:50: invalid operation: u + i (mismatched types uint and int)"],
  },
  {
    src: "package main\nfunc main() { var s string = string(65.0) }\n",
    want: ["x.go:2:37: cannot convert 65.0 (untyped float constant 65) to type string"],
  },
  {
    src: "package main\nfunc main() { const c = 10; c++ }\n",
    want: ["x.go:2:29: cannot assign to c (untyped int constant 10)"],
  },
  {
    src: 'package main\nfunc main() { for i := range []int{} { i = "a" } }\n',
    want: ['x.go:2:44: cannot use "a" (untyped string constant) as int value in assignment'],
  },
  {
    src: "package main\nfunc main() { var x int; x := 2; _ = x }\n",
    want: ["x.go:2:28: no new variables on left side of :="],
  },
  {
    src: "package main\nfunc main() { var f = func() int { return 1 }; var g int = f; _ = g }\n",
    want: [
      "x.go:2:60: cannot use f (variable of type func() int) as type int in variable declaration",
    ],
  },
  {
    src: "package main\ntype A struct{}\ntype B struct{}\nfunc main() { var a A; var b B = a; _ = b }\n",
    want: ["x.go:4:34: cannot use a (variable of type A) as type B in variable declaration"],
  },
  {
    src: "package main\ntype I interface{ M() }\ntype T struct{}\nfunc (T) M() {}\nfunc main() { var i I = T{}; t := i.(*T); _ = t }\n",
    want: [],
  },
  {
    src: "package main\nfunc main() { var m map[string]int; m.x = 1 }\n",
    want: ["x.go:2:39: m.x undefined (type map[string]int has no field or method x)"],
  },
  {
    src: "package main\nfunc main() { x := []int{1,2}; x.append(3) }\n",
    want: ["x.go:2:34: x.append undefined (type []int has no field or method append)"],
  },
  {
    src: "package main\nfunc main() { var p *struct{ a int }; p.a = 1; (*p).b = 2 }\n",
    want: ["x.go:2:53: (*p).b undefined (type struct{a int} has no field or method b)"],
  },
  {
    src: 'package main\ntype T struct{}\nfunc (T) String() string { return "" }\nfunc main() { var t *T; _ = t.String(); var pp **T; _ = pp.String() }\n',
    want: ["x.go:4:60: pp.String undefined (type **T has no field or method String)"],
  },
  {
    src: "package main\nfunc main() { s := make([]int); _ = s }\n",
    want: ["x.go:2:20: invalid operation: make([]int) expects 2 or 3 arguments; found 1"],
  },
  {
    src: "package main\nfunc main() { m := make(map[string]int, 1, 2); _ = m }\n",
    want: [
      "x.go:2:20: invalid operation: make(map[string]int, 1, 2) expects 1 or 2 arguments; found 3",
    ],
  },
  {
    src: 'package main\nfunc main() { c := make(chan int, "a"); _ = c }\n',
    want: ['x.go:2:35: cannot convert "a" (untyped string constant) to int'],
  },
  {
    src: "package main\nfunc main() { _ = new(int, 1) }\n",
    want: [
      "x.go:2:19: invalid operation: too many arguments for new(int, 1) (expected 1, found 2)",
    ],
  },
  {
    src: 'package main\nfunc main() { var f func(int) int; _ = f("a") }\n',
    want: ['x.go:2:42: cannot use "a" (untyped string constant) as int value in argument to f'],
  },
  {
    src: "package main\nfunc main() { x := 1; _ = &x[0] }\n",
    want: ["x.go:2:29: invalid operation: cannot index x (variable of type int)"],
  },
  {
    src: "package main\nconst x = 1 << 62\nfunc main() { var y int32 = x; _ = y }\n",
    want: [
      "x.go:3:29: cannot use x (untyped int constant 4611686018427387904) as int32 value in variable declaration (overflows)",
    ],
  },
  {
    src: "package main\nfunc main() { var a []int; _ = a[1:2:1] }\n",
    want: ["x.go:2:38: invalid slice indices: 1 < 2"],
  },
  {
    src: "package main\nfunc main() { var s string; _ = s[1:2:3] }\n",
    want: ["x.go:2:39: invalid operation: 3-index slice of string"],
  },
  {
    src: "package main\ntype T struct{ a int }\nfunc main() { _ = T{a: 1, b: 2} }\n",
    want: ["x.go:3:27: unknown field 'b' in struct literal of type T"],
  },
  {
    src: "package main\nfunc main() { var f float32 = 1e40; _ = f }\n",
    want: [
      "x.go:2:31: cannot use 1e40 (untyped float constant 1e+40) as float32 value in variable declaration (overflows)",
    ],
  },
  {
    src: "package main\nfunc main() { var c complex64 = 1 + 2i; var f float64 = real(c); _ = f }\n",
    want: [
      "x.go:2:57: cannot use real(c) (value of type float32) as type float64 in variable declaration",
    ],
  },
  {
    src: "package main\nvar main = 1\n",
    want: ["x.go:2:5: cannot declare main - must be func"],
  },
  {
    src: "package main\ntype main struct{}\n",
    want: ["x.go:2:6: cannot declare main - must be func"],
  },
  {
    src: "package main\nfunc main() int { return 1 }\n",
    want: ["x.go:2:6: func main must have no arguments and no return values"],
  },
  {
    src: "package main\nfunc main(x int) {}\n",
    want: ["x.go:2:6: func main must have no arguments and no return values"],
  },
  {
    src: 'package main\nimport "unsafe"\nfunc main() { var x int; _ = unsafe.Sizeof(x, x); _ = unsafe.Offsetof(x) }\n',
    want: [
      "x.go:3:30: invalid operation: too many arguments for unsafe.Sizeof(x, x) (expected 1, found 2)",
      "x.go:3:71: invalid argument: x is not a selector expression",
    ],
  },
  {
    src: 'package main\nimport "unsafe"\ntype T struct{ a int }\nfunc (T) m() {}\nfunc main() { var t T; _ = unsafe.Offsetof(t.m) }\n',
    want: ["x.go:5:44: invalid argument: t.m is a method value"],
  },
  {
    src: 'package main\nimport "unsafe"\nfunc main() { var p unsafe.Pointer; var q *int = p; _ = q; var u uintptr = p; _ = u }\n',
    want: [
      "x.go:3:50: cannot use p (variable of type unsafe.Pointer) as type *int in variable declaration",
      "x.go:3:76: cannot use p (variable of type unsafe.Pointer) as type uintptr in variable declaration",
    ],
  },
  {
    src: "package main\nfunc main() {\n\tvar a interface{ M() }\n\tswitch a.(type) {\n\tcase interface{ M() }, interface{ N() }:\n\t}\n}\n",
    want: [],
  },
  {
    src: "package main\ntype T struct{}\nfunc main() {\n\tvar x interface{}\n\tswitch t := x.(type) {\n\tcase T:\n\t\tt.foo()\n\t}\n}\n",
    want: ["x.go:7:5: t.foo undefined (type T has no field or method foo)"],
  },
  {
    src: "package main\ntype Celsius float64\ntype Fahrenheit float64\nfunc main() { var c Celsius; var f Fahrenheit; _ = c + f; _ = c + 1.5; _ = Celsius(f) }\n",
    want: ["x.go:4:52: invalid operation: c + f (mismatched types Celsius and Fahrenheit)"],
  },
  {
    src: 'package main\nfunc main() { var b []byte = "abc"; _ = b }\n',
    want: [
      'x.go:2:30: cannot use "abc" (untyped string constant) as []byte value in variable declaration',
    ],
  },
  {
    src: 'package main\nfunc main() { s := []int{}; s[0]++; s["a"]++ }\n',
    want: ['x.go:2:39: cannot convert "a" (untyped string constant) to int'],
  },
  {
    src: "package main\nfunc main() { var x int = 'a'; var y rune = \"a\"; _, _ = x, y }\n",
    want: [
      'x.go:2:45: cannot use "a" (untyped string constant) as rune value in variable declaration',
    ],
  },
  {
    src: 'package main\nfunc main() { const s = "abc"; const b = s[0]; _ = b }\n',
    want: ["x.go:2:42: s[0] (value of type byte) is not constant"],
  },
  {
    src: "package main\nfunc main() { x := [3]int{}; const n = len(x); y := []int{}; const m = len(y) }\n",
    want: ["x.go:2:72: len(y) (value of type int) is not constant"],
  },
  {
    src: "package main\ntype T struct{}\nfunc (t T) M() { t = nil }\nfunc main() {}\n",
    want: ["x.go:3:22: cannot use nil as T value in assignment"],
  },
  {
    src: "package main\nfunc f(a ...int, b int) {}\nfunc main() {}\n",
    want: ["x.go:2:10: can only use ... with final parameter in list"],
  },
  {
    src: "package main\nfunc f(a int, a string) {}\nfunc main() {}\n",
    want: ["x.go:2:15: a redeclared in this block", "\tx.go:2:8: other declaration of a"],
  },
  {
    src: "package main\nfunc f() (a int, a string) { return }\nfunc main() {}\n",
    want: [
      "x.go:2:18: a redeclared in this block",
      "\tx.go:2:11: other declaration of a",
      "x.go:2:30: result parameter a not in scope at return",
      "\tx.go:2:11: inner declaration of var a string",
    ],
  },
  {
    src: "package main\ntype T struct{}\nfunc (a T) f(a int) {}\nfunc main() {}\n",
    want: ["x.go:3:14: a redeclared in this block", "\tx.go:3:7: other declaration of a"],
  },
  {
    src: "package main\ntype I interface{ M() }\ntype J interface{ I; M() }\ntype K interface{ I; M(int) }\nfunc main() {}\n",
    want: ["x.go:4:19: duplicate method M", "\tx.go:4:22: other declaration of M"],
  },
  {
    src: "package main\ntype T struct{}\nfunc (T) M() {}\nfunc main() { f := T.M; f(); g := (*T).M; g(nil, 1) }\n",
    want: [
      "x.go:4:25: not enough arguments in call to f",
      "\thave ()",
      "\twant (T)",
      "x.go:4:50: too many arguments in call to g",
      "\thave (nil, number)",
      "\twant (*T)",
    ],
  },
  {
    src: "package main\nfunc main() {\n\tfor i := 0; i < 3; i++ {\n\t\tgoto done\n\t\tx := i\n\t\t_ = x\n\t}\ndone:\n}\n",
    want: [],
  },
  {
    src: "package main\nfunc main() {\nL:\n\tfor {\n\t}\n\tgoto L\n\t{\n\tM:\n\t}\n}\n",
    want: ["x.go:8:2: label M defined and not used"],
  },
  {
    src: "package main\nfunc main() {\n\tswitch x := 3; x {\n\tcase 1:\n\t\tfallthrough\n\tcase 2:\n\t\tbreak\n\tdefault:\n\t\tfallthrough\n\t}\n}\n",
    want: ["x.go:9:3: cannot fallthrough final case in switch"],
  },
  {
    src: "package main\nfunc main() {\n\tselect {\n\tcase x := <-make(chan int):\n\t}\n}\n",
    want: ["x.go:4:7: x declared but not used"],
  },
  {
    src: 'package main\nfunc main() { var x, y int = 1, "a"; _, _ = x, y }\n',
    want: [
      'x.go:2:33: cannot use "a" (untyped string constant) as int value in variable declaration',
    ],
  },
  {
    src: "package main\ntype T struct{ x int }\nfunc (t T) x() {}\nfunc main() {}\n",
    want: [
      "x.go:3:12: field and method with the same name x",
      "\tx.go:2:16: other declaration of x",
    ],
  },
  {
    src: "package main\ntype T struct{}\nfunc (t *T) M() {}\ntype U = *T\nfunc (U) N() {}\nfunc main() {}\n",
    want: [],
  },
  {
    src: "package main\nfunc main() { var a [2]int; a[2] = 1; var s = a[:]; s[-1] = 0 }\n",
    want: [
      "x.go:2:31: invalid argument: index 2 out of bounds [0:2]",
      "x.go:2:55: invalid argument: index -1 (constant of type int) must not be negative",
    ],
  },
  {
    src: "package main\nfunc main() { const c = 5; var a [c]int; var b [c - 6]int; _, _ = a, b }\n",
    want: ["x.go:2:49: invalid array length c - 6 (untyped int constant -1)"],
  },
  {
    src: "package main\nfunc main() { var x float64 = 1 << 3; var y = 1.5 << 2; _, _ = x, y }\n",
    want: [
      "x.go:2:47: invalid operation: shifted operand 1.5 (untyped float constant) must be integer",
    ],
  },
  {
    src: "package main\nfunc main() { var s uint = 2; var f float64 = 1 << s; _ = f }\n",
    want: ["x.go:2:47: invalid operation: 1 << s (shift of type float64)"],
  },
  {
    src: 'package main\nfunc main() { x := map[string]int{"a": 1}; for k, v := range x { k = 1; _ = v } }\n',
    want: ["x.go:2:70: cannot use 1 (untyped int constant) as string value in assignment"],
  },
  {
    src: "package main\nfunc main() { ch := make(<-chan int); close(ch); var s chan<- int; for range s {} }\n",
    want: [
      "x.go:2:45: invalid operation: cannot close receive-only channel ch (variable of type <-chan int)",
      "x.go:2:78: cannot range over s (variable of type chan<- int) (receive from send-only channel)",
    ],
  },
  {
    src: 'package main\nimport "fmt"\ntype T struct{}\nfunc (T) String() string { return "" }\nfunc main() { var s fmt.Stringer = &T{}; var t fmt.Stringer = T{}; _, _ = s, t; var e error = T{}; _ = e }\n',
    want: [
      "x.go:5:95: cannot use T{} (value of type T) as type error in variable declaration:",
      "\tT does not implement error (missing Error method)",
    ],
  },
  {
    src: "package main\nfunc main() { a := []int{1}; b := a; if a == b {} }\n",
    want: ["x.go:2:41: invalid operation: a == b (slice can only be compared to nil)"],
  },
  {
    src: "package main\nfunc f(...int) {}\nfunc main() { f(1, []int{2}...) }\n",
    want: [
      "x.go:3:20: too many arguments in call to f",
      "\thave (number, []int)",
      "\twant (...int)",
    ],
  },
  {
    src: "package main\ntype T struct{ a, b int }\nfunc main() { t := T{1, 2}; t.c = 3; var p *T = t; _ = p }\n",
    want: [
      "x.go:3:31: t.c undefined (type T has no field or method c)",
      "x.go:3:49: cannot use t (variable of type T) as type *T in variable declaration",
    ],
  },
  {
    src: "package main\nfunc main() { var i int; var p *int = &i; *p++; p++ }\n",
    want: ["x.go:2:49: invalid operation: p++ (non-numeric type *int)"],
  },
  {
    src: "package main\ntype Point struct{ X, Y int }\nfunc (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }\nfunc main() {\n\tp := Point{1, 2}\n\tq := p.Add(Point{3})\n\tr := p.Add(3)\n\t_, _ = q, r\n}\n",
    want: [
      "x.go:6:20: too few values in Point{\u2026}",
      "x.go:7:13: cannot use 3 (untyped int constant) as Point value in argument to p.Add",
    ],
  },
  {
    src: 'package main\nimport "strings"\nfunc main() {\n\tvar b strings.Builder\n\tb.WriteString(1)\n\ts := b.String() + 1\n\t_ = s\n}\n',
    want: [
      "x.go:5:16: cannot use 1 (untyped int constant) as string value in argument to b.WriteString",
      "x.go:6:7: invalid operation: b.String() + 1 (mismatched types string and untyped int)",
    ],
  },
  {
    src: 'package main\nimport "sort"\nfunc main() {\n\txs := []int{3, 1}\n\tsort.Ints(xs, 1)\n\tsort.Slice(xs, func(i, j int) int { return i - j })\n}\n',
    want: [
      "x.go:5:16: too many arguments in call to sort.Ints",
      "\thave ([]int, number)",
      "\twant ([]int)",
      "x.go:6:17: cannot use func(i, j int) int {\u2026} (value of type func(i int, j int) int) as type func(i int, j int) bool in argument to sort.Slice",
    ],
  },
  {
    src: 'package main\nimport "sync"\nfunc main() {\n\tvar mu sync.Mutex\n\tmu.Lock()\n\tdefer mu.unlock()\n\tvar wg sync.WaitGroup\n\twg.Add()\n}\n',
    want: [
      "x.go:6:11: mu.unlock undefined (type sync.Mutex has no field or method unlock, but does have Unlock)",
      "x.go:8:2: not enough arguments in call to wg.Add",
      "\thave ()",
      "\twant (int)",
    ],
  },
  {
    src: 'package main\nimport "errors"\nfunc f() (int, error) { return 0, errors.New("x") }\nfunc main() {\n\tx := f()\n\ty, err := f()\n\t_, _, _ = x, y, err\n}\n',
    want: ["x.go:5:7: assignment mismatch: 1 variable but f returns 2 values"],
  },
  {
    src: 'package main\nimport "os"\nfunc main() {\n\tf, err := os.Open("x")\n\t_ = f\n}\n',
    want: ["x.go:4:5: err declared but not used"],
  },
  {
    src: 'package main\nfunc main() {\n\tvar m map[string][]int\n\tm["a"] = append(m["a"], "b")\n\tfor k := range m { delete(m) ; _ = k }\n}\n',
    want: [
      'x.go:4:26: cannot use "b" (untyped string constant) as int value in argument to append',
      "x.go:5:21: invalid operation: not enough arguments for delete(m) (expected 2, found 1)",
    ],
  },
  {
    src: "package main\ntype Shape interface { Area() float64; Perimeter() float64 }\ntype Rect struct{ w, h float64 }\nfunc (r Rect) Area() float64 { return r.w * r.h }\nfunc main() { var s Shape = Rect{1, 2}; _ = s }\n",
    want: [
      "x.go:5:29: cannot use Rect{\u2026} (value of type Rect) as type Shape in variable declaration:",
      "\tRect does not implement Shape (missing Perimeter method)",
    ],
  },
  {
    src: "package main\ntype Node struct { next *Node; val int }\nfunc main() {\n\tn := &Node{val: 1}\n\tn.next = Node{}\n\tvar total int\n\tfor p := n; p != nil; p = p.next { total += p.val }\n\ttotal += n\n}\n",
    want: [
      "x.go:5:11: cannot use Node{} (value of type Node) as type *Node in assignment",
      "x.go:8:2: invalid operation: total += n (mismatched types int and *Node)",
    ],
  },
  {
    src: 'package main\nimport "fmt"\nfunc main() {\n\tdefer fmt.Println("done")\n\tgo func(x int) { fmt.Println(x) }()\n\tch := make(chan string)\n\tgo func() { ch <- 1 }()\n\tv := <-ch + 1\n\t_ = v\n}\n',
    want: [
      "x.go:5:5: not enough arguments in call to func(x int) {\u2026}",
      "\thave ()",
      "\twant (int)",
      "x.go:7:20: cannot use 1 (untyped int constant) as string value in send",
      "x.go:8:7: invalid operation: <-ch + 1 (mismatched types string and untyped int)",
    ],
  },
  {
    src: "package main\nfunc main() { x := 0; func() { x = 1 }() }\n",
    want: ["x.go:2:15: x declared but not used"],
  },
  {
    src: "package main\nfunc main() { x := 0; p := &x; _ = p }\n",
    want: [],
  },
  {
    src: "package main\nfunc main() { var x struct{ a int }; x.a = 1 }\n",
    want: [],
  },
  {
    src: "package main\nfunc main() { var a [3]int; a[0] = 1 }\n",
    want: [],
  },
  {
    src: "package main\nfunc main() { var m map[int]int; m[0] = 1 }\n",
    want: [],
  },
  {
    src: "package main\nfunc main() { x := 1; x++ }\n",
    want: [],
  },
  {
    src: "package main\nfunc main() { x := 1; x += 2 }\n",
    want: [],
  },
  {
    src: "package main\nfunc main() { var p *int; *p = 1 }\n",
    want: [],
  },
  {
    src: "package main\nfunc main() { for i := 0; ; { } }\n",
    want: ["x.go:2:19: i declared but not used"],
  },
  {
    src: "package main\nfunc main() { if x := 1; true { } }\n",
    want: ["x.go:2:18: x declared but not used"],
  },
  {
    src: "package main\nfunc main() { switch x := 1; { } }\n",
    want: ["x.go:2:22: x declared but not used"],
  },
  {
    src: "package main\nfunc main() { var ch chan int; select { case v := <-ch: } }\n",
    want: ["x.go:2:46: v declared but not used"],
  },
  {
    src: "package main\nfunc f() (x int) { x = 1; return }\nfunc main() { var y int; y, z := 1, 2; _ = z }\n",
    want: ["x.go:3:19: y declared but not used"],
  },
  {
    src: "package main\nfunc main() { var x int; var x string; _ = x }\n",
    want: ["x.go:2:30: x redeclared in this block", "\tx.go:2:19: other declaration of x"],
  },
  {
    src: "package main\nfunc f(x int) { var x string; _ = x }\nfunc main() {}\n",
    want: ["x.go:2:21: x redeclared in this block", "\tx.go:2:8: other declaration of x"],
  },
  {
    src: "package main\ntype T int\ntype T string\nfunc main() {}\n",
    want: ["x.go:3:6: T redeclared in this block", "\tx.go:2:6: other declaration of T"],
  },
  {
    src: "package main\nfunc T() {}\ntype T int\nfunc main() {}\n",
    want: ["x.go:3:6: T redeclared in this block", "\tx.go:2:6: other declaration of T"],
  },
  {
    src: 'package main\nimport "fmt"\nvar fmt = 1\nfunc main() {}\n',
    want: [
      'x.go:2:8: imported and not used: "fmt"',
      'x.go:3:5: fmt already declared through import of package fmt ("fmt")',
      "\tx.go:2:8: other declaration of fmt",
    ],
  },
  {
    src: "package main\nfunc main() { type T int; type T string }\n",
    want: ["x.go:2:32: T redeclared in this block", "\tx.go:2:20: other declaration of T"],
  },
  {
    src: "package main\nfunc main() { const c = 1; var c = 2; _ = c }\n",
    want: ["x.go:2:32: c redeclared in this block", "\tx.go:2:21: other declaration of c"],
  },
  {
    src: "package main\nfunc main() {\n\tx := 1\n\t{\n\t\tx := 2\n\t\t_ = x\n\t}\n}\n",
    want: ["x.go:3:2: x declared but not used"],
  },
];
