/*
 * The code generator and the runtime, gathered in one module that the CLI loads only for
 * the commands that compile and run whole programs (`minigo run`, `minigo build -o`).
 *
 * Why: loading them costs about 30 ms of module compilation; `minigo tool compile -m`
 * and `minigo build -gcflags=-m` (escape diagnostics, the main job) never use them.
 *
 * Invariant: src/cli.ts imports this module only through `await import`, never statically.
 *
 * Example: const { generateProgram } = await import("./backend.js");
 */
export { generateProgram } from "../compiler/codegen/program.js";
export { runProgram } from "../runtime/lang/program.js";
export { TraceRecorder } from "../runtime/sched/trace.js";
export { instantiate, moduleFile, nodeRunOptions } from "./run-node.js";
