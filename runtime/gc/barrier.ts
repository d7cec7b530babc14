// Write barriers: keeping marking correct while the mutator runs.
//
// Incremental marking is safe as long as no reachable object is hidden from
// the collector: the mutator must not create a pointer from a black object to
// a white one while removing every other path to that white object from grey
// objects. Each barrier breaks that scenario differently; it runs on every
// pointer write into the heap (and into globals) while marking, with the old
// value of the slot and the new one:
//
//	dijkstra  shade(new)                Insertion: a black object never points
//	                                    to a white one (strong invariant). Stack
//	                                    writes are unbarriered, so every stack is
//	                                    re-scanned at mark termination (with the
//	                                    world stopped), as Go did until 1.7.
//	yuasa     shade(old)                Deletion: snapshot-at-the-beginning; what
//	                                    was reachable at the start stays marked.
//	                                    Needs a snapshot of the stacks, so all
//	                                    stacks are scanned in the start pause.
//	hybrid    shade(old);               Go since 1.8. Stacks are scanned one at a
//	          if current stack is grey: time during marking and never re-scanned;
//	            shade(new)              a goroutine whose stack was scanned is black
//	                                    and cannot hide a pointer it loaded (its
//	                                    source was shaded when deleted).
//	off       nothing                   Unsafe: for demonstrating the lost object.
//
// Objects allocated during marking are black in every mode (heap.allocBlack).
//
// Invariant (hybrid): every white object reachable at any time during marking
// is reachable from a grey object or a grey (unscanned) stack, or has been
// shaded.
//
// Example:
//
//	// during marking, goroutine 1 (already scanned) executes  x.f = y
//	writeBarrier(BARRIER_HYBRID, marker, false, old_x_f, y)   // shades old_x_f only

import { BarrierKind } from "./godebug.js";
import { Marker } from "./mark.js";

export const BARRIER_OFF = 0;
export const BARRIER_HYBRID = 1;
export const BARRIER_DIJKSTRA = 2;
export const BARRIER_YUASA = 3;
export type BarrierMode =
  typeof BARRIER_OFF | typeof BARRIER_HYBRID | typeof BARRIER_DIJKSTRA | typeof BARRIER_YUASA;

export function barrierMode(kind: BarrierKind): BarrierMode {
  switch (kind) {
    case "off":
      return BARRIER_OFF;
    case "hybrid":
      return BARRIER_HYBRID;
    case "dijkstra":
      return BARRIER_DIJKSTRA;
    case "yuasa":
      return BARRIER_YUASA;
  }
}

/** The barrier for a pointer write `slot: oldVal -> newVal` while marking. */
export function writeBarrier(
  mode: BarrierMode,
  marker: Marker,
  stackGrey: boolean,
  oldVal: number,
  newVal: number,
): void {
  switch (mode) {
    case BARRIER_HYBRID:
      if (oldVal !== 0) marker.greyObject(oldVal);
      if (newVal !== 0 && stackGrey) marker.greyObject(newVal);
      return;
    case BARRIER_DIJKSTRA:
      if (newVal !== 0) marker.greyObject(newVal);
      return;
    case BARRIER_YUASA:
      if (oldVal !== 0) marker.greyObject(oldVal);
      return;
    case BARRIER_OFF:
      return;
  }
}
