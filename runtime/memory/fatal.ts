// Fatal runtime errors.
//
// Go distinguishes panics (recoverable, run deferred calls) from fatal errors
// (`throw` in the runtime: print "fatal error: <msg>", dump goroutines, exit
// with status 2). The heap and the collector only ever raise fatal errors: an
// out-of-memory condition, a corrupted heap found by a debug mode, or a
// collector invariant broken. They surface as a typed FatalError so that the
// command layer can print Go's wording and exit with status 2, while tests can
// catch and inspect them.
//
// Invariant: `err.message` is exactly the text Go prints after "fatal error: ",
// and `String(err)`/`err.goText()` is the full line Go prints.
//
// Example:
//
//	throw new FatalError("runtime: out of memory")
//	// the command layer prints "fatal error: runtime: out of memory", exit 2

export class FatalError extends Error {
  /** Extra lines Go prints before the "fatal error:" line (e.g. "runtime: marking free object 0x..."). */
  readonly detail: string;
  /** Exit status the command layer must use (Go's fatal errors exit with 2). */
  readonly exitCode = 2;

  constructor(message: string, detail = "") {
    super(message);
    this.name = "FatalError";
    this.detail = detail;
  }

  /** The text Go writes to stderr for this error. */
  goText(): string {
    return (this.detail ? this.detail + "\n" : "") + "fatal error: " + this.message + "\n";
  }

  override toString(): string {
    return "fatal error: " + this.message;
  }
}

/** Raise a fatal error (Go's runtime.throw). */
export function fatal(message: string, detail = ""): never {
  throw new FatalError(message, detail);
}

/** Format an address like Go's runtime print of a uintptr (hex with 0x prefix). */
export function hex(addr: number): string {
  return "0x" + addr.toString(16);
}
