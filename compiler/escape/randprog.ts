/*
 * Random well-typed Go programs for differential testing of escape analysis.
 *
 * What: randomProgram(seed) returns the source of one package `p` made of a few
 * functions over pointers, structs, slices, maps, closures, interfaces and calls to the
 * functions generated before them. Every program type-checks (each local is used, each
 * function returns what it declares), so gc and minigo both analyse it, and their -m -l
 * outputs can be compared line for line.
 *
 * Why: hand-written goldens cover the constructs one at a time; random combinations
 * find the interactions (a parameter that leaks through a closure into a callee's
 * result, …) that nobody thinks of writing.
 *
 * Invariant: the output depends only on the seed (a mulberry32 generator), so a failing
 * seed reproduces forever.
 *
 * Example: randomProgram(7) → "package p\n\nvar sink interface{}\n…func f0(a *int, …"
 */

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface FuncSig {
  name: string;
  /** Number of *int parameters. */
  params: number;
  /** Returns *int. */
  returns: boolean;
}

export function randomProgram(seed: number): string {
  const rnd = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const out: string[] = [
    "package p",
    "",
    "var sink interface{}",
    "var gp *int",
    "var gs []*int",
    "",
    "type S struct {",
    "\tp *int",
    "\tn int",
    "}",
    "",
    "type I interface{ get() *int }",
    "",
    "func (s *S) get() *int { return s.p }",
    "",
    "func (s *S) set(p *int) { s.p = p }",
    "",
    "func vargs(xs ...*int) *int {",
    "\tif len(xs) > 0 {",
    "\t\treturn xs[0]",
    "\t}",
    "\treturn nil",
    "}",
    "",
  ];
  const funcs: FuncSig[] = [];
  const nfuncs = 2 + Math.floor(rnd() * 4);
  for (let fi = 0; fi < nfuncs; fi++) {
    const sig: FuncSig = {
      name: `f${fi}`,
      params: 1 + Math.floor(rnd() * 2),
      returns: rnd() < 0.6,
    };
    const params = Array.from({ length: sig.params }, (_, i) => `a${i}`);
    const body: string[] = [];
    /** Pointer-valued names in scope. */
    const ptrs = [...params];
    let locals = 0;
    const nstmts = 2 + Math.floor(rnd() * 6);
    for (let si = 0; si < nstmts; si++) {
      const k = rnd();
      const v = `v${locals++}`;
      if (k < 0.15) {
        body.push(`\t${v} := ${si}`, `\tp${v} := &${v}`);
        ptrs.push(`p${v}`);
      } else if (k < 0.25) {
        body.push(`\tp${v} := new(int)`);
        ptrs.push(`p${v}`);
      } else if (k < 0.33) {
        body.push(`\t${v} := &S{p: ${pick(ptrs)}}`, `\tp${v} := ${v}.p`);
        ptrs.push(`p${v}`);
      } else if (k < 0.4) {
        body.push(`\tgp = ${pick(ptrs)}`);
      } else if (k < 0.47) {
        body.push(`\tsink = ${pick(ptrs)}`);
      } else if (k < 0.54) {
        body.push(`\t${v} := []*int{${pick(ptrs)}}`, `\t_ = ${v}`);
      } else if (k < 0.6) {
        body.push(`\tgs = append(gs, ${pick(ptrs)})`);
      } else if (k < 0.67) {
        body.push(`\t${v} := make(map[int]*int)`, `\t${v}[0] = ${pick(ptrs)}`);
      } else if (k < 0.75) {
        const c = pick(ptrs);
        body.push(`\t${v} := func() *int { return ${c} }`, `\tp${v} := ${v}()`);
        ptrs.push(`p${v}`);
      } else if (k < 0.8) {
        const c = pick(ptrs);
        body.push(`\t${v} := func() { *${c} = ${si} }`, `\t${v}()`);
      } else if (k < 0.87 && funcs.length > 0) {
        const callee = pick(funcs);
        const args = Array.from({ length: callee.params }, () => pick(ptrs)).join(", ");
        if (callee.returns) {
          body.push(`\tp${v} := ${callee.name}(${args})`);
          ptrs.push(`p${v}`);
        } else body.push(`\t${callee.name}(${args})`);
      } else if (k < 0.93) {
        body.push(`\tvar ${v} interface{} = ${pick(ptrs)}`, `\t_ = ${v}`);
      } else if (k < 0.95) {
        body.push(`\tfor i := 0; i < 2; i++ {`, `\t\t${v} := i`, `\t\tgp = &${v}`, `\t}`);
      } else {
        const e = rnd();
        if (e < 0.2) {
          body.push(`\t${v} := &S{}`, `\t${v}.set(${pick(ptrs)})`, `\tp${v} := ${v}.get()`);
          ptrs.push(`p${v}`);
        } else if (e < 0.4) {
          body.push(`\tvar ${v} I = &S{p: ${pick(ptrs)}}`, `\tp${v} := ${v}.get()`);
          ptrs.push(`p${v}`);
        } else if (e < 0.6) {
          body.push(`\tp${v} := vargs(${pick(ptrs)}, ${pick(ptrs)})`);
          ptrs.push(`p${v}`);
        } else if (e < 0.8) {
          body.push(`\t${v} := make(chan *int, 1)`, `\t${v} <- ${pick(ptrs)}`);
        } else {
          body.push(`\tdefer func() { gp = ${pick(ptrs)} }()`);
        }
      }
    }
    for (const p of ptrs) if (!params.includes(p)) body.push(`\t_ = ${p}`);
    if (sig.returns) body.push(`\treturn ${pick(ptrs)}`);
    const ps = params.map((p) => `${p} *int`).join(", ");
    out.push(`func ${sig.name}(${ps})${sig.returns ? " *int" : ""} {`, ...body, "}", "");
    funcs.push(sig);
  }
  return out.join("\n");
}
