/*
 * Allocation sites against gc: every site the IR reports is one gc's -m reports, with
 * gc's text, at the same line and column — and no site gc reports is missing.
 *
 * What: for each program, the IR's reported sites (every `site` that is not `temp`,
 * except source variables, which gc names only when they move to the heap) are
 * collected as `line:col: what`. gc's `go tool compile -m -l` output is reduced to the
 * subjects of its `… escapes to heap` / `… does not escape` lines, leaving out the
 * parameters and variables (the IR's named Allocs, and the parameters of body-less
 * functions). The two multisets must be equal. gc's compiler temporaries
 * (`.autotmp_7`) are compared as `.autotmp`, their numbers being gc's own.
 *
 * The programs: testdata/ir/*.go (written to cover every kind of site), and from Go's
 * own test/ directory every escape*.go and every file whose errorcheck header runs -m.
 *
 * Known divergence, excluded: code after a terminating statement (`return; x := &T{}`)
 * is removed by the builder (every block is reachable) but gc keeps it and reports its
 * sites; such lines are listed in `unreachableInGc` below.
 *
 * Skipped when Go 1.19 is not installed.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { stdlibImporter } from "../stdlib/importer.js";
import { allFunctions } from "./ir.js";
import { irText } from "./ir-text.js";

const goBin = "/usr/lib/go-1.19/bin/go";
const goTest = "/usr/lib/go-1.19/test";
const irDir = fileURLToPath(new URL("../../testdata/ir/", import.meta.url));
const haveGo = existsSync(goBin) && existsSync(goTest);
const scratch = haveGo ? mkdtempSync(join(tmpdir(), "minigo-sites-")) : "";

/** The IR's reported sites of a file as `line:col: what`, and its variables' names by line. */
function irSites(path: string): { sites: string[]; vars: Set<string> } | undefined {
  const name = basename(path);
  const r = irText([{ name, text: readFileSync(path, "utf8") }], stdlibImporter());
  if (!r.program) return undefined;
  const sites: string[] = [];
  const vars = new Set<string>();
  for (const f of allFunctions(r.program)) {
    if (f.external) for (const p of f.params) vars.add(`${p.pos.line}:${p.pos.col}: ${p.name}`);
    for (const b of f.blocks) {
      for (const i of b.instrs) {
        const site = "site" in i ? i.site : undefined;
        if (!site) continue;
        const at = `${i.pos.line}:${i.pos.col}: ${site.what}`;
        if (i.kind === "Alloc" && i.obj) vars.add(at);
        else if (!site.temp) sites.push(at);
      }
    }
  }
  return { sites: sites.sort(), vars };
}

/** gc's reported sites of a file as `line:col: what`, leaving out the names in vars. */
function gcSites(path: string, vars: Set<string>): string[] {
  let out: string;
  try {
    out = execFileSync(
      goBin,
      ["tool", "compile", "-p", "p", "-o", join(scratch, "gc.o"), "-m", "-l", path],
      {
        encoding: "utf8",
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
  } catch (e) {
    const err = e as { stdout?: string };
    out = err.stdout ?? "";
  }
  const sites: string[] = [];
  for (const line of out.split("\n")) {
    const m = /^[^:]+:(\d+:\d+): (.*) (escapes to heap|does not escape)$/.exec(line);
    if (!m) continue;
    const key = `${m[1]}: ${m[2]!.replace(/^\.autotmp_\d+$/, ".autotmp")}`;
    if (vars.has(key) && m[3] === "does not escape") continue;
    sites.push(key);
  }
  return sites.sort();
}

/**
 * `file:line` where gc reports a site in code the builder removes as unreachable (none of
 * the programs compared today has any; see the header).
 */
const unreachableInGc = new Set<string>([]);

function programs(): string[] {
  if (!haveGo) return [];
  const ours = readdirSync(irDir)
    .filter((f) => f.endsWith(".go"))
    .sort()
    .map((f) => join(irDir, f));
  const goFiles = [
    ...readdirSync(goTest).map((f) => join(goTest, f)),
    ...readdirSync(join(goTest, "fixedbugs")).map((f) => join(goTest, "fixedbugs", f)),
  ].filter((p) => {
    if (!p.endsWith(".go")) return false;
    if (basename(p).startsWith("escape")) return true;
    const head = readFileSync(p, "utf8").split("\n", 1)[0] ?? "";
    return /^\/\/ errorcheck.*-m/.test(head);
  });
  return [...ours, ...goFiles.sort()];
}

describe.skipIf(!haveGo)("allocation sites match gc -m", () => {
  for (const path of programs()) {
    const label = path.startsWith(goTest)
      ? `$GOROOT/test/${path.slice(goTest.length + 1)}`
      : basename(path);
    it(label, () => {
      const ir = irSites(path);
      if (!ir) return; // not accepted by the front end
      const drop = (s: string): boolean =>
        !unreachableInGc.has(`${basename(path)}:${s.split(":")[0]}`);
      expect(ir.sites.filter(drop)).toEqual(gcSites(path, ir.vars).filter(drop));
    });
  }
});
