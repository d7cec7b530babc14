/*
 * The real Go standard library as a false-positive test: packages of the installed Go
 * 1.19 (read from $GOROOT/src at test time, never copied), with their whole dependency
 * closure — about 60 packages, 166,000 lines: fmt, os, reflect, encoding/json,
 * go/parser, text/template, math/big, time, … — must type-check without an error.
 *
 * Files are chosen for linux/amd64 the way the go command does (file name suffixes,
 * `//go:build` lines; no cgo, no tests). The only tolerated diagnostics are the few
 * uses of type parameters (out of minigo's scope), which the parser rejects.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatDiagnostic, sortDiagnostics } from "../diagnostics.js";
import type { SourceFile } from "../source.js";
import { sourceImporter } from "./srcimporter.js";

const goSrc = "/usr/lib/go-1.19/src";

const tags = new Set([
  "linux",
  "amd64",
  "unix",
  "gc",
  "goexperiment.regabiwrappers",
  "goexperiment.regabiargs",
]);
for (let v = 1; v <= 19; v++) tags.add(`go1.${v}`);
const knownOS = [
  "aix",
  "android",
  "darwin",
  "dragonfly",
  "freebsd",
  "hurd",
  "illumos",
  "ios",
  "js",
  "linux",
  "netbsd",
  "openbsd",
  "plan9",
  "solaris",
  "windows",
  "zos",
];
const knownArch = [
  "386",
  "amd64",
  "arm",
  "arm64",
  "loong64",
  "mips",
  "mipsle",
  "mips64",
  "mips64le",
  "ppc64",
  "ppc64le",
  "riscv64",
  "s390x",
  "wasm",
];

/** A `//go:build` expression over the linux/amd64 tags. */
function satisfied(expr: string): boolean {
  const toks = expr.match(/\|\||&&|!|\(|\)|[\w.]+/g) ?? [];
  let i = 0;
  const or = (): boolean => {
    let v = and();
    while (toks[i] === "||") {
      i++;
      v = and() || v;
    }
    return v;
  };
  const and = (): boolean => {
    let v = not();
    while (toks[i] === "&&") {
      i++;
      v = not() && v;
    }
    return v;
  };
  const not = (): boolean => {
    if (toks[i] === "!") {
      i++;
      return !not();
    }
    if (toks[i] === "(") {
      i++;
      const v = or();
      i++;
      return v;
    }
    return tags.has(toks[i++]);
  };
  return or();
}

function selected(name: string, text: string): boolean {
  if (!name.endsWith(".go") || name.endsWith("_test.go")) return false;
  const parts = name.slice(0, -3).split("_");
  const last = parts[parts.length - 1];
  const prev = parts[parts.length - 2];
  if (knownArch.includes(last)) {
    if (last !== "amd64" || (prev !== undefined && knownOS.includes(prev) && prev !== "linux"))
      return false;
  } else if (knownOS.includes(last) && last !== "linux") return false;
  const m = /^\/\/go:build (.*)$/m.exec(text.slice(0, 2000));
  if (m && !satisfied(m[1])) return false;
  return !/^import "C"$/m.test(text);
}

class GoRoot extends Map<string, SourceFile[]> {
  lines = 0;
  override get(path: string): SourceFile[] | undefined {
    const dir = `${goSrc}/${path}`;
    if (!existsSync(dir)) return undefined;
    const out: SourceFile[] = [];
    for (const f of readdirSync(dir)) {
      if (!f.endsWith(".go")) continue;
      const text = readFileSync(`${dir}/${f}`, "utf8");
      if (selected(f, text)) out.push({ name: `${path}/${f}`, text });
    }
    for (const f of out) this.lines += f.text.split("\n").length;
    return out.length > 0 ? out : undefined;
  }
}

const roots = [
  "fmt",
  "os",
  "reflect",
  "encoding/json",
  "go/parser",
  "text/template",
  "net/url",
  "math/big",
  "regexp",
  "time",
  "bufio",
  "strconv",
  "sort",
  "strings",
  "bytes",
];

/** Files that use type parameters (sync/atomic.Pointer[T] and its users). */
const generic = /^(sync\/atomic\/type\.go|go\/token\/position\.go):/;

describe.skipIf(!existsSync(goSrc))("Go's own standard library type-checks", () => {
  it(`${roots.join(", ")} and their dependencies`, () => {
    const sources = new GoRoot();
    const importer = sourceImporter(sources);
    for (const p of roots) expect(importer.importPackage(p).kind).toBe("Package");
    const errors = sortDiagnostics(importer.stdlibDiagnostics())
      .map((d) => formatDiagnostic(d))
      .filter((e) => !generic.test(e));
    expect(errors).toEqual([]);
    expect(sources.lines).toBeGreaterThan(100000);
  });
});
