/*
 * The source lines escape analysis reads to print gc's texts and positions.
 *
 * What: the lines of each source file of a program, split once and kept. The IR records
 * positions but not expression texts, so the lowering and the diagnostics look at the
 * source line of a position (a statement's text, the `(` of a call, a `//go:` pragma).
 *
 * Why a shared object: splitting a file per question made the pass quadratic — a
 * 100,000-line program spent most of its time re-splitting its own text (bench/escape).
 *
 * Invariant: every file is split at most once per program; a file not given has no
 * lines (every line reads as "").
 *
 * Example: new SourceLines([{ name: "x.go", text: "package p\nvar x int\n" }])
 *   .line("x.go", 2) === "var x int"
 */
export class SourceLines {
  private readonly texts: ReadonlyMap<string, string>;
  private readonly split = new Map<string, readonly string[]>();

  constructor(files: readonly { name: string; text: string }[]) {
    this.texts = new Map(files.map((f) => [f.name, f.text]));
  }

  /** Whether the file is one of the program's sources. */
  has(file: string): boolean {
    return this.texts.has(file);
  }

  /** All lines of file (0-based array). */
  lines(file: string): readonly string[] {
    let ls = this.split.get(file);
    if (ls === undefined) {
      ls = (this.texts.get(file) ?? "").split("\n");
      this.split.set(file, ls);
    }
    return ls;
  }

  /** Line n (1-based) of file, "" past the end. */
  line(file: string, n: number): string {
    return this.lines(file)[n - 1] ?? "";
  }
}
