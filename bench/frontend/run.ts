/*
 * The front-end benchmark: minigo's `tool compile` against gc's on a 100,000-line program.
 *
 * What: writes the program of bench/frontend/gen.ts to a temporary directory, then runs
 *   node dist/src/cli.js tool compile FILE          (parse + type-check, Node start-up included)
 *   go tool compile -p p -o <tmp>/gc.o FILE          (gc's whole compile: it has no
 *                                                    check-only mode)
 * three times each, alternating, and prints the best wall time of each, the ratio
 * minigo/gc, and — measured with GNU time when /usr/bin/time exists (`apt-get install -y
 * time`) — the least CPU time (user + system) and the peak resident memory of each. On a
 * loaded machine the CPU-time ratio is the steadier figure.
 *
 * Note that gc compiles to machine code (inlining, SSA, code generation) while minigo's
 * front end only parses and type-checks, so the ratio flatters minigo; it is the
 * comparison the two command lines offer.
 *
 * Why: the front end must stay fast enough to be used on real programs; the ratio to gc in
 * the same run is comparable across machines where absolute times are not.
 *
 * Invariant: both compilers must accept the program (it is valid Go); if one does not, the
 * benchmark says so and exits 1 rather than time an early exit.
 *
 * Example:
 *   npm run bench:frontend
 *   program  /tmp/minigo-bench-frontend/big.go: 100000 lines, 1.8 MB
 *   minigo   3.92 s  (best of 3)   CPU 2.41 s   peak RSS 280 MB
 *   gc       30.88 s  (best of 3)   CPU 11.60 s   peak RSS 709 MB
 *   ratio minigo/gc: 0.13 (CPU time: 0.21)
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { best, cpuSuffix, peakRss, reportGc, timeOnce, type Timing } from "../measure.js";
import { generateProgram } from "./gen.js";

const runs = 3;

function main(): number {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
  const cli = join(root, "dist", "src", "cli.js");
  const go = process.env["MINIGO_GO"] ?? "/usr/lib/go-1.19/bin/go";
  if (!existsSync(cli)) {
    process.stderr.write(`bench: ${cli} not found; run npm run build\n`);
    return 1;
  }
  const dir = join(tmpdir(), "minigo-bench-frontend");
  mkdirSync(dir, { recursive: true });
  const file = join(dir, "big.go");
  const text = generateProgram(100_000);
  writeFileSync(file, text);
  process.stdout.write(
    `program  ${file}: ${text.split("\n").length - 1} lines, ${(text.length / 1e6).toFixed(1)} MB\n`,
  );

  const minigo: Timing[] = [];
  const gc: Timing[] = [];
  const haveGo = existsSync(go);
  for (let i = 0; i < runs; i++) {
    minigo.push(timeOnce(process.execPath, [cli, "tool", "compile", file], dir));
    if (haveGo)
      gc.push(timeOnce(go, ["tool", "compile", "-p", "p", "-o", join(dir, "gc.o"), file], dir));
  }
  let status = 0;
  const m = best(minigo);
  process.stdout.write(
    `minigo   ${(m.ms / 1000).toFixed(2)} s  (best of ${runs})${cpuSuffix(minigo)}   ${peakRss(minigo)}\n`,
  );
  if (m.status !== 0) {
    process.stdout.write(
      `  minigo rejected the program (exit ${m.status}):\n${(m.stdout + m.stderr).split("\n").slice(0, 5).join("\n")}\n`,
    );
    status = 1;
  }
  if (!haveGo) {
    process.stdout.write(`gc       not run: ${go} not found\n`);
    return status;
  }
  return reportGc(minigo, gc) || status;
}

process.exitCode = main();
