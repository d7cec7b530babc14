/*
 * Escape tags of the shipped standard library: computed from its Go source at build time,
 * looked up at compile time.
 *
 * What: stdlibTags(path, name) returns the leak tags of function or method `name` (the
 * IR's spelling: `Println`, `(*Builder).WriteString`) of stdlib package `path`. The tags
 * are gc's, derived as gc derives them: by parsing and type-checking the package's source
 * (compiler/stdlib), building its IR and running escape analysis over it, with its own
 * imports answered the same way, bottom-up along the import graph. Bodiless functions
 * (runtime hooks) get gc's rule: //go:noescape means nothing escapes, else all leaks;
 * or, where the real function has a body minigo's hook stands for, the tags gc infers
 * for that body, stated by a `//minigo:leaks` line (escape.ts). stdlib-gc.test.ts holds
 * the tags of the packages Go's tests call equal to gc's.
 *
 * Why precomputed: that analysis is deterministic and costs most of a small compile (fmt
 * alone pulls in a dozen packages), so `npm run embed:escape-tags` runs it once and
 * writes the answers to stdlib-tags.ts; stdlib.test.ts recomputes them and fails when
 * the file is stale. At compile time a lookup decodes one package's entry on first use.
 *
 * Invariants: a package's entry is used only while its fingerprint matches the embedded
 * sources: the lengths of the files of the package and of every package it imports,
 * directly or not (its tags depend on theirs). If someone changed the stdlib without
 * regenerating, the packages concerned are analysed from source as before (their imports'
 * tags still come from valid entries): slower, never wrong. A package is analysed at most
 * once per process; one that fails to build has no tags (callers then assume every
 * argument leaks).
 *
 * Encoding of a package's entry: `fingerprint|imports|tags`, imports being the transitive
 * import paths joined by `,` and tags the `name=tags` items joined by `;`, each item's
 * tags one per parameter (receiver first) joined by spaces, each the Leaks array without
 * its trailing -1s, comma-separated, or `_` when nothing leaks.
 * Example: "…|errors,io|Index=_ _;Println=1": strings.Index's s and substr do not escape;
 * fmt.Println's a leaks its content to the heap (Leaks [1, -1, …]).
 */
import { checkSources } from "../frontend.js";
import { buildProgram } from "../ir/build.js";
import { stdlibImporter } from "../stdlib/importer.js";
import { stdlibSources } from "../stdlib/sources.js";
import { parseFile } from "../syntax/parser.js";
import { type Leaks, emptyLeaks } from "./graph.js";
import { analyzeProgram } from "./escape.js";
import { SourceLines } from "./source-lines.js";
import { leakTagTable } from "./stdlib-tags.js";

type PackageTags = Map<string, Leaks[]>;

/** The command that regenerates stdlib-tags.ts, quoted in its header. */
export const embedTagsCommand = "npm run build && node dist/scripts/embed-escape-tags.js";

/**
 * The fingerprint of a package and its imports: cheap (file lengths only, hashed), and
 * changed by almost any edit.
 */
export function packageFingerprint(path: string, imports: readonly string[]): string {
  const text = [path, ...imports]
    .map((p) => `${p}:${(stdlibSources.get(p) ?? []).map((f) => f.text.length).join(",")}`)
    .join(" ");
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h >>> 0).toString(16).padStart(8, "0");
}

/**
 * The stdlib packages path imports, directly or not, as its source declares them (bodies
 * included: the tags of a function depend on those of everything its body calls).
 */
function transitiveImports(path: string): string[] {
  const seen = new Set<string>();
  const visit = (p: string): void => {
    for (const f of stdlibSources.get(p) ?? []) {
      for (const spec of parseFile(f).file.imports) {
        const q = spec.path.value.slice(1, -1);
        if (q === "unsafe" || seen.has(q)) continue;
        seen.add(q);
        visit(q);
      }
    }
  };
  visit(path);
  return [...seen].sort();
}

/** What the analysis of one package gives: its tags and its transitive imports. */
interface Analysed {
  tags: PackageTags;
  imports: string[];
}

/**
 * Analyses stdlib packages from source, each at most once; the tags of a package's imports
 * come from `importTags` (by default, this same analyser: nothing then depends on the
 * generated table).
 */
class SourceAnalyser {
  private readonly cache = new Map<string, Analysed | undefined>();
  private importer: ReturnType<typeof stdlibImporter> | undefined;

  constructor(
    private readonly importTags: (path: string) => PackageTags | undefined = (p) =>
      this.analyse(p)?.tags,
  ) {}

  analyse(path: string): Analysed | undefined {
    if (this.cache.has(path)) return this.cache.get(path);
    this.cache.set(path, undefined); // an import cycle or a failure leaves no tags
    const files = stdlibSources.get(path);
    if (!files) return undefined;
    this.importer ??= stdlibImporter();
    try {
      const fe = checkSources(files, this.importer, { stdlib: true, path });
      if (!fe.check) return undefined;
      const prog = buildProgram(fe.files, fe.check.pkg, fe.check.info);
      const { tags } = analyzeProgram(prog, new SourceLines(files), (p, n) =>
        this.importTags(p)?.get(n),
      );
      const byName: PackageTags = new Map();
      for (const [fn, t] of tags) if (fn.parent === undefined) byName.set(fn.name, t);
      const r = { tags: byName, imports: transitiveImports(path) };
      this.cache.set(path, r);
      return r;
    } catch {
      return undefined;
    }
  }
}

/** Every shipped package's tags, analysed from source now (undefined: it failed). */
export function computeStdlibTags(): Map<string, Analysed | undefined> {
  const a = new SourceAnalyser();
  const out = new Map<string, Analysed | undefined>();
  for (const path of stdlibSources.keys()) out.set(path, a.analyse(path));
  return out;
}

function encodeLeaks(l: Leaks): string {
  let n = l.length;
  while (n > 0 && l[n - 1]! < 0) n--;
  return n === 0 ? "_" : l.slice(0, n).join(",");
}

function decodeLeaks(s: string): Leaks {
  const l = emptyLeaks();
  if (s !== "_") s.split(",").forEach((x, i) => (l[i] = Number(x)));
  return l;
}

export function encodePackageTags(tags: PackageTags): string {
  return [...tags]
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([name, ls]) => `${name}=${ls.map(encodeLeaks).join(" ")}`)
    .join(";");
}

export function decodePackageTags(s: string): PackageTags {
  const out: PackageTags = new Map();
  if (s === "") return out;
  for (const item of s.split(";")) {
    const eq = item.indexOf("=");
    const tags = item.slice(eq + 1);
    out.set(item.slice(0, eq), tags === "" ? [] : tags.split(" ").map(decodeLeaks));
  }
  return out;
}

/** A table entry: `fingerprint|imports|tags`. */
function encodeEntry(path: string, a: Analysed): string {
  const fp = packageFingerprint(path, a.imports);
  return `${fp}|${a.imports.join(",")}|${encodePackageTags(a.tags)}`;
}

/**
 * The text of stdlib-tags.ts for the given analyses, in prettier's format (one entry per
 * line, broken as prettier breaks an array literal wider than 100 columns).
 */
export function renderStdlibTagsModule(all: ReadonlyMap<string, Analysed | undefined>): string {
  const out = [
    "// Code generated by scripts/embed-escape-tags.ts from compiler/stdlib; DO NOT EDIT.",
    `// Regenerate with: ${embedTagsCommand}`,
    "//",
    "// The leak tags of every function of the shipped stdlib, as escape analysis of its source",
    "// gives them (compiler/escape/stdlib.ts explains the encoding; null: the package failed).",
    "",
    "export const leakTagTable = new Map<string, string | null>([",
  ];
  const paths = [...all.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const path of paths) {
    const a = all.get(path);
    const k = JSON.stringify(path);
    const v = a === undefined ? "null" : JSON.stringify(encodeEntry(path, a));
    const one = `  [${k}, ${v}],`;
    out.push(one.length <= 100 ? one : `  [\n    ${k},\n    ${v},\n  ],`);
  }
  out.push("]);", "");
  return out.join("\n");
}

const decoded = new Map<string, PackageTags | undefined>();
let fromSource: SourceAnalyser | undefined;

/** A package's tags: from its table entry while that is current, else from its source. */
function packageTags(path: string): PackageTags | undefined {
  if (decoded.has(path)) return decoded.get(path);
  let tags: PackageTags | undefined;
  const entry = leakTagTable.get(path);
  const [fp, imports, encoded] = entry?.split("|") ?? [];
  if (entry === null && stdlibSources.has(path)) {
    tags = undefined; // it failed to build when the table was made
  } else if (
    fp !== undefined &&
    encoded !== undefined &&
    fp === packageFingerprint(path, imports === "" ? [] : imports!.split(","))
  ) {
    tags = decodePackageTags(encoded);
  } else {
    fromSource ??= new SourceAnalyser(packageTags);
    tags = fromSource.analyse(path)?.tags;
  }
  decoded.set(path, tags);
  return tags;
}

export function stdlibTags(path: string, name: string): Leaks[] | undefined {
  return packageTags(path)?.get(name);
}
