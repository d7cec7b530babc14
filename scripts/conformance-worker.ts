/*
 * A child process that compiles files for the conformance run, one request at a time.
 *
 * What: receives { id, files: [{ path, name }], allErrors } over the IPC channel, reads
 * the files (one package; usually one file), runs the library's compile() on them and
 * answers { id, diagnostics } (file, line, column and message of each), or { id, thrown }
 * when compile() threw.
 *
 * Why a process: the parent (scripts/conformance-frontend.ts) must survive a compiler that
 * loops forever, overflows the stack or runs out of memory. It kills a worker that does not
 * answer in time and starts a fresh one, counting the file as failed instead of dying.
 *
 * Invariant: exactly one answer per request, carrying the request's id.
 *
 * Example: request { id: 7, files: [{ path: "/usr/lib/go-1.19/test/fixedbugs/bug001.go",
 *   name: "fixedbugs/bug001.go" }], allErrors: true } → { id: 7, diagnostics: [] }
 */
import { readFileSync } from "node:fs";
import { compile } from "../src/index.js";

export interface WorkerRequest {
  id: number;
  /** The package's files: where to read each, and the name to compile it under. */
  files: Array<{ path: string; name: string }>;
  allErrors: boolean;
}

export interface ReportedError {
  file: string;
  line: number;
  col: number;
  msg: string;
}

export type WorkerAnswer =
  { id: number; diagnostics: ReportedError[] } | { id: number; thrown: string };

function answer(req: WorkerRequest): WorkerAnswer {
  try {
    const sources = req.files.map((f) => ({ name: f.name, text: readFileSync(f.path, "utf8") }));
    const { diagnostics } = compile(sources, { allErrors: req.allErrors });
    return {
      id: req.id,
      diagnostics: diagnostics.map((d) => ({
        file: d.pos.file,
        line: d.pos.line,
        col: d.pos.col,
        msg: d.msg,
      })),
    };
  } catch (e) {
    return { id: req.id, thrown: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
  }
}

process.on("message", (req: WorkerRequest) => {
  process.send!(answer(req));
});
