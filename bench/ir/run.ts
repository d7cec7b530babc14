/*
 * The IR benchmark: minigo's front end + IR build + lift against gc on a 100,000-line program.
 *
 * What: writes the program of bench/frontend/gen.ts to a temporary directory, then runs
 *   node dist/bench/ir/once.js FILE --no-verify   (parse, type-check, build IR, lift;
 *                                                 Node start-up included)
 *   go tool compile -p p -o <tmp>/gc.o FILE       (gc's whole compile)
 * three times each, alternating, and prints the best wall time of each, the ratio
 * minigo/gc, and — with GNU time at /usr/bin/time — the least CPU time and the peak
 * resident memory of each. A fourth minigo run with the verifier on checks that the IR
 * of the whole program verifies (unlifted and lifted); its time is printed, not compared.
 *
 * Why: the IR is built for every compile; the target is that front end plus IR stays
 * at or under gc's time on the same file in the same run (ratio ≤ 1.0).
 *
 * Example:
 *   npm run bench:ir
 *   program  /tmp/minigo-bench-ir/big.go: 100000 lines, 2.5 MB
 *   minigo   4.10 s  (best of 3)   CPU 5.02 s   peak RSS 600 MB   frontend 2.60 s  build …
 *   gc       9.20 s  (best of 3)   CPU 20.1 s   peak RSS 700 MB
 *   ratio minigo/gc: 0.45 (CPU time: 0.25)
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { generateProgram } from "../frontend/gen.js";
import { best, cpuSuffix, peakRss, reportGc, timeOnce, type Timing } from "../measure.js";

const runs = 3;
function main(): number {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
  const once = join(root, "dist", "bench", "ir", "once.js");
  const go = process.env["MINIGO_GO"] ?? "/usr/lib/go-1.19/bin/go";
  if (!existsSync(once)) {
    process.stderr.write(`bench: ${once} not found; run npm run build\n`);
    return 1;
  }
  const dir = join(tmpdir(), "minigo-bench-ir");
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
    minigo.push(timeOnce(process.execPath, [once, file, "--no-verify"], dir));
    if (haveGo)
      gc.push(timeOnce(go, ["tool", "compile", "-p", "p", "-o", join(dir, "gc.o"), file], dir));
  }
  let status = 0;
  const m = best(minigo);
  process.stdout.write(
    `minigo   ${(m.ms / 1000).toFixed(2)} s  (best of ${runs})${cpuSuffix(minigo)}   ${peakRss(minigo)}\n         ${(m.stdout + m.stderr).trim()}\n`,
  );
  if (m.status !== 0) status = 1;
  const v = timeOnce(process.execPath, [once, file], dir);
  process.stdout.write(`verified ${(v.ms / 1000).toFixed(2)} s  ${(v.stdout + v.stderr).trim()}\n`);
  if (v.status !== 0) status = 1;
  if (!haveGo) {
    process.stdout.write(`gc       not run: ${go} not found\n`);
    return status;
  }
  return reportGc(minigo, gc) || status;
}

process.exitCode = main();
