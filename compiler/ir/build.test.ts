/*
 * Behaviour of the builder, lifting and the verifier on small programs, asserted on the
 * IR's structure rather than its text (the goldens cover the text).
 */
import { describe, expect, it } from "vitest";
import { stdlibImporter } from "../stdlib/importer.js";
import { type Alloc, type Function, type Instr, type Program, allFunctions } from "./ir.js";
import { irText } from "./ir-text.js";
import { liftFunction } from "./lift.js";
import { verifyFunction } from "./verify.js";

const importer = stdlibImporter();

function build(src: string, lift = false): Program {
  const r = irText([{ name: "x.go", text: src }], importer, { lift });
  expect(r.diagnostics).toEqual([]);
  expect(r.problems).toEqual([]);
  return r.program!;
}

function fn(p: Program, name: string): Function {
  const f = allFunctions(p).find((x) => x.name === name);
  if (!f) throw new Error(`no function ${name}`);
  return f;
}

function instrs(f: Function): Instr[] {
  return f.blocks.flatMap((b) => b.instrs);
}

describe("builder", () => {
  it("gives every source variable an Alloc naming it, with its position", () => {
    const p = build("package p\nfunc f(a int) (r int) {\n\tb := a\n\tr = b\n\treturn\n}\n");
    const allocs = instrs(fn(p, "f")).filter((i): i is Alloc => i.kind === "Alloc");
    expect(allocs.map((a) => a.site.what)).toEqual(["a", "r", "b"]);
    expect(allocs.every((a) => !a.site.heap)).toBe(true);
    expect(allocs[2]!.pos).toEqual({ file: "x.go", line: 3, col: 2 });
  });

  it("records gc's text for implicit allocations", () => {
    const p = build(
      "package p\ntype T struct{ x int }\nfunc g(...int) {}\nfunc f(n int) (*T, []int, *int, func() int) {\n\tg(1, 2)\n\treturn &T{1}, make([]int, n), new(int), func() int { return n }\n}\n",
    );
    const sites = instrs(fn(p, "f"))
      .map((i) => ("site" in i && i.site ? i.site.what : undefined))
      .filter((w) => w !== undefined && w !== "n");
    expect(sites).toEqual([
      "... argument",
      "&T{...}",
      "make([]int, n)",
      "new(int)",
      "func literal",
    ]);
  });

  it("captures variables by reference: the closure's FreeVar is bound to the outer Alloc", () => {
    const p = build(
      "package p\nfunc f() int {\n\tx := 1\n\tg := func() { x++ }\n\tg()\n\treturn x\n}\n",
    );
    const f = fn(p, "f");
    const x = instrs(f).find((i) => i.kind === "Alloc" && i.site.what === "x")!;
    const mc = instrs(f).find((i) => i.kind === "MakeClosure")!;
    expect(mc.args[1]).toBe(x);
    const g = fn(p, "f$1");
    expect(g.freeVars.map((v) => v.name)).toEqual(["x"]);
    expect(instrs(g).some((i) => i.kind === "Store" && i.args[0] === g.freeVars[0])).toBe(true);
  });

  it("lowers && to control flow (the right operand is evaluated in its own block)", () => {
    const p = build(
      "package p\nfunc f(a, b bool) int {\n\tif a && b {\n\t\treturn 1\n\t}\n\treturn 0\n}\n",
      true,
    );
    const f = fn(p, "f");
    expect(f.blocks.map((b) => b.comment)).toEqual(["entry", "cond.true", "if.then", "if.done"]);
    expect(instrs(f).filter((i) => i.kind === "If")).toHaveLength(2);
  });

  it("initialises package variables in dependency order, then runs init functions", () => {
    const p = build("package p\nvar a = b\nvar b = 1\nfunc init() { a++ }\n");
    const init = fn(p, "init");
    const order = instrs(init)
      .filter((i) => i.kind === "Store" || i.kind === "Call")
      .map((i) =>
        i.kind === "Call"
          ? `call ${(i.args[0] as { name: string }).name}`
          : `store ${(i.args[0] as { name: string }).name}`,
      );
    expect(order).toEqual(["store b", "store a", "call init#1"]);
  });
});

describe("lift", () => {
  it("replaces a variable assigned on two paths by a phi and removes its Alloc", () => {
    const p = build(
      "package p\nfunc f(c bool) int {\n\tx := 1\n\tif c {\n\t\tx = 2\n\t}\n\treturn x\n}\n",
      true,
    );
    const f = fn(p, "f");
    expect(instrs(f).some((i) => i.kind === "Alloc")).toBe(false);
    const phis = instrs(f).filter((i) => i.kind === "Phi");
    expect(phis).toHaveLength(1);
    expect(
      phis[0]!.args.map((a) =>
        a.kind === "Const" && a.value?.kind === "int" ? a.value.value : "?",
      ),
    ).toEqual([1n, 2n]);
  });

  it("keeps address-taken and captured variables in memory", () => {
    const p = build(
      "package p\nfunc f() (*int, func() int) {\n\ta, b := 1, 2\n\treturn &a, func() int { return b }\n}\n",
      true,
    );
    const kept = instrs(fn(p, "f"))
      .filter((i): i is Alloc => i.kind === "Alloc")
      .map((a) => a.site.what);
    expect(kept).toEqual(["a", "b"]);
  });

  it("does not lift what escape analysis put on the heap", () => {
    const p = build("package p\nfunc f() int {\n\tx := 1\n\treturn x\n}\n");
    const f = fn(p, "f");
    const x = instrs(f).find((i): i is Alloc => i.kind === "Alloc")!;
    x.site.heap = true;
    liftFunction(f);
    expect(verifyFunction(f)).toEqual([]);
    expect(instrs(f)).toContain(x);
  });
});

describe("verifier", () => {
  const fresh = (): Function =>
    fn(
      build("package p\nfunc f(c bool) int {\n\tx := 0\n\tif c {\n\t\tx = 1\n\t}\n\treturn x\n}\n"),
      "f",
    );

  it("accepts what the builder builds", () => {
    expect(verifyFunction(fresh())).toEqual([]);
  });

  it("reports a block without a terminator", () => {
    const f = fresh();
    f.blocks[1]!.instrs.pop();
    expect(verifyFunction(f).join("\n")).toMatch(/missing terminator/);
  });

  it("reports a use its definition does not dominate", () => {
    const f = fresh();
    const then = f.blocks.find((b) => b.comment === "if.then")!;
    const done = f.blocks.find((b) => b.comment === "if.done")!;
    const load = {
      kind: "Load" as const,
      pos: then.instrs[0]!.pos,
      args: [instrs(f).find((i) => i.kind === "Alloc")!],
      type: then.instrs[0]!.type ?? instrs(f).find((i) => i.kind === "Load")!.type!,
      block: then,
    };
    then.instrs.unshift(load);
    const ret = done.instrs[done.instrs.length - 1]!;
    ret.args = [load];
    expect(verifyFunction(f).join("\n")).toMatch(/does not dominate/);
  });

  it("reports phi arity and type disagreements", () => {
    const f = fn(
      build(
        "package p\nfunc f(c bool) int {\n\tx := 0\n\tif c {\n\t\tx = 1\n\t}\n\treturn x\n}\n",
        true,
      ),
      "f",
    );
    const phi = instrs(f).find((i) => i.kind === "Phi")!;
    phi.args.pop();
    expect(verifyFunction(f).join("\n")).toMatch(/1 edges for 2 preds/);
    const g = fresh();
    const st = instrs(g).find((i) => i.kind === "Store")!;
    st.args[1] = {
      kind: "Const",
      type: { kind: "Basic", name: "string", display: "string" },
      value: undefined,
    };
    expect(verifyFunction(g).join("\n")).toMatch(/Store of string into \*bool/);
  });
});

describe("printer", () => {
  it("prints positions on request", () => {
    const src = "package p\nfunc f(p *int) int {\n\treturn *p\n}\n";
    const plain = irText([{ name: "x.go", text: src }], importer, { func: "f" }).text;
    const withPos = irText([{ name: "x.go", text: src }], importer, {
      func: "f",
      positions: true,
    }).text;
    expect(plain).not.toContain("@3:9");
    expect(withPos).toContain("NilCheck t1  @3:9");
  });

  it("reports front-end errors instead of building", () => {
    const r = irText([{ name: "x.go", text: "package p\nfunc f() { x }\n" }], importer);
    expect(r.program).toBeUndefined();
    expect(r.diagnostics.map((d) => d.msg)).toEqual(["undefined: x"]);
  });
});
