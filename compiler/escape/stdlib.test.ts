/*
 * Tests of the precomputed stdlib leak tags (stdlib.ts, stdlib-tags.ts).
 *
 * 1. stdlib-tags.ts is exactly what scripts/embed-escape-tags.ts would write now: the
 *    stdlib's tags recomputed from its source by escape analysis, with the current
 *    fingerprints. Editing compiler/stdlib or the analysis without regenerating fails here
 *    (regenerate: npm run build && node dist/scripts/embed-escape-tags.js).
 * 2. The encoding round-trips, and lookups through stdlibTags give the computed tags.
 * 3. Some tags gc's tests rely on have gc's values.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  computeStdlibTags,
  decodePackageTags,
  embedTagsCommand,
  encodePackageTags,
  packageFingerprint,
  renderStdlibTagsModule,
  stdlibTags,
} from "./stdlib.js";

const computed = computeStdlibTags();

describe("stdlib leak tags", () => {
  it(`stdlib-tags.ts is up to date (regenerate: ${embedTagsCommand})`, () => {
    const file = fileURLToPath(new URL("./stdlib-tags.ts", import.meta.url));
    const onDisk = readFileSync(file, "utf8");
    expect(onDisk === renderStdlibTagsModule(computed)).toBe(true);
  });

  it("analyses every shipped package", () => {
    for (const [path, a] of computed) {
      expect(a, path).toBeDefined();
      expect(a!.tags.size, path).toBeGreaterThan(0);
    }
    // Tags depend on the imports' tags: fmt's fingerprint covers what it imports.
    expect(computed.get("fmt")!.imports).toEqual(expect.arrayContaining(["io", "strconv"]));
    expect(packageFingerprint("fmt", ["io"])).not.toBe(packageFingerprint("fmt", []));
  });

  it("encodes tags losslessly and looks them up from the table", () => {
    let n = 0;
    for (const [path, a] of computed) {
      if (!a) continue;
      const tags = a.tags;
      expect(decodePackageTags(encodePackageTags(tags)), path).toEqual(tags);
      for (const [name, t] of tags) {
        expect(stdlibTags(path, name), `${path}.${name}`).toEqual(t);
        n++;
      }
    }
    expect(n).toBeGreaterThan(500);
    expect(stdlibTags("fmt", "NoSuchFunction")).toBeUndefined();
    expect(stdlibTags("no/such/package", "F")).toBeUndefined();
  });

  it("has gc's tags for functions Go's tests use", () => {
    // fmt.Println(a ...any): leaking param content: a
    expect(stdlibTags("fmt", "Println")![0]![0]).toBe(1);
    // strings.Index(s, substr string): neither escapes
    expect(stdlibTags("strings", "Index")!.every((t) => t.every((x) => x < 0))).toBe(true);
    // Methods are keyed as the IR names them, receiver first.
    expect(stdlibTags("strings", "(*Builder).WriteString")).toHaveLength(2);
  });
});
