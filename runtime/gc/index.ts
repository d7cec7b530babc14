// runtime/gc: the incremental tri-colour collector. See collector.ts for the
// phases of a cycle and roots.ts for how the program exposes its roots.

export * from "./godebug.js";
export * from "./roots.js";
export * from "./mark.js";
export * from "./barrier.js";
export * from "./sweep.js";
export * from "./pacer.js";
export * from "./checkmark.js";
export * from "./memstats.js";
export * from "./gctrace.js";
export * from "./collector.js";
export * from "./mutator.js";
export * from "./warmup.js";
