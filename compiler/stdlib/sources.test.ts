/*
 * Tests of the embedded stdlib (sources.ts) against the Go files it is generated from.
 *
 * 1. sources.ts is exactly what scripts/embed-stdlib.ts would write now, so nobody can
 *    edit a .go file without regenerating (or sources.ts by hand).
 * 2. The embedded texts round-trip: the module, as compiled, holds each file verbatim
 *    under "stdlib/<importpath>/<file>".
 * 3. The package set and each file's package clause are sane.
 * 4. When Go 1.19 is installed, the files are gofmt-clean and every package
 *    type-checks with the real toolchain (`go vet` on a scratch module with renamed
 *    import paths; an empty .s file per package lets gc accept the body-less runtime
 *    hooks).
 * 5. When Go 1.19 is installed, the differential tests (<pkg>/minigo_diff_test.go)
 *    pass: the plain-Go bodies (strconv, strings, bytes, math, sort, time, unicode,
 *    fmt, ...) give the same results as Go's own packages on random and edge inputs.
 */
import { execFileSync } from "node:child_process";
import {
  existsSync,
  mkdtempSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

import { groupStdlibFiles, renderStdlibModule } from "../../scripts/embed-stdlib-lib.js";
import { stdlibSources } from "./sources.js";

const stdlibDir = dirname(fileURLToPath(import.meta.url));

function readGoFiles(root: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith(".go")) {
        files.set(relative(root, full).split(sep).join("/"), readFileSync(full, "utf8"));
      }
    }
  };
  walk(root);
  return files;
}

const goFiles = readGoFiles(stdlibDir);

// The packages the brief requires (Go's tests and ordinary programs import them).
const required = [
  "bytes",
  "errors",
  "fmt",
  "hash/maphash",
  "io",
  "math",
  "math/bits",
  "os",
  "reflect",
  "runtime",
  "runtime/debug",
  "sort",
  "strconv",
  "strings",
  "sync",
  "sync/atomic",
  "time",
  "unicode",
  "unicode/utf8",
];

describe("stdlib sources.ts", () => {
  it("is up to date with compiler/stdlib/**/*.go (regenerate: npm run build && node dist/scripts/embed-stdlib.js)", () => {
    const onDisk = readFileSync(join(stdlibDir, "sources.ts"), "utf8");
    expect(onDisk === renderStdlibModule(goFiles)).toBe(true);
  });

  it("embeds every .go file verbatim under its import path", () => {
    let count = 0;
    for (const [path, text] of goFiles) {
      if (path.endsWith("_test.go")) continue;
      const importPath = path.slice(0, path.lastIndexOf("/"));
      const files = stdlibSources.get(importPath);
      expect(files, importPath).toBeDefined();
      const file = files?.find((f) => f.name === `stdlib/${path}`);
      expect(file?.text === text, path).toBe(true);
      count++;
    }
    const embedded = [...stdlibSources.values()].reduce((n, fs) => n + fs.length, 0);
    expect(embedded).toBe(count);
  });

  it("provides the required packages, not unsafe, each file in its package", () => {
    for (const p of required) expect(stdlibSources.has(p), p).toBe(true);
    expect(stdlibSources.has("unsafe")).toBe(false);
    for (const [importPath, files] of stdlibSources) {
      const name = importPath.slice(importPath.lastIndexOf("/") + 1);
      for (const f of files) {
        expect(f.text, f.name).toMatch(new RegExp(`^package ${name}$`, "m"));
      }
    }
    // Sorted and deterministic.
    const keys = [...stdlibSources.keys()];
    expect(keys).toEqual([...keys].sort());
  });

  it("groups, filters and names files as documented", () => {
    const groups = groupStdlibFiles(
      new Map([
        ["sync/atomic/types.go", "package atomic\n"],
        ["sync/atomic/doc.go", "package atomic\n"],
        ["sync/mutex.go", "package sync\n"],
        ["sync/mutex_test.go", "package sync\n"],
        ["sync/README.md", "x"],
      ]),
    );
    expect([...groups.keys()]).toEqual(["sync", "sync/atomic"]);
    expect(groups.get("sync/atomic")?.map((f) => f.name)).toEqual([
      "stdlib/sync/atomic/doc.go",
      "stdlib/sync/atomic/types.go",
    ]);
    expect(groups.get("sync")?.map((f) => f.name)).toEqual(["stdlib/sync/mutex.go"]);
    expect(() => groupStdlibFiles(new Map([["top.go", "package x\n"]]))).toThrow(/not inside/);
  });

  it("quotes texts so that they round-trip whatever quotes they hold", () => {
    const tricky = `say "hi" and "bye" it's\n\t\\ \u2028 é '' """`;
    const text = renderStdlibModule(new Map([["p/a.go", tricky]]));
    const literal = /text: ([^\n]*),\n/.exec(text)?.[1] ?? "";
    // The literal is a JavaScript string expression; evaluate it to compare.
    expect(new Function(`return ${literal};`)()).toBe(tricky);
  });
});

const goBin = "/usr/lib/go-1.19/bin/go";

/** The environment for running the Go toolchain offline in a scratch module. */
function goEnv(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    PATH: `${dirname(goBin)}:${process.env.PATH ?? ""}`,
    GOFLAGS: "-mod=mod",
    GOPROXY: "off",
    GOCACHE: process.env.GOCACHE ?? join(tmpdir(), "minigo-go-cache"),
    HOME: process.env.HOME ?? tmpdir(),
  };
}

/** Runs go with args in dir; returns its combined output and whether it succeeded. */
function runGo(dir: string, args: string[]): { ok: boolean; output: string } {
  try {
    const out = execFileSync(goBin, args, {
      cwd: dir,
      env: goEnv(),
      encoding: "utf8",
      stdio: "pipe",
    });
    return { ok: true, output: out };
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string };
    return { ok: false, output: `${err.stdout ?? ""}${err.stderr ?? ""}` };
  }
}

/**
 * renameImports rewrites the import paths in a Go file for a scratch module named
 * module: a path in `ours` becomes module/path, and "gostd/p" (how the differential
 * tests name Go's own packages) becomes p.
 */
function renameImports(text: string, ours: ReadonlySet<string>, module: string): string {
  return text.replace(
    /^(\s*(?:import\s+)?(?:[A-Za-z_.0-9]+\s+)?)"([^"]+)"/gm,
    (m, pre: string, path: string) => {
      if (ours.has(path)) return `${pre}"${module}/${path}"`;
      if (path.startsWith("gostd/")) return `${pre}"${path.slice("gostd/".length)}"`;
      return m;
    },
  );
}

/**
 * stubHooks gives every body-less function a panicking body, so that packages link.
 * Hooks that run during package initialization get a harmless body instead (os's
 * init reads the arguments through runtime_args).
 */
function stubHooks(text: string): string {
  return text
    .split("\n")
    .filter((line) => line !== "//go:noescape")
    .map((line) => {
      if (!/^func .*[^{}]$/.test(line)) return line;
      if (line.startsWith("func runtime_args()")) return `${line} { return nil }`;
      return `${line} { panic("minigo runtime hook") }`;
    })
    .join("\n");
}

describe.skipIf(!existsSync(goBin))("stdlib packages type-check with Go 1.19", () => {
  it("is gofmt-clean", () => {
    const out = execFileSync(join(dirname(goBin), "gofmt"), ["-l", stdlibDir], {
      encoding: "utf8",
    });
    expect(out).toBe("");
  });

  it("go vet accepts every package (import paths renamed into a scratch module)", () => {
    const dir = mkdtempSync(join(tmpdir(), "minigo-stdlib-vet-"));
    try {
      const ours = new Set(stdlibSources.keys());
      const rename = (text: string): string => renameImports(text, ours, "minigostd");
      for (const [importPath, files] of stdlibSources) {
        const pkgDir = join(dir, ...importPath.split("/"));
        mkdirSync(pkgDir, { recursive: true });
        for (const f of files) {
          writeFileSync(join(pkgDir, f.name.slice(f.name.lastIndexOf("/") + 1)), rename(f.text));
        }
        writeFileSync(join(pkgDir, "hooks_minigo.s"), "");
      }
      writeFileSync(join(dir, "go.mod"), "module minigostd\n\ngo 1.19\n");
      const r = runGo(dir, ["vet", "./..."]);
      expect(r.output).toBe("");
      expect(r.ok).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);
});

// The packages whose bodies are plain Go, checked against Go's own implementations.
const diffTested = [
  "bufio",
  "bytes",
  "math",
  "math/bits",
  "path",
  "path/filepath",
  "sort",
  "strconv",
  "strings",
  "time",
  "unicode",
  "unicode/utf8",
];

describe.skipIf(!existsSync(goBin))("stdlib bodies agree with Go 1.19 (differential tests)", () => {
  it("minigo_diff_test.go of the hook-free packages pass (go test -short)", () => {
    const dir = mkdtempSync(join(tmpdir(), "minigo-stdlib-diff-"));
    try {
      const ours = new Set(stdlibSources.keys());
      for (const [path, text] of goFiles) {
        const target = join(dir, ...path.split("/"));
        mkdirSync(dirname(target), { recursive: true });
        const renamed = renameImports(text, ours, "minigostd");
        writeFileSync(target, path.endsWith("_test.go") ? renamed : stubHooks(renamed));
      }
      writeFileSync(join(dir, "go.mod"), "module minigostd\n\ngo 1.19\n");
      const r = runGo(dir, ["test", "-short", ...diffTested.map((p) => `./${p}`)]);
      if (process.env.MINIGO_KEEP_SCRATCH) console.log(dir, r.output);
      expect(r.output).not.toMatch(/FAIL/);
      expect(r.ok).toBe(true);
    } finally {
      if (!process.env.MINIGO_KEEP_SCRATCH) rmSync(dir, { recursive: true, force: true });
    }
  }, 600_000);

  // Packages whose own imports are runtime hooks in minigo (reflect, sync, os, time):
  // their tests build them on Go's real packages instead.
  for (const pkg of ["fmt", "context", "encoding/binary", "testing"]) {
    it(`${pkg}'s minigo_diff_test.go passes with ${pkg} built on Go's own dependencies`, () => {
      const dir = mkdtempSync(join(tmpdir(), `minigo-stdlib-${pkg.replace("/", "-")}-`));
      try {
        mkdirSync(join(dir, pkg), { recursive: true });
        for (const [path, text] of goFiles) {
          if (!path.startsWith(`${pkg}/`) || path.indexOf("/", pkg.length + 1) >= 0) continue;
          // Only the test's import of the package means minigo's; the package's own
          // imports stay Go's.
          const out = path.endsWith("_test.go")
            ? renameImports(text, new Set([pkg]), "minigodeps")
            : text;
          writeFileSync(join(dir, path), out);
        }
        writeFileSync(join(dir, "go.mod"), "module minigodeps\n\ngo 1.19\n");
        const r = runGo(dir, ["test", "-short", "-vet=off", `./${pkg}`]);
        expect(r.output).not.toMatch(/FAIL/);
        expect(r.ok).toBe(true);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }, 600_000);
  }
});
