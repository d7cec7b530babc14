// Roots: how the collector learns what the program holds outside the heap.
//
// The collector does not know about goroutines, frames or globals; whoever
// does (the scheduler and the code generator's stack and global maps, or the
// test mutator) implements RootSource. At the start of every cycle, with the
// world stopped, the collector asks it for the list of root *jobs*. Each job
// is a unit of root scanning that is done exactly once per cycle, at a time
// the collector chooses (incrementally, between mutator steps), which is what
// keeps the start-of-cycle pause independent of the number of goroutines:
//
//	kind "globals"  data/bss pointer slots; writes to them go through the
//	                write barrier (they are not stacks)
//	kind "stack"    one goroutine's stack, scanned with its precise frame maps;
//	                stack writes are NOT barriered, so the barrier needs to know
//	                whether the running goroutine's stack was scanned this cycle
//	                (Collector.currentG / stackScanned)
//	kind "runtime"  runtime-internal pointers (timers, finalizer queue, ...)
//
// A job reports every pointer it holds by calling `visit(ptr)` with the
// pointer's value (an address; 0 and non-heap addresses are ignored).
// `scanBytes` estimates the scannable bytes (the pacer's stack/globals scan).
//
// Big roots are split. A job may say it is `blocks` pieces and scan piece i
// alone with `scanBlock(visit, i)`; the marker then treats each piece as a
// unit of work, so no single marking step scans more than one block (the
// source should make blocks of about ROOT_BLOCK_BYTES, as Go cuts data and
// bss into rootBlockBytes pieces). Stack jobs are always scanned whole: the
// hybrid barrier needs a stack to go from grey to black in one step.
//
// Goroutines created during a cycle are not in the job list: their stack is
// treated as already scanned (black), so whoever creates one during marking
// must shade the pointers it puts on the new stack (Collector.shade), as Go's
// newproc does for the arguments it copies.
//
// Invariant: between rootJobs() and the end of mark termination, the job list
// is fixed; a stack job's `gid` identifies the goroutine for the barrier.
//
// Example:
//
//	const roots: RootSource = {
//	  rootJobs: () => [{ kind: "globals", gid: -1, scanBytes: 64,
//	                     scan: (visit) => globals.forEach(visit) }],
//	};

export type RootKind = "globals" | "stack" | "runtime";

/** Suggested size of one block of a split root (see header). */
export const ROOT_BLOCK_BYTES = 32 << 10;

export interface RootJob {
  readonly kind: RootKind;
  /** Goroutine id for "stack" jobs, -1 otherwise. */
  readonly gid: number;
  /** Estimated scannable bytes (pacer input: stacks and globals). */
  readonly scanBytes: number;
  /** Report every pointer value held by this root. */
  scan(visit: (ptr: number) => void): void;
  /** Number of blocks a non-stack job is split into (absent or 1: not split). */
  readonly blocks?: number;
  /** Report the pointers of block `block` (0 <= block < blocks) only. */
  scanBlock?(visit: (ptr: number) => void, block: number): void;
}

export interface RootSource {
  /** The root jobs for a new cycle (called with the world stopped). */
  rootJobs(): readonly RootJob[];
}

/** A RootSource with no roots (a heap used without a program). */
export const NO_ROOTS: RootSource = { rootJobs: () => [] };

/** Combine several sources (e.g. the scheduler's stacks and the globals). */
export function combineRoots(...sources: RootSource[]): RootSource {
  return { rootJobs: () => sources.flatMap((s) => s.rootJobs()) };
}
