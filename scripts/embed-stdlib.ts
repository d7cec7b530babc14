/*
 * embed-stdlib writes compiler/stdlib/sources.ts from compiler/stdlib/**\/*.go.
 *
 * It only does the file I/O; the rendering (and what it guarantees) is in
 * embed-stdlib-lib.ts. Run from the repository root after building:
 *
 *	npm run build && node dist/scripts/embed-stdlib.js
 *
 * With --check it writes nothing and exits 1 when sources.ts is out of date.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

import { renderStdlibModule } from "./embed-stdlib-lib.js";

/** Collects the .go files under dir, keyed by their "/"-separated path relative to root. */
export function readStdlibFiles(root: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        walk(full);
      } else if (entry.isFile() && entry.name.endsWith(".go")) {
        files.set(relative(root, full).split(sep).join("/"), readFileSync(full, "utf8"));
      }
    }
  };
  walk(root);
  return files;
}

/** The repository root: this file is scripts/embed-stdlib.ts or dist/scripts/embed-stdlib.js. */
function repoRoot(): string {
  const here = fileURLToPath(new URL(".", import.meta.url));
  return here.includes(`${sep}dist${sep}scripts`) ? join(here, "..", "..") : join(here, "..");
}

function main(): void {
  const stdlibDir = join(repoRoot(), "compiler", "stdlib");
  const target = join(stdlibDir, "sources.ts");
  const text = renderStdlibModule(readStdlibFiles(stdlibDir));
  if (process.argv.includes("--check")) {
    let current = "";
    try {
      current = readFileSync(target, "utf8");
    } catch {
      // missing counts as out of date
    }
    if (current !== text) {
      console.error(
        `${target} is out of date; run: npm run build && node dist/scripts/embed-stdlib.js`,
      );
      process.exit(1);
    }
    return;
  }
  writeFileSync(target, text);
  console.log(`wrote ${target}`);
}

main();
