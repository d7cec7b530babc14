/*
 * The IR on Go's own test suite: build, verify, lift, verify.
 *
 * What: for every file the front-end conformance run accepts (the `acceptedFiles` of
 * testdata/conformance/frontend-baseline.json, read from the installed Go 1.19 test/
 * directory, with the extra files their recipe names) and for every test/escape*.go that
 * type-checks, the IR is built, verified, lifted and verified again. Any verifier
 * complaint or exception fails the test, naming the file and the first problems.
 *
 * Why: those programs exercise every construct of the language the front end accepts; the
 * builder must never throw on them and the IR must stay sound through lifting.
 *
 * Skipped when Go 1.19's test directory is not installed.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkSources } from "../frontend.js";
import type { SourceFile } from "../source.js";
import { stdlibImporter } from "../stdlib/importer.js";
import { testAction } from "../../scripts/conformance-select.js";
import { buildProgram } from "./build.js";
import { liftProgram } from "./lift.js";
import { verifyProgram } from "./verify.js";

const goTest = "/usr/lib/go-1.19/test";
const baselinePath = new URL("../../testdata/conformance/frontend-baseline.json", import.meta.url);

/** Builds, verifies, lifts and verifies one package; returns problems, or undefined if it does not type-check. */
export function irCheck(sources: SourceFile[], importer = stdlibImporter()): string[] | undefined {
  const r = checkSources(sources, importer);
  if (!r.check || r.diagnostics.length > 0) return undefined;
  const prog = buildProgram(r.files, r.check.pkg, r.check.info);
  const errs = verifyProgram(prog).map((e) => `unlifted: ${e}`);
  liftProgram(prog);
  errs.push(...verifyProgram(prog).map((e) => `lifted: ${e}`));
  return errs;
}

function sourcesFor(name: string): SourceFile[] {
  const text = readFileSync(join(goTest, name), "utf8");
  const dir = name.includes("/") ? name.slice(0, name.lastIndexOf("/") + 1) : "";
  const extra = testAction(text)
    .args.filter((a) => a.endsWith(".go"))
    .map((a) => dir + a);
  return [
    { name, text },
    ...extra.map((e) => ({ name: e, text: readFileSync(join(goTest, e), "utf8") })),
  ];
}

describe.skipIf(!existsSync(goTest))("IR on Go's test suite", () => {
  const importer = stdlibImporter();
  it("builds and verifies every file the front end accepts, unlifted and lifted", () => {
    const baseline = JSON.parse(readFileSync(baselinePath, "utf8")) as { acceptedFiles: string[] };
    const failures: string[] = [];
    let built = 0;
    for (const name of baseline.acceptedFiles) {
      let errs: string[] | undefined;
      try {
        errs = irCheck(sourcesFor(name), importer);
      } catch (e) {
        errs = [`exception: ${(e as Error).stack?.split("\n").slice(0, 3).join(" | ")}`];
      }
      if (errs === undefined) continue;
      built++;
      if (errs.length > 0) failures.push(`${name}: ${errs.slice(0, 3).join("; ")}`);
    }
    console.log(
      `IR goroot: ${built - failures.length}/${baseline.acceptedFiles.length} build+verify (unlifted and lifted)`,
    );
    console.log(`IR goroot: ${built} of ${baseline.acceptedFiles.length} type-check here`);
    expect(failures.slice(0, 20)).toEqual([]);
    expect(built).toBe(baseline.acceptedFiles.length);
  }, 600_000);

  it("builds and verifies every test/escape*.go", () => {
    const names = readdirSync(goTest).filter((f) => /^escape.*\.go$/.test(f));
    const failures: string[] = [];
    let built = 0;
    for (const name of names) {
      let errs: string[] | undefined;
      try {
        errs = irCheck(sourcesFor(name), importer);
      } catch (e) {
        errs = [`exception: ${(e as Error).stack?.split("\n").slice(0, 3).join(" | ")}`];
      }
      if (errs === undefined) continue;
      built++;
      if (errs.length > 0) failures.push(`${name}: ${errs.slice(0, 3).join("; ")}`);
    }
    console.log(
      `IR escape: ${built - failures.length}/${names.length} build+verify (the rest do not type-check)`,
    );
    expect(failures).toEqual([]);
    expect(built).toBe(names.length);
  }, 300_000);
});
