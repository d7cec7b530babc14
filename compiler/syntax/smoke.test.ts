/*
 * Smoke test: every valid Go file of Go's own test suite parses without diagnostics.
 *
 * Reads the installed Go 1.19 tree at test time (never copied into the repository): the
 * escape analysis tests (escape*.go) and every file whose first line is `// run` or
 * `// compile`, at the top level and in the subdirectories that hold single-file tests.
 * Files using type parameters, which minigo does not support, are recognised by the
 * parser's own message and counted separately. Skipped when Go is not installed.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseFile } from "./parser.js";

const goTest = "/usr/lib/go-1.19/test";
const dirs = ["", "fixedbugs", "ken", "chan", "interface"];

function candidates(): string[] {
  const files: string[] = [];
  for (const d of dirs) {
    const dir = join(goTest, d);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      if (!name.endsWith(".go")) continue;
      const path = join(dir, name);
      const text = readFileSync(path, "utf8");
      const first = text.slice(0, text.indexOf("\n"));
      if ((d === "" && name.startsWith("escape")) || /^\/\/ (run|compile)(\s|$)/.test(first)) {
        files.push(path);
      }
    }
  }
  return files;
}

const generic = /type parameters are not supported|type sets/;

describe.skipIf(!existsSync(goTest))("Go's test suite parses", () => {
  it("escape*.go and all `// run` / `// compile` files without type parameters", () => {
    const files = candidates();
    const failures: string[] = [];
    let generics = 0;
    for (const path of files) {
      const text = readFileSync(path, "utf8");
      const { diagnostics } = parseFile({ name: path, text });
      if (diagnostics.length === 0) continue;
      if (diagnostics.some((d) => generic.test(d.msg))) {
        generics++;
        continue;
      }
      const d = diagnostics[0];
      failures.push(`${path}:${d.pos.line}:${d.pos.col}: ${d.msg}`);
    }
    expect(files.length).toBeGreaterThan(1000);
    expect(generics).toBeLessThan(50);
    expect(failures).toEqual([]);
  });
});
