#!/usr/bin/env node
/*
 * The `minigo` command: a small mirror of the `go` command over minigo's compiler.
 *
 * What: parses the command line, reads the named files (or the .go files of a directory),
 * runs the library's compile() and prints the diagnostics the way the go command prints
 * them, with the exit statuses given in the README:
 *   minigo build [-gcflags='-e'] file.go… | dir   → stderr: `# command-line-arguments`, then
 *                                                   `./x.go:7:2: undefined: y`; exit 1 on errors
 *   minigo tool compile [-e] [-p path] file.go…   → stdout, paths as given; exit 1 on errors
 *   minigo errorcheck file.go…   → stdout: ok/FAIL per file and run.go's failures; exit 1 on failure
 *   minigo ir [-lift] [-pos] [-func name] file.go…   → stdout: the IR (compiler/ir/print.ts)
 *   minigo version | help [command]
 * Usage mistakes (unknown command or flag, missing file) print one line and exit 2.
 *
 * Why: all compiler logic lives in the library (src/compile.ts); this file is the only
 * place that touches the file system and the process, so the library stays browser-safe.
 *
 * Invariant: no JavaScript stack trace ever reaches the user. An internal failure prints
 * `minigo: internal compiler error: …` and exits 2 (gc's wording for its own bugs).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import { formatDiagnostic } from "../compiler/diagnostics.js";
import type { SourceFile } from "../compiler/source.js";
import { compile } from "./compile.js";
import { irText } from "../compiler/ir/ir-text.js";
import { errorcheckSource } from "../compiler/escape/run.js";
import { stdlibImporter } from "../compiler/stdlib/importer.js";
import { parseCompileFlags, UsageError, type CompileFlags } from "./flags.js";
import { writeFileSync } from "node:fs";

/** The code generator and runtime: loaded by run() only for the commands that use them. */
type Backend = typeof import("./backend.js");
let loadedBackend: Backend | undefined;

function backend(): Backend {
  if (loadedBackend === undefined) throw new Error("the code generator was not loaded");
  return loadedBackend;
}

/** Does this command line compile a whole program (run, or build with -o)? */
function needsBackend(argv: readonly string[]): boolean {
  if (argv[0] === "run") return true;
  return argv[0] === "build" && argv.some((a) => /^--?o(=|$)/.test(a));
}

const version = "0.1.0";

/** An exit status with the text already written. */
class Exit extends Error {
  constructor(readonly status: number) {
    super(`exit ${status}`);
  }
}

const usage = `minigo is a Go compiler for studying Go's memory model.

Usage:

	minigo <command> [arguments]

The commands are:

	build       type-check a package and (with -gcflags=-m) print escape analysis
	tool        run a tool: minigo tool compile [flags] file.go...
	ir          print the SSA-like IR of a package
	errorcheck  check files against their // ERROR comments (Go's test/run.go harness)
	version     print minigo's version
	help        print help for a command

Use "minigo help <command>" for more information about a command.
`;

const buildUsage = `usage: minigo build [-gcflags='flags'] [file.go... | dir]

Build type-checks the package made of the named files, or of the .go files in
the named directory (default: the current directory), and reports errors as
'go build' does: on standard error, after a '# command-line-arguments' line,
with paths relative to the current directory. It exits 1 if there are errors.

-gcflags passes flags to the compiler, as 'minigo tool compile' takes them:
-gcflags='-m -l' prints escape analysis decisions as go build does.
`;

const errorcheckUsage = `usage: minigo errorcheck file.go...

Errorcheck runs each file as Go's test/run.go runs an 'errorcheck' test: the
compiler flags come from the file's first line ('// errorcheck -0 -m -l'), every
line with an '// ERROR "regexp"' comment must get a matching diagnostic, and no
diagnostic may be left unmatched. It prints ok or FAIL per file, with the
failures, and exits 1 if any file fails.
`;

const compileUsage = `usage: minigo tool compile [options] file.go...

Compile type-checks the package made of the named files and reports errors as
'go tool compile' does: on standard output, with paths as given, without a
header. It exits 1 if there are errors.

  -complete	compiling complete package (no C or assembly): bodiless functions are errors
  -e	no limit on number of errors reported
  -l	disable inlining (minigo has no inliner yet: -m reports as with -l either way,
    	and says so once on standard error when -l is absent)
  -m	print escape analysis decisions (-m -m or -m=2: more detail)
  -p path	set expected package import path (accepted, unused)
  -o file	write output to file (accepted, unused: code generation comes later)
  -V	print version and exit
`;

function out(text: string): void {
  process.stdout.write(text);
}
function err(text: string): void {
  process.stderr.write(text);
}
function usageError(text: string): never {
  err(text.endsWith("\n") ? text : text + "\n");
  throw new Exit(2);
}

/** Reads each named file; a missing or unreadable one is a usage error. */
function readSources(paths: string[]): SourceFile[] {
  return paths.map((name) => {
    try {
      return { name, text: readFileSync(name, "latin1") };
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const why =
        code === "ENOENT"
          ? "no such file or directory"
          : code === "EISDIR"
            ? "is a directory"
            : String(code);
      return usageError(`open ${name}: ${why}`);
    }
  });
}

/**
 * Source text is handed to the compiler as UTF-8 decoded text. We read bytes as latin1 and
 * decode here so that invalid UTF-8 is visible to the lexer as U+FFFD (gc reports it).
 */
function decodeUtf8(src: SourceFile): SourceFile {
  return { name: src.name, text: Buffer.from(src.text, "latin1").toString("utf8") };
}

/** The files of a `go build` argument list: .go files, or one directory's .go files. */
function buildFiles(args: string[]): string[] {
  const targets = args.length === 0 ? ["."] : args;
  const files: string[] = [];
  for (const t of targets) {
    if (t.endsWith(".go")) {
      files.push(t);
      continue;
    }
    let isDir = false;
    try {
      isDir = statSync(t).isDirectory();
    } catch {
      usageError(`minigo build: stat ${t}: no such file or directory`);
    }
    if (!isDir) usageError(`minigo build: ${t} is not a .go file or a directory`);
    const names = readdirSync(t)
      .filter((n) => n.endsWith(".go") && !n.endsWith("_test.go"))
      .sort();
    if (names.length === 0) usageError(`minigo build: no Go files in ${resolve(t)}`);
    files.push(...names.map((n) => join(t, n)));
  }
  return files;
}

/**
 * go build prints a file as its directory's short path (relative to the current directory
 * when that is shorter than the absolute path, "." for the current directory itself) joined
 * with its base name: `./x.go`, `sub/x.go`, `../x.go`, `/abs/dir/x.go`.
 */
function goBuildPath(file: string): string {
  const dir = dirname(resolve(file));
  const rel = relative(process.cwd(), dir) || ".";
  const shortDir = rel.length < dir.length ? rel : dir;
  return [...shortDir.split(sep), basename(file)].join("/");
}

function runCompiler(paths: string[], flags: CompileFlags, style: "build" | "tool"): number {
  if (paths.length === 0)
    usageError(
      style === "tool" ? "usage: compile [options] file.go..." : "minigo build: no Go files",
    );
  const sources = readSources(paths).map(decodeUtf8);
  // go build passes -complete to gc (minigo has no assembly files); go tool compile does not.
  const complete = style === "build" || flags.complete;
  if (flags.escapeLevel > 0 && !flags.noInline) {
    err("minigo: no inliner yet: -m reports as with -l\n");
  }
  const result = compile(sources, {
    allErrors: flags.allErrors,
    complete,
    escapeLevel: flags.escapeLevel,
  });
  if (result.diagnostics.length === 0) return 0;
  const status = result.ok ? 0 : 1;
  if (style === "tool") {
    out(result.diagnostics.map((d) => formatDiagnostic(d) + "\n").join(""));
  } else {
    err(
      "# command-line-arguments\n" +
        result.diagnostics.map((d) => formatDiagnostic(d, goBuildPath) + "\n").join(""),
    );
  }
  return status;
}

function cmdBuild(args: string[]): number {
  const files: string[] = [];
  let gcflags: string[] = [];
  let output: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === "-h" || a === "-help" || a === "--help") {
      out(buildUsage);
      return 0;
    }
    const m = /^--?gcflags(?:=(.*))?$/.exec(a);
    if (m) {
      const value = m[1] ?? args[++i];
      if (value === undefined) usageError("flag needs an argument: -gcflags");
      gcflags = value.split(/\s+/).filter((s) => s !== "");
      continue;
    }
    const o = /^--?o(?:=(.*))?$/.exec(a);
    if (o) {
      output = o[1] ?? args[++i];
      if (output === undefined) usageError("flag needs an argument: -o");
      continue;
    }
    if (a.startsWith("-"))
      usageError(
        `flag provided but not defined: ${a.split("=")[0]}\nusage: minigo build [-gcflags='flags'] [file.go... | dir]`,
      );
    files.push(a);
  }
  const flags = parseGcflags(gcflags);
  const paths = buildFiles(files);
  const status = runCompiler(paths, flags, "build");
  if (status !== 0 || output === undefined) return status;
  const gen = compileProgram(paths, "build");
  if (gen === undefined) return 1;
  writeFileSync(output, backend().moduleFile(gen, basename(paths[0]!, ".go")));
  return 0;
}

/** Generate the program's module text; prints diagnostics go-style and returns undefined on errors. */
function compileProgram(paths: string[], style: "build" | "run"): string | undefined {
  const sources = readSources(paths).map(decodeUtf8);
  const gen = backend().generateProgram(sources);
  if (gen.diagnostics.length > 0) {
    err("# command-line-arguments\n");
    for (const d of gen.diagnostics.slice(0, 10)) err(formatDiagnostic(d, goBuildPath) + "\n");
    return undefined;
  }
  void style;
  return gen.module;
}

const runUsage = `usage: minigo run [-trace out.json] file.go... [arguments...]
Run compiles and runs the named main Go package.
-trace writes a Chrome trace-event file (Perfetto, chrome://tracing): goroutine run
slices, GC cycles and stack growths.
`;

function cmdRun(args: string[]): number {
  const files: string[] = [];
  let tracePath: string | undefined;
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i]!;
    if (a === "-h" || a === "-help" || a === "--help") {
      out(runUsage);
      return 0;
    }
    if (files.length === 0 && (a === "-trace" || a === "--trace")) {
      tracePath = args[++i];
      if (tracePath === undefined) usageError("flag needs an argument: -trace");
      continue;
    }
    if (files.length === 0 && a.startsWith("-trace=")) {
      tracePath = a.slice("-trace=".length);
      continue;
    }
    if (a.endsWith(".go")) files.push(a);
    else if (files.length === 0 && a.startsWith("-"))
      usageError(`flag provided but not defined: ${a}\n${runUsage.split("\n")[0]!}`);
    else break;
  }
  if (files.length === 0) usageError("go run: no go files listed");
  const progArgs = args.slice(i);
  const gen = compileProgram(files, "run");
  if (gen === undefined) return 1;
  const name = basename(files[0]!, ".go");
  const { nodeRunOptions, TraceRecorder, runProgram, instantiate } = backend();
  const opts = nodeRunOptions([name, ...progArgs]);
  const t0 = performance.now();
  if (tracePath !== undefined) {
    // Fail before running when the trace file cannot be written, as go's -trace does.
    try {
      writeFileSync(tracePath, "");
    } catch (e) {
      const why =
        (e as { code?: string }).code === "ENOENT"
          ? "no such file or directory"
          : String((e as Error).message);
      err(`minigo: open ${tracePath}: ${why}\n`);
      return 1;
    }
    opts.trace = new TraceRecorder({ clock: () => (performance.now() - t0) * 1e6 });
  }
  let status: number;
  try {
    status = runProgram(instantiate(gen), opts);
  } finally {
    if (opts.trace && tracePath !== undefined) writeFileSync(tracePath, opts.trace.toJSON());
  }
  // The program's status is minigo run's (go run would print "exit status N" and exit 1).
  return status;
}

function parseGcflags(args: string[]): CompileFlags {
  try {
    const { flags, rest } = parseCompileFlags(args);
    if (rest.length > 0) usageError(`minigo build: -gcflags: unexpected argument ${rest[0]}`);
    return flags;
  } catch (e) {
    if (e instanceof UsageError) usageError(`minigo build: -gcflags: ${e.message}`);
    throw e;
  }
}

function cmdToolCompile(args: string[]): number {
  let parsed;
  try {
    parsed = parseCompileFlags(args);
  } catch (e) {
    if (e instanceof UsageError) usageError(`${e.message}\nusage: compile [options] file.go...`);
    throw e;
  }
  if (parsed.flags.help) {
    out(compileUsage);
    return 0;
  }
  if (parsed.flags.version) {
    out(`compile version go1.19 (minigo ${version})\n`);
    return 0;
  }
  return runCompiler(parsed.rest, parsed.flags, "tool");
}

function cmdHelp(args: string[]): number {
  const topic = args.join(" ");
  if (topic === "") out(usage);
  else if (topic === "build") out(buildUsage);
  else if (topic === "tool compile" || topic === "tool" || topic === "compile") out(compileUsage);
  else if (topic === "ir") out(irUsage);
  else if (topic === "errorcheck") out(errorcheckUsage);
  else if (topic === "version") out("usage: minigo version\n\nVersion prints minigo's version.\n");
  else usageError(`minigo help ${topic}: unknown help topic. Run 'minigo help'.`);
  return 0;
}

const irUsage = `usage: minigo ir [-lift] [-pos] [-func name] file.go...

Ir type-checks the package made of the named files, builds its IR and prints it
on standard output: every function, its blocks and typed values. The form is
unlifted (every variable is an Alloc) unless -lift is given.

  -lift	promote variables to SSA registers (mem2reg) before printing
  -pos	print the source position of each instruction
  -func name	print only this function (f, (*T).M, f$1, init)
`;

function cmdIr(args: string[]): number {
  const files: string[] = [];
  let lift = false;
  let positions = false;
  let func: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === "-lift") lift = true;
    else if (a === "-pos") positions = true;
    else if (a === "-func") {
      func = args[++i];
      if (func === undefined)
        usageError(`flag needs an argument: -func\n${irUsage.split("\n")[0]!}`);
    } else if (a === "-h" || a === "-help") {
      out(irUsage);
      return 0;
    } else if (a.startsWith("-"))
      usageError(`flag provided but not defined: ${a}\n${irUsage.split("\n")[0]!}`);
    else files.push(a);
  }
  if (files.length === 0) usageError(irUsage.split("\n")[0]!);
  const sources = readSources(files).map(decodeUtf8);
  const r = irText(sources, stdlibImporter(), { lift, positions, func });
  if (r.diagnostics.length > 0) {
    out(r.diagnostics.map((d) => formatDiagnostic(d) + "\n").join(""));
    return 1;
  }
  if (r.missingFunc) usageError(`minigo ir: no function ${func}`);
  out(r.text);
  if (r.problems.length > 0) {
    err(r.problems.map((p) => `minigo: internal compiler error: IR: ${p}\n`).join(""));
    return 2;
  }
  return 0;
}

/**
 * `minigo errorcheck file.go…`: Go's test/run.go errorcheck over each file (flags from
 * its `// errorcheck` header). Prints each failure; exits 1 if any file fails.
 */
function cmdErrorcheck(paths: string[]): number {
  if (paths[0] === "-h" || paths[0] === "-help") {
    out(errorcheckUsage);
    return 0;
  }
  if (paths.length === 0) usageError(errorcheckUsage.split("\n")[0]!);
  const importer = stdlibImporter();
  let failed = 0;
  for (const path of paths) {
    const src = decodeUtf8(readSources([path])[0]!);
    const short = basename(path);
    const r = errorcheckSource(short, src.text, importer);
    if (r.failures.length === 0) {
      out(`ok\t${path}\t(${r.matched}/${r.wanted} annotations)\n`);
    } else {
      failed++;
      out(`FAIL\t${path}\t(${r.matched}/${r.wanted} annotations, ${r.unmatched} unmatched)\n`);
      out(r.failures.map((f) => `\t${f.replace(/\n/g, "\n\t")}\n`).join(""));
    }
  }
  return failed > 0 ? 1 : 0;
}

function main(argv: string[]): number {
  const [cmd, ...args] = argv;
  switch (cmd) {
    case undefined:
      err(usage);
      return 2;
    case "-h":
    case "-help":
    case "--help":
    case "help":
      return cmdHelp(args);
    case "version":
      if (args[0] === "-h") return cmdHelp(["version"]);
      out(`minigo version ${version} (Go 1.19 subset, no generics, no cgo)\n`);
      return 0;
    case "build":
      return cmdBuild(args);
    case "run":
      return cmdRun(args);
    case "ir":
      return cmdIr(args);
    case "errorcheck":
      return cmdErrorcheck(args);
    case "tool": {
      const [tool, ...rest] = args;
      if (tool === "compile") return cmdToolCompile(rest);
      if (tool === undefined || tool === "-h") {
        out("usage: minigo tool compile [flags] file.go...\n");
        return tool === undefined ? 2 : 0;
      }
      return usageError(`minigo tool: no such tool "${tool}"`);
    }
    default:
      return usageError(`minigo ${cmd}: unknown command\nRun 'minigo help' for usage.`);
  }
}

async function run(): Promise<void> {
  const argv = process.argv.slice(2);
  if (needsBackend(argv)) loadedBackend = await import("./backend.js");
  let status: number;
  try {
    status = main(argv);
  } catch (e) {
    if (e instanceof Exit) status = e.status;
    else {
      const what = e instanceof Error ? e.message : String(e);
      err(
        `minigo: internal compiler error: ${what}\n\nPlease file a bug report with the input that caused it.\n`,
      );
      status = 2;
    }
  }
  process.exitCode = status;
}

await run();
