/*
 * The flags of `minigo tool compile` (and of `minigo build -gcflags='…'`), parsed the way
 * Go's flag package parses gc's: `-x` or `--x`, `-x=v` or `-x v` for valued flags, bool
 * flags take `-x=true|false` only, parsing stops at the first non-flag or at `--`.
 *
 * Why its own file: the two commands share it, and gc's flag set is a table, not logic.
 *
 * Invariant: every gc flag minigo acts on has a field in CompileFlags; flags gc has that
 * minigo accepts without acting on them (-p, -o, -std, …) are listed as such; anything else
 * is a UsageError with the flag package's words (`flag provided but not defined: -zz`).
 *
 * Example: parseCompileFlags(["-e", "-p", "main", "x.go"])
 *   → { flags: { allErrors: true, … }, rest: ["x.go"] }
 */

export interface CompileFlags {
  /** -e: report all errors. */
  allErrors: boolean;
  /** -complete: the package is all Go (no missing bodies, main needs func main). */
  complete: boolean;
  /** -h / -help. */
  help: boolean;
  /** -V: print the version. */
  version: boolean;
  /** -m: escape analysis diagnostics; each -m adds one, -m=N sets N (2 adds flow explanations). */
  escapeLevel: number;
  /** -l: disable inlining. minigo has no inliner yet, so this changes nothing it prints. */
  noInline: boolean;
}

export class UsageError extends Error {}

/** gc's boolean flags that minigo accepts and ignores (they change nothing minigo reports). */
const ignoredBoolFlags = new Set([
  "std",
  "complete",
  "pack",
  "N",
  "S",
  "race",
  "shared",
  "dynlink",
  "nolocalimports",
  "wb",
]);
/** gc's valued flags that minigo accepts and ignores. */
const ignoredValueFlags = new Set([
  "p",
  "o",
  "lang",
  "trimpath",
  "importcfg",
  "D",
  "I",
  "buildid",
  "goversion",
  "c",
  "asmhdr",
  "symabis",
  "embedcfg",
]);

export function parseCompileFlags(args: readonly string[]): {
  flags: CompileFlags;
  rest: string[];
} {
  const flags: CompileFlags = {
    allErrors: false,
    complete: false,
    help: false,
    version: false,
    escapeLevel: 0,
    noInline: false,
  };
  let i = 0;
  for (; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--") {
      i++;
      break;
    }
    if (!arg.startsWith("-") || arg === "-") break;
    const body = arg.replace(/^--?/, "");
    const eq = body.indexOf("=");
    const name = eq < 0 ? body : body.slice(0, eq);
    const inline = eq < 0 ? undefined : body.slice(eq + 1);
    const boolValue = (): boolean => {
      if (inline === undefined || inline === "true" || inline === "1") return true;
      if (inline === "false" || inline === "0") return false;
      throw new UsageError(`invalid boolean value "${inline}" for -${name}: parse error`);
    };
    if (name === "e") flags.allErrors = boolValue();
    else if (name === "complete") flags.complete = boolValue();
    else if (name === "h" || name === "help") flags.help = true;
    else if (name === "V") flags.version = boolValue();
    else if (ignoredBoolFlags.has(name)) boolValue();
    else if (ignoredValueFlags.has(name)) {
      if (inline === undefined) {
        if (i + 1 >= args.length) throw new UsageError(`flag needs an argument: -${name}`);
        i++;
      }
    } else if (name === "m" || name === "l") {
      // Count flags, as gc's: `-m -m` is `-m=2`; `-m=0` turns it off.
      let n: number;
      if (inline === undefined) n = (name === "m" ? flags.escapeLevel : flags.noInline ? 1 : 0) + 1;
      else if (/^\d+$/.test(inline)) n = Number(inline);
      else if (inline === "true") n = 1;
      else if (inline === "false") n = 0;
      else throw new UsageError(`invalid value "${inline}" for flag -${name}: parse error`);
      if (name === "m") flags.escapeLevel = n;
      else flags.noInline = n > 0;
    } else throw new UsageError(`flag provided but not defined: -${name}`);
  }
  return { flags, rest: args.slice(i) };
}
