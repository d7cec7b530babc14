// The pacer: when to start a cycle and how hard the mutator must assist.
//
// This follows Go 1.19's gcControllerState (without the memory limit):
//
//	heap goal   = heapMarked + (heapMarked + lastStackScan + globalsScan) * GOGC/100
//	              at least heapMinimum = 4 MB * GOGC/100; GOGC=off => no goal
//	trigger     = goal - runway, clamped to
//	              [heapMarked + (goal-heapMarked)*45/64, heapMarked + (goal-heapMarked)*61/64]
//	              (the upper bound becomes goal - 4 MB for large heaps), where
//	runway      = consMark * (1-u)/u * (lastHeapScan + lastStackScan + globalsScan), u = 0.25
//	consMark    = smoothed (by a PI controller) ratio of allocation rate to scan rate
//	              measured over the previous cycles
//
// While marking, revise() sets the assist ratio so that the scan work still
// expected is done by the time the heap reaches the goal:
//
//	assistWorkPerByte = (expected scan work - work done) / (goal - heapLive)
//
// extending the goal (up to (1+GOGC/100)*goal) when more work turns up than
// was expected, exactly as Go does.
//
// Invariant: trigger <= goal; heapGoal() >= heapMinimum unless GOGC=off.
//
// Example (GOGC=100, 10 MB marked, no stacks or globals):
//
//	pacer.heapMarked = 10 << 20; pacer.commit(true);
//	pacer.heapGoal() === 20 << 20

/** Minimum heap goal at GOGC=100 (Go's defaultHeapMinimum). */
export const DEFAULT_HEAP_MINIMUM = 4 << 20;
/** Go's gcGoalUtilization / gcBackgroundUtilization. */
export const GC_GOAL_UTILIZATION = 0.25;
export const GC_BACKGROUND_UTILIZATION = 0.25;
/** Extra assist work done per assist (Go's gcOverAssistWork). */
export const GC_OVER_ASSIST_WORK = 64 << 10;
/** Go's triggerRatioDen, minTriggerRatioNum, maxTriggerRatioNum. */
export const TRIGGER_RATIO_DEN = 64;
export const MIN_TRIGGER_RATIO_NUM = 45;
export const MAX_TRIGGER_RATIO_NUM = 61;
/** Minimum sweep distance (Go's sweepMinHeapDistance). */
export const SWEEP_MIN_HEAP_DISTANCE = 1024 * 1024;
/** Sentinel for "not triggered" (Go's ^uint64(0)). */
const NOT_TRIGGERED = Number.MAX_SAFE_INTEGER;

/** A proportional-integral controller with anti-windup (Go's piController, kp/ti/tt as Go's consMark one). */
export class PIController {
  errIntegral = 0;
  constructor(
    readonly kp: number,
    readonly ti: number,
    readonly tt: number,
    readonly min: number,
    readonly max: number,
  ) {}

  next(input: number, setpoint: number, period: number): [number, boolean] {
    const prop = this.kp * (setpoint - input);
    const raw = prop + this.errIntegral;
    if (!Number.isFinite(raw)) {
      this.errIntegral = 0;
      return [this.min, false];
    }
    const output = Math.min(this.max, Math.max(this.min, raw));
    if (this.ti !== 0 && this.tt !== 0) {
      this.errIntegral +=
        ((this.kp * period) / this.ti) * (setpoint - input) + (period / this.tt) * (output - raw);
      if (!Number.isFinite(this.errIntegral)) {
        this.errIntegral = 0;
        return [this.min, false];
      }
    }
    return [output, true];
  }
}

export class Pacer {
  gcPercent = 100;
  heapMinimum = DEFAULT_HEAP_MINIMUM;
  /** Bytes marked by the last cycle. */
  heapMarked = 0;
  /** heapLive when the current cycle was triggered. */
  triggered = NOT_TRIGGERED;
  lastHeapScan = 0;
  lastStackScan = 0;
  /** Scannable bytes of globals and of all stacks (inputs from the roots). */
  globalsScan = 0;
  maxStackScan = 0;
  // Work done in the current cycle.
  heapScanWork = 0;
  stackScanWork = 0;
  globalsScanWork = 0;
  consMark = 0;
  readonly consMarkController = new PIController(0.9, 4.0, 1000, -1000, 1000);
  runway = 0;
  gcPercentHeapGoal = 0;
  sweepDistMinTrigger = 0;
  assistWorkPerByte = 0;
  assistBytesPerWork = 0;
  lastHeapGoal = 0;
  // Time accounting for the current cycle (ns).
  markStartTime = 0;
  assistTime = 0;
  idleMarkTime = 0;

  constructor(gcPercent = 100) {
    this.setGCPercent(gcPercent);
    this.commit(true, 0);
  }

  /** Set GOGC (negative = off); returns the old value. Call commit after. */
  setGCPercent(v: number): number {
    const old = this.gcPercent;
    const p = v < 0 ? -1 : Math.floor(v);
    this.heapMinimum = p < 0 ? 0 : Math.floor((DEFAULT_HEAP_MINIMUM * p) / 100);
    this.gcPercent = p;
    return old;
  }

  /** Recompute the goal and the runway (Go's commit). */
  commit(isSweepDone: boolean, heapLive: number): void {
    this.sweepDistMinTrigger = isSweepDone ? 0 : heapLive + SWEEP_MIN_HEAP_DISTANCE;
    let goal = Number.POSITIVE_INFINITY;
    if (this.gcPercent >= 0) {
      goal =
        this.heapMarked +
        Math.floor(
          ((this.heapMarked + this.lastStackScan + this.globalsScan) * this.gcPercent) / 100,
        );
    }
    if (goal < this.heapMinimum) goal = this.heapMinimum;
    this.gcPercentHeapGoal = goal;
    this.runway = Math.floor(
      ((this.consMark * (1 - GC_GOAL_UTILIZATION)) / GC_GOAL_UTILIZATION) *
        (this.lastHeapScan + this.lastStackScan + this.globalsScan),
    );
  }

  private heapGoalInternal(): [number, number] {
    let goal = this.gcPercentHeapGoal;
    const sweepDist = this.sweepDistMinTrigger;
    if (sweepDist > goal) goal = sweepDist;
    const minTrigger = sweepDist;
    const minRunway = 64 << 10;
    if (this.triggered !== NOT_TRIGGERED && goal < this.triggered + minRunway)
      goal = this.triggered + minRunway;
    return [goal, minTrigger];
  }

  heapGoal(): number {
    return this.heapGoalInternal()[0];
  }

  /** The heapLive value at which the next cycle starts (Go's trigger()). */
  trigger(): number {
    const [goal, mt] = this.heapGoalInternal();
    if (goal === Number.POSITIVE_INFINITY) return goal;
    const marked = this.heapMarked;
    if (marked >= goal) return goal;
    let minTrigger = Math.max(mt, marked);
    const lower = Math.floor((goal - marked) / TRIGGER_RATIO_DEN) * MIN_TRIGGER_RATIO_NUM + marked;
    if (minTrigger < lower) minTrigger = lower;
    let maxTrigger =
      Math.floor((goal - marked) / TRIGGER_RATIO_DEN) * MAX_TRIGGER_RATIO_NUM + marked;
    if (goal > DEFAULT_HEAP_MINIMUM && goal - DEFAULT_HEAP_MINIMUM > maxTrigger)
      maxTrigger = goal - DEFAULT_HEAP_MINIMUM;
    if (maxTrigger < minTrigger) maxTrigger = minTrigger;
    let trigger = this.runway > goal ? minTrigger : goal - this.runway;
    if (trigger < minTrigger) trigger = minTrigger;
    if (trigger > maxTrigger) trigger = maxTrigger;
    return trigger;
  }

  /** Start of a mark phase (Go's startCycle). */
  startCycle(now: number): void {
    this.heapScanWork = 0;
    this.stackScanWork = 0;
    this.globalsScanWork = 0;
    this.assistTime = 0;
    this.idleMarkTime = 0;
    this.markStartTime = now;
    this.triggered = this.trigger();
  }

  /** Recompute the assist ratio (Go's revise). */
  revise(heapLive: number, heapScan: number): void {
    let gcPercent = this.gcPercent;
    if (gcPercent < 0) gcPercent = 100000;
    const work = this.heapScanWork + this.stackScanWork + this.globalsScanWork;
    let heapGoal = this.heapGoal();
    if (heapGoal === Number.POSITIVE_INFINITY)
      heapGoal = heapLive + (heapLive * gcPercent) / 100 + DEFAULT_HEAP_MINIMUM;
    let scanWorkExpected = this.lastHeapScan + this.lastStackScan + this.globalsScan;
    const maxScanWork = heapScan + this.maxStackScan + this.globalsScan;
    if (work > scanWorkExpected) {
      let ext =
        Math.floor(((heapGoal - this.triggered) / Math.max(scanWorkExpected, 1)) * maxScanWork) +
        this.triggered;
      scanWorkExpected = maxScanWork;
      const hard = Math.floor((1 + gcPercent / 100) * heapGoal);
      if (ext > hard) ext = hard;
      heapGoal = ext;
    }
    if (heapLive > heapGoal) {
      heapGoal = Math.floor(heapGoal * 1.1);
      scanWorkExpected = maxScanWork;
    }
    let scanWorkRemaining = scanWorkExpected - work;
    if (scanWorkRemaining < 1000) scanWorkRemaining = 1000;
    let heapRemaining = heapGoal - heapLive;
    if (heapRemaining <= 0) heapRemaining = 1;
    this.assistWorkPerByte = scanWorkRemaining / heapRemaining;
    this.assistBytesPerWork = heapRemaining / scanWorkRemaining;
  }

  /** End of marking: update the cons/mark estimate (Go's endCycle). */
  endCycle(now: number, heapLive: number, procs: number): void {
    this.lastHeapGoal = this.heapGoal();
    const assistDuration = now - this.markStartTime;
    let utilization = GC_BACKGROUND_UTILIZATION;
    if (assistDuration > 0) utilization += this.assistTime / (assistDuration * procs);
    if (heapLive <= this.triggered) return;
    let idleUtilization = 0;
    if (assistDuration > 0) idleUtilization = this.idleMarkTime / (assistDuration * procs);
    const scanWork = this.heapScanWork + this.stackScanWork + this.globalsScanWork;
    if (scanWork <= 0 || utilization >= 1) return;
    const currentConsMark =
      ((heapLive - this.triggered) * (utilization + idleUtilization)) /
      (scanWork * (1 - utilization));
    const [v, ok] = this.consMarkController.next(this.consMark, currentConsMark, 1.0);
    this.consMark = ok ? v : 0;
  }

  /** After mark termination: the marked heap becomes the new base (Go's resetLive). */
  resetLive(bytesMarked: number): void {
    this.heapMarked = bytesMarked;
    this.lastHeapScan = this.heapScanWork;
    this.lastStackScan = this.stackScanWork;
    this.triggered = NOT_TRIGGERED;
  }
}
