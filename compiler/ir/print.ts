/*
 * Printing the IR as stable text.
 *
 * What: printFunction / printProgram render functions block by block, one instruction a
 * line, in the spirit of go/ssa's printer:
 *
 *     func f(x int) int
 *     b0: entry
 *       t0 = Alloc *int x
 *       Store t0 <- x
 *       t1 = Load t0 : int
 *       Return t1
 *
 * Values are named when printed: instructions that produce a value get t0, t1, … in
 * block order; parameters and free variables print by name, globals as `@name`,
 * functions as their name, constants as `value:type`. An allocation site prints after
 * its instruction as `local|heap [temp] "what"`; a MakeInterface whose copy is static
 * data (a constant or zero-size value) says `static` before it. A block header lists its
 * predecessors when it has several or when it is not the entry. With `positions`, each
 * line ends with `@line:col`.
 *
 * Invariant: the output depends only on the IR (not on object identity or map order), so
 * golden files compare byte for byte.
 */
import { exactString } from "../types/constant.js";
import { typeString } from "../types/typestring.js";
import type { Package } from "../types/types.js";
import {
  type AllocSite,
  type Function,
  type Instr,
  type Program,
  type Value,
  allFunctions,
  iterType,
} from "./ir.js";

export interface PrintOptions {
  positions?: boolean;
}

/** Names the values of fn (t0, t1, … in block order). */
export function valueNames(fn: Function): Map<Value, string> {
  const names = new Map<Value, string>();
  let n = 0;
  for (const b of fn.blocks) {
    for (const i of b.instrs) if (i.type !== undefined) names.set(i, `t${n++}`);
  }
  return names;
}

export function printProgram(prog: Program, opts: PrintOptions = {}, only?: string): string {
  const out: string[] = [];
  out.push(`package ${prog.pkg.name}\n`);
  if (only === undefined) {
    for (const g of prog.globals) out.push(`var @${g.name} ${typeString(g.type, prog.pkg)}\n`);
  }
  for (const f of allFunctions(prog)) {
    if (only !== undefined && f.name !== only) continue;
    out.push("\n");
    out.push(printFunction(f, prog.pkg, opts));
  }
  return out.join("");
}

export function printFunction(
  fn: Function,
  pkg: Package | undefined,
  opts: PrintOptions = {},
): string {
  const names = valueNames(fn);
  const ts = (t: Value["type"]): string => (t === iterType ? "iter" : t ? typeString(t, pkg) : "");
  const name = (v: Value): string => {
    switch (v.kind) {
      case "Const":
        return v.value === undefined
          ? `zero:${ts(v.type)}`
          : `${exactString(v.value)}:${ts(v.type)}`;
      case "Parameter":
      case "FreeVar":
        return v.name;
      case "Global":
        return `@${v.name}`;
      case "FuncRef":
        return v.name;
      default:
        return names.get(v) ?? `?${v.kind}`;
    }
  };
  const out: string[] = [];
  const params = fn.params.map((p) => `${p.name} ${ts(p.type)}`).join(", ");
  const results = fn.sig.results.vars.map((r) => ts(r.type));
  const res =
    results.length === 0
      ? ""
      : results.length === 1
        ? ` ${results[0]}`
        : ` (${results.join(", ")})`;
  out.push(`func ${fn.name}(${params})${res}${fn.lifted ? " (lifted)" : ""}\n`);
  if (fn.parent) out.push(`  parent: ${fn.parent.name}\n`);
  if (fn.freeVars.length > 0) {
    out.push(`  free: ${fn.freeVars.map((f) => `${f.name} ${ts(f.type)}`).join(", ")}\n`);
  }
  if (fn.external) {
    out.push("  external\n");
    return out.join("");
  }
  for (const b of fn.blocks) {
    const preds = b.preds.length > 0 ? ` preds ${b.preds.map((p) => `b${p.index}`).join(" ")}` : "";
    out.push(`b${b.index}: ${b.comment}${preds}\n`);
    for (const i of b.instrs) {
      let line = instrString(i, name, ts);
      if (i.type !== undefined) line = `${names.get(i)} = ${line}`;
      if (opts.positions) line += `  @${i.pos.line}:${i.pos.col}`;
      out.push(`  ${line}\n`);
    }
  }
  return out.join("");
}

function instrString(
  i: Instr,
  name: (v: Value) => string,
  ts: (t: Value["type"]) => string,
): string {
  const a = i.args.map(name);
  const succ = (k: number): string => `b${i.block?.succs[k]?.index ?? "?"}`;
  const siteOf = (s: AllocSite | undefined): string =>
    s === undefined
      ? ""
      : ` ${s.heap ? "heap" : "local"}${s.temp ? " temp" : ""}${s.what !== "" ? ` ${JSON.stringify(s.what)}` : ""}`;
  switch (i.kind) {
    case "Alloc":
      return `Alloc ${ts(i.type)}${siteOf(i.site)}`;
    case "Load":
      return `Load ${a[0]} : ${ts(i.type)}`;
    case "Store":
      return `Store ${a[0]} <- ${a[1]}`;
    case "UnOp":
      return `UnOp ${i.op} ${a[0]}${i.commaOk ? ",ok" : ""} : ${ts(i.type)}`;
    case "BinOp":
      return `BinOp ${i.op} ${a[0]} ${a[1]} : ${ts(i.type)}${siteOf(i.site)}`;
    case "FieldAddr":
      return `FieldAddr ${a[0]} .${i.name} #${i.field} : ${ts(i.type)}`;
    case "Field":
      return `Field ${a[0]} .${i.name} #${i.field} : ${ts(i.type)}`;
    case "IndexAddr":
      return `IndexAddr ${a[0]} [${a[1]}] : ${ts(i.type)}`;
    case "Index":
      return `Index ${a[0]} [${a[1]}] : ${ts(i.type)}`;
    case "Lookup":
      return `Lookup ${a[0]} [${a[1]}]${i.commaOk ? ",ok" : ""} : ${ts(i.type)}`;
    case "MapUpdate":
      return `MapUpdate ${a[0]} [${a[1]}] <- ${a[2]}`;
    case "Slice": {
      let k = 1;
      const parts: string[] = [];
      if (i.hasLow) parts.push(`low ${a[k++]}`);
      if (i.hasHigh) parts.push(`high ${a[k++]}`);
      if (i.hasMax) parts.push(`max ${a[k++]}`);
      return `Slice ${a[0]}${parts.length > 0 ? ` [${parts.join(", ")}]` : ""} : ${ts(i.type)}`;
    }
    case "MakeSlice":
    case "MakeMap":
    case "MakeChan":
      return `${i.kind} ${ts(i.type)} (${a.join(", ")})${siteOf(i.site)}`;
    case "MakeInterface":
      return `MakeInterface ${ts(i.type)} (${a.join(", ")})${i.staticData ? " static" : ""}${siteOf(i.site)}`;
    case "MakeClosure":
      return `MakeClosure ${a[0]} [${a.slice(1).join(", ")}] : ${ts(i.type)}${siteOf(i.site)}`;
    case "ChangeType":
      return `ChangeType ${a[0]} : ${ts(i.type)}`;
    case "Convert":
      return `Convert ${a[0]} : ${ts(i.type)}${siteOf(i.site)}`;
    case "TypeAssert":
      return `TypeAssert ${a[0]}.(${ts(i.asserted)})${i.commaOk ? ",ok" : ""} : ${ts(i.type)}`;
    case "Extract":
      return `Extract ${a[0]} #${i.index} : ${ts(i.type)}`;
    case "Call": {
      const form = i.form === "call" ? "Call" : i.form === "go" ? "Go" : "Defer";
      const t = i.type !== undefined ? ` : ${ts(i.type)}` : "";
      switch (i.mode) {
        case "builtin":
          return `${form} builtin ${i.builtin}(${a.join(", ")})${t}`;
        case "invoke":
          return `${form} invoke ${a[0]}.${i.method?.name}(${a.slice(1).join(", ")})${t}`;
        default:
          return `${form} ${i.mode} ${a[0]}(${a.slice(1).join(", ")})${t}`;
      }
    }
    case "Send":
      return `Send ${a[0]} <- ${a[1]}`;
    case "Select": {
      let k = 0;
      const states = i.states.map((s) =>
        s.dir === "send" ? `${a[k++]}<-${a[k++]}` : `<-${a[k++]}`,
      );
      return `Select ${i.blocking ? "blocking" : "nonblocking"} [${states.join(", ")}] : ${ts(i.type)}`;
    }
    case "Range":
      return `Range ${a[0]} : iter`;
    case "Next":
      return `Next ${a[0]}${i.isString ? " string" : " map"} : ${ts(i.type)}`;
    case "NilCheck":
      return `NilCheck ${a[0]}`;
    case "BoundsCheck":
      return i.check === "index"
        ? `BoundsCheck ${a[0]} < ${a[1]}`
        : `BoundsCheck slice ${a.slice(0, -1).join(" <= ")} <= ${a[a.length - 1]}`;
    case "RunDefers":
      return "RunDefers";
    case "Panic":
      return `Panic ${a[0]}`;
    case "Return":
      return a.length > 0 ? `Return ${a.join(", ")}` : "Return";
    case "If":
      return `If ${a[0]} -> ${succ(0)} ${succ(1)}`;
    case "Jump":
      return `Jump ${succ(0)}`;
    case "Phi": {
      const edges = i.args.map((v, k) => `b${i.block?.preds[k]?.index ?? "?"}:${name(v)}`);
      return `Phi [${edges.join(", ")}] : ${ts(i.type)} ${i.comment}`;
    }
    case "Unsupported":
      return `Unsupported "${i.what}"${a.length > 0 ? ` (${a.join(", ")})` : ""}${i.type !== undefined ? ` : ${ts(i.type)}` : ""}`;
  }
}
