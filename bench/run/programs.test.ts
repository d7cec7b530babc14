/*
 * The bench/run programs compute what the classic benchmarks compute, and Go's wasm port
 * runs under our launcher.
 *
 * The Benchmarks Game publishes each program's output for a small size; our own versions
 * must print exactly that when built by Go (fannkuch-redux 7, n-body 1000, spectral-norm
 * 100, binary-trees 10). deep-recursion, ping-pong and fan-out have no published answer,
 * so their checksums are recomputed here sequentially (no recursion, no goroutines). The
 * launcher must pass arguments and the exit status through, and Go's port must fail on the
 * deep recursion as the issue says it does (that is the point of the benchmark).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { goBinary, haveGo, repoRoot } from "../../scripts/conformance-go.js";

const programs = fileURLToPath(new URL("./programs/", import.meta.url));
const launcher = join(repoRoot(), "dist/bench/run/wasm-launcher.js");
const work = mkdtempSync(join(tmpdir(), "minigo-bench-run-test-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Builds a program (natively, or for js/wasm) into the scratch directory. */
function goBuild(source: string, out: string, wasm = false): string {
  const env = { ...process.env };
  delete env.GOOS;
  delete env.GOARCH;
  if (wasm) Object.assign(env, { GOOS: "js", GOARCH: "wasm" });
  const bin = join(work, out);
  const r = spawnSync(goBinary(), ["build", "-o", bin, source], { env, encoding: "utf8" });
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  return bin;
}

function runNative(name: string, ...args: string[]): string {
  const bin = goBuild(join(programs, `${name}.go`), name);
  const r = spawnSync(bin, args, { encoding: "utf8" });
  expect(r.status).toBe(0);
  return r.stdout;
}

/** descend(depth, down) of deep-recursion.go, by a loop down and a loop back up. */
function deepRecursionRound(depth: number, start: number): number {
  const downs = new Array<number>(depth + 1);
  let down = start;
  for (let n = depth; n > 0; n--) {
    down = (down * 31 + n) % 1000003;
    downs[n] = down;
  }
  let up = down; // descend(0, down) returns down
  for (let n = 1; n <= depth; n++) up = (up * 7 + downs[n] + n) % 1000033;
  return up;
}

/** The last reply of ping-pong.go's exchange of n messages, in one loop. */
function pingPongChecksum(n: number): number {
  let v = 1;
  for (let i = 0; i < n; i++) v = (v * 31 + i) % 1000003;
  return v;
}

/** fan-out.go's total: the Collatz step counts of 1 … rounds*width. */
function fanOutTotal(rounds: number, width: number): number {
  let total = 0;
  for (let x0 = 1; x0 <= rounds * width; x0++) {
    for (let x = x0; x !== 1; total++) x = x % 2 === 0 ? x / 2 : 3 * x + 1;
  }
  return total;
}

describe.skipIf(!haveGo())("bench/run programs built by Go", () => {
  it("fannkuch-redux 7 prints the published checksum and flips, once per round", () => {
    expect(runNative("fannkuch-redux", "7", "2")).toBe(
      "228\nPfannkuchen(7) = 16\n228\nPfannkuchen(7) = 16\n",
    );
  });

  it("n-body 1000 prints the published energies", () => {
    expect(runNative("n-body", "1000")).toBe("-0.169075164\n-0.169087605\n");
  });

  it("spectral-norm 100 prints the published norm", () => {
    expect(runNative("spectral-norm", "100")).toBe("1.274219991\n");
  });

  it("binary-trees 10 prints the published checks", () => {
    expect(runNative("binary-trees", "10")).toBe(
      [
        "stretch tree of depth 11\t check: 4095",
        "1024\t trees of depth 4\t check: 31744",
        "256\t trees of depth 6\t check: 32512",
        "64\t trees of depth 8\t check: 32704",
        "16\t trees of depth 10\t check: 32752",
        "long lived tree of depth 10\t check: 2047",
        "",
      ].join("\n"),
    );
  });

  it("deep-recursion recurses a million frames and prints the checksum of its rounds", () => {
    const want = deepRecursionRound(1_000_000, 0) + deepRecursionRound(1_000_000, 1);
    expect(runNative("deep-recursion", "2")).toBe(`depth 1000000, 2 rounds, checksum ${want}\n`);
  });

  it("ping-pong passes every message once, in order, and pong counts them", () => {
    expect(runNative("ping-pong", "1000")).toBe(
      `1000 messages each way, pong counted 1000, checksum ${pingPongChecksum(1000)}\n`,
    );
    expect(runNative("ping-pong", "0")).toBe("0 messages each way, pong counted 0, checksum 1\n");
  });

  it("fan-out sums every goroutine's result exactly once", () => {
    expect(runNative("fan-out", "3", "1000")).toBe(
      `3 rounds of 1000 goroutines, total steps ${fanOutTotal(3, 1000)}\n`,
    );
  });
});

describe.skipIf(!haveGo() || !existsSync(launcher))("bench/run wasm launcher", () => {
  it("runs a Go wasm module with its arguments and exit status", () => {
    const src = join(work, "args.go");
    writeFileSync(
      src,
      'package main\n\nimport (\n\t"fmt"\n\t"os"\n)\n\nfunc main() {\n\tfmt.Println(os.Args[1:])\n\tfmt.Fprintln(os.Stderr, "to stderr")\n\tos.Exit(3)\n}\n',
    );
    const wasm = goBuild(src, "args.wasm", true);
    const r = spawnSync(process.execPath, [launcher, wasm, "a", "b c"], { encoding: "utf8" });
    expect(r.stdout).toBe("[a b c]\n");
    expect(r.stderr).toBe("to stderr\n");
    expect(r.status).toBe(3);
  });

  it("shows Go's wasm port dying on deep-recursion with a JavaScript stack overflow", () => {
    const wasm = goBuild(join(programs, "deep-recursion.go"), "deep-recursion.wasm", true);
    const r = spawnSync(process.execPath, [launcher, wasm, "1"], { encoding: "utf8" });
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^RangeError: Maximum call stack size exceeded/);
    expect(r.status).toBe(1);
  });
});
