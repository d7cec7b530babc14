import { describe, expect, it } from "vitest";
import { checkBranches } from "./branches.js";
import { parseFile } from "./parser.js";

/*
 * Label and branch errors compared with gc's. Each expectation is what
 * `go tool compile` (Go 1.19) printed for the snippet, file name x.go.
 */

function diagnose(text: string): string[] {
  const { file, diagnostics } = parseFile({ name: "x.go", text });
  return diagnostics
    .concat(checkBranches(file, diagnostics))
    .sort((a, b) => a.pos.line - b.pos.line || a.pos.col - b.pos.col)
    .map((d) => `${d.pos.line}:${d.pos.col}: ${d.msg}`);
}

const cases: [string, string, string[]][] = [
  [
    "b1.go",
    "package p\nfunc f() {\n\tgoto L\n\tx := 1\n\t_ = x\nL:\n}\n",
    ["3:7: goto L jumps over declaration of x at x.go:4:4"],
  ],
  [
    "b10.go",
    "package p\nfunc f() {\nL:\n}\nfunc g() {\n\tx := \n}\nfunc h() {\n\tbreak\n}\n",
    [
      "3:1: label L defined and not used",
      "7:1: syntax error: unexpected }, expecting expression",
      "9:2: break is not in a loop, switch, or select",
    ],
  ],
  [
    "b11.go",
    "package p\nvar v = func() {\nL:\n\tfunc() {\n\t\tgoto L\n\t}()\n}\nfunc f() {\n\tdefer func() {\n\t\tcontinue\n\t}()\n\tfor {\n\t\tgo func() { break }()\n\t}\n}\n",
    [
      "3:1: label L defined and not used",
      "5:8: label L not defined",
      "10:3: continue is not in a loop",
      "13:15: break is not in a loop, switch, or select",
    ],
  ],
  [
    "b2.go",
    "package p\nfunc f() {\nL:\nL:\n\tgoto L\n}\n",
    ["4:1: label L already defined at x.go:3:1"],
  ],
  [
    "b3.go",
    "package p\nfunc f() {\n\tgoto L\n\t{\n\tL:\n\t}\n}\n",
    ["3:7: goto L jumps into block starting at x.go:4:2"],
  ],
  [
    "b4.go",
    "package p\nfunc f() {\n\tbreak\n\tcontinue\n\tswitch {\n\tcase true:\n\t\tcontinue\n\t}\n}\n",
    [
      "3:2: break is not in a loop, switch, or select",
      "4:2: continue is not in a loop",
      "7:3: continue is not in a loop",
    ],
  ],
  [
    "b5.go",
    "package p\nfunc f() {\nL:\n\tif true {\n\t\tbreak L\n\t}\nM:\n\tswitch {\n\tdefault:\n\t\tcontinue M\n\t}\n\tbreak N\n\tcontinue N\n\tgoto N\n}\n",
    [
      "5:9: invalid break label L",
      "10:12: invalid continue label M",
      "12:8: break label not defined: N",
      "13:11: continue label not defined: N",
      "14:7: label N not defined",
    ],
  ],
  [
    "b6.go",
    "package p\nfunc f(x interface{}) {\n\tswitch {\n\tcase true:\n\t\tfallthrough\n\tcase false:\n\t\tfallthrough\n\t}\n\tswitch x.(type) {\n\tcase int:\n\t\tfallthrough\n\tdefault:\n\t}\n\tfallthrough\n\tswitch {\n\tcase true:\n\t\tfallthrough\n\t\tprintln()\n\tdefault:\n\t}\n}\n",
    [
      "7:3: cannot fallthrough final case in switch",
      "11:3: cannot fallthrough in type switch",
      "14:2: fallthrough statement out of place",
      "17:3: fallthrough statement out of place",
    ],
  ],
  [
    "b7.go",
    "package p\nfunc f() {\n\tgoto L\n\tvar a, b int\n\t_, _ = a, b\nL:\n\tfor {\n\t\tgoto M\n\t}\n\tif true {\n\t} else {\n\tM:\n\t}\n}\n",
    [
      "3:7: goto L jumps over declaration of a at x.go:4:6",
      "8:8: goto M jumps into block starting at x.go:11:9",
    ],
  ],
  [
    "b8.go",
    "package p\nfunc f() {\nL:\n\tfor {\n\t\tfunc() {\n\t\t\tbreak L\n\t\t}()\n\t\tselect {\n\t\tdefault:\n\t\t\tbreak\n\t\t}\n\t\tfor range []int{} {\n\t\t\tcontinue L\n\t\t}\n\t}\n}\n",
    ["6:10: break label not defined: L"],
  ],
  [
    "b9.go",
    "package p\nfunc f() {\n\tgoto L\n\ta, b := 1, 2\n\t_, _ = a, b\nL:\n\t;\n\t_:\n\tgoto _\n}\n",
    ["3:7: goto L jumps over declaration of a, b at x.go:4:7", "9:7: label _ not defined"],
  ],
];

describe("branch errors match gc's", () => {
  for (const [name, text, want] of cases) {
    it(name, () => expect(diagnose(text)).toEqual(want));
  }
  it("are not syntax errors", () => {
    const { file } = parseFile({ name: "x.go", text: "package p\nfunc f() {\nL:\n}\n" });
    expect(checkBranches(file).map((d) => d.phase)).toEqual(["type"]);
  });
});
