// Package atomic is minigo's runtime/internal/atomic: the runtime's own atomic
// operations, shipped because Go's test/escape_runtime_atomic.go imports it (gc's
// `go tool compile` does not enforce internal-package rules, and neither does minigo).
//
// The declarations follow gc's amd64 port, including its escape annotations, which is
// what the escape test checks: Loadp is Go code that returns *ptr ("leaking param: ptr
// to result ~r0 level=1"); StorepNoWB and Casp1 are body-less without //go:noescape, so
// their pointer arguments leak; the other operations are //go:noescape runtime hooks.
//
// Example: atomic.Xadd(&n, 1)
package atomic

import "unsafe"

// Loadp atomically loads the pointer stored at ptr.
//
//go:noinline
func Loadp(ptr unsafe.Pointer) unsafe.Pointer {
	return *(*unsafe.Pointer)(ptr)
}

// StorepNoWB stores val at ptr without a write barrier. No //go:noescape: the stored
// pointer escapes.
func StorepNoWB(ptr unsafe.Pointer, val unsafe.Pointer)

// Casp1 compares and swaps the pointer at ptr without a write barrier. No
// //go:noescape: the new pointer escapes.
func Casp1(ptr *unsafe.Pointer, old, new unsafe.Pointer) bool

//go:noescape
func Load(ptr *uint32) uint32

//go:noescape
func Load8(ptr *uint8) uint8

//go:noescape
func Load64(ptr *uint64) uint64

//go:noescape
func LoadAcq(ptr *uint32) uint32

//go:noescape
func Loaduintptr(ptr *uintptr) uintptr

//go:noescape
func Loaduint(ptr *uint) uint

//go:noescape
func Loadint32(ptr *int32) int32

//go:noescape
func Loadint64(ptr *int64) int64

//go:noescape
func Xadd(ptr *uint32, delta int32) uint32

//go:noescape
func Xadd64(ptr *uint64, delta int64) uint64

//go:noescape
func Xadduintptr(ptr *uintptr, delta uintptr) uintptr

//go:noescape
func Xaddint64(ptr *int64, delta int64) int64

//go:noescape
func Xchg(ptr *uint32, new uint32) uint32

//go:noescape
func Xchg64(ptr *uint64, new uint64) uint64

//go:noescape
func Xchguintptr(ptr *uintptr, new uintptr) uintptr

//go:noescape
func Cas(ptr *uint32, old, new uint32) bool

//go:noescape
func Cas64(ptr *uint64, old, new uint64) bool

//go:noescape
func CasRel(ptr *uint32, old, new uint32) bool

//go:noescape
func Casuintptr(ptr *uintptr, old, new uintptr) bool

//go:noescape
func Casint64(ptr *int64, old, new int64) bool

//go:noescape
func Store(ptr *uint32, val uint32)

//go:noescape
func Store8(ptr *uint8, val uint8)

//go:noescape
func Store64(ptr *uint64, val uint64)

//go:noescape
func StoreRel(ptr *uint32, val uint32)

//go:noescape
func Storeuintptr(ptr *uintptr, new uintptr)

//go:noescape
func Storeint64(ptr *int64, new int64)

//go:noescape
func And8(ptr *uint8, val uint8)

//go:noescape
func Or8(ptr *uint8, val uint8)

//go:noescape
func And(ptr *uint32, val uint32)

//go:noescape
func Or(ptr *uint32, val uint32)
