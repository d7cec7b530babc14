// Package math is minigo's math: constants, IEEE 754 bit manipulation, rounding and the
// elementary functions.
//
// The constants have Go's exact values (untyped constants keep full precision). The
// functions that only manipulate bits or compose other functions (Abs, Floor, Trunc,
// Round, Frexp, Ldexp, Mod, Modf, Nextafter, Hypot, Float64bits, ...) are plain Go here.
// The transcendental functions (Sqrt, Exp, Log, Pow, Sin, Atan, ...) are runtime hooks,
// declared without a body in hooks.go: the runtime computes them with the host's
// floating-point library, so results may differ from Go's in the last bit.
//
// Example: Float64bits(1) == 0x3FF0000000000000, Floor(-1.5) == -2, Mod(7, -3) == 1.
package math

import "unsafe"

// Mathematical constants.
const (
	E   = 2.71828182845904523536028747135266249775724709369995957496696763
	Pi  = 3.14159265358979323846264338327950288419716939937510582097494459
	Phi = 1.61803398874989484820458683436563811772030917980576286213544862

	Sqrt2   = 1.41421356237309504880168872420969807856967187537694807317667974
	SqrtE   = 1.64872127070012814684865078781416357165377610071014801157507931
	SqrtPi  = 1.77245385090551602729816748334114518279754945612238712821380779
	SqrtPhi = 1.27201964951406896425242246173749149171560804184009624861664038

	Ln2    = 0.693147180559945309417232121458176568075500134360255254120680009
	Log2E  = 1 / Ln2
	Ln10   = 2.30258509299404568401799145468436420760110148862877297603332790
	Log10E = 1 / Ln10
)

// Floating-point limit values.
const (
	MaxFloat32             = 0x1p127 * (1 + (1 - 0x1p-23)) // 3.40282346638528859811704183484516925440e+38
	SmallestNonzeroFloat32 = 0x1p-126 * 0x1p-23            // 1.401298464324817070923729583289916131280e-45

	MaxFloat64             = 0x1p1023 * (1 + (1 - 0x1p-52)) // 1.79769313486231570814527423731704356798070e+308
	SmallestNonzeroFloat64 = 0x1p-1022 * 0x1p-52            // 4.9406564584124654417656879286822137236505980e-324
)

// IntSize-dependent limits use the width of int: 64 here, 32 on a 32-bit
// target.
const intBits = 32 << (^uint(0) >> 63)

// Integer limit values.
const (
	MaxInt    = 1<<(intBits-1) - 1
	MinInt    = -1 << (intBits - 1)
	MaxInt8   = 1<<7 - 1
	MinInt8   = -1 << 7
	MaxInt16  = 1<<15 - 1
	MinInt16  = -1 << 15
	MaxInt32  = 1<<31 - 1
	MinInt32  = -1 << 31
	MaxInt64  = 1<<63 - 1
	MinInt64  = -1 << 63
	MaxUint   = 1<<intBits - 1
	MaxUint8  = 1<<8 - 1
	MaxUint16 = 1<<16 - 1
	MaxUint32 = 1<<32 - 1
	MaxUint64 = 1<<64 - 1
)

// A float64 is 1 sign bit, an 11-bit exponent field (bias 1023) and 52
// fraction bits. These name the pieces.
const (
	fracWidth  = 52
	expField   = 0x7FF << fracWidth // the exponent bits in place
	expBias    = 1023
	signBit    = 1 << 63
	posInfBits = 0x7FF0000000000000
	negInfBits = signBit | posInfBits
	nanBits    = 0x7FF8000000000001 // the NaN that NaN() returns, as in Go
)

// exponentOf is the unbiased exponent field of x: floor(log2|x|) for normal
// numbers, -1023 for zeros and subnormals, 1024 for infinities and NaNs.
func exponentOf(x float64) int {
	return int(Float64bits(x)&expField>>fracWidth) - expBias
}

// Float64bits is the IEEE 754 encoding of f (the same bits, as an integer).
func Float64bits(f float64) uint64 { return *(*uint64)(unsafe.Pointer(&f)) }

// Float64frombits is the float64 encoded by b; Float64frombits(Float64bits(x)) == x.
func Float64frombits(b uint64) float64 { return *(*float64)(unsafe.Pointer(&b)) }

// Float32bits is the IEEE 754 encoding of f.
func Float32bits(f float32) uint32 { return *(*uint32)(unsafe.Pointer(&f)) }

// Float32frombits is the float32 encoded by b.
func Float32frombits(b uint32) float32 { return *(*float32)(unsafe.Pointer(&b)) }

// Inf is +Inf for sign >= 0 and -Inf for sign < 0.
func Inf(sign int) float64 {
	if sign < 0 {
		return Float64frombits(negInfBits)
	}
	return Float64frombits(posInfBits)
}

// NaN returns a not-a-number value.
func NaN() float64 { return Float64frombits(nanBits) }

// IsNaN reports whether f is a NaN: the only value not equal to itself.
func IsNaN(f float64) (is bool) { return f != f }

// IsInf reports whether f is +Inf (sign > 0), -Inf (sign < 0) or either
// (sign == 0).
func IsInf(f float64, sign int) bool {
	return sign >= 0 && f > MaxFloat64 || sign <= 0 && f < -MaxFloat64
}

// Signbit reports whether the sign bit of x is set (true for -0 too).
func Signbit(x float64) bool { return Float64bits(x)&signBit != 0 }

// Copysign is |f| with the sign bit of sign.
func Copysign(f, sign float64) float64 {
	return Float64frombits(Float64bits(f)&^signBit | Float64bits(sign)&signBit)
}

// Abs is |x|: x with its sign bit cleared.
func Abs(x float64) float64 { return Float64frombits(Float64bits(x) &^ signBit) }

// Max is the larger of x and y. +Inf wins over everything, even NaN; then any
// NaN gives NaN; +0 counts as larger than -0.
func Max(x, y float64) float64 {
	switch {
	case IsInf(x, 1) || IsInf(y, 1):
		return Inf(1)
	case IsNaN(x) || IsNaN(y):
		return NaN()
	case x > y || x == y && !Signbit(x):
		return x
	}
	return y
}

// Min is the smaller of x and y. -Inf wins over everything, even NaN; then
// any NaN gives NaN; -0 counts as smaller than +0.
func Min(x, y float64) float64 {
	switch {
	case IsInf(x, -1) || IsInf(y, -1):
		return Inf(-1)
	case IsNaN(x) || IsNaN(y):
		return NaN()
	case x < y || x == y && Signbit(x):
		return x
	}
	return y
}

// Dim is x-y when that is positive (or NaN), else 0.
func Dim(x, y float64) float64 {
	if d := x - y; d > 0 || IsNaN(d) {
		return d
	}
	return 0
}

// Trunc drops the fractional part of x (toward zero), keeping the sign: it
// clears the fraction bits that lie below the binary point. Integers,
// infinities and NaN come back unchanged.
func Trunc(x float64) float64 {
	e := exponentOf(x)
	switch {
	case e < 0: // |x| < 1
		return Copysign(0, x)
	case e >= fracWidth: // no bits below the point (or Inf, NaN)
		return x
	}
	belowPoint := uint64(1)<<uint(fracWidth-e) - 1
	return Float64frombits(Float64bits(x) &^ belowPoint)
}

// Floor is the largest integer <= x.
func Floor(x float64) float64 {
	t := Trunc(x)
	if x < 0 && t != x {
		t--
	}
	return t
}

// Ceil is the smallest integer >= x.
func Ceil(x float64) float64 {
	t := Trunc(x)
	if x > 0 && t != x {
		t++
	}
	return t
}

// Modf splits f into an integer part and a fraction, both with f's sign, that
// add up to f.
func Modf(f float64) (int float64, frac float64) {
	int = Trunc(f)
	return int, Copysign(f-int, f)
}

// Round returns the nearest integer, rounding half away from zero.
func Round(x float64) float64 {
	t := Trunc(x)
	if Abs(x-t) >= 0.5 {
		t += Copysign(1, x)
	}
	return t
}

// RoundToEven returns the nearest integer, rounding ties to even.
func RoundToEven(x float64) float64 {
	t := Trunc(x)
	d := Abs(x - t)
	if d > 0.5 || d == 0.5 && Mod(t, 2) != 0 {
		t += Copysign(1, x)
	}
	return t
}

// Frexp splits f into frac × 2**exp with |frac| in [½, 1). Zeros,
// infinities and NaN come back as themselves with exp 0.
func Frexp(f float64) (frac float64, exp int) {
	switch {
	case f == 0 || IsInf(f, 0) || IsNaN(f):
		return f, 0
	case Abs(f) < 0x1p-1022: // subnormal: scale into the normal range first
		frac, exp = Frexp(f * 0x1p52)
		return frac, exp - 52
	}
	// 1.m × 2**e is 0.1m × 2**(e+1); the exponent field of ½ is expBias-1.
	exp = exponentOf(f) + 1
	bits := Float64bits(f)&^expField | (expBias-1)<<fracWidth
	return Float64frombits(bits), exp
}

// Ldexp is the inverse of Frexp: it returns frac × 2**exp, rounding once when the
// result is subnormal.
func Ldexp(frac float64, exp int) float64 {
	switch {
	case frac == 0:
		return frac
	case IsInf(frac, 0) || IsNaN(frac):
		return frac
	}
	m, e := Frexp(frac) // m in [½, 1)
	e += exp
	// The result is m × 2**e; as a float64 m × 2**e has biased exponent e-1+expBias.
	if e > 1024 {
		return Copysign(Inf(1), frac)
	}
	if e >= -1021 {
		x := Float64bits(m)&^expField | uint64(e-1+expBias)<<fracWidth
		return Float64frombits(x)
	}
	if e < -1075 {
		return Copysign(0, frac)
	}
	// Subnormal: scale to a normal number 2**54 larger, then multiply once.
	x := Float64bits(m)&^expField | uint64(e+54-1+expBias)<<fracWidth
	return Float64frombits(x) * 0x1p-54
}

// Ilogb is the binary exponent of x (Frexp's exp - 1) as an int; MinInt32
// for 0 and MaxInt32 for infinities and NaN.
func Ilogb(x float64) int {
	if x == 0 {
		return MinInt32
	}
	if IsNaN(x) || IsInf(x, 0) {
		return MaxInt32
	}
	_, e := Frexp(x)
	return e - 1
}

// Logb is Ilogb as a float64, with -Inf for 0, +Inf for infinities and NaN
// for NaN.
func Logb(x float64) float64 {
	if x == 0 {
		return Inf(-1)
	}
	if IsInf(x, 0) {
		return Inf(1)
	}
	if x != x {
		return x
	}
	return float64(Ilogb(x))
}

// Mod is the remainder of x/y truncated toward zero: it has x's sign and is
// smaller than |y|. It works like long division in binary: subtract from |x|
// the largest y × 2**k that fits, again and again. Every subtraction is exact,
// because the amount is between half and all of the current remainder.
func Mod(x, y float64) float64 {
	if y == 0 || IsInf(x, 0) || IsNaN(x) || IsNaN(y) {
		return NaN()
	}
	y = Abs(y)
	r := Abs(x)
	for r >= y {
		_, re := Frexp(r)
		_, ye := Frexp(y)
		step := Ldexp(y, re-ye) // within a factor of two of r
		if step > r {
			step /= 2
		}
		r -= step
	}
	return Copysign(r, x)
}

// Remainder returns the IEEE 754 floating-point remainder of x/y: x - n×y with n the
// integer nearest x/y (ties to even).
func Remainder(x, y float64) float64 {
	switch {
	case IsNaN(x) || IsNaN(y) || IsInf(x, 0) || y == 0:
		return NaN()
	case IsInf(y, 0):
		return x
	}
	sign := Signbit(x)
	x, y = Abs(x), Abs(y)
	// x = k×2y + r with r in [0, 2y); the nearest multiple of y is 2k×y (r), (2k+1)×y
	// (r-y) or (2k+2)×y (r-2y), ties going to the even multiple.
	r := x
	if y <= MaxFloat64/2 {
		r = Mod(x, 2*y)
	}
	if y < 0x1p-1021 {
		// y/2 could lose its last bit: compare 2r with y instead (no overflow here).
		if r+r > y {
			r -= y
			if r+r >= y {
				r -= y
			}
		}
	} else {
		h := 0.5 * y
		if r > h {
			r -= y
			if r >= h {
				r -= y
			}
		}
	}
	if sign {
		r = -r
	}
	return r
}

// Hypot is sqrt(p² + q²), computed as big × sqrt(1 + (small/big)²) so that
// squaring cannot overflow or underflow. An infinity wins over NaN.
func Hypot(p, q float64) float64 {
	if IsInf(p, 0) || IsInf(q, 0) {
		return Inf(1)
	}
	if IsNaN(p) || IsNaN(q) {
		return NaN()
	}
	big, small := Abs(p), Abs(q)
	if small > big {
		big, small = small, big
	}
	if big == 0 {
		return 0
	}
	ratio := small / big
	return big * Sqrt(1+ratio*ratio)
}

// Nextafter is the float64 next to x in the direction of y (x itself if they
// are equal, NaN if either is NaN). Neighbouring floats of one sign have
// consecutive encodings, so the step is ±1 on the bits.
func Nextafter(x, y float64) (r float64) {
	switch {
	case IsNaN(x) || IsNaN(y):
		return NaN()
	case x == y:
		return x
	case x == 0:
		return Copysign(Float64frombits(1), y) // the smallest subnormal
	}
	bits := Float64bits(x)
	if (y > x) == (x > 0) { // moving away from zero
		bits++
	} else {
		bits--
	}
	return Float64frombits(bits)
}

// Nextafter32 is Nextafter for float32.
func Nextafter32(x, y float32) (r float32) {
	switch {
	case x != x || y != y:
		return float32(NaN())
	case x == y:
		return x
	case x == 0:
		return float32(Copysign(float64(Float32frombits(1)), float64(y)))
	}
	bits := Float32bits(x)
	if (y > x) == (x > 0) {
		bits++
	} else {
		bits--
	}
	return Float32frombits(bits)
}

// Pow10 returns 10**n, the base-10 exponential of n: 0 for n < -323 and +Inf for
// n > 308. Exact powers up to 1e22 are built by multiplication.
func Pow10(n int) float64 {
	switch {
	case n < -323:
		return 0
	case n > 308:
		return Inf(1)
	case 0 <= n && n <= 22:
		v := 1.0
		for i := 0; i < n; i++ {
			v *= 10
		}
		return v
	}
	return Pow(10, float64(n))
}

// Sincos returns Sin(x) and Cos(x).
func Sincos(x float64) (sin, cos float64) { return Sin(x), Cos(x) }
