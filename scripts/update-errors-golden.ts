/*
 * Regenerates the golden error outputs in testdata/errors from Go itself.
 *
 * What: for every testdata/errors/NAME.go (except `ours_*` files, whose goldens are
 * minigo's own wording and are written by hand), runs
 *   go tool compile -p p -o <tmp>.o NAME.go
 * with testdata/errors as the working directory, so that paths print as bare names, and
 * writes everything gc printed to NAME.out. Prints which goldens changed.
 *
 * Why: a golden records a fact about gc 1.19. It must come from running gc, never from
 * editing by hand or from running minigo, so this is the only writer of those files. It
 * refuses to run without Go rather than leave goldens half updated.
 *
 * Invariant: after a run, every non-`ours_` NAME.out equals gc's output for NAME.go, and
 * stale NAME.out files whose NAME.go is gone are removed.
 *
 * Example:
 *   npm run build && node dist/scripts/update-errors-golden.js
 *   updated type_undefined_name.out
 *   130 goldens, 1 updated, 0 removed
 */
import { existsSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { goBinary, haveGo, isOwnGolden, repoRoot, runGcCompile } from "./conformance-go.js";

function main(): number {
  if (!haveGo()) {
    process.stderr.write(
      `update-errors-golden: Go not found at ${goBinary()} (set MINIGO_GO); refusing to guess goldens\n`,
    );
    return 1;
  }
  const dir = join(repoRoot(), "testdata", "errors");
  const names = readdirSync(dir);
  const sources = names.filter((n) => n.endsWith(".go")).sort();
  let updated = 0;
  let removed = 0;
  for (const src of sources) {
    if (isOwnGolden(src)) continue;
    const outPath = join(dir, src.replace(/\.go$/, ".out"));
    const { output } = runGcCompile(dir, src);
    const old = existsSync(outPath) ? readFileSync(outPath, "utf8") : undefined;
    if (old !== output) {
      writeFileSync(outPath, output);
      process.stdout.write(`updated ${src.replace(/\.go$/, ".out")}\n`);
      updated++;
    }
  }
  for (const out of names.filter((n) => n.endsWith(".out"))) {
    if (!sources.includes(out.replace(/\.out$/, ".go"))) {
      unlinkSync(join(dir, out));
      process.stdout.write(`removed ${out} (no ${out.replace(/\.out$/, ".go")})\n`);
      removed++;
    }
  }
  process.stdout.write(`${sources.length} goldens, ${updated} updated, ${removed} removed\n`);
  return 0;
}

process.exitCode = main();
