import { describe, expect, it } from "vitest";
import { litKinds, scan, T, tokenString } from "./lexer.js";

/** Tokens as `line:col kind lit` strings (lit only where it carries information). */
function toks(text: string): string[] {
  const { tokens } = scan("x.go", text);
  const out: string[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const kind = tokens.kind[k] as T;
    let s = `${tokens.line[k]}:${tokens.col[k]} ${tokenString[kind]}`;
    if (kind === T.Name || kind === T.Semi || kind === T.Operator || kind === T.AssignOp) {
      s += ` ${tokens.lit[k]}`;
    }
    if (kind === T.Literal) s += ` ${litKinds[tokens.litKind[k]]} ${tokens.lit[k]}`;
    out.push(s);
  }
  return out;
}

function errors(text: string): string[] {
  return scan("x.go", text).diagnostics.map((d) => `${d.pos.line}:${d.pos.col}: ${d.msg}`);
}

/** The literal kind of a single literal token. */
function litKind(text: string): string {
  const { tokens, diagnostics } = scan("x.go", text);
  expect(diagnostics).toEqual([]);
  expect(tokens.kind[0]).toBe(T.Literal);
  expect(tokens.lit[0]).toBe(text);
  return litKinds[tokens.litKind[0]];
}

describe("literals", () => {
  it("integers in every base, with separators", () => {
    for (const s of [
      "0",
      "123",
      "1_000",
      "0x1F",
      "0X_ab",
      "0o17",
      "0O7",
      "0b1010",
      "0B_1",
      "0777",
      "00",
    ]) {
      expect(litKind(s), s).toBe("INT");
    }
  });
  it("floats, including hex floats", () => {
    for (const s of [
      "1.5",
      "1.",
      ".5",
      "1e3",
      "1E+3",
      "1.5e-3",
      "0x1p4",
      "0x1.8p-2",
      "0X.8P1",
      "1_0.2_5",
      "089.5",
    ]) {
      expect(litKind(s), s).toBe("FLOAT");
    }
  });
  it("imaginary literals", () => {
    for (const s of ["1i", "0i", "1.5i", "0x1p2i", "0o7i", "0777i", "089i", "1e3i"]) {
      expect(litKind(s), s).toBe("IMAG");
    }
  });
  it("runes with every escape", () => {
    for (const s of [
      "'a'",
      "'\\n'",
      "'\\''",
      "'\\\\'",
      "'\\x41'",
      "'\\101'",
      "'\\u00e9'",
      "'\\U0001F600'",
      "'é'",
      "'\\a'",
      "'\\b'",
      "'\\f'",
      "'\\r'",
      "'\\t'",
      "'\\v'",
      "'\\000'",
    ]) {
      expect(litKind(s), s).toBe("CHAR");
    }
  });
  it("interpreted and raw strings", () => {
    for (const s of [
      '""',
      '"a\\"b"',
      '"\\u65e5本\\U00008a9e"',
      '"\\xff"',
      "`raw\nstring`",
      "`a\\nb`",
    ]) {
      expect(litKind(s), s).toBe("STRING");
    }
  });
  it("a raw string spanning lines moves later positions", () => {
    expect(toks("x = `a\nb` + y")).toEqual([
      "1:1 name x",
      "1:3 =",
      "1:5 literal STRING `a\nb`",
      "2:4 op +",
      "2:6 name y",
      "2:7 semicolon or newline EOF",
      "2:7 EOF",
    ]);
  });
  it("a number followed by a method call or range dots", () => {
    expect(toks("1..5")).toContain("1:1 literal FLOAT 1.");
    expect(toks("x.y")).toEqual([
      "1:1 name x",
      "1:2 .",
      "1:3 name y",
      "1:4 semicolon or newline EOF",
      "1:4 EOF",
    ]);
  });
});

describe("malformed literals, with gc's words and positions", () => {
  // Expectations are what `go tool compile` (1.19) printed for `var x = <literal>` on line 2,
  // shifted to a literal at line 1, column 1.
  const cases: [string, string][] = [
    ["1__2", "1:3: '_' must separate successive digits"],
    ["1_", "1:2: '_' must separate successive digits"],
    ["0o78", "1:4: invalid digit '8' in octal literal"],
    ["0778", "1:4: invalid digit '8' in octal literal"],
    ["0b102", "1:5: invalid digit '2' in binary literal"],
    ["0x", "1:3: hexadecimal literal has no digits"],
    ["0b", "1:3: binary literal has no digits"],
    ["1e", "1:3: exponent has no digits"],
    ["0x1p", "1:5: exponent has no digits"],
    ["0x1.0", "1:6: hexadecimal mantissa requires a 'p' exponent"],
    ['"a\\qb"', "1:4: unknown escape"],
    ["'ab'", "1:1: more than one character in rune literal"],
    ["''", "1:2: empty rune literal or unescaped '"],
    ['"\\u12"', "1:6: invalid character '\"' in hexadecimal escape"],
    ['"\\xZZ"', "1:4: invalid character 'Z' in hexadecimal escape"],
    ['"\\400"', "1:6: octal escape value 256 > 255"],
    ['"\\uD800"', "1:8: escape is invalid Unicode code point U+D800"],
    ['"abc', "1:1: string not terminated"],
    ["`abc", "1:1: string not terminated"],
    ["/* abc", "1:1: comment not terminated"],
    ["@", "1:1: invalid character U+0040 '@'"],
    ["\x01", "1:1: invalid character U+0001"],
    ["\x00", "1:1: invalid NUL character"],
  ];
  for (const [src, want] of cases) {
    it(JSON.stringify(src), () => expect(errors(src)).toEqual([want]));
  }
  it("newline in string and rune", () => {
    expect(errors('"abc\nx')).toEqual(["1:5: newline in string"]);
    expect(errors("'a\nx")).toEqual(["1:3: newline in rune literal"]);
    // A backslash before the newline is also an unknown escape (gc reports both).
    expect(errors('"abc\\\n"\n')).toEqual([
      "1:6: unknown escape",
      "1:6: newline in string",
      "2:2: newline in string",
    ]);
  });
  it("octal digits 8 and 9 are fine in floats and imaginaries", () => {
    expect(errors("09.5i + 0_9 + 08")).toEqual([
      "1:11: invalid digit '9' in octal literal",
      "1:16: invalid digit '8' in octal literal",
    ]);
  });
  it("columns count UTF-8 bytes", () => {
    expect(errors('"日本" + "\\q"')).toEqual(["1:14: unknown escape"]);
    expect(toks("é := 1")).toEqual([
      "1:1 name é",
      "1:4 :=",
      "1:7 literal INT 1",
      "1:8 semicolon or newline EOF",
      "1:8 EOF",
    ]);
  });
  it("non-letters in identifiers", () => {
    expect(errors("x\u00a0y")).toEqual(["1:2: invalid character U+00A0 in identifier"]);
    expect(errors("\u0663x")).toEqual(["1:1: identifier cannot begin with digit U+0663 '٣'"]);
  });
});

describe("automatic semicolons", () => {
  it("after names, literals, closing brackets, ++/-- and the four keywords", () => {
    const src = "a\n1\n)\n]\n}\nx++\ny--\nbreak\ncontinue\nfallthrough\nreturn\n";
    const semis = toks(src).filter((t) => t.includes("newline"));
    expect(semis).toEqual([
      "1:2 semicolon or newline newline",
      "2:2 semicolon or newline newline",
      "3:2 semicolon or newline newline",
      "4:2 semicolon or newline newline",
      "5:2 semicolon or newline newline",
      "6:4 semicolon or newline newline",
      "7:4 semicolon or newline newline",
      "8:6 semicolon or newline newline",
      "9:9 semicolon or newline newline",
      "10:12 semicolon or newline newline",
      "11:7 semicolon or newline newline",
    ]);
  });
  it("not after operators, commas, opening brackets or other keywords", () => {
    const src = "a +\nb,\n(\n[\n{\nfunc\nvar\n";
    expect(toks(src).filter((t) => t.includes("semicolon"))).toEqual([]);
  });
  it("at EOF, named EOF", () => {
    expect(toks("x")).toEqual(["1:1 name x", "1:2 semicolon or newline EOF", "1:2 EOF"]);
    expect(toks("x\n")).toEqual(["1:1 name x", "1:2 semicolon or newline newline", "2:1 EOF"]);
  });
  it("when a line ends in a comment", () => {
    expect(toks("x // c\ny")).toEqual([
      "1:1 name x",
      "1:7 semicolon or newline newline",
      "2:1 name y",
      "2:2 semicolon or newline EOF",
      "2:2 EOF",
    ]);
    // A block comment spanning lines acts like a newline, at the comment.
    expect(toks("x /* a\nb */ y")).toEqual([
      "1:1 name x",
      "1:3 semicolon or newline newline",
      "2:6 name y",
      "2:7 semicolon or newline EOF",
      "2:7 EOF",
    ]);
    // One on a single line does not.
    expect(toks("x /* a */\ny")[1]).toBe("1:10 semicolon or newline newline");
  });
  it("an explicit semicolon is named semicolon", () => {
    expect(toks("x;")).toEqual(["1:1 name x", "1:2 semicolon or newline semicolon", "1:3 EOF"]);
  });
});

describe("tokens", () => {
  it("operators, with assignment and increment forms", () => {
    const { tokens } = scan("x.go", "a &^= b &^ c <- d <<= 1 ... && || != := ~");
    const kinds = Array.from(tokens.kind.subarray(0, tokens.length)).map((k) => tokenString[k]);
    expect(kinds).toEqual([
      "name",
      "op=",
      "name",
      "op",
      "name",
      "<-",
      "name",
      "op=",
      "literal",
      "...",
      "op",
      "op",
      "op",
      ":=",
      "op",
      "EOF",
    ]);
    expect(tokens.lit[1]).toBe("&^");
    expect(tokens.lit[7]).toBe("<<");
  });
  it("precedences", () => {
    const { tokens } = scan("x.go", "|| && == + * <<");
    expect(Array.from(tokens.prec.subarray(0, 6))).toEqual([1, 2, 3, 4, 5, 5]);
  });
  it("keywords", () => {
    const { tokens } = scan("x.go", "func chan interface x");
    expect(Array.from(tokens.kind.subarray(0, 4))).toEqual([T.Func, T.Chan, T.Interface, T.Name]);
  });
  it("keeps every comment with its position", () => {
    const { comments } = scan("x.go", '//go:noinline\nfunc f() {} /* b */\n// ERROR "x"\n');
    expect(comments).toEqual([
      { pos: { file: "x.go", line: 1, col: 1 }, text: "//go:noinline" },
      { pos: { file: "x.go", line: 2, col: 13 }, text: "/* b */" },
      { pos: { file: "x.go", line: 3, col: 1 }, text: '// ERROR "x"' },
    ]);
  });
  it("tabs count as one column", () => {
    expect(toks("\t\tx")[0]).toBe("1:3 name x");
  });
});
