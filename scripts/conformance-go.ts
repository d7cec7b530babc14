/*
 * Asking the oracle: where Go 1.19 is, and what `go tool compile` prints for a file.
 *
 * What: the few helpers every harness that compares minigo with gc needs — the path of
 * the Go binary (MINIGO_GO overrides the default /usr/lib/go-1.19/bin/go), a check that
 * it exists, the repository root, and runGcCompile(dir, file), which runs
 * `go tool compile -p p -o <tmp>.o file` with `dir` as the working directory and returns
 * everything gc printed (stdout, then stderr) with its exit status.
 *
 * Why: the golden files in testdata/errors are facts recorded from gc. The update script
 * (scripts/update-errors-golden.ts) writes them and the golden test
 * (compiler/errors-golden.test.ts) re-checks them; both must run gc the same way, or the
 * goldens would drift with the harness instead of with Go.
 *
 * Invariant: the object file goes to a per-process file in the temp directory, never to
 * /dev/null (gc refuses that) and never to a path shared by concurrent runs.
 *
 * Example: runGcCompile("testdata/errors", "type_undefined_name.go") returns
 *   { output: "type_undefined_name.go:4:7: undefined: y\n", status: 1 }
 */
import { spawnSync } from "node:child_process";
import { existsSync, unlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The Go 1.19 binary the project treats as the oracle. */
export function goBinary(): string {
  return process.env["MINIGO_GO"] ?? "/usr/lib/go-1.19/bin/go";
}

export function haveGo(): boolean {
  return existsSync(goBinary());
}

/** The GOROOT of the oracle: Go's own tests live in `${goRoot()}/test`. */
export function goRoot(): string {
  return dirname(dirname(goBinary()));
}

/**
 * The repository root: the nearest ancestor of this module holding package.json. Works
 * both from scripts/ (vitest, tsx) and from dist/scripts/ (after `npm run build`).
 */
export function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, "package.json"))) return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error("repository root not found");
    dir = up;
  }
}

/**
 * Goldens in testdata/errors named `ours_*` are minigo's own wording (cases where minigo
 * differs from gc by design); gc is not their source and does not check them.
 */
export function isOwnGolden(goFile: string): boolean {
  return goFile.startsWith("ours_");
}

export interface GcResult {
  /** stdout followed by stderr, exactly as gc wrote them. */
  output: string;
  /** gc's exit status (1 when it reported errors). */
  status: number;
}

/** Runs `go tool compile -p p -o <tmp> ...extraFlags file` in `dir`. */
export function runGcCompile(
  dir: string,
  file: string,
  extraFlags: readonly string[] = [],
): GcResult {
  const object = join(tmpdir(), `minigo-gc-${process.pid}.o`);
  const r = spawnSync(
    goBinary(),
    ["tool", "compile", "-p", "p", "-o", object, ...extraFlags, file],
    {
      cwd: dir,
      encoding: "utf8",
      timeout: 60_000,
      maxBuffer: 64 << 20,
    },
  );
  if (existsSync(object)) unlinkSync(object);
  if (r.error) throw r.error;
  return { output: (r.stdout ?? "") + (r.stderr ?? ""), status: r.status ?? -1 };
}
