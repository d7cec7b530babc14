// A model mutator: the program side of the collector, for tests and benchmarks.
//
// It plays the part that the scheduler and generated code will play later:
// goroutines with stacks of pointer slots, global pointer slots, typed
// allocation, and loads/stores of pointer fields. It follows the rules the
// hybrid barrier depends on, exactly as compiled Go code does:
//
//	stack slots   written without a barrier (setStack, alloc into a slot, load)
//	              and scanned once per cycle as one root job per goroutine
//	heap fields   written through the collector's write barrier (store)
//	globals       written through the barrier too (they are not stacks)
//
// A goroutine only ever obtains a pointer from its own stack, a heap load, a
// global, or an allocation: there is no way to copy a pointer from one stack to
// another without going through the heap or globals, as in Go.
//
// Use-after-free: `load` first checks that the object being read is still
// allocated and, with clobberfree, that the word is not the poison pattern;
// either failure is a FatalError, which is what a mutator touching memory the
// collector freed would hit.
//
// Invariant: every non-zero value in a stack or global slot is an address
// that the mutator obtained legitimately (see above).
//
// Example:
//
//	const m = new Mutator(gc, { goroutines: 2, stackSlots: 4 });
//	const T = gc.heap.types.register("node", 16, [0]);
//	m.alloc(0, 0, T);              // g0.slot0 = new(node)
//	m.alloc(0, 1, T);
//	m.store(0, 0, 0, 1);           // g0.slot0.next = g0.slot1   (barriered)
//	m.setStack(0, 1, 0);           // drop the local
//	m.load(0, 2, 0, 0);            // g0.slot2 = g0.slot0.next

import { fatal, hex } from "../memory/fatal.js";
import { Heap, POISON_WORD } from "../memory/malloc.js";
import { TypeDesc } from "../memory/typedesc.js";
import { Collector } from "./collector.js";
import { ROOT_BLOCK_BYTES, RootJob, RootSource } from "./roots.js";

export interface MutatorOptions {
  goroutines?: number;
  stackSlots?: number;
  globalSlots?: number;
}

export class Mutator implements RootSource {
  readonly gc: Collector;
  readonly heap: Heap;
  readonly stacks: number[][];
  readonly globals: number[];

  constructor(gc: Collector, opts: MutatorOptions = {}) {
    this.gc = gc;
    this.heap = gc.heap;
    const ng = opts.goroutines ?? 1;
    const ns = opts.stackSlots ?? 8;
    this.stacks = [];
    for (let g = 0; g < ng; g++) this.stacks.push(new Array<number>(ns).fill(0));
    this.globals = new Array<number>(opts.globalSlots ?? 4).fill(0);
    gc.roots = this;
  }

  /** One job for the globals (in ROOT_BLOCK_BYTES blocks when big) and one per stack. */
  rootJobs(): readonly RootJob[] {
    const globals = this.globals;
    const perBlock = ROOT_BLOCK_BYTES / 8;
    const jobs: RootJob[] = [
      {
        kind: "globals",
        gid: -1,
        scanBytes: globals.length * 8,
        scan: (visit) => {
          for (let i = 0; i < globals.length; i++) visit(globals[i]);
        },
        blocks: Math.ceil(globals.length / perBlock),
        scanBlock: (visit, b) => {
          for (let i = b * perBlock, e = Math.min(globals.length, i + perBlock); i < e; i++)
            visit(globals[i]);
        },
      },
    ];
    this.stacks.forEach((slots, g) => {
      jobs.push({
        kind: "stack",
        gid: g,
        scanBytes: slots.length * 8,
        scan: (visit) => {
          for (let i = 0; i < slots.length; i++) visit(slots[i]);
        },
      });
    });
    return jobs;
  }

  private enter(g: number): void {
    this.gc.currentG = g;
  }

  /** g.slot = new(t) (or [count]t). Returns the address. */
  alloc(g: number, slot: number, t: TypeDesc, count = 1): number {
    this.enter(g);
    const p = this.heap.alloc(t, count);
    this.stacks[g][slot] = p;
    return p;
  }

  /** g.slot = make([]byte, size). */
  allocBytes(g: number, slot: number, size: number): number {
    this.enter(g);
    const p = this.heap.allocBytes(size);
    this.stacks[g][slot] = p;
    return p;
  }

  getStack(g: number, slot: number): number {
    return this.stacks[g][slot];
  }

  /** g.dst = g.src, or g.dst = nil with src < 0. Stack write: no barrier. */
  setStack(g: number, slot: number, value: number): void {
    this.stacks[g][slot] = value;
  }

  copyStack(g: number, dst: number, src: number): void {
    this.stacks[g][dst] = this.stacks[g][src];
  }

  /** Read pointer word `word` of the object at `obj` (use-after-free checked). */
  readField(obj: number, word: number): number {
    if (obj === 0) fatal("invalid memory address or nil pointer dereference");
    if (!this.heap.isAllocated(obj)) {
      fatal("use of freed object", `runtime: read of freed object ${hex(obj)} (word ${word})`);
    }
    const addr = obj + word * 8;
    const v = this.heap.mem.loadPtr(addr);
    if (this.heap.poison && v === POISON_WORD) {
      fatal("found pointer to free object", `runtime: poisoned word at ${hex(addr)}`);
    }
    return v;
  }

  /** g.dst = g.src.field[word]. */
  load(g: number, dst: number, src: number, word: number): number {
    this.enter(g);
    const v = this.readField(this.stacks[g][src], word);
    this.stacks[g][dst] = v;
    return v;
  }

  /** g.obj.field[word] = g.val (val < 0: nil). Heap write: barriered. */
  store(g: number, objSlot: number, word: number, valSlot: number): void {
    this.enter(g);
    const obj = this.stacks[g][objSlot];
    if (obj === 0) fatal("invalid memory address or nil pointer dereference");
    if (!this.heap.isAllocated(obj))
      fatal("use of freed object", `runtime: write to freed object ${hex(obj)}`);
    const val = valSlot < 0 ? 0 : this.stacks[g][valSlot];
    this.gc.writePointer(obj + word * 8, val);
  }

  /** globals[i] = g.slot (barriered). */
  storeGlobal(g: number, i: number, slot: number): void {
    this.enter(g);
    const val = slot < 0 ? 0 : this.stacks[g][slot];
    this.gc.writeBarrierValues(this.globals[i], val);
    this.globals[i] = val;
  }

  /** g.slot = globals[i]. */
  loadGlobal(g: number, slot: number, i: number): void {
    this.stacks[g][slot] = this.globals[i];
  }
}
