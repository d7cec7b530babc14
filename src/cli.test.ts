/*
 * The `minigo` command as a user meets it: exit statuses, where output goes, path forms.
 * Runs the built command (dist/src/cli.js; `npm test` builds first).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const cli = resolve("dist/src/cli.js");

function minigo(args: string[], cwd = process.cwd()) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: "utf8" });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function scratch(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "minigo-cli-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const bad = "package main\n\nfunc main() {\n\ty = 2\n}\n";
const good = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("hi")\n}\n';

describe("minigo command", () => {
  it("prints its version", () => {
    const r = minigo(["version"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^minigo version \d+\.\d+\.\d+/);
  });

  it("prints help and per-command help", () => {
    expect(minigo(["help"]).stdout).toContain("minigo <command> [arguments]");
    expect(minigo(["build", "-h"]).stdout).toContain("usage: minigo build");
    expect(minigo(["tool", "compile", "-h"]).stdout).toContain("usage: minigo tool compile");
  });

  it("rejects an unknown command with one line and status 2", () => {
    const r = minigo(["frobnicate"]);
    expect(r.status).toBe(2);
    expect(r.stderr.split("\n")[0]).toBe("minigo frobnicate: unknown command");
  });

  it("rejects an unknown flag with status 2", () => {
    const dir = scratch({ "x.go": good });
    const r = minigo(["tool", "compile", "-zz", "x.go"], dir);
    expect(r.status).toBe(2);
    expect(r.stderr.split("\n")[0]).toBe("flag provided but not defined: -zz");
    expect(minigo(["build", "-zz", "x.go"], dir).status).toBe(2);
  });

  it("rejects a missing file with one line and status 2", () => {
    const dir = scratch({});
    const r = minigo(["tool", "compile", "nope.go"], dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("open nope.go: no such file or directory\n");
  });

  it("tool compile: errors on stdout, paths as given, status 1", () => {
    const dir = scratch({ "x.go": bad });
    const r = minigo(["tool", "compile", "-p", "p", "-o", "/tmp/minigo-unused.o", "x.go"], dir);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("x.go:4:2: undefined: y\n");
    expect(r.stderr).toBe("");
  });

  it("build: errors on stderr after a header, ./ paths, status 1", () => {
    const dir = scratch({ "x.go": bad, "sub/y.go": bad });
    const r = minigo(["build", "x.go"], dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe("# command-line-arguments\n./x.go:4:2: undefined: y\n");
    expect(minigo(["build", join(dir, "x.go")], dir).stderr).toContain(
      "\n./x.go:4:2: undefined: y\n",
    );
    expect(minigo(["build", "sub/y.go"], dir).stderr).toContain("\nsub/y.go:4:2: undefined: y\n");
    expect(minigo(["build", "../x.go"], join(dir, "sub")).stderr).toContain(
      "\n../x.go:4:2: undefined: y\n",
    );
    const far = minigo(["build", join(dir, "x.go")], "/").stderr;
    expect(far).toContain(`\n${dir.slice(1)}/x.go:4:2: undefined: y\n`);
  });

  it("build: a directory means its .go files; a clean package exits 0 silently", () => {
    const dir = scratch({ "pkg/a.go": good, "pkg/a_test.go": bad });
    const r = minigo(["build", "pkg"], dir);
    expect(r).toEqual({ status: 0, stdout: "", stderr: "" });
  });

  it("build -gcflags=-e lifts the 10-error limit", () => {
    const lines = Array.from({ length: 12 }, (_, i) => `\t_ = u${i}\n`).join("");
    const dir = scratch({ "m.go": `package main\n\nfunc main() {\n${lines}}\n` });
    const capped = minigo(["tool", "compile", "m.go"], dir).stdout.trim().split("\n");
    expect(capped).toHaveLength(11);
    expect(capped[10]).toBe("m.go:13:6: too many errors");
    const all = minigo(["build", "-gcflags=-e", "m.go"], dir).stderr.trim().split("\n");
    expect(all).toHaveLength(13);
  });
});

describe("minigo ir", () => {
  const prog =
    "package main\n\nfunc add(a, b int) int {\n\ts := a + b\n\treturn s\n}\n\nfunc main() { _ = add(1, 2) }\n";

  it("prints the unlifted IR, every variable an Alloc", () => {
    const dir = scratch({ "x.go": prog });
    const r = minigo(["ir", "-func", "add", "x.go"], dir);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("func add(a int, b int) int");
    expect(r.stdout).toMatch(/Alloc \*int local "s"/);
  });

  it("-lift promotes the variables to values", () => {
    const dir = scratch({ "x.go": prog });
    const r = minigo(["ir", "-lift", "-func", "add", "x.go"], dir);
    expect(r.status).toBe(0);
    expect(r.stdout).not.toContain("Alloc");
  });

  it("reports front-end errors with status 1 and usage mistakes with status 2", () => {
    const dir = scratch({ "x.go": bad, "ok.go": prog });
    expect(minigo(["ir", "x.go"], dir)).toMatchObject({
      status: 1,
      stdout: "x.go:4:2: undefined: y\n",
    });
    expect(minigo(["ir", "-func", "nope", "ok.go"], dir).status).toBe(2);
    expect(minigo(["ir", "-zz", "ok.go"], dir).status).toBe(2);
  });
});

describe("the README's quick start", () => {
  it("prints what go build -gcflags='-m -l' printed for the example (testdata/quickstart/main.out)", () => {
    const r = minigo(["build", "-gcflags=-m -l", "testdata/quickstart/main.go"]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe(readFileSync("testdata/quickstart/main.out", "utf8"));
  });
});

describe("escape analysis flags", () => {
  const seedDir = resolve("testdata/escape/m2");
  const gcSaid = () => readFileSync(join(seedDir, "seed.out"), "utf8");

  it("-m=2 and -m -m print gc's flow explanations (testdata/escape/m2/seed.out)", () => {
    expect(minigo(["tool", "compile", "-m=2", "-l", "seed.go"], seedDir)).toMatchObject({
      status: 0,
      stdout: gcSaid(),
    });
    expect(minigo(["tool", "compile", "-m", "-m", "-l", "seed.go"], seedDir).stdout).toBe(gcSaid());
  });
});

it("the built command is executable, as npx minigo needs on a fresh clone", () => {
  expect(statSync(cli).mode & 0o111).not.toBe(0);
});

describe("minigo build -o and run", () => {
  const prog = `package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("args:", os.Args[1:])
	if len(os.Args) > 2 {
		os.Exit(7)
	}
}
`;

  it("writes a module that node runs with the program's output and exit status", () => {
    const dir = mkdtempSync(join(tmpdir(), "minigo-build-o-"));
    writeFileSync(join(dir, "p.go"), prog);
    const b = minigo(["build", "-o", "p.mjs", "p.go"], dir);
    expect(b).toMatchObject({ status: 0, stderr: "" });
    const r = spawnSync(process.execPath, [join(dir, "p.mjs"), "a", "b"], { encoding: "utf8" });
    expect([r.stdout, r.status]).toEqual(["args: [a b]\n", 7]);
  }, 60_000);

  it("minigo run passes the arguments after the files and exits with the program's status", () => {
    const dir = mkdtempSync(join(tmpdir(), "minigo-run-"));
    writeFileSync(join(dir, "p.go"), prog);
    const r = minigo(["run", "p.go", "x"], dir);
    expect([r.stdout, r.stderr, r.status]).toEqual(["args: [x]\n", "", 0]);
  }, 60_000);
});
