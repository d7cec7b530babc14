/*
 * How the print and println builtins spell numbers, booleans and pointers.
 *
 * What: the text Go's runtime writes for each operand of print/println (to standard
 * error). The caller joins operands (println puts a space between them and a newline
 * at the end) and writes the bytes; these functions only build the JS string of one
 * operand.
 *
 * Why not JS's own formatting: Go's runtime formats without the strconv package, with a
 * small fixed algorithm whose output programs and tests observe, including its
 * imprecision. A float is always seven significant digits in exponent form with an
 * explicit sign and a three-digit exponent:
 *
 *	println(1.0)            +1.000000e+000
 *	println(-0.0 * 1)       -0.000000e+000  (the sign of zero is kept)
 *	println(math.Inf(1))    +Inf            (and -Inf, NaN without sign)
 *	println(complex(1, 2))  (+1.000000e+000+2.000000e+000i)
 *	println(uint64(1<<63))  9223372036854775808
 *	println(p)              0xc000012080    (pointers, unsafe.Pointer, maps, chans, funcs)
 *	println([]int(nil))     [0/0]0x0
 *	println(any(nil))       (0x0,0x0)
 *
 * The float algorithm scales the value into [1, 10) by repeated multiplication or
 * division by 10, adds half a unit of the seventh digit, and peels digits off by
 * truncation. Each of those steps rounds in binary, so the last digit is not always the
 * correctly rounded one (9.9999995 prints +1.000000e+001); doing the same double
 * operations in the same order gives the same digits as Go, which is the invariant here.
 * float32 operands are printed as their float64 value.
 */

import type { Int64, Uint64 } from "./int64.js";

const DIGITS = 7;

/** 5·10^-7 by repeated division, as the digit rounding uses it (not the literal 5e-7). */
const HALF_ULP = (() => {
  let h = 5.0;
  for (let i = 0; i < DIGITS; i++) h /= 10;
  return h;
})();

/** print(f) for float32 and float64 operands. */
export function printFloat(v: number): string {
  if (v !== v) return "NaN";
  if (v + v === v && v !== 0) return v > 0 ? "+Inf" : "-Inf";
  let sign = "+";
  let exp = 0;
  if (v === 0) {
    if (1 / v < 0) sign = "-";
  } else {
    if (v < 0) {
      v = -v;
      sign = "-";
    }
    while (v >= 10) {
      exp++;
      v /= 10;
    }
    while (v < 1) {
      exp--;
      v *= 10;
    }
    v += HALF_ULP;
    if (v >= 10) {
      exp++;
      v /= 10;
    }
  }
  let digits = "";
  for (let i = 0; i < DIGITS; i++) {
    const d = Math.trunc(v);
    const c = String.fromCharCode(48 + d); // one byte, as Go writes it, even if d > 9
    digits += i === 1 ? "." + c : c;
    v -= d;
    v *= 10;
  }
  let esign = "+";
  if (exp < 0) {
    exp = -exp;
    esign = "-";
  }
  const e3 = exp < 10 ? "00" + exp : exp < 100 ? "0" + exp : String(exp);
  return sign + digits + "e" + esign + e3;
}

/** print(c) for complex64 and complex128 operands. */
export function printComplex(re: number, im: number): string {
  return "(" + printFloat(re) + printFloat(im) + "i)";
}

/** print(i) for signed integers of any width (mixed form for 64-bit ones). */
export function printInt(v: Int64): string {
  return String(v);
}

/** print(u) for unsigned integers of any width, uintptr included. */
export function printUint(v: Uint64): string {
  return String(v);
}

/** Go's printhex: 0x and lowercase hex digits, no padding (0x0 for zero). */
export function printHex(v: Uint64): string {
  return "0x" + v.toString(16);
}

/** print(p) for pointers, unsafe.Pointer, maps, channels and funcs: the address in hex. */
export function printPointer(p: number): string {
  return printHex(p);
}

/** print(b) for bool operands (0/1 or a JS boolean). */
export function printBool(b: number | boolean): string {
  return b ? "true" : "false";
}

/** print(s) for a slice: [len/cap] then the array pointer. */
export function printSlice(ptr: number, len: Int64, cap: Int64): string {
  return "[" + String(len) + "/" + String(cap) + "]" + printHex(ptr);
}

/** print(x) for an interface: its two words in hex, (type,data). */
export function printIface(typeWord: number, data: number): string {
  return "(" + printHex(typeWord) + "," + printHex(data) + ")";
}
