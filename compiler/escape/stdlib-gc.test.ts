/*
 * minigo's leak tags for the shipped stdlib, against gc's for the real one (stdlib-gc.ts).
 *
 * For every exported function and method with pointer-carrying parameters of the packages
 * Go's tests call, a pass-through wrapper is compiled by minigo and, when Go 1.19 is
 * installed, by gc with -m -l; each wrapper's diagnostics restate its callee's tags. The
 * callees whose diagnostics still differ are listed in `knownDifferences`: the test fails
 * when another one differs, and when a listed one agrees (remove it from the list).
 */
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  callerSource,
  compareWithGc,
  differing,
  gcComparedPackages,
  goBin,
  minigoLines,
} from "./stdlib-gc.js";
import { stdlibTags } from "./stdlib.js";

const haveGo = existsSync(goBin);

/**
 * Callees whose tags still differ from gc's, and why: each is a function minigo implements
 * differently in substance, not a data flow it could reproduce without faking it.
 */
const knownDifferences = new Set([
  // minigo has no pipes (both halves report ErrClosedPipe); gc's tags come from Go's
  // channel-based pipe, which keeps the halves' pipe and the written bytes.
  "(*io.PipeReader).Close",
  "(*io.PipeReader).CloseWithError",
  "(*io.PipeReader).Read",
  "(*io.PipeWriter).Close",
  "(*io.PipeWriter).CloseWithError",
  "(*io.PipeWriter).Write",
  // Go's Fd puts the descriptor back in blocking mode through its poll.FD (leaking f's
  // content); minigo has no non-blocking descriptors.
  "(*os.File).Fd",
  // Go stores the records into p from a stopped world; minigo records no profile.
  "runtime.GoroutineProfile",
  // Go's Frames expands inlined calls into a slice of an array of its own (leaking ci);
  // minigo has no inlined frames to expand.
  "(*runtime.Frames).Next",
  // Go's error holds *_type values and names them through the module data (leaking e's
  // content); minigo's holds the names as strings.
  "(*runtime.TypeAssertionError).Error",
]);

describe("stdlib leak tags against gc", () => {
  it("writes a pass-through wrapper per pointer-carrying callee", () => {
    const { text, wrappers } = callerSource("strings");
    const names = wrappers.map((w) => w.callee);
    expect(names).toContain("strings.Index");
    expect(names).toContain("(*strings.Builder).WriteString");
    // (*Builder).Len carries a pointer in its receiver only; a function of integers alone
    // has nothing to compare and is left out.
    expect(names).toContain("(*strings.Builder).Len");
    const rt = callerSource("runtime").wrappers.map((w) => w.callee);
    expect(rt).toContain("runtime.KeepAlive");
    expect(rt).not.toContain("runtime.GOMAXPROCS");
    const lines = minigoLines("strings_callers.go", text);
    const index = wrappers.find((w) => w.callee === "strings.Index")!;
    const at = lines.filter((l) => {
      const n = Number(l.split(":")[1]);
      return n >= index.first && n <= index.last;
    });
    expect(at.map((l) => l.replace(/^[^ ]+ /, ""))).toEqual([
      "p0 does not escape",
      "p1 does not escape",
    ]);
  });

  it("gives runtime hooks the tags their //minigo:leaks line states", () => {
    // reflect: //minigo:leaks -1,0 above `func (v Value) Elem() Value`.
    const elem = stdlibTags("reflect", "(Value).Elem")!;
    expect(elem[0]!.slice(0, 2)).toEqual([-1, 0]);
    // runtime: //minigo:leaks 1 _ above `func (f *Func) FileLine(pc uintptr) (…)`.
    expect(stdlibTags("runtime", "(*Func).FileLine")!.map((l) => l[0])).toEqual([1, -1]);
    // A caller sees them: v flows to the result only, not to the heap.
    const text = [
      "package p",
      'import "reflect"',
      "func f(v reflect.Value) reflect.Value { return v.Elem() }",
      "",
    ].join("\n");
    expect(minigoLines("x.go", text)).toEqual(["x.go:3:8: leaking param: v to result ~r0 level=0"]);
  });

  it.skipIf(!haveGo)("agrees with gc except for the known differences", () => {
    let total = 0;
    const diff: string[] = [];
    const report: string[] = [];
    for (const path of gcComparedPackages) {
      const c = compareWithGc(path);
      const d = differing(c);
      total += c.compared.length;
      diff.push(...d.map((x) => x.callee));
      report.push(`${path} ${c.compared.length - d.length}/${c.compared.length}`);
      for (const x of d) {
        if (knownDifferences.has(x.callee)) continue;
        report.push(
          `  ${x.callee}\n    minigo: ${x.minigo.join(" | ")}\n    gc: ${x.gc.join(" | ")}`,
        );
      }
    }
    console.log(
      `stdlib tags agree with gc for ${total - diff.length}/${total} callees\n${report.join("\n")}`,
    );
    expect(total).toBeGreaterThan(300);
    const fixed = [...knownDifferences].filter((c) => !diff.includes(c));
    expect(fixed, "agree now: remove from knownDifferences").toEqual([]);
    expect(
      diff.filter((c) => !knownDifferences.has(c)),
      "new differences",
    ).toEqual([]);
  });
});
