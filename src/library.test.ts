/*
 * The library must run in a browser: nothing reachable from src/index.ts may import a
 * Node built-in module. This walks the import graph of the TypeScript sources.
 */
import { readFileSync, existsSync } from "node:fs";
import { builtinModules } from "node:module";
import { dirname, resolve } from "node:path";
import { expect, it } from "vitest";

const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const specs = [...text.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+"([^"]+)"/gms)].map(
    (m) => m[1]!,
  );
  return specs;
}

it("src/index.ts reaches no Node built-in module", () => {
  const seen = new Set<string>();
  const offenders: string[] = [];
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const spec of importsOf(file)) {
      if (builtins.has(spec)) offenders.push(`${file} imports ${spec}`);
      if (!spec.startsWith(".")) continue;
      const ts = resolve(dirname(file), spec.replace(/\.js$/, ".ts"));
      if (existsSync(ts)) visit(ts);
    }
  };
  visit(resolve("src/index.ts"));
  expect(seen.size).toBeGreaterThan(3);
  expect(offenders).toEqual([]);
});
