/*
 * runtime.SetFinalizer: run a function once an object has become unreachable.
 *
 * What: SetFinalizer(obj, f) records (object address → f) — Go's finalizer special. The
 * finalizer function value is a GC root, and so is what the object points to (as Go's
 * markroot scans a finalizer's object without marking it): the object itself is not.
 * So when A points to B and both have finalizers, B stays marked while A is alive, and
 * only A's finalizer runs once both are unreachable; B's runs after A is gone. At the end of every mark
 * phase (Collector.beforeMarkTermination) each recorded object that is still white is
 * unreachable: its record moves to a queue and the object is marked (it and what it
 * points to survive this cycle, for the finalizer to use). The queue is a root until
 * the scheduler takes it (outside the collector, where goroutines can be made) and
 * starts one goroutine per finalizer, calling f(obj) — with obj converted to f's
 * parameter type when that is an interface. A finalizer runs once; to run again the
 * object must be given a new one.
 *
 *	SetFinalizer(p, f)   records  ──► cycle N: p white at mark end → queued, p marked
 *	                                  scheduler: go f(p)            cycle N+1: p freed
 *
 * Why: Go programs and Go's own tests use finalizers to observe that the collector
 * frees what it should (and only that); the collector knows nothing of Go values, so
 * the records live here and the collector only asks "is it marked?".
 *
 * Invariant: a recorded object is never reachable from the records themselves; a queued
 * object and its finalizer are reachable until the finalizer's goroutine has them on its
 * stack.
 *
 * Example: p := new(T); runtime.SetFinalizer(p, func(*T) { println("freed") }); p = nil;
 * runtime.GC() → the next scheduling point runs the finalizer on a new goroutine.
 */
import { Kind, type Machine } from "./abi.js";

interface Record {
  /** The object's pointer type id and address. */
  objType: number;
  obj: number;
  /** The finalizer's func type id and closure. */
  fnType: number;
  fn: number;
}

/** A finalizer to start: call closure `fn` with the `size` bytes of `args`. */
export interface DueFinalizer {
  fn: number;
  args: Uint8Array;
}

export class Finalizers {
  private readonly records = new Map<number, Record>();
  private queue: Record[] = [];

  /** SetFinalizer(obj any, finalizer any), the interfaces' words at `a` (ABI0 layout). */
  set(m: Machine, a: number): void {
    const u32 = m.u32;
    const objType = u32[a >>> 2]!;
    const obj = u32[(a + 8) >>> 2]!;
    const fnType = u32[(a + 16) >>> 2]!;
    const fn = u32[(a + 24) >>> 2]!;
    if (objType === 0) m.fatal("runtime.SetFinalizer: first argument is nil");
    const ot = m.types[objType]!;
    if (ot.kind !== Kind.Pointer)
      m.fatal(`runtime.SetFinalizer: first argument is ${ot.str}, not pointer`);
    if (fnType === 0 || fn === 0) {
      this.records.delete(obj);
      return;
    }
    const ft = m.types[fnType]!;
    if (ft.kind !== Kind.Func)
      m.fatal(`runtime.SetFinalizer: second argument is ${ft.str}, not a function`);
    if (ft.params.length !== 1)
      m.fatal(`runtime.SetFinalizer: cannot pass ${ot.str} to finalizer ${ft.str}`);
    if (obj === 0 || obj === 8) return; // nil, or a zero-sized object: never finalized
    if (this.records.has(obj)) m.fatal("runtime.SetFinalizer: finalizer already set");
    this.records.set(obj, { objType, obj, fnType, fn });
  }

  /**
   * End of marking: queue the finalizers of white objects and grey those objects (and
   * their finalizers) so that they survive this cycle. Returns how many were queued.
   */
  markDone(isMarked: (p: number) => boolean, grey: (p: number) => void): number {
    // Decide first, then grey: objects can share a block (the tiny allocator), and
    // greying one would make the others look reachable.
    const due = [...this.records.values()].filter((r) => !isMarked(r.obj));
    for (const r of due) {
      this.records.delete(r.obj);
      this.queue.push(r);
      grey(r.obj);
      grey(r.fn);
    }
    return due.length;
  }

  get pending(): boolean {
    return this.queue.length > 0;
  }

  /**
   * Start the queued finalizers, one `spawn` each with its argument block (obj, or
   * {type, obj} for an interface parameter). A record leaves the queue (a root) only
   * once spawn has put its arguments on the new goroutine's stack (another root).
   */
  start(m: Machine, spawn: (f: DueFinalizer) => void): void {
    while (this.queue.length > 0) {
      const r = this.queue[0]!;
      const param = m.types[m.types[r.fnType]!.params[0]!]!;
      const iface = param.kind === Kind.Interface;
      const args = new Uint8Array(iface ? 16 : 8);
      const w = new DataView(args.buffer);
      if (iface) {
        w.setUint32(0, r.objType, true);
        w.setUint32(8, r.obj, true);
      } else w.setUint32(0, r.obj, true);
      spawn({ fn: r.fn, args });
      this.queue.shift();
    }
  }

  /**
   * Roots: every finalizer function and what its object points to (`scanObject` reports
   * the pointers an object holds), and the queued objects.
   */
  rootPointers(
    visit: (p: number) => void,
    scanObject: (obj: number, visit: (p: number) => void) => void,
  ): void {
    for (const r of this.records.values()) {
      visit(r.fn);
      scanObject(r.obj, visit);
    }
    for (const r of this.queue) {
      visit(r.fn);
      visit(r.obj);
    }
  }
}
