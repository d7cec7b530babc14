/*
 * Running a Go 1.19 GOOS=js GOARCH=wasm binary under Node.js 20, for the bench/run race.
 *
 * What: `node dist/bench/run/wasm-launcher.js prog.wasm [args…]` loads Go's own glue
 * (/usr/lib/go-1.19/misc/wasm/wasm_exec.js, which defines globalThis.Go), instantiates the
 * module with it and runs it with the given arguments and this process's environment; the
 * exit status is the Go program's.
 *
 * Why not Go's wasm_exec_node.js: Go 1.19's launcher assigns globalThis.crypto, which
 * Node 20 defines as a getter-only property, so it dies before the program starts. This
 * launcher installs each global wasm_exec.js needs (fs for real file descriptors, crypto,
 * performance, TextEncoder/TextDecoder) only when it is missing, and otherwise does what
 * Go's launcher does, so the timings are those of Go's port and not of our glue.
 *
 * Invariant: nothing of minigo is loaded here; the process runs Go's glue and Go's
 * module only.
 *
 * Example:
 *   GOOS=js GOARCH=wasm go build -o /tmp/hello.wasm hello.go
 *   node dist/bench/run/wasm-launcher.js /tmp/hello.wasm   → hello, world
 */
import { randomFillSync } from "node:crypto";
import * as fs from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";

/** Go's glue for its wasm port; WASM_EXEC_JS overrides where it is. */
const wasmExecJs = process.env.WASM_EXEC_JS ?? "/usr/lib/go-1.19/misc/wasm/wasm_exec.js";

/** The part of wasm_exec.js's Go class this launcher uses. */
interface GoInstance {
  argv: string[];
  env: Record<string, string | undefined>;
  exit: (code: number) => void;
  exited: boolean;
  importObject: object;
  _pendingEvent: { id: number } | null;
  _resume(): void;
  run(instance: object): Promise<void>;
}

/**
 * The part of the WebAssembly global this launcher uses (the repo compiles against lib
 * ES2022 without the DOM, where TypeScript declares no WebAssembly).
 */
interface WebAssemblyApi {
  instantiate(bytes: Uint8Array, imports: object): Promise<{ instance: object }>;
}

type GlobalsForGo = Record<string, unknown> & {
  Go?: new () => GoInstance;
  WebAssembly: WebAssemblyApi;
};

/** Installs what wasm_exec.js requires of its host, leaving whatever Node already has. */
function installGlobals(g: GlobalsForGo): void {
  // Without globalThis.fs the glue buffers output into console.log; give it the real one.
  if (g.fs === undefined) g.fs = fs;
  if (g.crypto === undefined) {
    g.crypto = {
      getRandomValues(b: NodeJS.ArrayBufferView) {
        randomFillSync(b);
        return b;
      },
    };
  }
  if (g.performance === undefined) {
    g.performance = {
      now() {
        return Number(process.hrtime.bigint()) / 1e6;
      },
    };
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.length < 1) {
    process.stderr.write("usage: wasm-launcher prog.wasm [arguments]\n");
    process.exit(1);
  }
  const g = globalThis as unknown as GlobalsForGo;
  installGlobals(g);
  createRequire(import.meta.url)(wasmExecJs);
  if (g.Go === undefined) throw new Error(`${wasmExecJs} did not define globalThis.Go`);

  const go = new g.Go();
  go.argv = args;
  go.env = { TMPDIR: tmpdir(), ...process.env };
  go.exit = (code) => process.exit(code);
  const { instance } = await g.WebAssembly.instantiate(fs.readFileSync(args[0]), go.importObject);
  process.on("exit", (code) => {
    // Node exits when no event is pending; if Go has not exited, it is deadlocked:
    // resume it once so it prints Go's own deadlock report.
    if (code === 0 && !go.exited) {
      go._pendingEvent = { id: 0 };
      go._resume();
    }
  });
  await go.run(instance);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
