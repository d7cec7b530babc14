// Type descriptors: what the collector needs to know about a type to scan an
// object of it precisely.
//
// Go's compiler emits, for every type, its size and a pointer bitmap (which
// words hold pointers); malloc copies that bitmap into the heap bitmap so the
// GC can tell pointers from integers. minigo records, instead of a per-word
// heap bitmap, the *type id* of every object in a scannable span (one Uint32
// per object slot, see span.ts; large objects keep it on the span). The scanner
// looks the descriptor up and visits exactly the pointer words. An allocation
// of `n` elements (an array or slice backing store) stores the element type;
// the scanner repeats the element's pointer pattern across the object, as Go
// does for arrays; slots past the requested length are zeroed and read as nil.
//
// Invariant: a descriptor never changes once registered; id 0 is reserved for
// "no type"; `ptrWords` is sorted and every entry < size/8; `noscan` iff there
// are no pointer words; `ptrdata` is the byte length of the prefix that holds
// all pointers (Go's ptrdata).
//
// Example (type T struct { a int; p *T; b int; q *int }, 32 bytes):
//
//	const T = registry.register("T", 32, [1, 3]);   // words 1 and 3 are pointers
//	T.ptrdata === 32; T.noscan === false

export interface TypeDesc {
  readonly id: number;
  readonly name: string;
  /** Size in bytes (a multiple of 8 for pointerful types). */
  readonly size: number;
  /** Word offsets (0-based, in 8-byte words) of the pointer fields. */
  readonly ptrWords: Int32Array;
  /** Byte length of the prefix that contains all pointers (0 for noscan). */
  readonly ptrdata: number;
  /** True when the type contains no pointers. */
  readonly noscan: boolean;
}

export class TypeRegistry {
  /** Indexed by id; index 0 is a placeholder. */
  readonly types: TypeDesc[] = [];

  constructor() {
    this.types.push({
      id: 0,
      name: "<none>",
      size: 0,
      ptrWords: new Int32Array(0),
      ptrdata: 0,
      noscan: true,
    });
  }

  /** Register a type of `size` bytes whose pointer fields are at the given word offsets. */
  register(name: string, size: number, ptrWords: readonly number[] = []): TypeDesc {
    if (!Number.isInteger(size) || size < 0) throw new RangeError(`bad type size ${size}`);
    const words = Int32Array.from([...new Set(ptrWords)].sort((a, b) => a - b));
    for (const w of words) {
      if (w < 0 || (w + 1) * 8 > size)
        throw new RangeError(`pointer word ${w} outside type ${name} of size ${size}`);
    }
    const ptrdata = words.length === 0 ? 0 : (words[words.length - 1] + 1) * 8;
    const t: TypeDesc = {
      id: this.types.length,
      name,
      size,
      ptrWords: words,
      ptrdata,
      noscan: words.length === 0,
    };
    this.types.push(t);
    return t;
  }

  get(id: number): TypeDesc {
    return this.types[id];
  }
}
