/*
 * The IR: functions made of basic blocks of typed values, with explicit memory.
 *
 * What: the data model shared by the builder (build.ts), the printer (print.ts), the
 * verifier (verify.ts), lifting (lift.ts) and, later, escape analysis and code generation.
 * It follows golang.org/x/tools/go/ssa: a Function has a list of BasicBlocks; a block is
 * a list of Instrs ending in exactly one terminator (If, Jump, Return, Panic); an
 * instruction that produces a value has a `type`, the others have none. Operands are
 * always in `args`, so generic passes (verify, lift, referrers) never need a per-kind
 * switch to find them; kind-specific data (an operator, a field index, a name) sits in
 * named fields beside them.
 *
 * Unlifted form: the builder gives every source variable (parameters, named results,
 * locals) an Alloc, and reads and writes it with Load and Store, so escape analysis sees
 * variables exactly as gc does. Every allocation site — Alloc, MakeSlice, MakeMap,
 * MakeChan, MakeClosure, MakeInterface and allocating conversions — carries a `site`:
 * the text gc prints for it (`x`, `&T{...}`, `make([]int, n)`, `func literal`,
 * `... argument`, `new(T)`) and a `heap` flag that escape analysis decides (false until
 * then). Lifting (lift.ts) then turns Allocs whose only uses are Load/Store of the
 * variable itself into SSA registers with Phi nodes.
 *
 * Invariants (checked by verify.ts):
 *  - each block ends in exactly one terminator and has no other; `succs`/`preds` agree;
 *  - a Phi has one edge per predecessor, in `preds` order, and sits at the block start;
 *  - every operand is a Const/Parameter/FreeVar/Global/FuncRef or an instruction of the
 *    same function whose definition dominates the use;
 *  - types agree: a Load's type is its address's element type, a Store's value has it, …
 *
 * Go's run-time checks are explicit: a NilCheck before each dereference of a pointer that
 * may be nil, a BoundsCheck before each index or slice operation that needs one, so that
 * escape analysis and code generation see the same panicking points as gc.
 *
 * Example: `func f(x int) int { y := x + 1; return y }` builds (unlifted) to
 *   t0 = Alloc *int local "x";  Store t0 <- x;  t1 = Load t0 : int
 *   t2 = BinOp + t1 1:int : int;  t3 = Alloc *int local "y";  Store t3 <- t2
 *   t4 = Load t3 : int;  Return t4
 * and, lifted, to `t0 = BinOp + x 1:int : int;  Return t0`.
 */
import type { Pos } from "../syntax/ast.js";
import type { ConstValue } from "../types/constant.js";
import type { BuiltinId, Func, Package, Signature, Tuple, Type, Var } from "../types/types.js";

/** What gc would print for an allocation site, and where escape analysis put it. */
export interface AllocSite {
  /** `x`, `&T{...}`, `make([]int, n)`, `func literal`, `... argument`, `new(T)`, … */
  what: string;
  /** Decided by escape analysis; false until it runs. */
  heap: boolean;
  /**
   * A compiler temporary gc never reports (a range index, the value of a struct
   * literal, the result of `a && b`, …): escape analysis decides it like any other
   * location but prints nothing about it.
   */
  temp: boolean;
}

/** A compile-time constant; `value` undefined is the zero value of `type` (nil for pointers). */
export interface Const {
  kind: "Const";
  type: Type;
  value: ConstValue | undefined;
}

/** A function parameter (the receiver first for methods). */
export interface Parameter {
  kind: "Parameter";
  type: Type;
  name: string;
  pos: Pos;
  obj: Var | undefined;
}

/**
 * A value bound into a closure by MakeClosure. For a function literal it is a captured
 * variable: a pointer to the enclosing function's Alloc (capture by reference). For a
 * method-value wrapper (`(*T).M$bound`) it is the receiver value itself, copied when the
 * method value is evaluated, as Go's spec requires; `obj` is then undefined.
 */
export interface FreeVar {
  kind: "FreeVar";
  type: Type;
  name: string;
  pos: Pos;
  /** The captured source variable (undefined for a bound receiver). */
  obj: Var | undefined;
}

/** A package-level variable; its value is the variable's address. */
export interface Global {
  kind: "Global";
  type: Type;
  name: string;
  pos: Pos;
  obj: Var | undefined;
}

/** A reference to a function by name (a package function, a method, or a synthetic wrapper). */
export interface FuncRef {
  kind: "FuncRef";
  type: Type;
  name: string;
  /** The IR function when it belongs to the package being built. */
  fn: Function | undefined;
  obj: Func | undefined;
  /**
   * A synthetic wrapper: "bound" for method values, "thunk" for method expressions. `fn`
   * is then the wrapper's own IR function (see Function.wrapper), `obj` the method.
   */
  wrapper?: "bound" | "thunk";
}

export type BinOpKind =
  | "+"
  | "-"
  | "*"
  | "/"
  | "%"
  | "&"
  | "|"
  | "^"
  | "<<"
  | ">>"
  | "&^"
  | "=="
  | "!="
  | "<"
  | "<="
  | ">"
  | ">=";
export type UnOpKind = "-" | "!" | "^" | "<-";

/** How a call is made: static, through a closure value, an interface method, or a builtin. */
export type CallMode = "static" | "closure" | "invoke" | "builtin";
/** A call runs now, in a new goroutine, or at function exit. */
export type CallForm = "call" | "go" | "defer";

interface InstrBase {
  pos: Pos;
  /** Operands, in a fixed per-kind order documented on each kind. */
  args: Value[];
  /** The value type; undefined for instructions that produce no value. */
  type: Type | undefined;
  block: BasicBlock | undefined;
}

/** Allocates a zeroed variable of type `type.elem`; its value is the address. */
export interface Alloc extends InstrBase {
  kind: "Alloc";
  type: Type;
  site: AllocSite;
  /** The source variable, when this is one. */
  obj: Var | undefined;
}
/** args [addr] → *addr. */
export interface Load extends InstrBase {
  kind: "Load";
  type: Type;
}
/** args [addr, value]: *addr = value. */
export interface Store extends InstrBase {
  kind: "Store";
  type: undefined;
}
/** args [x] */
export interface UnOp extends InstrBase {
  kind: "UnOp";
  type: Type;
  op: UnOpKind;
  /** `v, ok := <-ch`: the value is a tuple (elem, bool). */
  commaOk: boolean;
}
/**
 * args [x, y]. A non-constant string concatenation allocates its result: `site` is set
 * on the outermost `+` of a chain (`s + t + "x"` is one site, as gc's OADDSTR), with
 * gc's text for the whole chain; undefined for every other BinOp.
 */
export interface BinOp extends InstrBase {
  kind: "BinOp";
  type: Type;
  op: BinOpKind;
  site: AllocSite | undefined;
}
/** args [ptr to struct] → pointer to field `field`. A nil check on the pointer. */
export interface FieldAddr extends InstrBase {
  kind: "FieldAddr";
  type: Type;
  field: number;
  name: string;
}
/** args [struct value] → field value. */
export interface Field extends InstrBase {
  kind: "Field";
  type: Type;
  field: number;
  name: string;
}
/** args [ptr to array or slice, index] → element address. Bounds-checked. */
export interface IndexAddr extends InstrBase {
  kind: "IndexAddr";
  type: Type;
}
/** args [array value or string, index] → element value. Bounds-checked. */
export interface Index extends InstrBase {
  kind: "Index";
  type: Type;
}
/** args [map, key] → value (or (value, ok) with commaOk). */
export interface Lookup extends InstrBase {
  kind: "Lookup";
  type: Type;
  commaOk: boolean;
}
/** args [map, key, value]: m[k] = v. */
export interface MapUpdate extends InstrBase {
  kind: "MapUpdate";
  type: undefined;
}
/** args [x, low?, high?, max?]; absent bounds are omitted and flagged. */
export interface Slice extends InstrBase {
  kind: "Slice";
  type: Type;
  hasLow: boolean;
  hasHigh: boolean;
  hasMax: boolean;
}
/** args [len, cap] */
export interface MakeSlice extends InstrBase {
  kind: "MakeSlice";
  type: Type;
  site: AllocSite;
}
/** args [] or [size hint] */
export interface MakeMap extends InstrBase {
  kind: "MakeMap";
  type: Type;
  site: AllocSite;
}
/**
 * args [size]. gc always allocates a channel on the heap (runtime.makechan) and prints
 * nothing about it: the site is `temp`, and code generation ignores `heap`.
 */
export interface MakeChan extends InstrBase {
  kind: "MakeChan";
  type: Type;
  site: AllocSite;
}
/** args [fn (FuncRef), ...bindings] → a closure value. */
export interface MakeClosure extends InstrBase {
  kind: "MakeClosure";
  type: Type;
  site: AllocSite;
  /**
   * Per binding, decided by escape analysis: gc captures this variable by value (it is
   * never reassigned nor address-taken, and at most 128 bytes), so the closure object
   * holds a copy of the variable and the FreeVar points at that copy.
   */
  byValue?: boolean[];
}
/**
 * args [x] → x boxed into interface `type`. `site` is undefined when x's type is
 * pointer-shaped (gc's IsDirectIface: a pointer, map, chan, func, unsafe.Pointer, or a
 * struct/array of exactly one such element): the interface's data word is x itself and
 * gc neither allocates nor prints anything. Otherwise `site.what` is the source text gc
 * prints (`x escapes to heap`). gc reports such a site even when, later, it needs no
 * heap memory (a constant, a zero-size value or a single byte use static data):
 * `staticData` records that case for code generation. A concrete operand of a
 * comparison with an interface (`iface == x`) is converted without a site either: gc
 * compares type word and data without boxing x.
 */
export interface MakeInterface extends InstrBase {
  kind: "MakeInterface";
  type: Type;
  site: AllocSite | undefined;
  /** x is a constant or zero-size: the boxed copy lives in read-only static data. */
  staticData: boolean;
}
/** args [x]: same underlying type, or interface to interface. No representation change. */
export interface ChangeType extends InstrBase {
  kind: "ChangeType";
  type: Type;
}
/** args [x]: numeric, string and pointer conversions; `site` when it allocates (string ↔ bytes). */
export interface Convert extends InstrBase {
  kind: "Convert";
  type: Type;
  site: AllocSite | undefined;
}
/** args [interface] → asserted value, or (value, ok) with commaOk. */
export interface TypeAssert extends InstrBase {
  kind: "TypeAssert";
  type: Type;
  asserted: Type;
  commaOk: boolean;
}
/** args [tuple] → component `index`. */
export interface Extract extends InstrBase {
  kind: "Extract";
  type: Type;
  index: number;
}
/**
 * args: static/closure [callee, ...args]; invoke [interface, ...args]; builtin [...args].
 * Go and defer forms produce no value.
 *
 * `append` always has two operands [slice, more]: `append(s, t...)` passes t itself; for
 * `append(s, a, b)` the builder stores a and b into a temporary array Alloc (site.temp,
 * `what` "append args"; gc prints nothing for it) and passes a slice of it, as go/ssa's
 * varargs. So one rule serves escape analysis in both forms: the contents of `more`
 * flow to the heap (gc: "appended to slice"), the temporary array itself does not.
 */
export interface Call extends InstrBase {
  kind: "Call";
  mode: CallMode;
  form: CallForm;
  /** The interface method for invoke. */
  method: Func | undefined;
  builtin: BuiltinId | undefined;
}
/** args [chan, value] */
export interface Send extends InstrBase {
  kind: "Send";
  type: undefined;
}
/** One case of a Select: a receive or a send on args' channel. */
export interface SelectState {
  dir: "send" | "recv";
  pos: Pos;
}
/**
 * args: for each state its channel, then (send) its value. Value: tuple
 * (index int, recvOk bool, one value per receive state). index -1 is the default case.
 */
export interface Select extends InstrBase {
  kind: "Select";
  type: Tuple;
  states: SelectState[];
  blocking: boolean;
}
/** args [string or map] → an iterator. */
export interface Range extends InstrBase {
  kind: "Range";
  type: Type;
}
/** args [iterator] → (ok bool, key, value). */
export interface Next extends InstrBase {
  kind: "Next";
  type: Tuple;
  isString: boolean;
}
/**
 * args [ptr]: panics with a nil dereference if ptr is nil. Emitted where Go dereferences a
 * pointer that may be nil (`*p`, `p.f` through a pointer, `p[i]` on a pointer to array);
 * never for the address of a variable or of a field or element (those are never nil).
 * Also for an interface whose method value is taken (`i.M` panics on a nil interface).
 */
export interface NilCheck extends InstrBase {
  kind: "NilCheck";
  type: undefined;
  /**
   * In the wrapper that calls a value method of T on a *T (through an interface or the
   * method expression `(*T).M`): Go's panicwrap message for a nil pointer,
   * `value method main.T.M called using nil *T pointer`, instead of a nil dereference.
   */
  panicwrap?: string;
}
/**
 * "index": args [i, len], panics unless 0 <= i < len (indexing a slice, array or string).
 * "slice": args [bounds..., limit], panics unless 0 <= low <= high <= max <= limit
 * (limit is cap for a slice, len for a string or an array). Omitted for a constant index
 * into an array, which the type checker already proved in range.
 */
export interface BoundsCheck extends InstrBase {
  kind: "BoundsCheck";
  type: undefined;
  check: "index" | "slice";
}
/** Runs the deferred calls at a function exit (before Return). */
export interface RunDefers extends InstrBase {
  kind: "RunDefers";
  type: undefined;
}
/** args [interface value]; a terminator. */
export interface Panic extends InstrBase {
  kind: "Panic";
  type: undefined;
}
/** args: the results; a terminator. */
export interface Return extends InstrBase {
  kind: "Return";
  type: undefined;
}
/** args [cond]; succs [then, else]; a terminator. */
export interface If extends InstrBase {
  kind: "If";
  type: undefined;
}
/** succs [target]; a terminator. */
export interface Jump extends InstrBase {
  kind: "Jump";
  type: undefined;
}
/** args: one per predecessor, in `block.preds` order. */
export interface Phi extends InstrBase {
  kind: "Phi";
  type: Type;
  /** The lifted variable, for the printer. */
  comment: string;
}
/** A construct the builder does not lower yet; the verifier accepts it, the printer shows it. */
export interface Unsupported extends InstrBase {
  kind: "Unsupported";
  what: string;
}

export type Instr =
  | Alloc
  | Load
  | Store
  | UnOp
  | BinOp
  | FieldAddr
  | Field
  | IndexAddr
  | Index
  | Lookup
  | MapUpdate
  | Slice
  | MakeSlice
  | MakeMap
  | MakeChan
  | MakeClosure
  | MakeInterface
  | ChangeType
  | Convert
  | TypeAssert
  | Extract
  | Call
  | Send
  | Select
  | Range
  | Next
  | NilCheck
  | BoundsCheck
  | RunDefers
  | Panic
  | Return
  | If
  | Jump
  | Phi
  | Unsupported;

export type Value = Const | Parameter | FreeVar | Global | FuncRef | Instr;

export interface BasicBlock {
  index: number;
  /** Why the block exists (entry, if.then, for.body, …), for readers of the printed IR. */
  comment: string;
  instrs: Instr[];
  preds: BasicBlock[];
  succs: BasicBlock[];
  parent: Function;
}

export interface Function {
  /** `f`, `(*T).M`, `f$1` for the first closure inside f, `init#1` for source init funcs. */
  name: string;
  pos: Pos;
  sig: Signature;
  params: Parameter[];
  freeVars: FreeVar[];
  blocks: BasicBlock[];
  /** The enclosing function of a closure. */
  parent: Function | undefined;
  /** Closures defined in this function, in order. */
  anonFuncs: Function[];
  /** The Allocs of the named results, in order (empty for unnamed results). */
  namedResults: Alloc[];
  /** The body contains a defer statement: a recovered panic returns the named results' memory. */
  hasDefer: boolean;
  /** Declared without a body (provided by the runtime). */
  external: boolean;
  /** Set once lift.ts has run. */
  lifted: boolean;
  /**
   * A synthetic wrapper. "bound" (`(*T).M$bound`): the function of a method value; its
   * one FreeVar is the receiver, its params are the method's, its body calls the method
   * (an invoke for an interface method). "thunk" (`(*T).M$thunk`): the function of a
   * method expression; its first param is the receiver (walked through embedded fields
   * when the method is promoted) and the rest are the method's.
   */
  wrapper: "bound" | "thunk" | undefined;
}

export interface Program {
  pkg: Package;
  /**
   * Functions and methods of the package in source order, then `init`, then the
   * synthetic wrappers in order of first use; closures hang off their parents.
   */
  funcs: Function[];
  globals: Global[];
}

/** The type of a Range iterator (compared by identity). */
export const iterType: Tuple = { kind: "Tuple", vars: [] };

export const terminators = new Set<Instr["kind"]>(["If", "Jump", "Return", "Panic"]);

export function isInstr(v: Value): v is Instr {
  return "block" in v;
}

/** Every function of the program, closures after their parents (depth first). */
export function allFunctions(prog: Program): Function[] {
  const out: Function[] = [];
  const walk = (f: Function): void => {
    out.push(f);
    for (const a of f.anonFuncs) walk(a);
  };
  for (const f of prog.funcs) walk(f);
  return out;
}
