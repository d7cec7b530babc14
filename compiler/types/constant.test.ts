// Tests for exact constant arithmetic. Expected strings in the `gc` tables were
// recorded from Go 1.19's `go tool compile` messages, e.g. for
//	const c = 1e6; var _ string = c
// gc says `cannot use c (untyped float constant 1e+06) as string value …`, so
// constString of 1e6 must be "1e+06".
import { describe, expect, it } from "vitest";
import {
  binaryOp,
  compare,
  constString,
  exactString,
  float32Value,
  float64Value,
  formatG6,
  fromFloat64,
  intValue,
  isConstError,
  isPrint,
  matchKinds,
  parseLiteral,
  quote,
  representable,
  shift,
  toKind,
  unaryOp,
  type ConstError,
  type ConstValue,
} from "./constant.js";
import type { BinaryOp, LitKind } from "../syntax/ast.js";

function ok(r: ConstValue | ConstError | undefined): ConstValue {
  if (r === undefined) throw new Error("undefined value");
  if ("error" in r) throw new Error(r.error);
  return r;
}

function lit(text: string): ConstValue {
  let kind: LitKind;
  if (text.startsWith("'")) kind = "CHAR";
  else if (text.startsWith('"') || text.startsWith("`")) kind = "STRING";
  else if (text.endsWith("i")) kind = "IMAG";
  else if (/^0[xX]/.test(text) ? /[pP.]/.test(text) : /[.eE]/.test(text)) kind = "FLOAT";
  else kind = "INT";
  return ok(parseLiteral(kind, text));
}

/** x op y for numeric untyped operands (integer division when both are ints). */
function bin(x: ConstValue, op: BinaryOp, y: ConstValue): ConstValue {
  const intDiv = x.kind === "int" && y.kind === "int";
  return ok(binaryOp(op, x, y, intDiv));
}

function int(v: bigint | number): ConstValue {
  return { kind: "int", value: BigInt(v) };
}

function str(s: string): ConstValue {
  return { kind: "string", value: s };
}

describe("parseLiteral", () => {
  it("parses every integer form", () => {
    const cases: Array<[string, bigint]> = [
      ["0", 0n],
      ["42", 42n],
      ["1_000_000", 1000000n],
      ["0x1F", 31n],
      ["0X_1f", 31n],
      ["0b1011", 11n],
      ["0B_1_0", 2n],
      ["0o17", 15n],
      ["0O_17", 15n],
      ["0777", 511n],
      ["0_777", 511n],
      ["00", 0n],
      ["18446744073709551616", 18446744073709551616n],
      ["0xFFFFFFFFFFFFFFFFFFFFFFFF", 0xffffffffffffffffffffffffn],
    ];
    for (const [text, want] of cases) {
      expect(parseLiteral("INT", text), text).toEqual({ kind: "int", value: want });
    }
  });

  it("parses decimal and hex floats exactly", () => {
    const cases: Array<[string, bigint, bigint]> = [
      ["1.5", 3n, 2n],
      ["0.1", 1n, 10n],
      [".5", 1n, 2n],
      ["1.", 1n, 1n],
      ["1e3", 1000n, 1n],
      ["1E+3", 1000n, 1n],
      ["2.5e-3", 1n, 400n],
      ["1_000.000_1", 10000001n, 10000n],
      ["0x1p-2", 1n, 4n],
      ["0X1P+4", 16n, 1n],
      ["0x1.8p1", 3n, 1n],
      ["0x.8p0", 1n, 2n],
      ["0x_1.0p0", 1n, 1n],
      ["0.0", 0n, 1n],
      ["0e-999999999", 0n, 1n],
    ];
    for (const [text, num, den] of cases) {
      expect(parseLiteral("FLOAT", text), text).toEqual({ kind: "float", value: { num, den } });
    }
  });

  it("parses imaginary literals with any mantissa", () => {
    const cases: Array<[string, bigint, bigint]> = [
      ["2i", 2n, 1n],
      ["1.5i", 3n, 2n],
      ["0x1p2i", 4n, 1n],
      ["017i", 17n, 1n], // decimal, not octal (spec)
      ["0o17i", 15n, 1n],
      ["0b101i", 5n, 1n],
      ["0x10i", 16n, 1n],
      ["1e2i", 100n, 1n],
      ["0i", 0n, 1n],
    ];
    for (const [text, num, den] of cases) {
      expect(parseLiteral("IMAG", text), text).toEqual({
        kind: "complex",
        re: { num: 0n, den: 1n, isInt: true },
        im: { num, den },
      });
    }
  });

  it("parses runes with every escape", () => {
    const cases: Array<[string, number]> = [
      ["'a'", 97],
      ["'é'", 0xe9],
      ["'😀'", 0x1f600],
      ["'\\a'", 7],
      ["'\\b'", 8],
      ["'\\f'", 12],
      ["'\\n'", 10],
      ["'\\r'", 13],
      ["'\\t'", 9],
      ["'\\v'", 11],
      ["'\\\\'", 92],
      ["'\\''", 39],
      ["'\"'", 34],
      ["'\\000'", 0],
      ["'\\377'", 255],
      ["'\\x7f'", 127],
      ["'\\xff'", 255],
      ["'\\u12e4'", 0x12e4],
      ["'\\U00101234'", 0x101234],
    ];
    for (const [text, want] of cases) {
      expect(parseLiteral("CHAR", text), text).toEqual({ kind: "int", value: BigInt(want) });
    }
  });

  it("parses interpreted and raw strings into UTF-8 bytes", () => {
    const cases: Array<[string, string]> = [
      ['""', ""],
      ['"abc"', "abc"],
      ['"a\\nb"', "a\nb"],
      ['"\\a\\b\\f\\n\\r\\t\\v\\\\\\""', '\x07\b\f\n\r\t\v\\"'],
      ['"\\xff\\000\\377"', "\xff\x00\xff"],
      ['"\\u00e9"', "\xc3\xa9"],
      ['"é"', "\xc3\xa9"],
      ['"\\U0001F600"', "\xf0\x9f\x98\x80"],
      ['"😀"', "\xf0\x9f\x98\x80"],
      ['"日本語"', "\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"],
      ["`a\\nb`", "a\\nb"],
      ["`a\r\nb\r`", "a\nb"],
      ["`é`", "\xc3\xa9"],
      ['"\'"', "'"],
    ];
    for (const [text, want] of cases) {
      expect(parseLiteral("STRING", text), text).toEqual({ kind: "string", value: want });
    }
  });

  it("returns an error, never throws, on malformed text", () => {
    const cases: Array<[LitKind, string]> = [
      ["INT", ""],
      ["INT", "0x"],
      ["INT", "08"],
      ["INT", "12a"],
      ["FLOAT", "1e"],
      ["FLOAT", "."],
      ["FLOAT", "0x1.5"],
      ["IMAG", "1"],
      ["CHAR", "''"],
      ["CHAR", "'ab'"],
      ["CHAR", "'\\400'"],
      ["CHAR", "'\\\"'"],
      ["CHAR", "'\\uD800'"],
      ["CHAR", "'\\U00110000'"],
      ["CHAR", "'\\q'"],
      ["STRING", '"abc'],
      ["STRING", '"\\\'"'],
      ["STRING", '"\\x4"'],
    ];
    for (const [kind, text] of cases) {
      const r = parseLiteral(kind, text);
      expect(isConstError(r), `${kind} ${text}`).toBe(true);
    }
  });

  it("keeps float literals with huge or tiny exponents as 512-bit floats", () => {
    const big = lit("1e5000");
    expect(big.kind).toBe("float");
    if (big.kind !== "float") return;
    expect(big.value.rounded).toBe(true);
    // 512-bit mantissa: the value is m·2^k with m of at most 512 bits.
    let m = big.value.num;
    while ((m & 1n) === 0n) m >>= 1n;
    expect(m.toString(2).length).toBeLessThanOrEqual(512);
    expect(lit("1e1000").kind === "float" && lit("1e1000").kind).toBe("float");
    const exact = lit("1e1000");
    if (exact.kind === "float") expect(exact.value).toEqual({ num: 10n ** 1000n, den: 1n });
    expect(isConstError(parseLiteral("FLOAT", "1e1000000000"))).toBe(true);
  });
});

describe("constString as gc prints constants", () => {
  // literal or expression → gc's rendering, from messages of go tool compile 1.19.
  const floats: Array<[ConstValue, string]> = [
    [lit("1.5"), "1.5"],
    [lit("0.1"), "0.1"],
    [lit("1e100"), "1e+100"],
    [lit("1e6"), "1e+06"],
    [lit("123456.0"), "123456"],
    [lit("1234567.0"), "1.23457e+06"],
    [lit("1234567.5"), "1.23457e+06"],
    [lit("123456789.123"), "1.23457e+08"],
    [lit("0.0"), "0"],
    [lit("1e21"), "1e+21"],
    [lit("1e20"), "1e+20"],
    [lit("0.0001"), "0.0001"],
    [lit("0.00001"), "1e-05"],
    [lit("1.0000005"), "1"],
    [lit("0.000123456789"), "0.000123457"],
    [lit("3.14159265"), "3.14159"],
    [lit("2.5e-300"), "2.5e-300"],
    [lit("1e-320"), "9.99989e-321"],
    [lit("4e-324"), "4.94066e-324"],
    [lit("1e-400"), "1e-400"],
    [lit("1e309"), "1e+309"],
    [lit("1.7976931348623157e308"), "1.79769e+308"],
    [lit("1.7976931348623159e308"), "1.79769e+308"],
    [lit("1e4000"), "1e+4000"],
    [lit("1e-4000"), "1e-4000"],
    [lit("1e4095"), "1e+4095"],
    [lit("1e5000"), "1e+5000"],
    [lit("9.9999995"), "10"],
    [lit("9.99999949"), "10"],
    [lit("999999.5"), "1e+06"],
    [lit("999999.4"), "999999"],
    [lit("0x1p-1074"), "4.94066e-324"],
    [lit("0x1p-1075"), "2.47033e-324"],
    [lit("0x1p-1076"), "1.23516e-324"],
    [lit("0x1.8p-1075"), "4.94066e-324"],
    [lit("0x1p4095"), "5.22194e+1232"],
    [lit("0x1p4096"), "1.04439e+1233"],
    [lit("0x1p-4096"), "0.957498e-1233"],
    [lit("0x1p-4095"), "1.915e-1233"],
    [bin(lit("1.0"), "/", int(3)), "0.333333"],
    [bin(lit("2.0"), "/", int(3)), "0.666667"],
    [bin(bin(lit("1.0"), "/", int(3)), "*", int(3)), "1"],
    [bin(int(97), "+", lit("1.5")), "98.5"],
    [bin(lit("1e6"), "+", lit("0.5")), "1e+06"],
    [bin(int(1), "+", lit("0.5")), "1.5"],
    [bin(ok(shift("<<", int(1), 62n)), "+", lit("0.5")), "4.61169e+18"],
    [bin(ok(shift("<<", int(1), 511n)), "+", lit("0.5")), "6.7039e+153"],
    [ok(unaryOp("-", lit("1.5"))), "-1.5"],
    [ok(unaryOp("-", lit("0.0"))), "0"],
    [bin(bin(bin(lit("1e1300"), "/", int(3)), "*", int(3)), "-", lit("1e1300")), "0"],
    [bin(lit("8.0"), "/", lit("4.0")), "2"],
  ];
  it("prints floats", () => {
    for (const [v, want] of floats) expect(constString(v)).toBe(want);
  });

  it("prints ints in full, runes as numbers, bools", () => {
    expect(constString(int(300))).toBe("300");
    expect(constString(int(-5))).toBe("-5");
    expect(constString(ok(shift("<<", int(1), 100n)))).toBe("1267650600228229401496703205376");
    expect(constString(ok(unaryOp("-", ok(shift("<<", int(1), 100n)))))).toBe(
      "-1267650600228229401496703205376",
    );
    expect(constString(lit("'a'"))).toBe("97");
    expect(constString(lit("'\\n'"))).toBe("10");
    expect(constString(bin(lit("'a'"), "*", int(100)))).toBe("9700");
    expect(constString({ kind: "bool", value: true })).toBe("true");
    expect(constString({ kind: "bool", value: false })).toBe("false");
  });

  it("prints complex values part by part, integer parts in full", () => {
    const i1 = lit("1i");
    const cases: Array<[ConstValue, string]> = [
      [bin(int(1), "+", lit("2i")), "(1 + 2i)"],
      [bin(lit("1.5"), "+", lit("2i")), "(1.5 + 2i)"],
      [lit("1.5i"), "(0 + 1.5i)"],
      [ok(unaryOp("-", i1)), "(0 + -1i)"],
      [bin(int(1234567), "+", i1), "(1234567 + 1i)"],
      [bin(lit("1234567.0"), "+", i1), "(1.23457e+06 + 1i)"],
      [bin(bin(int(1), "+", lit("2i")), "*", bin(int(3), "+", lit("4i"))), "(-5 + 10i)"],
      [bin(bin(int(1), "+", lit("2i")), "/", bin(int(3), "+", lit("4i"))), "(0.44 + 0.08i)"],
      [bin(bin(int(2), "+", lit("2i")), "/", bin(int(1), "+", i1)), "(2 + 0i)"],
      [lit("1e400i"), "(0 + 1e+400i)"],
      [lit("0i"), "(0 + 0i)"],
      [ok(unaryOp("-", lit("0.0i"))), "(0 + 0i)"],
      [bin(i1, "*", i1), "(-1 + 0i)"],
      [bin(lit("0.1"), "+", lit("0i")), "(0.1 + 0i)"],
      [bin(lit("1e100"), "+", lit("1e-100i")), "(1e+100 + 1e-100i)"],
      [bin(bin(lit("'a'"), "+", i1), "-", i1), "(97 + 0i)"],
      [
        bin(ok(shift("<<", int(1), 100n)), "+", lit("0i")),
        "(1267650600228229401496703205376 + 0i)",
      ],
      [bin(bin(ok(shift("<<", int(1), 100n)), "+", i1), "*", int(2)), "(2.5353e+30 + 2i)"],
      [bin(bin(int(3), "+", lit("4i")), "/", int(2)), "(1.5 + 2i)"],
      [bin(bin(int(3), "+", lit("4i")), "-", lit("2i")), "(3 + 2i)"],
      [bin(bin(int(1), "/", int(3)), "+", lit("0i")), "(0 + 0i)"],
      [bin(bin(i1, "+", int(2)), "*", bin(i1, "-", int(2))), "(-5 + 0i)"],
      [lit("1e39i"), "(0 + 1e+39i)"],
    ];
    for (const [v, want] of cases) expect(constString(v)).toBe(want);
  });

  it("quotes strings as strconv.Quote and shortens them like gc", () => {
    const cases: Array<[string, string]> = [
      ['"abc"', '"abc"'],
      ['"a\\nb"', '"a\\nb"'],
      ['"\\x00\\xff"', '"\\x00\\xff"'],
      ['"héllo"', '"héllo"'],
      ['"\\xc3\\xa9"', '"é"'],
      ['"\\t\\a\\b\\f\\v\\r\\\\\\""', '"\\t\\a\\b\\f\\v\\r\\\\\\""'],
      ['"\'"', '"\'"'],
      ['"`"', '"`"'],
      ['"\\u2028"', '"\\u2028"'],
      ['"\\U0001F600"', '"😀"'],
      ['"\\x7f"', '"\\x7f"'],
      ['"\\x01"', '"\\x01"'],
      ['"\\x1b"', '"\\x1b"'],
      ["`a\\b`", '"a\\\\b"'],
      ['"\\ufeff"', '"\\ufeff"'],
      ['"\\u00a0"', '"\\u00a0"'],
      ['"\\u0300"', '"\u0300"'],
      ['"\\u200b"', '"\\u200b"'],
      ['"\\U0010ffff"', '"\\U0010ffff"'],
      ['"\\xed\\xa0\\x80"', '"\\xed\\xa0\\x80"'],
      ['"\\u0085"', '"\\u0085"'],
      ['"\\u00ad"', '"\\u00ad"'],
      ['"\\U000e0001"', '"\\U000e0001"'],
      ['"\\u3000"', '"\\u3000"'],
      ['"\\U0001f600\\xff"', '"😀\\xff"'],
      ['"\\xf4\\x90\\x80\\x80"', '"\\xf4\\x90\\x80\\x80"'],
      ['"\\xef\\xbf\\xbd"', '"�"'],
      ['"\\xe2\\x82"', '"\\xe2\\x82"'],
      ['"a\\x80b"', '"a\\x80b"'],
      ['"\\u061c"', '"\\u061c"'],
      ['"\\U000f0000"', '"\\U000f0000"'],
      ['"\\ue000"', '"\\ue000"'],
      ['"\\u0378"', '"\\u0378"'],
    ];
    for (const [text, want] of cases) expect(constString(lit(text)), text).toBe(want);

    const a = (n: number): string => "a".repeat(n);
    expect(constString(str(a(69)))).toBe(`"${a(69)}"`);
    expect(constString(str(a(70)))).toBe(`"${a(70)}"`);
    expect(constString(str(a(71)))).toBe(`"${a(68)}...`);
    expect(constString(str(a(80)))).toBe(`"${a(68)}...`);
    expect(constString(lit(`"${"é".repeat(80)}"`))).toBe(`"${"é".repeat(68)}...`);
    expect(constString(lit(`"\\u00e9${a(70)}"`))).toBe(`"é${a(67)}...`);
    expect(constString(str("\n".repeat(40)))).toBe(`"${"\\n".repeat(34)}...`);
    // exactString never shortens.
    expect(exactString(str(a(80)))).toBe(`"${a(80)}"`);
  });

  it("formats %.6g with round-half-even on exact ties", () => {
    expect(formatG6(1234565)).toBe("1.23456e+06");
    expect(formatG6(1234575)).toBe("1.23458e+06");
    expect(formatG6(0.5)).toBe("0.5");
    expect(formatG6(2.5)).toBe("2.5");
    expect(formatG6(100000)).toBe("100000");
    expect(formatG6(-0.000123)).toBe("-0.000123");
    expect(formatG6(1e-5)).toBe("1e-05");
    expect(formatG6(5e-324)).toBe("4.94066e-324");
  });

  it("knows which runes Go considers printable", () => {
    expect(isPrint(0x20)).toBe(true);
    expect(isPrint(0x41)).toBe(true);
    expect(isPrint(0x7f)).toBe(false);
    expect(isPrint(0xa0)).toBe(false);
    expect(isPrint(0xe9)).toBe(true);
    expect(isPrint(0x3000)).toBe(false);
    expect(isPrint(0x1f600)).toBe(true);
    expect(isPrint(0x10ffff)).toBe(false);
    expect(quote("\x00")).toBe('"\\x00"');
  });
});

describe("arithmetic", () => {
  it("computes integer operations exactly", () => {
    expect(bin(int(7), "/", int(2))).toEqual(int(3));
    expect(bin(int(-7), "/", int(2))).toEqual(int(-3));
    expect(bin(int(-7), "%", int(2))).toEqual(int(-1));
    expect(bin(int(7), "%", int(-2))).toEqual(int(1));
    expect(bin(int(12), "&", int(10))).toEqual(int(8));
    expect(bin(int(12), "|", int(10))).toEqual(int(14));
    expect(bin(int(12), "^", int(10))).toEqual(int(6));
    expect(bin(int(12), "&^", int(10))).toEqual(int(4));
    expect(bin(int(-1), "&^", int(1))).toEqual(int(-2));
    expect(bin(int(5), "-", int(8))).toEqual(int(-3));
    expect(ok(unaryOp("^", int(0)))).toEqual(int(-1));
    expect(ok(unaryOp("^", int(1), 8))).toEqual(int(254));
    expect(ok(unaryOp("^", int(0), 64))).toEqual(int(18446744073709551615n));
    expect(ok(unaryOp("-", int(5)))).toEqual(int(-5));
    expect(ok(unaryOp("+", int(5)))).toEqual(int(5));
  });

  it("divides exactly when not integer division", () => {
    expect(ok(binaryOp("/", int(1), int(3), false))).toEqual({
      kind: "float",
      value: { num: 1n, den: 3n },
    });
    const x = bin(lit("1.0"), "/", int(3));
    expect(compare("==", bin(x, "*", int(3)), int(1))).toBe(true);
    // 5 / 2 * 2.5 == 5 (integer division first)
    expect(constString(bin(bin(int(5), "/", int(2)), "*", lit("2.5")))).toBe("5");
    expect(constString(bin(bin(lit("'a'"), "/", lit("2.0")), "*", lit("1.5")))).toBe("72.75");
  });

  it("reports division by zero", () => {
    expect(binaryOp("/", int(1), int(0), true)).toEqual({ error: "division by zero" });
    expect(binaryOp("%", int(1), int(0), true)).toEqual({ error: "division by zero" });
    expect(binaryOp("/", lit("1.0"), int(0), false)).toEqual({ error: "division by zero" });
    expect(binaryOp("/", lit("1i"), lit("0i"), false)).toEqual({ error: "division by zero" });
    expect(binaryOp("/", lit("1.0"), lit("0.0"), false)).toEqual({ error: "division by zero" });
  });

  it("limits untyped integers to 512 bits with gc's messages", () => {
    const big = ok(shift("<<", int(1), 511n));
    expect(binaryOp("*", big, int(2), false)).toEqual({
      error: "constant multiplication overflow",
    });
    expect(binaryOp("+", big, big, false)).toEqual({ error: "constant addition overflow" });
    expect(binaryOp("-", ok(unaryOp("-", big)), big, false)).toEqual({
      error: "constant subtraction overflow",
    });
    const max = bin(bin(big, "-", int(1)), "+", big); // 2^512 - 1
    expect(constString(max).length).toBe(155);
    expect(unaryOp("^", max)).toEqual({ error: "constant bitwise complement overflow" });
    // max ^ -1 == -2^512, which needs 513 bits.
    expect(binaryOp("^", max, int(-1), false)).toEqual({ error: "constant bitwise XOR overflow" });
    expect(binaryOp("^", max, int(1), false)).toEqual(int((1n << 512n) - 2n));
    expect(shift("<<", int(1), 512n)).toEqual({ error: "constant shift overflow" });
    expect(shift("<<", int(1), 1074n)).toEqual({ error: "constant shift overflow" });
    expect(shift("<<", int(0), 1074n)).toEqual(int(0));
    expect(shift("<<", int(1), 1075n)).toEqual({ error: "invalid shift count" });
    expect(shift("<<", int(1), -1n)).toEqual({ error: "negative shift count" });
    expect(shift(">>", int(1), 1075n)).toEqual({ error: "invalid shift count" });
    expect(shift("<<", int(1), 1000n, true)).toEqual(int(1n << 1000n));
    expect(shift("<<", lit("2.0"), 2n)).toEqual(int(8));
    expect(shift("<<", lit("1.5"), 2n)).toEqual({ error: "shifted operand must be integer" });
    expect(shift(">>", int(-5), 1n)).toEqual(int(-3));
    // An integral float wider than 512 bits is an untyped int after the shift, too big:
    // gc says "constant  overflow" (types2 has no name for >>).
    expect(shift(">>", lit("1e300"), 0n)).toEqual({ error: "constant  overflow" });
    expect(shift(">>", lit("1e300"), 10n)).toEqual({ error: "constant  overflow" });
    expect(shift(">>", lit("1e155"), 0n)).toEqual({ error: "constant  overflow" });
    expect(shift(">>", lit("1e154"), 0n)).toEqual(int(10n ** 154n));
    expect(shift(">>", lit("1e300"), 900n)).toEqual(int((10n ** 300n) >> 900n));
    // 1e1300 is a 512-bit float (beyond 4096 bits): not an integer to go/constant.
    expect(shift(">>", lit("1e1300"), 62n)).toEqual({ error: "shifted operand must be integer" });
  });

  it("matches kinds as untyped promotion does", () => {
    const [a, b] = matchKinds(int(1), lit("1.5"));
    expect(a).toEqual({ kind: "float", value: { num: 1n, den: 1n } });
    expect(b).toEqual(lit("1.5"));
    const [c, d] = matchKinds(lit("2i"), int(3));
    expect(c).toEqual(lit("2i"));
    expect(d).toEqual({
      kind: "complex",
      re: { num: 3n, den: 1n, isInt: true },
      im: { num: 0n, den: 1n, isInt: true },
    });
    const [e, f] = matchKinds(str("a"), str("b"));
    expect([e, f]).toEqual([str("a"), str("b")]);
  });

  it("handles strings and booleans", () => {
    expect(ok(binaryOp("+", str("ab"), str("\xff"), false))).toEqual(str("ab\xff"));
    const t = { kind: "bool", value: true } as const;
    const f = { kind: "bool", value: false } as const;
    expect(ok(binaryOp("&&", t, f, false))).toEqual(f);
    expect(ok(binaryOp("||", t, f, false))).toEqual(t);
    expect(ok(unaryOp("!", f))).toEqual(t);
    expect(isConstError(unaryOp("-", str("a")))).toBe(true);
    expect(isConstError(binaryOp("-", str("a"), str("b"), false))).toBe(true);
  });

  it("compares", () => {
    expect(compare("<", int(1), lit("1.5"))).toBe(true);
    expect(compare("==", lit("0.1"), bin(int(1), "/", lit("10.0")))).toBe(true);
    expect(compare(">=", lit("0.5"), lit("0.25"))).toBe(true);
    expect(compare("!=", lit("1i"), bin(lit("1i"), "+", int(0)))).toBe(false);
    expect(compare("==", bin(int(1), "+", lit("1i")), bin(lit("1.0"), "+", lit("1i")))).toBe(true);
    expect(compare("<", str("abc"), str("abd"))).toBe(true);
    expect(compare("<", str("\x7f"), str("\x80"))).toBe(true);
    expect(compare("==", str("é"), lit('"\\u00e9"'))).toBe(false);
    expect(compare("==", { kind: "bool", value: true }, { kind: "bool", value: true })).toBe(true);
  });
});

describe("conversions", () => {
  it("converts between kinds exactly", () => {
    expect(toKind(lit("2.0"), "int")).toEqual(int(2));
    expect(toKind(lit("2.5"), "int")).toBeUndefined();
    expect(toKind(bin(int(3), "+", lit("0i")), "int")).toEqual(int(3));
    expect(toKind(lit("1i"), "float")).toBeUndefined();
    expect(toKind(int(3), "complex")).toEqual({
      kind: "complex",
      re: { num: 3n, den: 1n, isInt: true },
      im: { num: 0n, den: 1n, isInt: true },
    });
    expect(toKind(str("a"), "int")).toBeUndefined();
    expect(intValue(lit("1e3"))).toBe(1000n);
    expect(intValue(lit("0.5"))).toBeUndefined();
  });

  it("rounds to the nearest float64, half to even, with subnormals", () => {
    expect(float64Value(lit("0.1"))).toBe(0.1);
    expect(float64Value(lit("1e23"))).toBe(1e23);
    expect(float64Value(lit("2.2250738585072011e-308"))).toBe(2.225073858507201e-308);
    expect(float64Value(lit("4e-324"))).toBe(5e-324);
    expect(float64Value(lit("0x1p-1075"))).toBe(0); // tie with 0: even
    expect(float64Value(lit("0x1.8p-1075"))).toBe(5e-324);
    expect(float64Value(lit("0x1.8p-1074"))).toBe(1e-323); // 1.5 ulp ties to 2
    expect(float64Value(lit("1e-400"))).toBe(0);
    expect(float64Value(lit("1e309"))).toBe(Infinity);
    expect(float64Value(ok(unaryOp("-", lit("1e309"))))).toBe(-Infinity);
    expect(float64Value(lit("1.7976931348623157e308"))).toBe(1.7976931348623157e308);
    expect(float64Value(lit("1.7976931348623158e308"))).toBe(1.7976931348623157e308);
    expect(float64Value(lit("1.7976931348623159e308"))).toBe(Infinity);
    expect(float64Value(lit("1.797693134862315807937e308"))).toBe(1.7976931348623157e308);
    expect(float64Value(lit("1.797693134862315807938e308"))).toBe(Infinity);
    expect(float64Value(int((1n << 53n) + 1n))).toBe(2 ** 53);
    expect(float64Value(int((1n << 53n) + 3n))).toBe(2 ** 53 + 4);
    expect(float64Value(lit("9007199254740993.0"))).toBe(9007199254740992);
    expect(float64Value(lit("0.3"))).toBe(0.3);
    expect(float64Value(bin(lit("1.0"), "/", int(3)))).toBe(1 / 3);
    expect(float64Value(lit("1e5000"))).toBe(Infinity);
    expect(float32Value(lit("0.1"))).toBe(Math.fround(0.1));
    expect(float32Value(lit("1e-46"))).toBe(0);
    expect(float32Value(lit("0x1p-149"))).toBe(2 ** -149);
    expect(fromFloat64(0.1)).toEqual({
      kind: "float",
      value: { num: 3602879701896397n, den: 36028797018963968n },
    });
  });
});

describe("representable", () => {
  it("checks integer ranges", () => {
    const cases: Array<[ConstValue, Parameters<typeof representable>[1], string]> = [
      [int(127), "int8", "ok"],
      [int(128), "int8", "overflows"],
      [int(-128), "int8", "ok"],
      [int(-129), "int8", "overflows"],
      [int(255), "uint8", "ok"],
      [int(300), "uint8", "overflows"],
      [int(-1), "uint", "overflows"],
      [int(65535), "uint16", "ok"],
      [int(65536), "uint16", "overflows"],
      [int(-32768), "int16", "ok"],
      [int(2147483647), "int32", "ok"],
      [int(2147483648), "int32", "overflows"],
      [int(4294967295), "uint32", "ok"],
      [int(-(1n << 63n)), "int64", "ok"],
      [int(-(1n << 63n) - 1n), "int64", "overflows"],
      [int((1n << 63n) - 1n), "int", "ok"],
      [int(1n << 63n), "int", "overflows"],
      [int((1n << 64n) - 1n), "uint64", "ok"],
      [int(1n << 64n), "uint64", "overflows"],
      [int((1n << 64n) - 1n), "uintptr", "ok"],
      [bin(lit("'a'"), "*", int(100)), "uint8", "overflows"],
      [lit("1.5"), "int", "truncated"],
      [lit("0.1"), "int", "truncated"],
      [lit("1e100"), "int8", "truncated"],
      [lit("1e100"), "int", "truncated"],
      [lit("1e6"), "uint8", "truncated"],
      [lit("1e6"), "int", "ok"],
      [bin(int(1), "+", lit("2i")), "int", "truncated"],
      [bin(lit("1.5"), "+", lit("2i")), "int", "truncated"],
      [bin(int(3), "+", lit("0i")), "uint8", "ok"],
      [lit("1e300"), "float32", "overflows"],
      [lit("1e400"), "float64", "overflows"],
      [lit("1e39"), "float32", "overflows"],
      [lit("3.4028235e38"), "float32", "ok"],
      [lit("1e39i"), "complex64", "overflows"],
      [lit("1e39i"), "complex128", "ok"],
      [bin(int(1), "+", lit("2i")), "float64", "overflows"],
      [int(1), "string", "cannot represent"],
      [str("abc"), "int", "cannot represent"],
      [str("abc"), "string", "ok"],
      [{ kind: "bool", value: true }, "bool", "ok"],
      [{ kind: "bool", value: true }, "int", "cannot represent"],
      [lit("1.5"), "untyped int", "truncated"],
      [lit("2.0"), "untyped rune", "ok"],
      [lit("1e5000"), "untyped float", "ok"],
    ];
    for (const [v, t, want] of cases) {
      const r = representable(v, t);
      expect("error" in r ? r.error : "ok", `${constString(v)} as ${t}`).toBe(want);
    }
  });

  it("returns the value rounded to the type", () => {
    const r = representable(lit("0.1"), "float32");
    expect(r).toEqual({
      value: { kind: "float", value: { num: 13421773n, den: 134217728n } },
    });
    const d = representable(lit("0.1"), "float64");
    expect("value" in d && constString(d.value)).toBe("0.1");
    expect(representable(lit("2.0"), "int")).toEqual({ value: int(2) });
    expect(representable(lit("1e-400"), "float64")).toEqual({
      value: { kind: "float", value: { num: 0n, den: 1n } },
    });
    const c = representable(bin(lit("0.1"), "+", lit("0.2i")), "complex64");
    expect("value" in c && c.value).toEqual({
      kind: "complex",
      re: { num: 13421773n, den: 134217728n },
      im: { num: 13421773n, den: 67108864n },
    });
  });
});

describe("512-bit floats beyond the fraction range (go/constant's floatVal)", () => {
  // From gc's messages on Go's test/fixedbugs/issue13559.go, issue20227.go, issue20232.go.
  it("prints huge and tiny literals as gc does", () => {
    const cases: Array<[string, string]> = [
      ["1e10000000", "1e+10000000"],
      ["1e1000000", "1e+1000000"],
      ["1e100000", "1e+100000"],
      ["1e10000", "1e+10000"],
      ["1.23456789e10000000", "1.23457e+10000000"],
      ["1.23456789e1000000", "1.23457e+1000000"],
      ["1.23456789e-10000", "1.23457e-10000"],
      ["1.23456789e-100000", "1.23457e-100000"],
      ["1.23456789e-1000000", "1.23457e-1000000"],
      ["1e-1000000", "1e-1000000"],
      ["1.23456789e100", "1.23457e+100"],
      ["1.23456789e1", "12.3457"],
      ["1.23456789e-1", "0.123457"],
    ];
    for (const [text, want] of cases) {
      expect(constString(lit(text)), text).toBe(want);
      expect(constString(ok(unaryOp("-", lit(text)))), "-" + text).toBe("-" + want);
    }
  });

  it("rejects literals beyond big.Float's exponent range and flushes tiny ones to 0", () => {
    expect(parseLiteral("FLOAT", "1e+1000000000")).toEqual({
      error: "malformed constant: 1e+1000000000",
    });
    expect(parseLiteral("FLOAT", "6e5518446744")).toEqual({
      error: "malformed constant: 6e5518446744",
    });
    expect(parseLiteral("FLOAT", "1e-1000000000")).toEqual({
      kind: "float",
      value: { num: 0n, den: 1n },
    });
    expect(parseLiteral("INT", "12a")).toEqual({ error: "malformed constant: 12a" });
  });

  it("keeps the big values working in conversions and arithmetic", () => {
    expect(representable(lit("1e10000000"), "int64")).toEqual({ error: "truncated" });
    expect(representable(lit("1e-1000000"), "int64")).toEqual({ error: "truncated" });
    expect(representable(lit("1e10000000"), "float64")).toEqual({ error: "overflows" });
    expect(representable(lit("1e-779137"), "float64")).toEqual({
      value: { kind: "float", value: { num: 0n, den: 1n } },
    });
    expect(float64Value(lit("1e-779137"))).toBe(0);
    expect(float64Value(ok(unaryOp("-", lit("1e10000000"))))).toBe(-Infinity);
    const x = lit("1e10000000");
    expect(compare("<", lit("1e1000000"), x)).toBe(true);
    expect(compare("==", bin(bin(x, "/", x), "-", int(1)), int(0))).toBe(true);
    expect(constString(bin(x, "*", x))).toBe("1e+20000000");
    expect(constString(bin(x, "/", lit("1e-10000000")))).toBe("1e+20000000");
    expect(constString(bin(x, "+", int(1)))).toBe("1e+10000000");
    expect(constString(bin(x, "-", x))).toBe("0");
    expect(binaryOp("*", lit("1e400000000"), lit("1e400000000"), false)).toEqual({
      error: "constant result is not representable",
    });
    // ToInt tolerates noise in the last bits of a 512-bit float: (1e1300/3)*3 is 1e1300
    // only up to rounding, yet a whole number.
    const y = bin(bin(lit("1e1300"), "/", int(3)), "*", int(3));
    expect(intValue(bin(y, "/", lit("1e1290")))).toBe(10000000000n);
  });

  it("reports division by a complex divisor whose squares underflow", () => {
    const tiny = lit("1e-600000000");
    const tinyI = lit("1e-600000000i");
    expect(binaryOp("/", int(1), tinyI, false)).toEqual({ error: "division by zero" });
    expect(binaryOp("/", lit("1i"), tiny, false)).toEqual({ error: "division by zero" });
    expect(binaryOp("/", lit("1i"), tinyI, false)).toEqual({ error: "division by zero" });
    expect(binaryOp("/", int(1), bin(tiny, "+", tinyI), false)).toEqual({
      error: "division by zero",
    });
    // A float divisor that small is fine.
    expect(constString(bin(int(1), "/", tiny))).toBe("1e+600000000");
  });
});

describe("typed constants as gc prints them", () => {
  // gc: `f32 (constant 0.1 of type float32)`, `^u8 (constant 254 of type uint8)`,
  // `i8 * 2 (constant 200 of type int8) overflows int8`,
  // `int64(1) << 100 (constant 1267650600228229401496703205376 of type int64) overflows int64`.
  it("prints rounded and out-of-range typed values", () => {
    const f32 = representable(lit("0.1"), "float32");
    expect("value" in f32 && constString(f32.value)).toBe("0.1");
    const i8 = bin(int(100), "*", int(2)); // the typed product, before its overflow check
    expect(constString(i8)).toBe("200");
    expect(representable(i8, "int8")).toEqual({ error: "overflows" });
    expect(constString(ok(unaryOp("^", int(1), 8)))).toBe("254");
    const big = ok(shift("<<", int(1), 100n, true));
    expect(constString(big)).toBe("1267650600228229401496703205376");
    expect(representable(big, "int64")).toEqual({ error: "overflows" });
    expect(representable(int(1n << 63n), "int64")).toEqual({ error: "overflows" });
    const c = representable(bin(lit("0.1"), "+", lit("0.2i")), "complex128");
    expect("value" in c && constString(c.value)).toBe("(0.1 + 0.2i)");
    const f = representable(int(16777217), "float32");
    expect("value" in f && constString(f.value)).toBe("1.67772e+07");
    expect("value" in f && float64Value(f.value)).toBe(16777216);
  });

  it("prints exact strings", () => {
    expect(exactString(bin(lit("1.0"), "/", int(3)))).toBe("1/3");
    expect(exactString(lit("2.0"))).toBe("2");
    expect(exactString(bin(int(1), "+", lit("0.5i")))).toBe("(1 + 1/2i)");
    expect(exactString(str("a\n"))).toBe('"a\\n"');
    expect(exactString(lit("0x1p10000000"))).toBe("1p+10000000");
  });
});
