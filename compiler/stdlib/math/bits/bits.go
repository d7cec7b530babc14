// Package bits is minigo's math/bits: counting, rotating, reversing and full-width
// arithmetic on unsigned integers.
//
// Entirely plain Go, no runtime hooks. uint is 64 bits wide (amd64), so UintSize is 64
// and the uint functions forward to their 64-bit versions. Division by zero and quotient
// overflow panic with the runtime's own errors, as in Go (a divide by a zero variable).
//
// Example: LeadingZeros32(1) == 31, RotateLeft8(0x81, 1) == 0x03.
package bits

// UintSize is the size of a uint in bits.
const UintSize = 32 << (^uint(0) >> 63) // 32 or 64

// --- leading and trailing zeros, length ---

// LeadingZeros counts the zero bits above the highest set bit of x (all UintSize of them for 0).
func LeadingZeros(x uint) int { return UintSize - Len(x) }

// LeadingZeros8 counts the zero bits above the highest set bit of x (8 for 0).
func LeadingZeros8(x uint8) int { return 8 - Len8(x) }

// LeadingZeros16 counts the zero bits above the highest set bit of x (16 for 0).
func LeadingZeros16(x uint16) int { return 16 - Len16(x) }

// LeadingZeros32 counts the zero bits above the highest set bit of x (32 for 0).
func LeadingZeros32(x uint32) int { return 32 - Len32(x) }

// LeadingZeros64 counts the zero bits above the highest set bit of x (64 for 0).
func LeadingZeros64(x uint64) int { return 64 - Len64(x) }

// TrailingZeros counts the zero bits below the lowest set bit of x (UintSize for 0).
func TrailingZeros(x uint) int { return TrailingZeros64(uint64(x)) }

// TrailingZeros8 counts the zero bits below the lowest set bit of x (8 for 0).
func TrailingZeros8(x uint8) int {
	if x == 0 {
		return 8
	}
	return TrailingZeros64(uint64(x))
}

// TrailingZeros16 counts the zero bits below the lowest set bit of x (16 for 0).
func TrailingZeros16(x uint16) int {
	if x == 0 {
		return 16
	}
	return TrailingZeros64(uint64(x))
}

// TrailingZeros32 counts the zero bits below the lowest set bit of x (32 for 0).
func TrailingZeros32(x uint32) int {
	if x == 0 {
		return 32
	}
	return TrailingZeros64(uint64(x))
}

// TrailingZeros64 counts the zero bits below the lowest set bit of x (64 for 0):
// x & -x keeps only that bit, and one less than it is a mask of the bits below.
func TrailingZeros64(x uint64) int {
	if x == 0 {
		return 64
	}
	return OnesCount64((x & -x) - 1)
}

// Len is the number of bits needed to write x (0 for 0).
func Len(x uint) int { return Len64(uint64(x)) }

// Len8 is the number of bits needed to write x (0 for 0).
func Len8(x uint8) int { return Len64(uint64(x)) }

// Len16 is the number of bits needed to write x (0 for 0).
func Len16(x uint16) (n int) { return Len64(uint64(x)) }

// Len32 is the number of bits needed to write x (0 for 0).
func Len32(x uint32) (n int) { return Len64(uint64(x)) }

// Len64 is the number of bits needed to write x: 0 for 0, else the index
// of the highest set bit plus one.
func Len64(x uint64) (n int) {
	for x >= 1<<8 {
		x >>= 8
		n += 8
	}
	for x != 0 {
		x >>= 1
		n++
	}
	return n
}

// --- population count ---

// OnesCount is the number of set bits in x.
func OnesCount(x uint) int { return OnesCount64(uint64(x)) }

// OnesCount8 is the number of set bits in x.
func OnesCount8(x uint8) int { return OnesCount64(uint64(x)) }

// OnesCount16 is the number of set bits in x.
func OnesCount16(x uint16) int { return OnesCount64(uint64(x)) }

// OnesCount32 is the number of set bits in x.
func OnesCount32(x uint32) int { return OnesCount64(uint64(x)) }

// OnesCount64 is the number of set bits in x; each round clears the lowest.
func OnesCount64(x uint64) int {
	n := 0
	for ; x != 0; x &= x - 1 {
		n++
	}
	return n
}

// --- rotation ---

// RotateLeft turns x left by k bits modulo UintSize, the bits leaving the top
// coming back at the bottom; a negative k turns it right.
func RotateLeft(x uint, k int) uint {
	s := uint(k) & (UintSize - 1)
	return x<<s | x>>(UintSize-s)
}

// RotateLeft8 turns x left by k bits modulo 8 (right when k < 0).
func RotateLeft8(x uint8, k int) uint8 {
	s := uint(k) & 7
	return x<<s | x>>(8-s)
}

// RotateLeft16 turns x left by k bits modulo 16 (right when k < 0).
func RotateLeft16(x uint16, k int) uint16 {
	s := uint(k) & 15
	return x<<s | x>>(16-s)
}

// RotateLeft32 turns x left by k bits modulo 32 (right when k < 0).
func RotateLeft32(x uint32, k int) uint32 {
	s := uint(k) & 31
	return x<<s | x>>(32-s)
}

// RotateLeft64 turns x left by k bits modulo 64 (right when k < 0).
func RotateLeft64(x uint64, k int) uint64 {
	s := uint(k) & 63
	return x<<s | x>>(64-s)
}

// --- bit and byte reversal ---

// Reverse is x with its bits in the opposite order.
func Reverse(x uint) uint { return uint(Reverse64(uint64(x))) }

// Reverse8 is x with its bits in the opposite order.
func Reverse8(x uint8) uint8 { return uint8(Reverse64(uint64(x)) >> 56) }

// Reverse16 is x with its bits in the opposite order.
func Reverse16(x uint16) uint16 { return uint16(Reverse64(uint64(x)) >> 48) }

// Reverse32 is x with its bits in the opposite order.
func Reverse32(x uint32) uint32 { return uint32(Reverse64(uint64(x)) >> 32) }

// Reverse64 is x with its bits in the opposite order.
func Reverse64(x uint64) uint64 {
	var r uint64
	for i := 0; i < 64; i++ {
		r = r<<1 | x&1
		x >>= 1
	}
	return r
}

// ReverseBytes is x with its bytes in the opposite order.
func ReverseBytes(x uint) uint { return uint(ReverseBytes64(uint64(x))) }

// ReverseBytes16 is x with its two bytes swapped.
func ReverseBytes16(x uint16) uint16 { return x>>8 | x<<8 }

// ReverseBytes32 is x with its bytes in the opposite order.
func ReverseBytes32(x uint32) uint32 { return uint32(ReverseBytes64(uint64(x)) >> 32) }

// ReverseBytes64 is x with its bytes in the opposite order.
func ReverseBytes64(x uint64) uint64 {
	var r uint64
	for i := 0; i < 8; i++ {
		r = r<<8 | x&0xFF
		x >>= 8
	}
	return r
}

// --- full-width add, subtract, multiply, divide ---

// Add is x + y + carry with the carry out; carry must be 0 or 1.
func Add(x, y, carry uint) (sum, carryOut uint) {
	s, c := Add64(uint64(x), uint64(y), uint64(carry))
	return uint(s), uint(c)
}

// Add32 is x + y + carry with the carry out; carry must be 0 or 1.
func Add32(x, y, carry uint32) (sum, carryOut uint32) {
	s := uint64(x) + uint64(y) + uint64(carry)
	return uint32(s), uint32(s >> 32)
}

// Add64 is x + y + carry with the carry out of bit 63; carry must be 0 or 1.
func Add64(x, y, carry uint64) (sum, carryOut uint64) {
	partial := x + y
	sum = partial + carry
	if partial < x || sum < partial { // either addition wrapped
		carryOut = 1
	}
	return sum, carryOut
}

// Sub is x - y - borrow with the borrow out; borrow must be 0 or 1.
func Sub(x, y, borrow uint) (diff, borrowOut uint) {
	d, b := Sub64(uint64(x), uint64(y), uint64(borrow))
	return uint(d), uint(b)
}

// Sub32 is x - y - borrow with the borrow out; borrow must be 0 or 1.
func Sub32(x, y, borrow uint32) (diff, borrowOut uint32) {
	wide := uint64(x) - uint64(y) - uint64(borrow) // wraps to a huge value when negative
	return uint32(wide), uint32(wide >> 63)
}

// Sub64 is x - y - borrow with the borrow out; borrow must be 0 or 1.
func Sub64(x, y, borrow uint64) (diff, borrowOut uint64) {
	partial := x - y
	diff = partial - borrow
	if x < y || partial < borrow { // either subtraction wrapped
		borrowOut = 1
	}
	return diff, borrowOut
}

// Mul is the double-width product of x and y, high word first.
func Mul(x, y uint) (hi, lo uint) {
	h, l := Mul64(uint64(x), uint64(y))
	return uint(h), uint(l)
}

// Mul32 is the 64-bit product of x and y as two 32-bit words.
func Mul32(x, y uint32) (hi, lo uint32) {
	p := uint64(x) * uint64(y)
	return uint32(p >> 32), uint32(p)
}

// Mul64 is the 128-bit product of x and y. It multiplies the 32-bit halves
// (x = a·2³² + b, y = c·2³² + d) and adds the four partial products, carrying
// from the middle column into the high word.
func Mul64(x, y uint64) (hi, lo uint64) {
	const low32 = 1<<32 - 1
	a, b := x>>32, x&low32
	c, d := y>>32, y&low32
	bd, ad, bc, ac := b*d, a*d, b*c, a*c
	middle := bd>>32 + ad&low32 + bc&low32 // at most 3·(2³²-1): no overflow
	hi = ac + ad>>32 + bc>>32 + middle>>32
	return hi, x * y
}

// Div divides the double-width number hi:lo by y, giving quotient and
// remainder. It panics if y is 0 or the quotient does not fit (y <= hi).
func Div(hi, lo, y uint) (quo, rem uint) {
	q, r := Div64(uint64(hi), uint64(lo), uint64(y))
	return uint(q), uint(r)
}

// Div32 divides the 64-bit number hi:lo by y, giving quotient and
// remainder. It panics if y is 0 or the quotient needs more than 32 bits
// (y <= hi).
func Div32(hi, lo, y uint32) (quo, rem uint32) {
	if y != 0 && hi >= y {
		panic(overflowError())
	}
	n := uint64(hi)<<32 | uint64(lo)
	return uint32(n / uint64(y)), uint32(n % uint64(y))
}

// Div64 divides the 128-bit number hi:lo by y, giving quotient and remainder,
// by binary long division: shift one bit of the dividend in at a time and
// subtract y whenever it fits. It panics if y is 0 or y <= hi (the quotient
// would not fit in 64 bits).
func Div64(hi, lo, y uint64) (quo, rem uint64) {
	if y == 0 {
		panic(divideError())
	}
	if y <= hi {
		panic(overflowError())
	}
	r := hi
	for i := 0; i < 64; i++ {
		top := r >> 63
		r = r<<1 | lo>>63
		lo <<= 1
		quo <<= 1
		if top != 0 || r >= y {
			r -= y
			quo |= 1
		}
	}
	return quo, r
}

// Rem is the remainder of hi:lo divided by y; only y == 0 panics.
func Rem(hi, lo, y uint) uint { return uint(Rem64(uint64(hi), uint64(lo), uint64(y))) }

// Rem32 is the remainder of hi:lo divided by y; unlike Div32 it does not
// mind a large quotient. y == 0 panics.
func Rem32(hi, lo, y uint32) uint32 {
	n := uint64(hi)<<32 | uint64(lo)
	return uint32(n % uint64(y))
}

// Rem64 is the remainder of hi:lo divided by y; only y == 0 panics. Reducing
// hi modulo y first keeps the quotient small enough for Div64.
func Rem64(hi, lo, y uint64) uint64 {
	_, rem := Div64(hi%y, lo, y)
	return rem
}

// divideError and overflowError are the runtime's "integer divide by zero" and
// "integer overflow" run-time errors. Runtime hooks.
func divideError() error
func overflowError() error
