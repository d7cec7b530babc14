// printnum: the print/println spelling of floats, complexes, integers, pointers and
// booleans, against what Go 1.19's println wrote for our own programs (facts recorded
// from `go run`, including 60 pseudo-random float64 bit patterns).
import { describe, expect, it } from "vitest";
import {
  printBool,
  printComplex,
  printFloat,
  printHex,
  printIface,
  printInt,
  printPointer,
  printSlice,
  printUint,
} from "./printnum.js";

/** println(f) in Go for each value. */
const floatFacts: [number, string][] = [
  [0, "+0.000000e+000"],
  [-0, "-0.000000e+000"],
  [1, "+1.000000e+000"],
  [-1, "-1.000000e+000"],
  [0.1, "+1.000000e-001"],
  [1.5, "+1.500000e+000"],
  [123456789, "+1.234568e+008"],
  [1e100, "+1.000000e+100"],
  [1e-100, "+1.000000e-100"],
  [1e308, "+1.000000e+308"],
  [1.7976931348623157e308, "+1.797693e+308"],
  [5e-324, "+4.940656e-324"],
  [2.2250738585072014e-308, "+2.225074e-308"],
  [Infinity, "+Inf"],
  [-Infinity, "-Inf"],
  [NaN, "NaN"],
  [9.9999999, "+1.000000e+001"],
  [9.99999949, "+9.999999e+000"],
  [9.9999995, "+1.000000e+001"],
  [0.3, "+3.000000e-001"],
  [2.0 / 3, "+6.666667e-001"],
  [1e21, "+1.000000e+021"],
  [1e-7, "+1.000000e-007"],
  [123.456, "+1.234560e+002"],
  [99999995, "+1.000000e+008"],
  [0.000123456789, "+1.234568e-004"],
  [3.14159265358979, "+3.141593e+000"],
  [-2.5e-10, "-2.500000e-010"],
  [2 ** 62, "+4.611686e+018"],
  // float32 operands print as their float64 value
  [Math.fround(0.1), "+1.000000e-001"],
  [Math.fround(1e38), "+1.000000e+038"],
  [Math.fround(3.4028235e38), "+3.402823e+038"],
];

/** println(math.Float64frombits(bits)) in Go. */
const bitFacts: [string, string][] = [
  ["759e421e454dfff3", "+3.634632e+258"],
  ["be5cd4464c5cbe2a", "-2.684928e-008"],
  ["401706a458397cf9", "+5.756486e+000"],
  ["d95fc844bc6e790a", "-3.282793e+122"],
  ["c25498afefd80dad", "-3.538441e+011"],
  ["400cb928fba1cc6e", "+3.590410e+000"],
  ["02d981b87214fcb3", "+6.240205e-295"],
  ["416ed10af5a3eea5", "+1.615676e+007"],
  ["400c3a0415387669", "+3.528328e+000"],
  ["128de2fa91462f2f", "+2.645759e-219"],
  ["42203d976e934e8f", "+3.487641e+010"],
  ["4021514fce746cb9", "+8.658812e+000"],
  ["d90c56f026608fbb", "-9.147492e+120"],
  ["41b6445caf7f1694", "+3.735789e+008"],
  ["401fc1ab8e8ea39c", "+7.939131e+000"],
  ["78dd001c53302c5f", "+1.568847e+274"],
  ["bc41987cb406a919", "-1.907725e-018"],
  ["3fd95a8a24b19030", "+3.961511e-001"],
  ["b0916fb5152a2f55", "-9.637332e-075"],
  ["4214188328a831d9", "+2.157765e+010"],
  ["4021b5bd5489c510", "+8.854960e+000"],
  ["d70df9453e36133b", "-2.252625e+111"],
  ["c15d320a2c9d1b0a", "-7.653417e+006"],
  ["4012c1b2738532da", "+4.689157e+000"],
  ["f66144d88448b923", "-1.699306e+262"],
  ["3df94c4f368b9d2d", "+3.681356e-010"],
  ["40215653da72a7bd", "+8.668609e+000"],
  ["0d226734c5253d6b", "+2.105648e-245"],
  ["425a2055456d0a30", "+4.488464e+011"],
  ["4004b11622813448", "+2.586468e+000"],
  ["e4409ebc431e70cb", "-8.221292e+174"],
  ["40e108ebc2b0d621", "+3.488737e+004"],
  ["4017cab1125c2317", "+5.947941e+000"],
  ["19b8a2ed550ffc8a", "+9.059423e-185"],
  ["c14ed06b683a9e14", "-4.038871e+006"],
  ["3ff89811f4f50a03", "+1.537127e+000"],
  ["fca2efa51ae8cc0a", "-2.362091e+292"],
  ["bf67f943963b1a76", "-2.926476e-003"],
  ["401096cc377b9750", "+4.147263e+000"],
  ["1808cb5cbf515cb1", "+6.793070e-193"],
  ["c18935210421d789", "-5.286403e+007"],
  ["400c4d13c9e16002", "+3.537635e+000"],
  ["4cc5f60e6022f387", "+7.058044e+061"],
  ["3bb1aa079863b66a", "+3.740535e-021"],
  ["400bd73ad76c6300", "+3.480093e+000"],
  ["7565eb81e75addf8", "+3.291288e+257"],
  ["c072d168425ae9fa", "-3.010880e+002"],
  ["40060c3bf07116c4", "+2.755974e+000"],
  ["6915586d26be87b3", "+1.595592e+198"],
  ["c0935a1546ad3350", "-1.238521e+003"],
  ["401dd6ed535511aa", "+7.459890e+000"],
  ["3ba64a9a06a9adb5", "+2.360195e-021"],
  ["c2f33ebae68336b1", "-3.385623e+014"],
  ["401b4a27ff228a6f", "+6.822418e+000"],
  ["4a499b758d316770", "+7.485011e+049"],
  ["bd8581ce75611624", "-2.445069e-012"],
  ["3fc39833680c58d4", "+1.530823e-001"],
  ["55a744c5cb91549c", "+4.169266e+104"],
  ["bd71433a47f17b5c", "-9.812657e-013"],
  ["401973810e8858ff", "+6.362797e+000"],
];

describe("printFloat", () => {
  it("matches Go's println for chosen values", () => {
    for (const [v, want] of floatFacts) expect([v, printFloat(v)]).toEqual([v, want]);
  });
  it("matches Go's println for pseudo-random bit patterns", () => {
    const f = new Float64Array(1);
    const b = new BigUint64Array(f.buffer);
    for (const [hex, want] of bitFacts) {
      b[0] = BigInt("0x" + hex);
      expect([hex, printFloat(f[0]!)]).toEqual([hex, want]);
    }
  });
});

describe("the other operands", () => {
  it("complex numbers", () => {
    expect(printComplex(1, 2)).toBe("(+1.000000e+000+2.000000e+000i)");
    expect(printComplex(Infinity, NaN)).toBe("(+InfNaNi)");
    expect(printComplex(Math.fround(0.1), Math.fround(-0.2))).toBe(
      "(+1.000000e-001-2.000000e-001i)",
    );
  });
  it("integers of every width, in the mixed form", () => {
    expect(printInt(-(2n ** 63n))).toBe("-9223372036854775808");
    expect(printInt(2n ** 63n - 1n)).toBe("9223372036854775807");
    expect(printUint(2n ** 64n - 1n)).toBe("18446744073709551615");
    expect(printInt(0)).toBe("0");
    expect(printInt(-5)).toBe("-5");
    expect(printUint(200)).toBe("200");
    expect(printInt(-3)).toBe("-3");
    expect(printUint(0x1f)).toBe("31");
  });
  it("booleans, pointers, slices and interfaces", () => {
    expect(printBool(true) + " " + printBool(0)).toBe("true false");
    expect(printPointer(0)).toBe("0x0");
    expect(printPointer(0x1f)).toBe("0x1f");
    expect(printHex(2n ** 64n - 1n)).toBe("0xffffffffffffffff");
    expect(printSlice(0, 0, 0)).toBe("[0/0]0x0");
    expect(printSlice(0xc000, 3, 8)).toBe("[3/8]0xc000");
    expect(printIface(0, 0)).toBe("(0x0,0x0)");
  });
});
