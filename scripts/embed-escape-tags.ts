/*
 * embed-escape-tags writes compiler/escape/stdlib-tags.ts: the leak tags of every function
 * of the shipped stdlib, computed by escape analysis of its Go source.
 *
 * It only does the file I/O; the analysis, the encoding and the rendering are in
 * compiler/escape/stdlib.ts, and compiler/escape/stdlib.test.ts re-renders in memory to
 * check that the file is up to date. Run from the repository root after building (and
 * after any change to compiler/stdlib or to the escape analysis):
 *
 *	npm run build && node dist/scripts/embed-escape-tags.js
 *
 * With --check it writes nothing and exits 1 when stdlib-tags.ts is out of date.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join, sep } from "node:path";
import { fileURLToPath } from "node:url";

import {
  computeStdlibTags,
  embedTagsCommand,
  renderStdlibTagsModule,
} from "../compiler/escape/stdlib.js";

/** The repository root: this file is scripts/x.ts or dist/scripts/x.js. */
function repoRoot(): string {
  const here = fileURLToPath(new URL(".", import.meta.url));
  return here.includes(`${sep}dist${sep}scripts`) ? join(here, "..", "..") : join(here, "..");
}

function main(): void {
  const target = join(repoRoot(), "compiler", "escape", "stdlib-tags.ts");
  const text = renderStdlibTagsModule(computeStdlibTags());
  if (process.argv.includes("--check")) {
    let current = "";
    try {
      current = readFileSync(target, "utf8");
    } catch {
      // missing counts as out of date
    }
    if (current !== text) {
      console.error(`${target} is out of date; run: ${embedTagsCommand}`);
      process.exit(1);
    }
    return;
  }
  writeFileSync(target, text);
  console.log(`wrote ${target}`);
}

main();
