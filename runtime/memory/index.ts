// runtime/memory: linear memory, size classes, spans, mcache/mcentral/mheap
// and malloc. See malloc.ts for the path an allocation takes.

export * from "./fatal.js";
export * from "./linear.js";
export * from "./sizeclasses.js";
export * from "./typedesc.js";
export * from "./span.js";
export * from "./pageheap.js";
export * from "./mcentral.js";
export * from "./mcache.js";
export * from "./stackalloc.js";
export * from "./malloc.js";
