/*
 * The universe scope and package unsafe: what every Go program sees before its imports.
 *
 * What: the predeclared types (bool, int…, string, error, the aliases byte, rune and any),
 * constants (true, false, iota), nil, and the builtin functions; plus the `unsafe` package
 * (Pointer, Sizeof, Alignof, Offsetof, Add, Slice), which the checker provides itself
 * rather than from source.
 *
 * Why one shared instance: predeclared types are compared by identity everywhere
 * (`t === typ.int`), so they are created once, at module load, and shared by every package
 * checked in the process (the stdlib importer reuses the universe across packages).
 *
 * Invariant: `typ[name]` is the single Basic for each BasicName; byte and rune are distinct
 * Basic objects whose `name` is uint8/int32 (so identity checks must go through
 * `basicName`, never object identity, for those two).
 *
 * Example: lookupParent(universe, "len") is the Builtin {id: "len"};
 *          universe.elems.get("byte").type is {name: "uint8", display: "byte"}.
 */
import {
  type Basic,
  type BasicName,
  type Builtin,
  type BuiltinId,
  type Interface,
  type Named,
  type Package,
  type Scope,
  type TypeName,
  type Type,
  newFunc,
  newParam,
  newScope,
  newSignature,
  noPos,
} from "./types.js";

function basic(name: BasicName, display: string = name): Basic {
  return { kind: "Basic", name, display };
}

const basicNames: BasicName[] = [
  "invalid type",
  "bool",
  "int",
  "int8",
  "int16",
  "int32",
  "int64",
  "uint",
  "uint8",
  "uint16",
  "uint32",
  "uint64",
  "uintptr",
  "float32",
  "float64",
  "complex64",
  "complex128",
  "string",
  "unsafe.Pointer",
  "untyped bool",
  "untyped int",
  "untyped rune",
  "untyped float",
  "untyped complex",
  "untyped string",
  "untyped nil",
];

/** The predeclared basic types by name. */
export const typ: Record<BasicName, Basic> = Object.fromEntries(
  basicNames.map((n) => [n, basic(n)]),
) as Record<BasicName, Basic>;

export const invalidType: Basic = typ["invalid type"];
export const byteType: Basic = basic("uint8", "byte");
export const runeType: Basic = basic("int32", "rune");

export const universe: Scope = newScope(undefined, "universe");

function defineType(name: string, t: Type, isAlias = false): TypeName {
  const obj: TypeName = {
    kind: "TypeName",
    name,
    pos: noPos,
    pkg: undefined,
    parent: universe,
    type: t,
    isAlias,
  };
  universe.elems.set(name, obj);
  return obj;
}

for (const n of basicNames) {
  if (n === "invalid type" || n === "unsafe.Pointer" || n.startsWith("untyped")) continue;
  defineType(n, typ[n]);
}
defineType("byte", byteType, true);
defineType("rune", runeType, true);

/** `interface{}`, the type of `any`. */
export const emptyInterface: Interface = {
  kind: "Interface",
  methods: [],
  embeddeds: [],
  allMethods: [],
};
defineType("any", emptyInterface, true);

/** The predeclared `error` interface: interface{ Error() string }. */
export const errorType: Named = (() => {
  const obj: TypeName = {
    kind: "TypeName",
    name: "error",
    pos: noPos,
    pkg: undefined,
    parent: universe,
    type: typ["invalid type"],
    isAlias: false,
  };
  const named: Named = { kind: "Named", obj, underlying: typ["invalid type"], methods: [] };
  obj.type = named;
  const sig = newSignature([], [newParam("", noPos, undefined, typ.string)], false);
  const m = newFunc("Error", noPos, undefined, sig);
  m.isInterfaceMethod = true;
  const iface: Interface = { kind: "Interface", methods: [m], embeddeds: [], allMethods: [m] };
  sig.recv = newParam("", noPos, undefined, named);
  named.underlying = iface;
  universe.elems.set("error", obj);
  return named;
})();

universe.elems.set("true", {
  kind: "Const",
  name: "true",
  pos: noPos,
  pkg: undefined,
  parent: universe,
  type: typ["untyped bool"],
  val: { kind: "bool", value: true },
});
universe.elems.set("false", {
  kind: "Const",
  name: "false",
  pos: noPos,
  pkg: undefined,
  parent: universe,
  type: typ["untyped bool"],
  val: { kind: "bool", value: false },
});
universe.elems.set("iota", {
  kind: "Const",
  name: "iota",
  pos: noPos,
  pkg: undefined,
  parent: universe,
  type: typ["untyped int"],
  val: { kind: "int", value: 0n },
});
universe.elems.set("nil", {
  kind: "Nil",
  name: "nil",
  pos: noPos,
  pkg: undefined,
  parent: universe,
  type: typ["untyped nil"],
});

const universeBuiltins: BuiltinId[] = [
  "append",
  "cap",
  "close",
  "complex",
  "copy",
  "delete",
  "imag",
  "len",
  "make",
  "new",
  "panic",
  "print",
  "println",
  "real",
  "recover",
];
for (const id of universeBuiltins) {
  const b: Builtin = {
    kind: "Builtin",
    name: id,
    pos: noPos,
    pkg: undefined,
    parent: universe,
    id,
  };
  universe.elems.set(id, b);
}

/** Package unsafe, provided by the checker. */
export const unsafePackage: Package = (() => {
  const pkg: Package = {
    kind: "Package",
    path: "unsafe",
    name: "unsafe",
    scope: newScope(undefined, "package unsafe"),
    imports: [],
    complete: true,
  };
  pkg.scope.elems.set("Pointer", {
    kind: "TypeName",
    name: "Pointer",
    pos: noPos,
    pkg,
    parent: pkg.scope,
    type: typ["unsafe.Pointer"],
    isAlias: false,
  });
  for (const id of ["Alignof", "Offsetof", "Sizeof", "Add", "Slice"] as BuiltinId[]) {
    pkg.scope.elems.set(id, { kind: "Builtin", name: id, pos: noPos, pkg, parent: pkg.scope, id });
  }
  return pkg;
})();
