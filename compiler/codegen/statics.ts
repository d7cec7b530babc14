/*
 * Static data: the read-only bytes a program starts with — string literals' bytes and
 * headers, constant boxes, static closures of functions used as values — laid out in one
 * block that the runtime copies into the linear memory at start-up.
 *
 * What: StaticData.string(s) returns the offset of a 16-byte string header {ptr, len}
 * whose ptr is filled in at link time (relocation: base + offset of the bytes);
 * bytes(b) the offset of raw bytes; closure(fid) of a one-word closure object; and
 * relocs lists every word that holds an offset to be rebased. Identical strings share.
 *
 * Why: literals must live in the linear memory (strings are bytes there), but are not heap
 * objects: nothing frees them and the GC ignores pointers to them (it only marks
 * addresses inside heap spans).
 *
 * Invariant: every multi-byte item is 8-aligned; relocated words hold the item's offset
 * until the runtime adds the base.
 *
 * Example: string("hi") → header at 16 (relocated ptr → 0, len 2), bytes "hi" at 0.
 */
export class StaticData {
  private bytes: number[] = [];
  private readonly strings = new Map<string, number>();
  private readonly closures = new Map<number, number>();
  readonly relocs: number[] = [];

  get size(): number {
    return this.bytes.length;
  }

  private align(): void {
    while (this.bytes.length % 8 !== 0) this.bytes.push(0);
  }

  private word(v: number): void {
    for (let i = 0; i < 8; i++) this.bytes.push(i < 4 ? (v >>> (8 * i)) & 0xff : 0);
  }

  /** Offset of raw bytes (a Go byte string: one char per byte). */
  raw(s: string): number {
    this.align();
    const at = this.bytes.length;
    for (let i = 0; i < s.length; i++) this.bytes.push(s.charCodeAt(i) & 0xff);
    return at;
  }

  /** Offset of a string header for the Go byte string s. */
  string(s: string): number {
    const hit = this.strings.get(s);
    if (hit !== undefined) return hit;
    const data = s.length === 0 ? -1 : this.raw(s);
    this.align();
    const at = this.bytes.length;
    if (data < 0) this.word(0);
    else {
      this.relocs.push(at);
      this.word(data);
    }
    this.word(s.length);
    this.strings.set(s, at);
    return at;
  }

  /** Offset of a block holding the given little-endian bytes. */
  block(b: Uint8Array): number {
    this.align();
    const at = this.bytes.length;
    for (const x of b) this.bytes.push(x);
    this.align();
    return at;
  }

  /** Offset of the static closure object of function fid. */
  closure(fid: number): number {
    const hit = this.closures.get(fid);
    if (hit !== undefined) return hit;
    this.align();
    const at = this.bytes.length;
    this.word(fid);
    this.closures.set(fid, at);
    return at;
  }

  /** The bytes as base64 (for embedding in the module). */
  base64(): string {
    let s = "";
    const b = this.bytes;
    for (let i = 0; i < b.length; i += 0x8000) {
      s += String.fromCharCode(...b.slice(i, i + 0x8000));
    }
    return btoa(s);
  }
}
