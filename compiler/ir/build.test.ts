/*
 * Behaviour of the builder, lifting and the verifier on small programs, asserted on the
 * IR's structure rather than its text (the goldens cover the text).
 */
import { describe, expect, it } from "vitest";
import { stdlibImporter } from "../stdlib/importer.js";
import {
  type Alloc,
  type Call,
  type FuncRef,
  type Function,
  type Instr,
  type Program,
  allFunctions,
} from "./ir.js";
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
    expect(order).toEqual(["store init$guard", "store b", "store a", "call init#1"]);
  });

  it("runs the package initializer once, calling imported packages' inits first", () => {
    const p = build(
      'package p\nimport (\n\t"fmt"\n\t"strings"\n)\nvar s = strings.ToUpper(fmt.Sprint(1))\n',
    );
    const init = fn(p, "init");
    expect(p.globals.map((g) => g.name)).toContain("init$guard");
    const entry = init.blocks[0]!;
    expect(entry.instrs.map((i) => i.kind)).toEqual(["Load", "If"]);
    expect(entry.instrs[0]!.args[0]!.kind === "Global" && entry.instrs[0]!.args[0]!.name).toBe(
      "init$guard",
    );
    const calls = instrs(init)
      .filter((i): i is Call => i.kind === "Call" && i.mode === "static")
      .map((c) => (c.args[0] as { name: string }).name);
    expect(calls).toEqual(["fmt.init", "strings.init", "fmt.Sprint", "strings.ToUpper"]);
  });
});

describe("method wrappers", () => {
  const src = [
    "package p",
    "type T struct{ n int }",
    "func (t *T) Inc() { t.n++ }",
    "func (t T) Get() int { return t.n }",
    "type I interface{ M(int) (int, error) }",
    "type E struct{ *T }",
    "func f(x *T, i I, e E) {",
    "\ta, b, c := x.Inc, i.M, x.Inc",
    "\ta(); c(); _, _ = b(1)",
    "\tg, h, k := T.Get, I.M, E.Get",
    "\t_, _, _ = g(*x), k(e), 0",
    "\t_, _ = h(i, 2)",
    "}",
    "",
  ].join("\n");

  it("builds a bound wrapper whose free variable is the receiver", () => {
    const p = build(src);
    const closures = instrs(fn(p, "f")).filter((i) => i.kind === "MakeClosure");
    const refs = closures.map((c) => c.args[0] as FuncRef);
    expect(refs.map((r) => r.name)).toEqual(["(*T).Inc$bound", "(I).M$bound", "(*T).Inc$bound"]);
    // One wrapper per method and receiver type, shared by both uses.
    expect(refs[0]!.fn).toBe(refs[2]!.fn);
    const inc = fn(p, "(*T).Inc$bound");
    expect(inc.wrapper).toBe("bound");
    expect(inc.freeVars.map((v) => v.name)).toEqual(["recv"]);
    const call = instrs(inc).find((i): i is Call => i.kind === "Call")!;
    expect(call.mode).toBe("static");
    expect(call.args[1]).toBe(inc.freeVars[0]);
    expect(closures[0]!.args[1]!.kind).toBe("Load"); // the receiver value, bound now
  });

  it("invokes interface methods from bound wrappers and thunks", () => {
    const p = build(src);
    const bound = fn(p, "(I).M$bound");
    const call = instrs(bound).find((i): i is Call => i.kind === "Call")!;
    expect(call.mode).toBe("invoke");
    expect(call.args.map((a) => a.kind)).toEqual(["FreeVar", "Parameter"]);
    expect(bound.params.map((x) => x.type.kind)).toEqual(["Basic"]);
    const ret = instrs(bound).find((i) => i.kind === "Return")!;
    expect(ret.args.map((a) => a.kind)).toEqual(["Extract", "Extract"]);
    const thunk = fn(p, "I.M$thunk");
    expect(thunk.wrapper).toBe("thunk");
    const tcall = instrs(thunk).find((i): i is Call => i.kind === "Call")!;
    expect(tcall.mode).toBe("invoke");
    expect(tcall.args[0]).toBe(thunk.params[0]);
  });

  it("walks embedded fields in the thunk of a promoted method", () => {
    const p = build(src, true);
    const thunk = fn(p, "E.Get$thunk");
    expect(instrs(thunk).map((i) => i.kind)).toEqual([
      "Field",
      "NilCheck",
      "Load",
      "Call",
      "Return",
    ]);
  });
});

describe("allocation sites", () => {
  const sites = (body: string, decls = ""): string[] => {
    const p = build(
      `package p\n${decls}\nvar sink interface{}\nfunc f(s, t string, n int, x *int, b []byte) {\n${body}\n}\n`,
    );
    return instrs(fn(p, "f")).flatMap((i) =>
      "site" in i && i.site && !i.site.temp && !(i.kind === "Alloc" && i.obj) ? [i.site.what] : [],
    );
  };

  it("makes one site of a string concatenation chain, with gc's flat text", () => {
    expect(sites("\tsink = (s + t) + s")).toEqual(["s + t + s", "s + t + s"]);
    expect(sites('\ts += t\n\t_ = s + "a" + "b"')).toEqual(['s + "a" + "b"']);
    expect(sites('\tconst c = "a" + "b"\n\t_ = c')).toEqual([]);
  });

  it("boxes only values that are not pointer-shaped", () => {
    const p = build(
      "package p\nvar sink interface{}\ntype P struct{ p *int }\nfunc f(n int, x *int, m map[int]int, c chan int) {\n\tsink = n\n\tsink = x\n\tsink = m\n\tsink = c\n\tsink = P{}\n\tsink = [1]*int{}\n\tsink = 7\n\tsink = struct{}{}\n}\n",
    );
    const boxes = instrs(fn(p, "f")).filter((i) => i.kind === "MakeInterface");
    expect(boxes.map((b) => b.site?.what)).toEqual([
      "n",
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      "7",
      "struct {}{}",
    ]);
    expect(boxes.map((b) => b.staticData)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
      true,
      true,
    ]);
  });

  it("spells variadic calls as gc rewrites them", () => {
    expect(
      sites("\tsink = g(1, 2)\n\tsink = g(1)", "func g(a int, b ...int) int { return a }"),
    ).toEqual(["... argument", "g(1, ... argument...)", "g(1, nil...)"]);
  });

  it("gives append's extra arguments a temporary array", () => {
    const p = build(
      "package p\nfunc f(s []*int, a, b *int) []*int {\n\treturn append(s, a, b)\n}\n",
    );
    const call = instrs(fn(p, "f")).find((i): i is Call => i.kind === "Call")!;
    expect(call.builtin).toBe("append");
    expect(call.args).toHaveLength(2);
    const slice = call.args[1]!;
    expect(slice.kind).toBe("Slice");
    const arr = (slice as Instr).args[0] as Alloc;
    expect(arr.site).toEqual({ what: "append args", heap: false, temp: true });
  });

  it("drops code that constant conditions rule out, as gc's deadcode", () => {
    expect(
      sites(
        '\tif debug {\n\t\tsink = "a"\n\t}\n\tswitch mode {\n\tcase 1:\n\t\tsink = "b"\n\tcase 2:\n\t\tsink = "c"\n\t}',
        "const debug = false\nconst mode = 2",
      ),
    ).toEqual(['"c"']);
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

describe("verifier type checks", () => {
  const str = { kind: "Basic", name: "string", display: "string" } as const;
  const first = <K extends Instr["kind"]>(f: Function, kind: K): Extract<Instr, { kind: K }> =>
    instrs(f).find((i) => i.kind === kind) as Extract<Instr, { kind: K }>;

  it("checks invoke arguments and results", () => {
    const f = fn(
      build(
        "package p\ntype I interface{ M(int) int }\nfunc f(i I) int {\n\treturn i.M(1)\n}\n",
        true,
      ),
      "f",
    );
    expect(verifyFunction(f)).toEqual([]);
    const call = first(f, "Call");
    call.args[1] = { kind: "Const", type: str, value: undefined };
    expect(verifyFunction(f).join("\n")).toMatch(/Call arg 0: string, want int/);
    call.args.pop();
    expect(verifyFunction(f).join("\n")).toMatch(/Call with 0 args for 1 params/);
    call.type = str;
    expect(verifyFunction(f).join("\n")).toMatch(/yields string, want int/);
  });

  it("checks UnOp operands", () => {
    const f = fn(
      build("package p\nfunc f(c chan int, b bool) (int, bool) {\n\treturn -<-c, !b\n}\n", true),
      "f",
    );
    expect(verifyFunction(f)).toEqual([]);
    const recv = instrs(f).find((i) => i.kind === "UnOp" && i.op === "<-")!;
    recv.type = str;
    expect(verifyFunction(f).join("\n")).toMatch(/UnOp <- .*: string from chan int/);
    const not = instrs(f).find((i) => i.kind === "UnOp" && i.op === "!")!;
    not.args[0] = { kind: "Const", type: str, value: undefined };
    expect(verifyFunction(f).join("\n")).toMatch(/UnOp ! .*: string to bool/);
  });

  it("checks Convert, Slice and Select", () => {
    const p = build(
      "package p\nfunc f(s string, a *[4]int, c chan int) (int, []int) {\n\tb := []byte(s)\n\tx := a[1:2]\n\tselect {\n\tcase v := <-c:\n\t\treturn v + len(b), x\n\tcase c <- 1:\n\t}\n\treturn 0, x\n}\n",
      true,
    );
    const f = fn(p, "f");
    expect(verifyFunction(f)).toEqual([]);
    const conv = first(f, "Convert");
    conv.type = { kind: "Pointer", elem: str };
    const slice = first(f, "Slice");
    slice.hasMax = true;
    const sel = first(f, "Select");
    sel.args.pop();
    const errs = verifyFunction(f).join("\n");
    expect(errs).toMatch(/Convert .*: string to \*string/);
    expect(errs).toMatch(/Slice with 2 bounds for flags of 3/);
    expect(errs).toMatch(/Select send of <none> on chan int/);
  });

  it("checks the receiver bound into a method-value wrapper", () => {
    const p = build(
      "package p\ntype T struct{}\nfunc (T) M() {}\nfunc f(t T) func() {\n\treturn t.M\n}\n",
    );
    const f = fn(p, "f");
    first(f, "MakeClosure").args[1] = { kind: "Const", type: str, value: undefined };
    expect(verifyFunction(f).join("\n")).toMatch(/MakeClosure binding 0: string for recv p.T/);
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
