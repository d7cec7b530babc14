/*
 * Golden tests of the IR: testdata/ir/*.go → *.ir (unlifted) and *.lift.ir (lifted).
 *
 * What: each program is built through irText (front end, build, verify, optional lift,
 * verify, print) and the text compared byte for byte with the committed golden. The
 * verifier must report nothing, unlifted and lifted. Every program in testdata/ir is
 * also valid Go (gc 1.19 compiles it).
 *
 * Update the goldens, explicitly, with:
 *   MINIGO_UPDATE_GOLDEN=1 npx vitest run compiler/ir/golden.test.ts
 * then read the diff: a golden is a claim about what the builder does.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { stdlibImporter } from "../stdlib/importer.js";
import { irText } from "./ir-text.js";

const dir = fileURLToPath(new URL("../../testdata/ir/", import.meta.url));
const update = process.env["MINIGO_UPDATE_GOLDEN"] === "1";
const programs = readdirSync(dir)
  .filter((f) => f.endsWith(".go"))
  .sort();

describe("IR goldens", () => {
  const importer = stdlibImporter();
  it("has at least 40 programs", () => {
    expect(programs.length).toBeGreaterThanOrEqual(40);
  });
  for (const name of programs) {
    for (const lift of [false, true]) {
      const golden = name.replace(/\.go$/, lift ? ".lift.ir" : ".ir");
      it(`${golden}`, () => {
        const text = readFileSync(dir + name, "utf8");
        const r = irText([{ name, text }], importer, { lift });
        expect(r.diagnostics).toEqual([]);
        expect(r.problems).toEqual([]);
        expect(r.text).not.toContain("Unsupported");
        if (update || !existsSync(dir + golden)) {
          if (!update) throw new Error(`missing golden ${golden}: run with MINIGO_UPDATE_GOLDEN=1`);
          writeFileSync(dir + golden, r.text);
          return;
        }
        expect(r.text).toBe(readFileSync(dir + golden, "utf8"));
      });
    }
  }
});
