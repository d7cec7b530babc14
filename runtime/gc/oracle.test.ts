// Go 1.19 as the oracle: the same allocations give the same malloc
// statistics, and gctrace lines have the same shape as Go's own.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Collector } from "./collector.js";

const GO = "/usr/lib/go-1.19/bin/go";

// Our own program (not Go's source): allocate 1000 24-byte pointerful structs,
// 300 100-byte and 5 40000-byte byte slices, and report MemStats deltas.
const PROGRAM = `package main

import (
	"fmt"
	"runtime"
	"time"
)

type T struct {
	p    *T
	a, b int
}

var keepT []*T
var keepB [][]byte

func main() {
	keepT = make([]*T, 0, 1000)
	keepB = make([][]byte, 0, 1000)
	runtime.GC()
	var a, b runtime.MemStats
	runtime.ReadMemStats(&a)
	for i := 0; i < 1000; i++ {
		keepT = append(keepT, &T{})
	}
	for i := 0; i < 300; i++ {
		keepB = append(keepB, make([]byte, 100))
	}
	for i := 0; i < 5; i++ {
		keepB = append(keepB, make([]byte, 40000))
	}
	runtime.ReadMemStats(&b)
	fmt.Println(b.Mallocs-a.Mallocs, b.TotalAlloc-a.TotalAlloc, b.HeapObjects-a.HeapObjects, b.BySize[3].Mallocs-a.BySize[3].Mallocs, b.BySize[9].Mallocs-a.BySize[9].Mallocs)
	keepT = nil
	keepB = nil
	runtime.GC()
	// runtime.GC can return before the runtime has finished printing the
	// cycle's gctrace line; exiting at once truncates it.
	time.Sleep(50 * time.Millisecond)
}
`;

const GCTRACE_LINE =
  /^gc \d+ @\d+\.\d{3}s \d+%: [\d.]+\+[\d.]+\+[\d.]+ ms clock, [\d.]+\+[\d.]+\/[\d.]+\/[\d.]+\+[\d.]+ ms cpu, \d+->\d+->\d+ MB, \d+ MB goal, \d+ MB stacks, \d+ MB globals, \d+ P( \(forced\))?$/;

describe.runIf(existsSync(GO))("against Go 1.19", () => {
  const dir = mkdtempSync(join(tmpdir(), "minigo-gc-oracle-"));
  writeFileSync(join(dir, "main.go"), PROGRAM);
  writeFileSync(join(dir, "go.mod"), "module oracle\n\ngo 1.19\n");
  const bin = join(dir, "oracle");
  execFileSync(GO, ["build", "-o", bin, "."], {
    cwd: dir,
    env: { ...process.env, GOFLAGS: "-mod=mod" },
  });
  const run = spawnSync(bin, [], {
    env: { ...process.env, GODEBUG: "gctrace=1" },
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(`oracle failed: ${run.stderr}`);
  const stdout = run.stdout;
  const stderr = run.stderr;

  it("counts Mallocs, TotalAlloc, HeapObjects and BySize as Go does", () => {
    const [mallocs, totalAlloc, heapObjects, by24, by112] = stdout.trim().split(/\s+/).map(Number);
    const gc = new Collector({ arenaBytes: 1 << 20, gogc: "off" });
    const T = gc.heap.types.register("T", 24, [0]);
    const before = gc.readMemStats();
    const keep: number[] = [];
    for (let i = 0; i < 1000; i++) keep.push(gc.heap.alloc(T));
    for (let i = 0; i < 300; i++) keep.push(gc.heap.allocBytes(100));
    for (let i = 0; i < 5; i++) keep.push(gc.heap.allocBytes(40000));
    const after = gc.readMemStats();
    expect(after.Mallocs - before.Mallocs).toBe(mallocs);
    expect(after.TotalAlloc - before.TotalAlloc).toBe(totalAlloc);
    expect(after.HeapObjects - before.HeapObjects).toBe(heapObjects);
    expect(after.BySize[3].Mallocs - before.BySize[3].Mallocs).toBe(by24);
    expect(after.BySize[9].Mallocs - before.BySize[9].Mallocs).toBe(by112);
  });

  it("prints gctrace lines of the same shape as Go's", () => {
    const goLines = stderr.split("\n").filter((l) => l.startsWith("gc "));
    expect(goLines.length).toBeGreaterThan(0);
    for (const l of goLines) expect(l).toMatch(GCTRACE_LINE);
    const ours: string[] = [];
    const gc = new Collector({
      godebug: "gctrace=1",
      arenaBytes: 1 << 20,
      traceWriter: (l) => ours.push(l),
    });
    gc.GC();
    for (let i = 0; i < 300_000; i++) gc.heap.allocBytes(64); // unforced cycles too
    expect(ours.length).toBeGreaterThan(1);
    for (const l of ours) expect(l.replace(/\n$/, "")).toMatch(GCTRACE_LINE);
    expect(ours.some((l) => !l.includes("(forced)"))).toBe(true);
  });
});
