/*
 * Escape tags of the shipped standard library, by analysing its Go source.
 *
 * What: stdlibTags(path, name) returns the leak tags of function or method `name` (the
 * IR's spelling: `Println`, `(*Builder).WriteString`) of stdlib package `path`. The
 * first request for a package parses and type-checks its source (compiler/stdlib),
 * builds its IR and runs escape analysis over it — with its own imports answered by
 * this same function, so the library is analysed bottom-up along the import graph —
 * and caches the tags for the whole process. Bodiless functions (runtime hooks) get
 * gc's rule: //go:noescape means nothing escapes, otherwise everything leaks.
 *
 * Why: gc derives the tags of fmt, strings, … from their source; minigo ships its own
 * source for them, written so that the same analysis gives the same tags.
 *
 * Invariant: a package is analysed at most once per process; a package that fails to
 * build gives no tags (callers then assume every argument leaks, which is safe).
 *
 * Example: stdlibTags("strings", "Index") → [[-1,…], [-1,…]] (s and substr do not escape).
 */
import { checkSources } from "../frontend.js";
import { buildProgram } from "../ir/build.js";
import { stdlibImporter } from "../stdlib/importer.js";
import { stdlibSources } from "../stdlib/sources.js";
import type { Leaks } from "./graph.js";
import { analyzeProgram } from "./escape.js";
import { SourceLines } from "./source-lines.js";

const cache = new Map<string, Map<string, Leaks[]> | undefined>();
let importer: ReturnType<typeof stdlibImporter> | undefined;

function analyzePackage(path: string): Map<string, Leaks[]> | undefined {
  if (cache.has(path)) return cache.get(path);
  cache.set(path, undefined); // an import cycle or a failure leaves no tags
  const files = stdlibSources.get(path);
  if (!files) return undefined;
  importer ??= stdlibImporter();
  try {
    const fe = checkSources(files, importer, { stdlib: true, path });
    if (!fe.check) return undefined;
    const prog = buildProgram(fe.files, fe.check.pkg, fe.check.info);
    const { tags } = analyzeProgram(prog, new SourceLines(files), stdlibTags);
    const byName = new Map<string, Leaks[]>();
    for (const [fn, t] of tags) if (fn.parent === undefined) byName.set(fn.name, t);
    cache.set(path, byName);
    return byName;
  } catch {
    return undefined;
  }
}

export function stdlibTags(path: string, name: string): Leaks[] | undefined {
  return analyzePackage(path)?.get(name);
}
