// Code generation end to end, in process: compile Go snippets, run them on the runtime,
// and check what they print and how they exit — the mechanisms the golden corpus
// (testdata/run, src/run-golden.test.ts) exercises program by program, pinned here one
// at a time: the trampoline (recursion deeper than the JS engine's stack), stack growth
// under GODEBUG=stackmove=1, the GC under gccheckmark with GOGC=1, panics, recover,
// os.Exit, closures capturing by value and by reference, and Go 1.19 loop variables.
import { describe, expect, it } from "vitest";
import { instantiate } from "../../src/run-node.js";
import { runProgram } from "../../runtime/lang/program.js";
import { generateProgram } from "./program.js";

interface Ran {
  stdout: string;
  stderr: string;
  code: number;
}

function run(src: string, env: Record<string, string> = {}): Ran {
  const g = generateProgram([{ name: "x.go", text: src }]);
  if (g.diagnostics.length > 0) throw new Error(g.diagnostics.map((d) => d.msg).join("\n"));
  const dec = new TextDecoder();
  let stdout = "";
  let stderr = "";
  const code = runProgram(instantiate(g.module), {
    args: ["x"],
    env,
    stdout: (b) => (stdout += dec.decode(b)),
    stderr: (b) => (stderr += dec.decode(b)),
  });
  return { stdout, stderr, code };
}

const stress = { GODEBUG: "gccheckmark=1,stackmove=1", GOGC: "1" };

describe("minigo run", () => {
  it("recurses 1,000,000 frames deep on the default JS stack", () => {
    const r = run(`package main
func depth(n int) int {
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1
}
func main() { println(depth(1000000)) }
`);
    expect(r).toEqual({ stdout: "", stderr: "1000000\n", code: 0 });
  }, 60_000);

  it("keeps pointers into the stack right while the stack moves at every call", () => {
    const src = `package main
import "fmt"
type pair struct{ a, b int }
func walk(p *pair, n int) int {
	if n == 0 {
		return p.a + p.b
	}
	q := pair{p.a + 1, p.b + n}
	f := func() int { return q.a }
	return walk(&q, n-1) + f()
}
func main() {
	p := pair{1, 2}
	fmt.Println(walk(&p, 300), p)
}
`;
    const plain = run(src);
    expect(plain.code).toBe(0);
    expect(run(src, stress)).toEqual(plain);
    expect(plain.stdout).toBe("90903 {1 2}\n"); // what go run prints
  }, 60_000);

  it("collects constantly without losing a reachable object (checkmark, GOGC=1)", () => {
    const r = run(
      `package main
import "fmt"
type node struct {
	next *node
	v    []int
}
func main() {
	var head *node
	for i := 0; i < 3000; i++ {
		head = &node{head, make([]int, i%17)}
		if i%3 == 0 {
			head.v = append(head.v, i)
		}
	}
	n, s := 0, 0
	for p := head; p != nil; p = p.next {
		n++
		s += len(p.v)
	}
	m := map[string][]byte{}
	for i := 0; i < 500; i++ {
		m[fmt.Sprint("k", i)] = []byte(fmt.Sprint(i))
	}
	fmt.Println(n, s, len(m), string(m["k499"]))
}
`,
      stress,
    );
    expect(r).toEqual({ stdout: "3000 24964 500 499\n", stderr: "", code: 0 }); // go run
  }, 120_000);

  it("prints an unrecovered panic as Go does and exits 2", () => {
    const r = run(`package main
func main() {
	var a []int
	i := 5
	_ = a[i]
}
`);
    expect(r.code).toBe(2);
    expect(
      r.stderr.startsWith(
        "panic: runtime error: index out of range [5] with length 0\n\ngoroutine 1 [running]:\nmain.main(",
      ),
    ).toBe(true);
  });

  it("recovers in a deferred call and returns the named results", () => {
    const r = run(`package main
import "fmt"
func div(a, b int) (q int, err error) {
	defer func() {
		if e := recover(); e != nil {
			err = fmt.Errorf("recovered: %v", e)
		}
	}()
	return a / b, nil
}
func main() {
	fmt.Println(div(7, 2))
	fmt.Println(div(1, 0))
}
`);
    expect(r).toEqual({
      stdout: "3 <nil>\n0 recovered: runtime error: integer divide by zero\n",
      stderr: "",
      code: 0,
    });
  });

  it("exits with os.Exit's status without running deferred calls", () => {
    const r = run(`package main
import "os"
func main() {
	defer println("deferred")
	os.Exit(3)
}
`);
    expect(r).toEqual({ stdout: "", stderr: "", code: 3 });
  });

  it("shares one variable per loop (Go 1.19) and captures it by reference", () => {
    const r = run(`package main
import "fmt"
func main() {
	var fs []func() string
	for _, s := range []string{"a", "b", "c"} {
		fs = append(fs, func() string { return s })
	}
	for _, f := range fs {
		fmt.Print(f())
	}
	fmt.Println()
}
`);
    expect(r.stdout).toBe("ccc\n");
  });

  it("copies a variable captured by value into a closure that outlives its frame", () => {
    const r = run(`package main
import "fmt"
type V struct{ a, b, c int }
func mk(x int) func() V {
	v := V{x, x + 1, x + 2}
	return func() V { return v }
}
func main() {
	f := mk(10)
	g := mk(20)
	fmt.Println(f(), g())
}
`);
    expect(r.stdout).toBe("{10 11 12} {20 21 22}\n");
  });

  it("wraps 64-bit integers beyond 2^53 as Go does", () => {
    const r = run(`package main
import "fmt"
func main() {
	var x int64 = 1 << 62
	x *= 4
	var u uint64 = 1<<64 - 1
	u += 2
	y := int64(9007199254740993)
	fmt.Println(x, u, y*3, int8(127)+int8(u))
}
`);
    expect(r.stdout).toBe("0 1 27021597764222979 -128\n");
  });
});
