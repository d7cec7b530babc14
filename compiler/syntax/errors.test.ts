import { describe, expect, it } from "vitest";
import { parseFile } from "./parser.js";

/*
 * Syntax errors compared with gc's. Each expectation is what `go tool compile` (Go 1.19)
 * printed for the snippet (type-checking errors, which gc reports only for files without
 * syntax errors, left out). The snippets are our own.
 */

function diagnose(text: string): string[] {
  return parseFile({ name: "x.go", text }).diagnostics.map(
    (d) => `${d.pos.line}:${d.pos.col}: ${d.msg}`,
  );
}

const cases: [string, string, string[]][] = [
  [
    "err/e01.go",
    "package p\nvar x = []int{\n\t1,\n\t2\n}\n",
    ["4:3: syntax error: unexpected newline in composite literal; possibly missing comma or }"],
  ],
  [
    "err/e02.go",
    "package p\nfunc f() {\n\tx := T{a: 1\n\t}\n}\n",
    ["3:13: syntax error: unexpected newline in composite literal; possibly missing comma or }"],
  ],
  [
    "err/e03.go",
    "package p\nx := 1\n",
    ["2:1: syntax error: non-declaration statement outside function body"],
  ],
  [
    "err/e04.go",
    "package p\nfunc f() {\n\tx := [\n}\n",
    ["4:1: syntax error: unexpected }, expecting expression"],
  ],
  [
    "err/e05.go",
    "package p\nfunc f() {\n\tif x {\n\t}\n\tif x\n\t{\n\t}\n}\n",
    ["5:6: syntax error: unexpected newline, expecting { after if clause"],
  ],
  [
    "err/e06.go",
    "package p\nfunc f() {\n\tif x {\n\t} else return\n}\n",
    ["4:9: syntax error: else must be followed by if or statement block"],
  ],
  [
    "err/e07.go",
    "package p\nfunc f() {\n\tif x := 1 {\n\t}\n}\n",
    ["3:7: syntax error: cannot use x := 1 as value"],
  ],
  [
    "err/e08.go",
    "package p\nfunc f()\n{\n}\n",
    ["3:1: syntax error: unexpected semicolon or newline before {"],
  ],
  [
    "err/e09.go",
    "package p\nfunc f() {\n\tfor var i = 0; i < 10; i++ {\n\t}\n}\n",
    ["3:10: syntax error: var declaration not allowed in for initializer"],
  ],
  [
    "err/e10.go",
    "package p\nfunc f() {\n\tx := T{a := 1}\n}\n",
    ["3:11: syntax error: unexpected := in composite literal; possibly missing comma or }"],
  ],
  ["err/e11.go", "x := 1\n", ["1:1: syntax error: package statement must be first"]],
  [
    "err/e12.go",
    "package p\nfunc f() {\n\tif x == T{} {\n\t}\n}\n",
    [
      "3:14: syntax error: unexpected { at end of statement",
      "5:1: syntax error: non-declaration statement outside function body",
    ],
  ],
  [
    "err/e13.go",
    "package p\nfunc f() {\n\tif x == (T{}) {\n\t}\n\tfor _, x := range []T{{}} {\n\t}\n}\n",
    [],
  ],
  [
    "err/e14.go",
    "package p\nfunc f() {\n\tf(1,\n\t\t2\n\t)\n}\n",
    ["4:4: syntax error: unexpected newline in argument list; possibly missing comma or )"],
  ],
  [
    "err/e15.go",
    "package p\nfunc f() {\n\tswitch x {\n\tcase 1\n\t}\n}\n",
    ["4:8: syntax error: unexpected newline, expecting :"],
  ],
  [
    "err/e16.go",
    "package p\nfunc f() {\n\tgo func() {}\n}\n",
    ["3:5: expression in go must be function call"],
  ],
  [
    "err/e17.go",
    "package p\nfunc f() {\n\tdefer (f())\n}\n",
    ["3:8: expression in defer must not be parenthesized"],
  ],
  [
    "err/e18.go",
    "package p\nfunc f() {\n\tfor i := 0; i < 10; j := 1 {\n\t}\n}\n",
    ["3:24: syntax error: cannot declare in post statement of for loop"],
  ],
  [
    "err/e19.go",
    "package p\nfunc f() {\n\ts[1:2:]\n\ts[1::3]\n}\n",
    ["3:8: final index required in 3-index slice", "4:6: middle index required in 3-index slice"],
  ],
  [
    "err/e20.go",
    "package p\nfunc f(a, b) int {\n}\nfunc g(a int, string) {}\n",
    ["4:15: syntax error: mixed named and unnamed parameters"],
  ],
  [
    "err/e21.go",
    "package p\nfunc (a, b T) f() {}\nfunc () g() {}\n",
    ["2:15: method has multiple receivers", "3:9: method has no receiver"],
  ],
  ["err/e22.go", "package p\nimport fmt\n", ["2:11: syntax error: missing import path"]],
  ["err/e23.go", "package p\nimport 1\n", ["2:9: syntax error: import path must be a string"]],
  [
    "err/e24.go",
    "package p\ntype T struct {\n\ta int\n\t(b)\n}\n",
    ["4:2: syntax error: cannot parenthesize embedded type"],
  ],
  ["err/e25.go", "package p\nvar x = <-chan<- int(nil)\nvar y <-chan <-chan int\n", []],
  ["err/e26.go", "package p\nfunc f() {\nL:\n}\nfunc g() {\n\tL:\n\t\n}\n", []],
  [
    "err/e27.go",
    "package p\nfunc f() {\n\tx.(type)\n\tx.1\n}\n",
    ["4:3: syntax error: unexpected literal .1 at end of statement"],
  ],
  [
    "err/e28.go",
    "package p\nfunc f() {\n\ta, b\n}\n",
    ["3:6: syntax error: unexpected newline, expecting := or = or comma"],
  ],
  [
    "err/e29.go",
    "package p\nfunc f() {\n\tif x; {\n\t}\n\tif x;\n\t{\n\t}\n}\n",
    [
      "3:6: syntax error: missing condition in if statement",
      "5:6: syntax error: missing condition in if statement",
    ],
  ],
  [
    "err/e30.go",
    "package p\nfunc f() {\n\tfor x; y {\n\t}\n}\n",
    [
      "3:11: syntax error: unexpected {, expecting semicolon or newline",
      "4:2: syntax error: unexpected }, expecting expression",
    ],
  ],
  [
    "err/e31.go",
    "package p\nfunc f() {\n\tx = 1 +\n}\n",
    ["4:1: syntax error: unexpected }, expecting expression"],
  ],
  [
    "err/e32.go",
    "package p\nvar x = 1 2\nvar y\n",
    [
      "2:11: syntax error: unexpected literal 2 after top level declaration",
      "3:6: syntax error: unexpected newline, expecting type",
    ],
  ],
  [
    "err/e33.go",
    'package p\nfunc f() {\n\tm := map[string]int{"a": 1, "b": 2\n\t}\n}\n',
    ["3:36: syntax error: unexpected newline in composite literal; possibly missing comma or }"],
  ],
  [
    "err/e34.go",
    "package p\nfunc f() {\n\tvar a [3]int = [3]int{1, 2, 3}; _ = a[]\n}\n",
    ["3:40: syntax error: unexpected ], expecting operand"],
  ],
  ["err/e35.go", "package p\nfunc f() {\n\tselect {\n\tcase x := <-c:\n\tfoo\n\t}\n}\n", []],
  [
    "err/e36.go",
    "package p\nfunc f() {\n\tswitch x := y.(type) {\n\t}\n\tswitch y := 1; x := y.(type) {\n\t}\n\tswitch a, b := y.(type) {}\n}\n",
    ["7:14: syntax error: cannot use a, b := y.(type) as value"],
  ],
  [
    "err/e37.go",
    "package p\nfunc f() {\n\tfunc g() {}\n}\n",
    [
      "3:7: syntax error: unexpected g, expecting (",
      "4:1: syntax error: non-declaration statement outside function body",
    ],
  ],
  [
    "err/e38.go",
    "package p\ntype T interface {\n\tM()\n\tio.Reader\n\tN(int) string\n\tint\n}\n",
    [],
  ],
  [
    "err/e39.go",
    'package p\nfunc f() {\n\tx := 08\n\ty := "abc\n}\n',
    ["3:8: invalid digit '8' in octal literal", "4:11: newline in string"],
  ],
  [
    "err/e40.go",
    'package p\nfunc f() {\n\ta := [...]int{1,2}\n\tb := []int{1,2,}\n\tc := [2][2]int{{1,2},{3,4}}\n\td := map[[2]int]string{{1,2}: "a"}\n\t_ = &T{}\n}\n',
    [],
  ],
  [
    "err/e41.go",
    "package p\nfunc f() {\n\tfor {\n\t}\n\tfor x {\n\t}\n\tfor ;; {\n\t}\n\tfor range x {\n\t}\n}\n",
    [],
  ],
  [
    "err/e42.go",
    "package p\nvar _ = func()(x)\nvar _ = chan int(nil)\nvar _ = (*T).M\nvar _ = []byte(s)\n",
    [],
  ],
  ["err/e43.go", "package p\nfunc f() {\n\tvar x int = 1, 2\n\tconst c\n}\n", []],
  [
    "err/e44.go",
    "package p\nfunc f() {\n\tgoto\n}\n",
    ["4:1: syntax error: unexpected }, expecting name"],
  ],
  [
    "err/e45.go",
    "package p\nfunc f() {\n\tbreak 1\n}\n",
    ["3:8: syntax error: unexpected literal 1 at end of statement"],
  ],
  [
    "err/e46.go",
    "package p\nfunc f() {\n\tx ++ y\n}\n",
    ["3:7: syntax error: unexpected y at end of statement"],
  ],
  [
    "err/e47.go",
    "package p\nfunc f() {\n\tx, y := 1\n\tx, y += 1, 2\n}\n",
    ["4:7: syntax error: unexpected +=, expecting := or = or comma"],
  ],
  [
    "err/e48.go",
    "package p\nfunc f() {\n\tfor i := range x; i < 1; {}\n}\n",
    ["3:18: syntax error: unexpected semicolon, expecting { after for clause"],
  ],
  [
    "err/e49.go",
    "package p\nfunc f() {\n\tvar x = struct{a int}{1}\n\t_ = x\n}}\n",
    ["5:2: syntax error: unexpected } after top level declaration"],
  ],
  [
    "err/e50.go",
    'package p\n\nfunc main() {\n\tfmt.Println("hi")\n',
    ["5:1: syntax error: unexpected EOF, expecting }"],
  ],
  [
    "err/e51.go",
    "package p\ntype T struct {\n\ta, b int `tag`\n\t*U\n\tpkg.V\n\t*(W)\n}\n",
    ["6:3: syntax error: cannot parenthesize embedded type"],
  ],
  ["err/e52.go", "package p\nfunc f() {\n\tx := 1;;\n\t;\n}\n", []],
  [
    "err/e53.go",
    "package main\nfunc main() {\n\tvar x = []int{1,2,3)\n}\n",
    ["3:21: syntax error: unexpected ) in composite literal; possibly missing comma or }"],
  ],
  [
    "err/e54.go",
    'package main\nfunc main() {\n\tprintln("a"\n}\n',
    ["3:13: syntax error: unexpected newline in argument list; possibly missing comma or )"],
  ],
  [
    "err/e55.go",
    "package main\nfunc main() {\n\tif true {\n\t}\n\telse {\n\t}\n}\n",
    ["5:2: syntax error: unexpected else, expecting }"],
  ],
  [
    "err/e56.go",
    "package main\nfunc main() {\n\tx := func() {\n\t\treturn\n\t}(\n}\n",
    ["6:1: syntax error: unexpected }, expecting expression"],
  ],
  [
    "err/e57.go",
    'package main\nimport "fmt"\nfunc main() {\n\tfmt.Println("x")\n}\nimport "os"\n',
    ["6:1: syntax error: non-declaration statement outside function body"],
  ],
  [
    "err/e58.go",
    "package main\nfunc main() {\n\tcase 1:\n}\n",
    ["3:2: syntax error: unexpected case, expecting }"],
  ],
  [
    "err/e59.go",
    "package main\nfunc main() {\n\tswitch {\n\tfoo()\n\t}\n}\n",
    [
      "4:2: syntax error: unexpected foo, expecting case or default or }",
      "5:2: syntax error: unexpected }, expecting :",
    ],
  ],
  [
    "err/e60.go",
    "package main\nfunc main() {\n\tx := 1\n\tx = = 2\n}\n",
    ["4:6: syntax error: unexpected =, expecting expression"],
  ],
  [
    "err/e61.go",
    "package main\nfunc main() {\n\tvar a []int\n\ta[0:1:2:3]\n}\n",
    ["4:9: syntax error: unexpected :, expecting ]"],
  ],
  [
    "err/e62.go",
    "package main\nfunc f(a ...int, b int) {}\nfunc g(...) {}\n",
    ["3:11: syntax error: ... is missing type"],
  ],
  [
    "err/e63.go",
    'package main\nfunc main() {\n\tx := map[string]int{\n\t\t"a": 1\n\t}\n}\n',
    ["4:9: syntax error: unexpected newline in composite literal; possibly missing comma or }"],
  ],
  ["err/e64.go", "package main\nfunc main() {\n\t@\n}\n", ["3:2: invalid character U+0040 '@'"]],
  [
    "err/e65.go",
    "package main\nvar s = \"\\z\"\nvar r = '\\x4'\n",
    ["2:11: unknown escape", "3:13: invalid character '\\'' in hexadecimal escape"],
  ],
  ["err/e66.go", "package\n", ["2:1: syntax error: unexpected EOF, expecting name"]],
  ["err/e67.go", "", ["1:1: syntax error: package statement must be first"]],
  [
    "err/e68.go",
    "package main;\nfunc main() { x := 1; if x { } else if { } }\n",
    ["2:40: syntax error: missing condition in if statement"],
  ],
  [
    "err/e69.go",
    "package main\nfunc main() {\n\tvar x interface{ M() }\n\tx.M(1,)\n\tx.M(1,,)\n}\n",
    ["5:8: syntax error: unexpected comma, expecting expression"],
  ],
  [
    "err/e70.go",
    "package main\ntype T [\n",
    ["3:1: syntax error: unexpected EOF, expecting expression"],
  ],
  [
    "err2/f01.go",
    "package p\nfunc f() {\n\tx := 1\n",
    ["4:1: syntax error: unexpected EOF, expecting }"],
  ],
  [
    "err2/f02.go",
    "package p\nfunc f() {\n\tx := []int{1, 2\n",
    ["3:17: syntax error: unexpected newline in composite literal; possibly missing comma or }"],
  ],
  [
    "err2/f03.go",
    "package p\nfunc f() {\n\tg(1, 2\n",
    ["3:8: syntax error: unexpected newline in argument list; possibly missing comma or )"],
  ],
  ["err2/f04.go", "package p\nvar x = /* abc\n", ["2:9: comment not terminated"]],
  [
    "err2/f05.go",
    "package p\nvar x = 1 /* abc\ndef */ + 2\n",
    ["3:8: syntax error: non-declaration statement outside function body"],
  ],
  ["err2/f06.go", "package p\nvar x = `abc\n\ndef\n", ["2:9: string not terminated"]],
  [
    "err2/f07.go",
    'package p\nvar x = "abc\\\n"\n',
    [
      "2:14: unknown escape",
      "2:14: newline in string",
      "3:1: syntax error: non-declaration statement outside function body",
      "3:2: newline in string",
    ],
  ],
  [
    "err2/f08.go",
    "package p\nvar x = '\\400'\nvar y = '\\u00e9' + 'é'\nvar z = \"\\U00110000\"\n",
    ["2:14: octal escape value 256 > 255", "4:20: escape is invalid Unicode code point U+110000"],
  ],
  [
    "err2/f09.go",
    "package p\nvar x = 0x_1 + 0_1 + 1__0 + 0x1p-2 + 0X1P+2i + 1e3 + .5e-1 + 1_000.0_1 + 0b1010 + 0o17 + 0O17\n",
    ["2:24: '_' must separate successive digits"],
  ],
  [
    "err2/f10.go",
    "package p\nvar x = 0b1.0 + 0o1e3 + 1p3 + 0x1e3\n",
    [
      "2:12: invalid radix point in binary literal",
      "2:20: 'e' exponent requires decimal mantissa",
      "2:26: 'p' exponent requires hexadecimal mantissa",
    ],
  ],
  ["err2/f11.go", 'package p\nvar é = 1\nvar x = é + 1 // ünïcode\nvar y = "日本語" + z\n', []],
  [
    "err2/f14.go",
    "package p\nfunc f() {\n\tx = 1\n\t}\n}\n",
    ["5:1: syntax error: non-declaration statement outside function body"],
  ],
  [
    "err2/f15.go",
    "package p\ntype T struct {\n\ta int,\n\tb int\n}\n",
    [
      "3:7: syntax error: unexpected comma in struct type; possibly missing semicolon or newline or }",
    ],
  ],
  [
    "err2/f16.go",
    "package p\ntype I interface {\n\tM(),\n}\n",
    [
      "3:5: syntax error: unexpected comma in interface type; possibly missing semicolon or newline or }",
    ],
  ],
  [
    "err2/f17.go",
    "package p\nfunc f(a int b int) {}\n",
    ["2:14: syntax error: unexpected b in parameter list; possibly missing comma or )"],
  ],
  [
    "err2/f18.go",
    "package p\nfunc f() (a int, b) {}\n",
    ["2:18: syntax error: mixed named and unnamed parameters"],
  ],
  [
    "err2/f19.go",
    "package p\nvar (\n\ta = 1\n\tb = 2,\n)\n",
    ["5:1: syntax error: unexpected ), expecting expression"],
  ],
  [
    "err2/f20.go",
    'package p\nconst (\n\ta = iota\n\tb\n\tc int = 5\n)\nimport "fmt"\n',
    ["7:1: syntax error: non-declaration statement outside function body"],
  ],
  [
    "err2/f21.go",
    "package p\nfunc f() {\n\tfor i := 0; i < 10; i++ \n\t{\n\t}\n}\n",
    ["3:26: syntax error: unexpected newline, expecting { after for clause"],
  ],
  ["err2/f22.go", "package p\nfunc f() {\n\tswitch x\n\t{\n\t}\n}\n", []],
  [
    "err2/f23.go",
    "package p\nfunc f() {\n\tselect x {\n\t}\n}\n",
    ["3:9: syntax error: missing { after select clause"],
  ],
  [
    "err2/f24.go",
    'package p\nfunc f() {\n\tvar x = map[string]int{"a": 1, "b" 2}\n}\n',
    ["3:37: syntax error: unexpected literal 2 in composite literal; possibly missing comma or }"],
  ],
  [
    "err2/f25.go",
    "package p\nfunc f() {\n\tx := [][]int{{1, 2}, {3 4}}\n}\n",
    ["3:26: syntax error: unexpected literal 4 in composite literal; possibly missing comma or }"],
  ],
  [
    "err2/f26.go",
    "package p\nfunc f() {\n\tdefer f\n\tgo x.y\n}\n",
    [
      "3:8: expression in defer must be function call",
      "4:6: expression in go must be function call",
    ],
  ],
  [
    "err2/f27.go",
    "package p\nfunc f() {\n\tx.y.\n}\n",
    ["4:1: syntax error: unexpected }, expecting name or ("],
  ],
  [
    "err2/f28.go",
    "package p\nfunc f() {\n\tx := y.(\n}\n",
    ["4:1: syntax error: unexpected }, expecting type"],
  ],
  [
    "err2/f29.go",
    "package p\nvar x chan\nvar y map[int]\n",
    ["3:1: syntax error: missing channel element type"],
  ],
  [
    "err2/f30.go",
    "package p\nfunc f(...int) {}\nfunc g(a ...) {}\n",
    ["3:13: syntax error: ... is missing type"],
  ],
  ["err2/f31.go", "package p\nfunc f() {\n\t&x = 1\n\t*p = 1\n\t<-c\n\t-x\n}\n", []],
  [
    "err2/f32.go",
    "package p\nfunc f() {\n\tif x {\n\t} else if y {\n\t} else {\n\t} else {\n\t}\n}\n",
    [
      "6:4: syntax error: unexpected else at end of statement",
      "8:1: syntax error: non-declaration statement outside function body",
    ],
  ],
  [
    "err2/f33.go",
    "package p\nfunc f() {\n\tx := struct {\n\t\ta int\n\t}{\n\t\ta: 1,\n\t}\n\tif x := (T{}); x.a {\n\t}\n\tswitch (T{}) {\n\t}\n\tfor x := range []T{} {}\n}\n",
    [],
  ],
  [
    "err2/f34.go",
    "package p\nfunc f() {\n\tif x == struct{}{} {\n\t}\n\tif x == []int{1}[0] {\n\t}\n}\n",
    [],
  ],
  [
    "err2/f35.go",
    "package p\nfunc f() {\n\tfor x := T{}; ; {\n\t}\n}\n",
    ["3:8: syntax error: cannot use x := T as value"],
  ],
  ["err2/f36.go", 'package p\n\nimport (\n\t"fmt"\n\t. "os"\n\t_ "io"\n\tx "y"\n)\n', []],
  [
    "err2/f37.go",
    "package p\ntype (\n\tA = int\n\tB int\n\tC [2]int\n\tD [N]int\n\tE [N*2]int\n\tF []*int\n)\n",
    [],
  ],
  [
    "err2/f38.go",
    "package p\nfunc f() {\n\tx := 1\n\tx++\n\tx--\n\tx += 1; x <<= 2; x &^= 3\n\tc <- 1\n\ta, b = b, a\n\ta[i], b.c = 1, 2\n}\n",
    [],
  ],
  ["err2/f39.go", "package p\n\n/* a */ func /* b */ f() {}\n", []],
  [
    "err2/f40.go",
    "package p\nfunc f() {\n\tL1:\n\tfor {\n\t\tbreak L1\n\t}\nL2:\n\t;\n\tgoto L2\n}\n",
    [],
  ],
  [
    "err2/f41.go",
    "package p\nfunc f() {\n\tvar x [10]int\n\t_ = x[1:2:3]\n\t_ = x[:2]\n\t_ = x[1:]\n\t_ = x[:]\n}\n",
    [],
  ],
  [
    "err2/f42.go",
    "package p\nvar f = func(a, b int, c ...string) (d int, err error) { return }\n",
    [],
  ],
  ["err2/f43.go", "package p\nfunc (p *T) M() {}\nfunc (T) N() {}\nfunc (p T,) O() {}\n", []],
  [
    "err2/f44.go",
    "package p\ntype T struct{}\n\nfunc (T) m() {}\n\nfunc f() int {\n\treturn 1,\n}\n",
    ["8:1: syntax error: unexpected }, expecting expression"],
  ],
  [
    "err2/f45.go",
    "package p\nfunc f() {\n\tx :=\n}\n",
    ["4:1: syntax error: unexpected }, expecting expression"],
  ],
  [
    "err2/f46.go",
    "package p\nfunc f() {\n\tvar\n}\n",
    ["4:1: syntax error: unexpected }, expecting name"],
  ],
  [
    "err2/f47.go",
    "package p\nfunc f() {\n\tx := 1 y := 2\n}\n",
    ["3:9: syntax error: unexpected y at end of statement"],
  ],
  [
    "err2/f48.go",
    "package p\nfunc f() {\n\tif {\n\t}\n}\n",
    ["3:5: syntax error: missing condition in if statement"],
  ],
  [
    "err2/f49.go",
    "package p\nfunc f() {\n\tif ; {\n\t}\n}\n",
    ["3:5: syntax error: missing condition in if statement"],
  ],
  [
    "err2/f50.go",
    "package p\nfunc f() {\n\tfor ; ; i++, j++ {\n\t}\n}\n",
    ["3:13: syntax error: unexpected comma, expecting { after for clause"],
  ],
  [
    "err3/g01.go",
    "package p\nfunc f() {\n\tif x {\n\t}\n\telse if y {\n\t}\n}\n",
    ["5:2: syntax error: unexpected else, expecting }"],
  ],
  [
    "err3/g02.go",
    "package p\nfunc f() {\n\tx := []int{1, 2, 3\n\t\t, 4}\n}\n",
    ["3:20: syntax error: unexpected newline in composite literal; possibly missing comma or }"],
  ],
  [
    "err3/g03.go",
    "package p\nfunc f() {\n\tfor i := 0; i < 3 {\n\t}\n}\n",
    [
      "3:20: syntax error: unexpected {, expecting semicolon or newline",
      "4:2: syntax error: unexpected }, expecting expression",
    ],
  ],
  [
    "err3/g04.go",
    "package p\nfunc f() {\n\tswitch x := 1 {\n\t}\n}\n",
    ["3:11: syntax error: cannot use x := 1 as value"],
  ],
  [
    "err3/g05.go",
    "package p\nfunc f() {\n\tvar x = [3]int{1, 2, 3,}\n\tvar y = x[1:2:]\n}\n",
    ["4:16: final index required in 3-index slice"],
  ],
  ["err3/g06.go", "package p\nfunc f() {\n\tfunc() {\n\t}\n}\n", []],
  [
    "err3/g07.go",
    "package p\nfunc f() {\n\tgo func() {}()\n\tdefer func() {}\n}\n",
    ["4:8: expression in defer must be function call"],
  ],
  [
    "err3/g08.go",
    "package p\nfunc f() int {\n\treturn\n}\nfunc g() {\n\treturn 1 2\n}\n",
    ["6:11: syntax error: unexpected literal 2 at end of statement"],
  ],
  ["err3/g09.go", "package p\nfunc f() {\n\tx := 1 +* 2\n}\n", []],
  [
    "err3/g10.go",
    "package p\nvar x = struct{ a int }{a: 1,\n",
    ["3:1: syntax error: unexpected EOF, expecting }"],
  ],
  [
    "err3/g11.go",
    "package p\nfunc main() {\n\tfor {\n\t\tbreak\n\t}\n\t}\n}\n",
    ["7:1: syntax error: non-declaration statement outside function body"],
  ],
  [
    "err3/g12.go",
    "package p\ntype T struct {\n\ta int\n\tb string\n",
    ["5:1: syntax error: unexpected EOF, expecting }"],
  ],
  [
    "err3/g13.go",
    'package p\nfunc (t T) String() string {\n\treturn "x"\n}\nfunc (t *T)\n',
    ["5:12: syntax error: unexpected newline, expecting name or ("],
  ],
  [
    "err3/g14.go",
    'package p\nvar x = map[string]int{\n\t"a": 1,\n\t"b": 2\n}\n',
    ["4:8: syntax error: unexpected newline in composite literal; possibly missing comma or }"],
  ],
  [
    "err3/g15.go",
    "package p\nfunc f() {\n\tif x := 1; x == 1 {\n\t} else x := 2\n}\n",
    ["4:9: syntax error: else must be followed by if or statement block"],
  ],
  [
    "err3/g16.go",
    "package p\nfunc f(x int) {\n\tswitch x {\n\tcase 1:\n\tcase 2\n\t\tf()\n\t}\n}\n",
    ["5:8: syntax error: unexpected newline, expecting :"],
  ],
  [
    "err3/g17.go",
    "package p\nfunc f() {\n\tch <- \n}\n",
    ["4:1: syntax error: unexpected }, expecting expression"],
  ],
  [
    "err3/g18.go",
    "package p\nfunc f() {\n\t<-\n}\n",
    ["4:1: syntax error: unexpected }, expecting expression"],
  ],
  [
    "err3/g19.go",
    "package p\nfunc f() {\n\tvar c chan<- <-chan int\n\tvar d <-chan <-chan int\n\t_ = <-chan int(nil)\n\tvar e <-chan chan<- int\n}\n",
    [],
  ],
  ["err3/g20.go", "package p\nfunc f() {\n\tx = <-chan<- int(nil)\n}\n", []],
  ["err3/g21.go", "package p\nfunc f() {\n\ta.b.(c)\n\ta.(b).(c)\n\tx.(type)\n}\n", []],
  [
    "err3/g22.go",
    "package p\ntype I interface {\n\tM() int\n\tM2(a, b int) (c int)\n\tfmt.Stringer\n\t(io.Reader)\n}\n",
    [],
  ],
  ["err3/g23.go", 'package p\nconst (\n\ta, b = iota, iota\n\tc, d\n\te = "x"\n)\n', []],
  [
    "err3/g24.go",
    "package p\nvar _ = [...]int{}\nvar _ = [2]func(){}\nvar _ = [][]int{[]int{1}, {2}}\nvar _ = &[]int{}\nvar _ = []*T{{}, &T{}}\n",
    [],
  ],
  [
    "err3/g25.go",
    "package p\nfunc f() {\n\ta := 1\n\tb := a.\n}\n",
    ["5:1: syntax error: unexpected }, expecting name or ("],
  ],
  [
    "err3/g26.go",
    "package p\nfunc f() {\n\tf(\n}\n",
    ["4:1: syntax error: unexpected }, expecting expression"],
  ],
  ["err3/g27.go", "package p\nfunc f() {\n\tx := [\n\t]int{}\n}\n", []],
  [
    "err3/g28.go",
    "package p\nfunc f() {\n\tx :=\n\t\t1\n\ty := 2 +\n\t\t3\n\t_, _ = x, y\n}\n",
    [],
  ],
  [
    "err3/g29.go",
    "package p\nfunc f() {\n\tif a, b := 1, 2; a < b {\n\t}\n\tif a, b := 1, 2 {\n\t}\n\tif a = 1 {\n\t}\n\tif a++ {\n\t}\n\tif c <- 1 {\n\t}\n}\n",
    [
      "5:10: syntax error: cannot use a, b := 1, 2 as value",
      "7:7: syntax error: cannot use assignment (a) = (1) as value",
      "9:6: syntax error: cannot use a++ as value",
      "11:7: syntax error: cannot use c <- 1 as value",
    ],
  ],
  [
    "err3/g30.go",
    "package p\nfunc f() {\n\tfor i := 0; i < 3; i++; {\n\t}\n}\n",
    ["3:24: syntax error: unexpected semicolon, expecting { after for clause"],
  ],
  [
    "err3/g31.go",
    'package p\nimport "fmt" "os"\n',
    ['2:14: syntax error: unexpected literal "os", expecting semicolon or newline'],
  ],
  ["err3/g32.go", 'package p\nimport ()\nimport (\n\t"a"; "b"\n)\nfunc f() {}\n', []],
  [
    "err3/g33.go",
    "package p\nfunc f() {\n\tvar (\n\t\ta = 1\n\t\tb int\n\t)\n\tconst (\n\t\tc = iota\n\t)\n\ttype (\n\t\tT int\n\t)\n}\n",
    [],
  ],
  [
    "err3/g34.go",
    "package p\nvar x = 1 +\n",
    ["3:1: syntax error: unexpected EOF, expecting expression"],
  ],
  ["err3/g35.go", "package p\nfunc f() {\n\tselect {\n\tcase x = <-c, y:\n\t}\n}\n", []],
  ["err3/g36.go", "package p\nfunc f() {\n\tL: L2: for {}\n\tgoto L\n\tgoto L2\n}\n", []],
  ["err3/g37.go", "package p\nfunc f() {\n\tdefer recover()\n\tgo (f)()\n}\n", []],
  [
    "err3/g38.go",
    "package p\nfunc f() {\n\tx[1:2:3:4] = 1\n}\n",
    ["3:9: syntax error: unexpected :, expecting ]"],
  ],
  [
    "err3/g39.go",
    "package p\nfunc f() {\n\tx := T{}.m\n\ty := T{1}[0]\n\tif T{}.m {\n\t}\n}\n",
    [
      "5:8: syntax error: unexpected . at end of statement",
      "7:1: syntax error: non-declaration statement outside function body",
    ],
  ],
  [
    "err3/g40.go",
    "package p\nfunc f()\n{\n}\nvar x = 1\n",
    ["3:1: syntax error: unexpected semicolon or newline before {"],
  ],
  ["err3/g41.go", "package p\nfunc\n", ["3:1: syntax error: unexpected EOF, expecting name or ("]],
  ["err3/g42.go", "package p\nfunc f(int a, string b) {}\n", []],
  [
    "err3/g43.go",
    "package p\nfunc f(a int, ...) {}\n",
    ["2:18: syntax error: ... is missing type"],
  ],
  ["err3/g44.go", "package p\nvar x interface{\n\tM()\n\tN()\n} = nil\n", []],
  [
    "err3/g45.go",
    "package p\ntype T struct{ a, b int; c string }\ntype U struct{}\ntype V interface{}\n",
    [],
  ],
  ["err3/g46.go", 'package p\nfunc f() (int, string, ) { return 0, "" }\n', []],
  [
    "err3/g47.go",
    "package p\nfunc f() {\n\tvar a, b, c = 1, 2, 3\n\ta, b, c = c, a, b\n\t_, _ = a, b\n}\n",
    [],
  ],
  [
    "err3/g48.go",
    "package p\nfunc f() {\n\tswitch {\n\tcase x > 1: f()\n\tcase x < 1: g(); h()\n\t}\n}\n",
    [],
  ],
  [
    "err3/g49.go",
    "package p\nfunc f() {\n\tif x\n}\n",
    ["4:1: syntax error: unexpected }, expecting expression"],
  ],
  [
    "err3/g50.go",
    "package p\nfunc f() {\n\tfor x := range y; {\n\t}\n}\n",
    ["3:18: syntax error: unexpected semicolon, expecting { after for clause"],
  ],
  [
    "err3/g51.go",
    'package p\nvar s = "\\q\\q" + "\\q"\nvar t = 1__2 + 3__4\n',
    ["2:11: unknown escape", "3:11: '_' must separate successive digits"],
  ],
  [
    "err3/g52.go",
    "package p\nfunc f() { x := 1 }\nfunc (a, b T) g() {}\nvar _ = s[1::2]\n",
    ["3:15: method has multiple receivers", "4:13: middle index required in 3-index slice"],
  ],
  ["err3/g53.go", 'package p\nfunc f() { x := 1 }\nvar s = "\\q"\n', ["3:11: unknown escape"]],
];

describe("syntax errors match gc's", () => {
  for (const [name, text, want] of cases) {
    it(name, () => expect(diagnose(text)).toEqual(want));
  }
});
