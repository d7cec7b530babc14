// Size classes: our table must be Go 1.19's (parsed from the installed
// sizeclasses.go), and lookup must pick the smallest class that fits.
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  CLASS_NELEMS,
  CLASS_NPAGES,
  CLASS_TO_SIZE,
  MAX_SMALL_SIZE,
  NUM_SIZE_CLASSES,
  PAGE_SIZE,
  SIZE_TO_CLASS128,
  SIZE_TO_CLASS8,
  roundupsize,
  sizeToClass,
} from "./sizeclasses.js";

const GO_SIZECLASSES = "/usr/lib/go-1.19/src/runtime/sizeclasses.go";

/** Parse `var name = [...]uintN{...}` from Go's generated file (only numeric lists). */
function goArray(src: string, name: string): number[] {
  const m = new RegExp(`var ${name} = \\[[^\\]]*\\]uint\\d+\\{([^}]*)\\}`).exec(src);
  if (!m) throw new Error(`no ${name} in sizeclasses.go`);
  return m[1].split(",").map((x) => parseInt(x.trim(), 10));
}

describe("size classes", () => {
  it.runIf(existsSync(GO_SIZECLASSES))("equal Go 1.19's sizeclasses.go", () => {
    const src = readFileSync(GO_SIZECLASSES, "utf8");
    expect(CLASS_TO_SIZE).toEqual(goArray(src, "class_to_size"));
    expect(CLASS_NPAGES).toEqual(goArray(src, "class_to_allocnpages"));
    expect(Array.from(SIZE_TO_CLASS8)).toEqual(goArray(src, "size_to_class8"));
    expect(Array.from(SIZE_TO_CLASS128)).toEqual(goArray(src, "size_to_class128"));
    expect(NUM_SIZE_CLASSES).toBe(parseInt(/_NumSizeClasses = (\d+)/.exec(src)![1], 10));
    // The comment table: class, bytes/obj, bytes/span, objects.
    const rows = [...src.matchAll(/^\/\/\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s/gm)];
    expect(rows.length).toBe(NUM_SIZE_CLASSES - 1);
    for (const r of rows) {
      const c = Number(r[1]);
      expect(CLASS_TO_SIZE[c]).toBe(Number(r[2]));
      expect(CLASS_NPAGES[c] * PAGE_SIZE).toBe(Number(r[3]));
      expect(CLASS_NELEMS[c]).toBe(Number(r[4]));
    }
  });

  it("map every small size to the smallest class that fits", () => {
    let c = 1;
    for (let size = 1; size <= MAX_SMALL_SIZE; size++) {
      while (CLASS_TO_SIZE[c] < size) c++;
      expect(sizeToClass(size)).toBe(c);
    }
    expect(sizeToClass(MAX_SMALL_SIZE + 1)).toBe(0);
  });

  it("round up sizes like Go's roundupsize", () => {
    expect(roundupsize(1)).toBe(8);
    expect(roundupsize(17)).toBe(24);
    expect(roundupsize(1025)).toBe(1152);
    expect(roundupsize(32769)).toBe(40960);
  });
});
