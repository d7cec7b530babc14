/*
 * `minigo run -trace out.json`: the execution trace of a real program, end to end.
 *
 * What: runs the built command on a small concurrent program — three workers fed over a
 * channel, a forced GC, and a deep recursion in a goroutine that makes its stack grow —
 * with -trace, then parses the file as Chrome trace events (runtime/sched/trace.ts's
 * checkTraceEvents) and looks for what the run must have recorded: every goroutine's
 * creation and exit, run slices on each goroutine's track, a GC cycle with its phases on
 * the GC track, and a stack growth on the recursing goroutine's track.
 *
 * Why: the trace is written by the scheduler, the collector and morestack together; only
 * a real run shows they all report, and that the file opens in a trace viewer.
 *
 * Example: npm run build && npx vitest run src/run-trace.test.ts
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkTraceEvents, type TraceEvent } from "../runtime/sched/trace.js";

const cli = resolve(process.env["MINIGO_CLI"] ?? "dist/src/cli.js");
const dir = mkdtempSync(join(tmpdir(), "minigo-trace-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const program = `package main

import (
	"fmt"
	"runtime"
	"sync"
)

func depth(n int) int {
	var pad [16]int
	pad[n%16] = n
	if n == 0 {
		return pad[0]
	}
	return depth(n-1) + pad[n%16] - n + 1
}

func main() {
	jobs := make(chan int)
	var wg sync.WaitGroup
	sum := make([]int, 3)
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for j := range jobs {
				sum[w] += j
			}
		}(w)
	}
	for i := 1; i <= 30; i++ {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	runtime.GC()
	done := make(chan int)
	go func() { done <- depth(2000) }()
	fmt.Println(sum[0]+sum[1]+sum[2], <-done)
}
`;

describe("minigo run -trace", () => {
  const src = join(dir, "traced.go");
  const out = join(dir, "trace.json");
  writeFileSync(src, program);
  const r = spawnSync(process.execPath, [cli, "run", "-trace", out, src], { encoding: "utf8" });

  it("runs the program as usual", () => {
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("465 2000\n");
    expect(r.status).toBe(0);
  });

  const text = readFileSync(out, "utf8");
  const events = (JSON.parse(text) as { traceEvents: TraceEvent[] }).traceEvents;
  const named = (ph: string, name: string): TraceEvent[] =>
    events.filter((e) => e.ph === ph && e.name === name);

  it("writes a file that parses as Chrome trace events", () => {
    expect(checkTraceEvents(text)).toEqual([]);
  });

  it("records the creation and exit of main and the four goroutines", () => {
    const created = named("i", "create").map((e) => e.tid);
    expect(new Set(created).size).toBe(5);
    expect(named("i", "exit").length).toBeGreaterThanOrEqual(4);
    const tracks = named("M", "thread_name").map((e) => String(e.args?.name));
    expect(tracks).toContain("G1 main.main");
    expect(tracks.filter((n) => n.endsWith("main.main.func1")).length).toBe(3);
  });

  it("records run slices on each goroutine's track, with the reason it stopped", () => {
    const slices = events.filter((e) => e.ph === "X" && e.tid > 0);
    const reasons = new Set(slices.map((e) => e.args?.reason));
    expect(reasons).toContain("chan receive");
    for (const tid of new Set(named("i", "create").map((e) => e.tid))) {
      expect(slices.some((e) => e.tid === tid)).toBe(true);
    }
  });

  it("records the forced GC cycle and its phases on the GC track", () => {
    const cycles = events.filter((e) => e.ph === "X" && e.tid === 0 && /^GC \d+$/.test(e.name));
    expect(cycles.length).toBeGreaterThanOrEqual(1);
    const phases = new Set(events.filter((e) => e.tid === 0 && e.ph === "X").map((e) => e.name));
    expect(phases).toContain("mark");
    expect(phases).toContain("mark termination");
  });

  it("refuses a trace file it cannot write before running anything", () => {
    const bad = join(dir, "no-such-dir", "t.json");
    const b = spawnSync(process.execPath, [cli, "run", "-trace", bad, src], { encoding: "utf8" });
    expect(b.status).toBe(1);
    expect(b.stdout).toBe("");
    expect(b.stderr).toBe(`minigo: open ${bad}: no such file or directory\n`);
  });

  it("records the recursing goroutine's stack growth", () => {
    const recursing = Math.max(...named("i", "create").map((e) => e.tid));
    const grows = named("i", "stack grow").filter((e) => e.tid === recursing);
    expect(grows.length).toBeGreaterThanOrEqual(1);
    for (const g of grows) expect(Number(g.args?.new)).toBeGreaterThan(Number(g.args?.old));
  });
});
