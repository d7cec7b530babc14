/*
 * Escape analysis conformance, measured on Go's own test/escape*.go.
 *
 * What: runs minigo's errorcheck (compiler/escape/run.ts: flags from each file's
 * `// errorcheck` header, output matched against its `// ERROR "regexp"` comments as
 * Go's test/run.go does) over $GOROOT/test/escape*.go and prints, per file, pass or fail,
 * how many annotations matched, and how many of minigo's diagnostics no annotation
 * accounted for (spurious). A file that crashes minigo counts as failed with nothing
 * matched. The last line is the figure CI keeps:
 *
 *   files: P/N passed; annotations: M/T matched; spurious: S
 *
 * Usage (after `npm run build`):
 *   node dist/scripts/conformance-escape.js [--goroot DIR] [--filter SUBSTRING] [--verbose]
 *       [--baseline FILE] [--write-baseline FILE]
 * --verbose prints each failing file's failures; --baseline exits 1 if passed files or
 * matched annotations drop below, or spurious diagnostics rise above, the recorded ones.
 *
 * Why a script and not a test: the figures are a measure of progress, not a pass/fail gate
 * on each file; CI compares them with a committed baseline instead.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { errorcheckSource } from "../compiler/escape/run.js";
import { stdlibImporter } from "../compiler/stdlib/importer.js";

interface Figures {
  files: number;
  passed: number;
  annotations: number;
  matched: number;
  spurious: number;
}

function main(argv: string[]): number {
  let goroot = process.env["GOROOT"] ?? "/usr/lib/go-1.19";
  let filter = "";
  let verbose = false;
  let baseline: string | undefined;
  let writeBaseline: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--goroot") goroot = argv[++i]!;
    else if (a === "--filter") filter = argv[++i]!;
    else if (a === "--verbose") verbose = true;
    else if (a === "--baseline") baseline = argv[++i]!;
    else if (a === "--write-baseline") writeBaseline = argv[++i]!;
    else {
      process.stderr.write(`conformance-escape: unknown argument ${a}\n`);
      return 2;
    }
  }
  const dir = join(goroot, "test");
  if (!existsSync(dir)) {
    process.stderr.write(`conformance-escape: no Go test directory at ${dir}\n`);
    return 2;
  }
  const files = readdirSync(dir)
    .filter((f) => /^escape.*\.go$/.test(f) && f.includes(filter))
    .sort();
  const importer = stdlibImporter();
  const fig: Figures = { files: 0, passed: 0, annotations: 0, matched: 0, spurious: 0 };
  for (const f of files) {
    const text = readFileSync(join(dir, f), "utf8");
    if (!/^\/\/\s*errorcheck\b/m.test(text.split("\n").find((l) => l.trim() !== "") ?? ""))
      continue;
    fig.files++;
    let line: string;
    try {
      const r = errorcheckSource(f, text, importer);
      fig.annotations += r.wanted;
      fig.matched += r.matched;
      fig.spurious += r.unmatched;
      const ok = r.failures.length === 0;
      if (ok) fig.passed++;
      line = `${ok ? "ok  " : "FAIL"} ${f}: annotations ${r.matched}/${r.wanted}, spurious ${r.unmatched}`;
      if (!ok && verbose) line += "\n\t" + r.failures.join("\n").replace(/\n/g, "\n\t");
    } catch (e) {
      const wanted = (text.match(/\/\/ (?:GC_)?ERROR /g) ?? []).length;
      fig.annotations += wanted;
      line = `FAIL ${f}: crashed: ${e instanceof Error ? e.message : String(e)}`;
    }
    process.stdout.write(line + "\n");
  }
  process.stdout.write(
    `files: ${fig.passed}/${fig.files} passed; annotations: ${fig.matched}/${fig.annotations} matched; spurious: ${fig.spurious}\n`,
  );
  if (writeBaseline) writeFileSync(writeBaseline, JSON.stringify(fig, null, 2) + "\n");
  if (baseline) {
    const b = JSON.parse(readFileSync(baseline, "utf8")) as Figures;
    if (fig.passed < b.passed || fig.matched < b.matched || fig.spurious > b.spurious) {
      process.stderr.write(`conformance-escape: below baseline ${JSON.stringify(b)}\n`);
      return 1;
    }
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
