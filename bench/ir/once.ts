/*
 * One measured compile for the IR benchmark: front end, IR build, verify, lift — no output
 * but the phase times.
 *
 * What: `node dist/bench/ir/once.js FILE [--no-verify]` type-checks FILE against the
 * shipped stdlib, builds the IR, verifies it, lifts it, verifies again, and prints one line
 *   frontend 2.81 s  build 0.52 s  verify 0.30 s  lift 0.41 s  (functions 6123, instrs 1234567)
 * exiting 1 if the front end or the verifier complains. Printing the IR is left out: the
 * benchmark measures the compiler, not a 100,000-line text dump.
 *
 * Why a separate process: bench/ir/run.ts times it from the outside, like gc, so Node's
 * start-up and the peak memory (GNU time's maxrss) are counted the same way for both.
 */
import { readFileSync } from "node:fs";
import { checkSources } from "../../compiler/frontend.js";
import { buildProgram } from "../../compiler/ir/build.js";
import { allFunctions } from "../../compiler/ir/ir.js";
import { liftProgram } from "../../compiler/ir/lift.js";
import { verifyProgram } from "../../compiler/ir/verify.js";
import { stdlibImporter } from "../../compiler/stdlib/importer.js";

function main(): number {
  const file = process.argv[2];
  if (!file) {
    process.stderr.write("usage: once FILE [--no-verify]\n");
    return 2;
  }
  const verify = !process.argv.includes("--no-verify");
  const t0 = performance.now();
  const fe = checkSources([{ name: file, text: readFileSync(file, "utf8") }], stdlibImporter());
  const t1 = performance.now();
  if (!fe.check || fe.diagnostics.length > 0) {
    process.stdout.write(
      `front end: ${fe.diagnostics.length} diagnostics, first ${fe.diagnostics[0]?.msg}\n`,
    );
    return 1;
  }
  const prog = buildProgram(fe.files, fe.check.pkg, fe.check.info);
  const t2 = performance.now();
  const problems = verify ? verifyProgram(prog) : [];
  const t3 = performance.now();
  liftProgram(prog);
  const t4 = performance.now();
  if (verify) problems.push(...verifyProgram(prog));
  const t5 = performance.now();
  const fns = allFunctions(prog);
  const n = fns.reduce((s, f) => s + f.blocks.reduce((k, b) => k + b.instrs.length, 0), 0);
  const s = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
  process.stdout.write(
    `frontend ${s(t1 - t0)}  build ${s(t2 - t1)}  verify ${s(t3 - t2 + t5 - t4)}  lift ${s(t4 - t3)}  (functions ${fns.length}, lifted instrs ${n})\n`,
  );
  if (problems.length > 0) {
    process.stdout.write(`verifier: ${problems.length} problems, first: ${problems[0]}\n`);
    return 1;
  }
  return 0;
}

process.exitCode = main();
