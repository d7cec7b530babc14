// Size classes: Go 1.19's table of small-object sizes.
//
// Small objects (<= 32 KB) are rounded up to one of 67 size classes; class 0
// means "large" (the object gets its own span). Each class has a span size in
// pages chosen (by Go's mksizeclasses.go) so that the tail waste at the end of
// a span and the rounding waste inside objects both stay below 12.5%. Using
// the same classes as Go means that `HeapInuse`, `Mallocs` and the size
// histogram of a program mean the same here as under the gc toolchain.
//
// Lookup follows Go: sizes up to 1024-8 use a table indexed by ceil(size/8);
// larger small sizes use a table indexed by ceil((size-1024)/128).
//
// Invariant: CLASS_TO_SIZE is strictly increasing, every size <= 32768 maps to
// the smallest class whose size is >= it, and CLASS_NELEMS[c] * CLASS_TO_SIZE[c]
// <= CLASS_NPAGES[c] * PAGE_SIZE. The values are facts about Go 1.19 and are
// checked against the installed sizeclasses.go by sizeclasses.test.ts.
//
// Example:
//
//	sizeToClass(17) === 3;  CLASS_TO_SIZE[3] === 24;  CLASS_NPAGES[3] === 1
//	sizeToClass(32769) === 0   // large object

/** log2 of the page size: pages are 8 KB, as in Go. */
export const PAGE_SHIFT = 13;
export const PAGE_SIZE = 1 << PAGE_SHIFT;
/** Largest small object; anything bigger is a large object with its own span. */
export const MAX_SMALL_SIZE = 32768;
export const SMALL_SIZE_DIV = 8;
export const SMALL_SIZE_MAX = 1024;
export const LARGE_SIZE_DIV = 128;
/** Number of size classes including class 0 (large). */
export const NUM_SIZE_CLASSES = 68;
/** Scan and noscan variant of every class. */
export const NUM_SPAN_CLASSES = NUM_SIZE_CLASSES << 1;
/** Tiny allocator block size (Go's maxTinySize). */
export const MAX_TINY_SIZE = 16;
/** Size class of 16-byte blocks (the tiny allocator's blocks). */
export const TINY_SIZE_CLASS = 2;

export const CLASS_TO_SIZE: readonly number[] = [
  0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320, 352,
  384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792, 2048, 2304,
  2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728, 10240, 10880,
  12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768,
];
export const CLASS_NPAGES: readonly number[] = [
  0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 2, 1, 2, 1, 2, 1, 3, 2, 3, 1, 3, 2, 3, 4, 5, 6, 1, 7, 6, 5, 4, 3, 5, 7, 2, 9, 7, 5, 8, 3,
  10, 7, 4,
];
const SIZE_TO_CLASS8_LIST: readonly number[] = [
  0, 1, 2, 3, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13, 14, 14, 15, 15, 16,
  16, 17, 17, 18, 18, 19, 19, 19, 19, 20, 20, 20, 20, 21, 21, 21, 21, 22, 22, 22, 22, 23, 23, 23,
  23, 24, 24, 24, 24, 25, 25, 25, 25, 26, 26, 26, 26, 27, 27, 27, 27, 27, 27, 27, 27, 28, 28, 28,
  28, 28, 28, 28, 28, 29, 29, 29, 29, 29, 29, 29, 29, 30, 30, 30, 30, 30, 30, 30, 30, 31, 31, 31,
  31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32,
  32, 32, 32, 32, 32,
];
const SIZE_TO_CLASS128_LIST: readonly number[] = [
  32, 33, 34, 35, 36, 37, 37, 38, 38, 39, 39, 40, 40, 40, 41, 41, 41, 42, 43, 43, 44, 44, 44, 44,
  44, 45, 45, 45, 45, 45, 45, 46, 46, 46, 46, 47, 47, 47, 47, 47, 47, 48, 48, 48, 49, 49, 50, 51,
  51, 51, 51, 51, 51, 51, 51, 51, 51, 52, 52, 52, 52, 52, 52, 52, 52, 52, 52, 53, 53, 54, 54, 54,
  54, 55, 55, 55, 55, 55, 56, 56, 56, 56, 56, 56, 56, 56, 56, 56, 56, 57, 57, 57, 57, 57, 57, 57,
  57, 57, 57, 58, 58, 58, 58, 58, 58, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59,
  59, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 61, 61, 61, 61, 61, 62, 62,
  62, 62, 62, 62, 62, 62, 62, 62, 62, 63, 63, 63, 63, 63, 63, 63, 63, 63, 63, 64, 64, 64, 64, 64,
  64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 65, 65, 65, 65, 65, 65, 65,
  65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 66, 66, 66, 66, 66, 66, 66, 66, 66, 66,
  66, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67,
  67, 67, 67, 67, 67, 67, 67, 67, 67,
];

/** Class by ceil(size/8) for size <= 1024-8 (typed array for fast lookup). */
export const SIZE_TO_CLASS8 = Uint8Array.from(SIZE_TO_CLASS8_LIST);
/** Class by ceil((size-1024)/128) for 1024-8 < size <= 32768. */
export const SIZE_TO_CLASS128 = Uint8Array.from(SIZE_TO_CLASS128_LIST);
/** Objects per span for each class (0 for class 0). */
export const CLASS_NELEMS: readonly number[] = CLASS_TO_SIZE.map((s, c) =>
  c === 0 ? 0 : Math.floor((CLASS_NPAGES[c] * PAGE_SIZE) / s),
);
/** Element sizes as a typed array (hot path). */
export const CLASS_SIZE_U32 = Uint32Array.from(CLASS_TO_SIZE);

/** Size class for an object of `size` bytes (0 = large). */
export function sizeToClass(size: number): number {
  if (size <= SMALL_SIZE_MAX - 8) return SIZE_TO_CLASS8[(size + SMALL_SIZE_DIV - 1) >> 3];
  if (size <= MAX_SMALL_SIZE)
    return SIZE_TO_CLASS128[(size - SMALL_SIZE_MAX + LARGE_SIZE_DIV - 1) >> 7];
  return 0;
}

/** Go's roundupsize: the number of bytes malloc actually reserves for `size`. */
export function roundupsize(size: number): number {
  if (size <= MAX_SMALL_SIZE) return CLASS_TO_SIZE[sizeToClass(size)];
  return Math.ceil(size / PAGE_SIZE) * PAGE_SIZE;
}

/** A span class packs a size class and a noscan bit: (sizeclass << 1) | noscan. */
export function makeSpanClass(sizeclass: number, noscan: boolean): number {
  return (sizeclass << 1) | (noscan ? 1 : 0);
}
